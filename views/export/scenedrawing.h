#pragma once

#include "model/export/diagramdrawing.h"

class QGraphicsScene;

// A QGraphicsScene as a DiagramDrawing: its items with a margin around them and the symbol legend (LegendStrip) below,
// drawn without the selection (which is restored afterwards).
class SceneDrawing final : public DiagramDrawing
{
public:
    static constexpr qreal Margin = 24;          // scene units around the items
    static constexpr qreal LegendMinWidth = 640; // a narrow diagram still gets a legend that reads

    explicit SceneDrawing(QGraphicsScene& scene)
        : m_scene(scene)
    {}

    QRectF bounds() const override;
    void paint(QPainter* painter, const QRectF& target) const override;
    // The scene's items with the margin: bounds() without the legend.
    QRectF sceneBounds() const;

private:
    QGraphicsScene& m_scene;
};
