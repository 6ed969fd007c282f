#pragma once

#include <QColor>

// How a view state (the comparison) marks a chip of a firewall: a fill, and the text struck through when the chip's
// rules all go. An invalid fill leaves the chip as it is.
struct ChipMark
{
    QColor fill;
    bool struck = false;

    friend bool operator==(const ChipMark& a, const ChipMark& b) { return a.fill == b.fill && a.struck == b.struck; }
    friend bool operator!=(const ChipMark& a, const ChipMark& b) { return !(a == b); }
};
