#include "views/diagram/roleicon.h"

#include <QFile>
#include <QPainter>
#include <QPixmap>
#include <QPixmapCache>
#include <QSvgRenderer>

QString roleIconPath(const QString& roleId)
{
    const QString path = QStringLiteral(":/icons/%1.svg").arg(roleId);
    return QFile::exists(path) ? path : QStringLiteral(":/icons/generic.svg");
}

QIcon roleIcon(const QString& roleId)
{
    return QIcon(roleIconPath(roleId));
}

void paintRoleIcon(QPainter* painter, const QRectF& target, const QString& roleId)
{
    const qreal scale = painter->worldTransform().m11() * painter->device()->devicePixelRatioF();
    const int pixels = qBound(8, qRound(target.width() * scale), 512);
    const QString key = QStringLiteral("portolan-role-icon:") + roleId + u'@' + QString::number(pixels);
    QPixmap pixmap;
    if (!QPixmapCache::find(key, &pixmap)) {
        pixmap = QPixmap(pixels, pixels);
        pixmap.fill(Qt::transparent);
        QPainter iconPainter(&pixmap);
        QSvgRenderer(roleIconPath(roleId)).render(&iconPainter);
        iconPainter.end();
        QPixmapCache::insert(key, pixmap);
    }
    painter->drawPixmap(target, pixmap, QRectF(0, 0, pixels, pixels));
}
