#pragma once

#include <QColor>

class QPainter;
class QRectF;

// How the diagram draws the what-if: blocked rules and the flows that need them in one red, and a warning badge on
// every server or actor that loses a flow.
namespace WhatIfMarks {

QColor blockedColour();
// A small amber triangle with "!" filling box.
void paintLossBadge(QPainter* painter, const QRectF& box);

} // namespace WhatIfMarks

// How much of a firewall chip's rules the what-if blocks.
enum class ChipBlock
{
    None,
    Partly,
    Fully
};
