#pragma once

#include <QColor>
#include <QString>

// What the live probe saw of one matrix row, as the views summarise it for the table's "Observed" column: the worst
// state over the row's probed ports, its colour and a line of text. The model stores and shows it; it never probes.
struct RowObservation
{
    QString text;          // e.g. "open · 1.2 ms · 10:31:02 · from LAN"
    QString toolTip;       // the details: each port, banner, certificate
    QColor colour;         // the state's colour
    bool verified = false; // seen from the row's own source zone; otherwise shown, but not as proof
};
