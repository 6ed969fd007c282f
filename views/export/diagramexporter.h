#pragma once

#include <QCoreApplication>
#include <QRectF>
#include <QSize>
#include <QString>

#include <optional>

class QGraphicsScene;
class QIODevice;

// Writes a diagram (any QGraphicsScene) as a picture: PNG at twice the scene's scale by default, so that text stays
// crisp when zoomed or printed, or SVG with the text as text. Both have a white background and a margin around the
// items; the selection is not drawn.
class DiagramExporter final
{
    Q_DECLARE_TR_FUNCTIONS(DiagramExporter)

public:
    enum class Format
    {
        Png,
        Svg
    };

    static constexpr qreal DefaultScale = 2.0;
    static constexpr qreal Margin = 24; // scene units around the items

    // From the file name's suffix (case-insensitive): .png or .svg; nullopt for anything else.
    static std::optional<Format> formatForPath(const QString& path);
    // The part of the scene a picture shows: the items' bounds plus the margin.
    static QRectF diagramRect(const QGraphicsScene& scene);

    // The picture's width in pixels; 0 (the default) means diagramRect's width × DefaultScale. The height follows.
    void setWidth(int pixels) { m_width = pixels; }
    // The size write() produces for this scene.
    QSize imageSize(const QGraphicsScene& scene) const;

    // The device must be open for writing.
    bool write(QGraphicsScene& scene, Format format, QIODevice* device);
    QString errorString() const { return m_errorString; }

private:
    bool writePng(QGraphicsScene& scene, const QRectF& source, QIODevice* device);
    bool writeSvg(QGraphicsScene& scene, const QRectF& source, QIODevice* device);

    int m_width = 0;
    QString m_errorString;
};
