#pragma once

#include "views/diagram/symbollegend.h"

#include <QFont>
#include <QList>
#include <QRectF>

class QPainter;

// The symbol legend as a compact strip below an exported diagram: each section's title, then its entries (symbol and
// text) side by side, wrapping to the next line where the width runs out. Diagram units, so it scales with the
// picture; vector drawing and text as text, for SVG and PDF. The flow families are left to the diagram's own legend.
class LegendStrip final
{
public:
    // width: the diagram's, in diagram units.
    explicit LegendStrip(qreal width);

    QSizeF size() const { return m_size; }
    void paint(QPainter* painter, const QPointF& topLeft) const;

private:
    struct Placed
    {
        QRectF rect;
        QString text;                              // a title or an entry's text
        std::optional<SymbolLegend::Entry> symbol; // or an entry's symbol
        bool title = false;
    };

    QFont m_font;
    QFont m_titleFont;
    QList<Placed> m_placed;
    QSizeF m_size;
};
