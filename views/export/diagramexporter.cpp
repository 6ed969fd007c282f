#include "views/export/diagramexporter.h"

#include <QFileInfo>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QSvgGenerator>

namespace {

// Renders the scene without its selection, then restores the selection.
void renderUnselected(QGraphicsScene& scene, QPainter* painter, const QRectF& target, const QRectF& source)
{
    const QList<QGraphicsItem*> selected = scene.selectedItems();
    scene.clearSelection();
    scene.render(painter, target, source, Qt::KeepAspectRatio);
    for (QGraphicsItem* item : selected)
        item->setSelected(true);
}

} // namespace

std::optional<DiagramExporter::Format> DiagramExporter::formatForPath(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"png")
        return Format::Png;
    if (suffix == u"svg")
        return Format::Svg;
    return std::nullopt;
}

QRectF DiagramExporter::diagramRect(const QGraphicsScene& scene)
{
    return scene.itemsBoundingRect().adjusted(-Margin, -Margin, Margin, Margin);
}

QSize DiagramExporter::imageSize(const QGraphicsScene& scene) const
{
    const QRectF source = diagramRect(scene);
    const qreal scale = m_width > 0 ? m_width / source.width() : DefaultScale;
    return QSize(qMax(1, qRound(source.width() * scale)), qMax(1, qRound(source.height() * scale)));
}

bool DiagramExporter::write(QGraphicsScene& scene, Format format, QIODevice* device)
{
    m_errorString.clear();
    if (!device || !device->isWritable()) {
        m_errorString = tr("The device is not open for writing.");
        return false;
    }
    const QRectF source = diagramRect(scene);
    return format == Format::Png ? writePng(scene, source, device) : writeSvg(scene, source, device);
}

bool DiagramExporter::writePng(QGraphicsScene& scene, const QRectF& source, QIODevice* device)
{
    const QSize size = imageSize(scene);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) {
        m_errorString =
            tr("The diagram is too large for an image of %1 × %2 pixels.").arg(size.width()).arg(size.height());
        return false;
    }
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    renderUnselected(scene, &painter, QRectF(image.rect()), source);
    painter.end();

    QImageWriter writer(device, "png");
    if (!writer.write(image)) {
        m_errorString = writer.errorString();
        return false;
    }
    return true;
}

bool DiagramExporter::writeSvg(QGraphicsScene& scene, const QRectF& source, QIODevice* device)
{
    const QSize size = m_width > 0 ? imageSize(scene) : source.size().toSize();
    QSvgGenerator generator;
    generator.setOutputDevice(device);
    generator.setSize(size);
    generator.setViewBox(QRectF(QPointF(0, 0), QSizeF(size)));
    generator.setTitle(tr("Portolan diagram"));
    QPainter painter;
    if (!painter.begin(&generator)) {
        m_errorString = tr("Cannot start the SVG drawing.");
        return false;
    }
    painter.fillRect(QRectF(QPointF(0, 0), QSizeF(size)), Qt::white);
    renderUnselected(scene, &painter, QRectF(QPointF(0, 0), QSizeF(size)), source);
    // QSvgGenerator reports no write errors; a QSaveFile notices them when it commits.
    return painter.end();
}
