#include "views/diagram/roleicon.h"

#include <memory>

#include <QFile>
#include <QHash>
#include <QPaintEngine>
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
    // PDF, SVG and print preview get the icon as vector graphics; a pixmap would be a blurred raster on paper.
    const QPaintEngine* engine = painter->paintEngine();
    if (engine && (engine->type() == QPaintEngine::Pdf || engine->type() == QPaintEngine::SVG ||
                   engine->type() == QPaintEngine::Picture)) {
        static QHash<QString, std::shared_ptr<QSvgRenderer>> renderers;
        std::shared_ptr<QSvgRenderer>& renderer = renderers[roleId];
        if (!renderer)
            renderer = std::make_shared<QSvgRenderer>(roleIconPath(roleId));
        renderer->render(painter, target);
        return;
    }
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
