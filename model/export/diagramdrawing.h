#pragma once

#include <QRectF>

class QPainter;

// A picture that exporters can draw without knowing how it is made: in the window and in portolan-render, the
// topology scene. Keeps the model free of Widgets while the report and the picture formats still draw the very
// diagram the window shows.
class DiagramDrawing
{
public:
    virtual ~DiagramDrawing() = default;

    // The part worth drawing, in the drawing's own units, with a margin; its aspect ratio is the picture's.
    virtual QRectF bounds() const = 0;
    // Draws bounds() into target (device coordinates of the painter), keeping the aspect ratio, without selection.
    virtual void paint(QPainter* painter, const QRectF& target) const = 0;

protected:
    DiagramDrawing() = default;
    DiagramDrawing(const DiagramDrawing&) = default;
    DiagramDrawing& operator=(const DiagramDrawing&) = default;
};
