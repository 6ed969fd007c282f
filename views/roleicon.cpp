#include "views/roleicon.h"

#include <QFile>
#include <QHash>
#include <QPainter>
#include <QPixmap>
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
    static QHash<QString, QPixmap> cache; // "<role>@<pixels>"
    const qreal scale = painter->worldTransform().m11() * painter->device()->devicePixelRatioF();
    const int pixels = qBound(8, qRound(target.width() * scale), 512);
    const QString key = roleId + u'@' + QString::number(pixels);
    auto it = cache.constFind(key);
    if (it == cache.constEnd()) {
        QPixmap pixmap(pixels, pixels);
        pixmap.fill(Qt::transparent);
        QPainter iconPainter(&pixmap);
        QSvgRenderer(roleIconPath(roleId)).render(&iconPainter);
        iconPainter.end();
        it = cache.insert(key, pixmap);
    }
    painter->drawPixmap(target, *it, QRectF(0, 0, pixels, pixels));
}
