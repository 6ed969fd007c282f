#include "views/export/diagramexporter.h"

#include <QFileInfo>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QSvgGenerator>

#include "model/export/diagramdrawing.h"
#include "model/export/exporterregistry.h"
#include "model/export/exportinput.h"

std::optional<DiagramExporter::Format> DiagramExporter::formatForPath(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"png")
        return Format::Png;
    if (suffix == u"svg")
        return Format::Svg;
    return std::nullopt;
}

void DiagramExporter::registerFormats()
{
    ExporterRegistry& registry = ExporterRegistry::instance();
    if (registry.find(QStringLiteral("diagram-png")))
        return;
    registry.add({QStringLiteral("diagram-png"), QStringLiteral("png"), QStringLiteral("png"),
                  QT_TRANSLATE_NOOP("ExporterRegistry", "PNG image"), ExportDocument::Diagram, true,
                  [](const ExportInput& input) {
                      return std::make_unique<DiagramExporter>(*input.diagram, Format::Png);
                  }});
    registry.add({QStringLiteral("diagram-svg"), QStringLiteral("svg"), QStringLiteral("svg"),
                  QT_TRANSLATE_NOOP("ExporterRegistry", "SVG drawing"), ExportDocument::Diagram, true,
                  [](const ExportInput& input) {
                      return std::make_unique<DiagramExporter>(*input.diagram, Format::Svg);
                  }});
}

QString DiagramExporter::id() const
{
    return m_format == Format::Png ? QStringLiteral("diagram-png") : QStringLiteral("diagram-svg");
}

QString DiagramExporter::fileSuffix() const
{
    return m_format == Format::Png ? QStringLiteral("png") : QStringLiteral("svg");
}

QSize DiagramExporter::imageSize() const
{
    const QRectF source = m_drawing.bounds();
    const qreal scale = m_width > 0 ? m_width / source.width() : DefaultScale;
    return QSize(qMax(1, qRound(source.width() * scale)), qMax(1, qRound(source.height() * scale)));
}

bool DiagramExporter::write(QIODevice* device)
{
    clearError();
    if (!device || !device->isWritable())
        return fail(tr("The device is not open for writing."));
    return m_format == Format::Png ? writePng(device) : writeSvg(device);
}

bool DiagramExporter::writePng(QIODevice* device)
{
    const QSize size = imageSize();
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return fail(
            tr("The diagram is too large for an image of %1 × %2 pixels.").arg(size.width()).arg(size.height()));
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    m_drawing.paint(&painter, QRectF(image.rect()));
    painter.end();

    QImageWriter writer(device, "png");
    if (!writer.write(image))
        return fail(writer.errorString());
    return true;
}

bool DiagramExporter::writeSvg(QIODevice* device)
{
    const QSize size = m_width > 0 ? imageSize() : m_drawing.bounds().size().toSize();
    QSvgGenerator generator;
    generator.setOutputDevice(device);
    generator.setSize(size);
    generator.setViewBox(QRectF(QPointF(0, 0), QSizeF(size)));
    generator.setTitle(tr("Portolan diagram"));
    QPainter painter;
    if (!painter.begin(&generator))
        return fail(tr("Cannot start the SVG drawing."));
    painter.fillRect(QRectF(QPointF(0, 0), QSizeF(size)), Qt::white);
    m_drawing.paint(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
    // QSvgGenerator reports no write errors: ExportFile draws into memory and CheckedWrite checks what reaches the
    // file.
    return painter.end();
}
