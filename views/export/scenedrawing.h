#pragma once

#include "model/export/diagramdrawing.h"

class QGraphicsScene;

// A QGraphicsScene as a DiagramDrawing: its items with a margin around them, drawn without the selection (which is
// restored afterwards).
class SceneDrawing final : public DiagramDrawing
{
public:
    static constexpr qreal Margin = 24; // scene units around the items

    explicit SceneDrawing(QGraphicsScene& scene)
        : m_scene(scene)
    {}

    QRectF bounds() const override;
    void paint(QPainter* painter, const QRectF& target) const override;

private:
    QGraphicsScene& m_scene;
};
