#pragma once

#include "model/export/exporter.h"

#include <QCoreApplication>
#include <QSize>
#include <QString>

#include <optional>

class DiagramDrawing;

// Writes a diagram as a picture: PNG at twice the drawing's scale by default, so that text stays crisp when zoomed or
// printed, or SVG with the text as text. Both have a white background; the selection is not drawn.
class DiagramExporter final : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(DiagramExporter)

public:
    enum class Format
    {
        Png,
        Svg
    };

    static constexpr qreal DefaultScale = 2.0;

    DiagramExporter(const DiagramDrawing& drawing, Format format)
        : m_drawing(drawing)
        , m_format(format)
    {}

    // From the file name's suffix (case-insensitive): .png or .svg; nullopt for anything else.
    static std::optional<Format> formatForPath(const QString& path);
    // Adds the PNG and SVG formats to the ExporterRegistry (once).
    static void registerFormats();

    QString id() const override;
    QString fileSuffix() const override;
    bool write(QIODevice* device) override;

    // The picture's width in pixels; 0 (the default) means the drawing's width × DefaultScale. The height follows.
    void setWidth(int pixels) { m_width = pixels; }
    // The size write() produces.
    QSize imageSize() const;

private:
    bool writePng(QIODevice* device);
    bool writeSvg(QIODevice* device);

    const DiagramDrawing& m_drawing;
    Format m_format;
    int m_width = 0;
};
