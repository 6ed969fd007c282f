#pragma once

#include "probe/proberesult.h"

#include <QList>
#include <QSizeF>
#include <QString>

#include <optional>

class QPainter;
class QRectF;

// The key to every symbol the diagram draws: the flow families, arrows and bus bars, firewall chips, the blocks of
// firewalls a deployment lists, port dots and probe states. Each sample is painted by the diagram's own code
// (FlowArrowItem, BoundaryItem, ServerCardItem, probeStateColour), so the key cannot drift from the picture. The
// window's Legend dock and the strip below an exported diagram show it.
namespace SymbolLegend {

enum class Symbol
{
    FamilyArrow,   // an arrow in a family's colour
    BundledArrow,  // the thicker arrow of a whole lane
    BusBar,        // the bar where bundled arrows end
    ChipRight,     // "→ TCP 25" on a firewall
    ChipLeft,      // "← TCP 25"
    ChipNew,       // a chip that appeared with the last change
    ChipProbed,    // a chip outlined in the worst probe state of its rules
    FirewallBlock, // a firewall the deployment lists, with its legs
    DotNotProbed,  // a grey port dot
    DotVerified,   // a filled dot: probed and verified from this vantage
    DotUnverified, // a hollow dot: probed from a zone its rules do not come from
    StateSwatch    // a probe state's colour
};

struct Entry
{
    QString id; // e.g. "family-mail", "chip-right", "state-closed": names the entry's widgets
    Symbol symbol;
    QString family;                  // of a FamilyArrow
    std::optional<ProbeState> state; // of a StateSwatch
    QString text;                    // translated
};

struct Section
{
    QString id; // "families", "arrows", "chips", "firewalls", "dots", "states"
    QString title;
    QList<Entry> entries;
};

enum class Contents
{
    All,
    // Without the flow families: a diagram's own legend row (LegendItem) already lists the families it draws.
    WithoutFamilies
};

QList<Section> sections(Contents contents = Contents::All);
// The room a symbol needs, in diagram units.
QSizeF symbolSize(const Entry& entry);
// Draws the entry's symbol centred in box; the painter's state is kept.
void paintSymbol(QPainter* painter, const QRectF& box, const Entry& entry);

} // namespace SymbolLegend
