#include "views/diagram/symbollegend.h"

#include "views/diagram/boundaryitem.h"
#include "views/diagram/firewallitem.h"
#include "views/diagram/flowarrowitem.h"
#include "views/diagram/flowfamily.h"
#include "views/diagram/flowrouter.h"
#include "views/diagram/servercarditem.h"
#include "views/probing/probestatestyle.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

namespace {
constexpr qreal kArrowLength = 36;
constexpr qreal kArrowHeight = 14;
constexpr qreal kSwatchDot = 11;  // a probe state's dot, larger than a card's so that its colour reads
constexpr qreal kBarOverhang = 5; // the firewall bar shows above and below a sample chip
constexpr qreal kBlockWidth = 64; // a sample firewall block, its symbol without a name
constexpr qreal kBlockHeight = 20;
constexpr qreal kLegLength = 12;

// The family of the sample arrows that are about shape, not colour.
const QString SampleFamily = QStringLiteral("web");

QString chipText(SymbolLegend::Symbol symbol)
{
    // As boundaryChips writes them; protocol and port are not translated there either.
    return symbol == SymbolLegend::Symbol::ChipLeft ? QStringLiteral("← TCP 25") : QStringLiteral("→ TCP 25");
}

QSizeF chipSize(const QString& text)
{
    const QFontMetricsF metrics(BoundaryItem::chipFont());
    return {metrics.horizontalAdvance(text) + 2 * BoundaryItem::ChipPadding + 2,
            metrics.height() + 2 * BoundaryItem::ChipPadding};
}

} // namespace

namespace SymbolLegend {

QList<Section> sections(Contents contents)
{
    QList<Section> result;
    if (contents == Contents::All) {
        Section families{QStringLiteral("families"),
                         QCoreApplication::translate("SymbolLegend", "Flow families (arrow colours)"),
                         {}};
        for (const QString& family : FlowFamily::all()) {
            QString text = FlowFamily::displayName(family);
            if (family == FlowFamily::several())
                text = QCoreApplication::translate(
                           "SymbolLegend", "%1: one arrow for all flows between two lanes, on a crowded diagram")
                           .arg(text);
            families.entries.append({u"family-" + family, Symbol::FamilyArrow, family, std::nullopt, text});
        }
        result.append(families);
    }
    result.append(
        {QStringLiteral("arrows"),
         QCoreApplication::translate("SymbolLegend", "Arrows"),
         {{QStringLiteral("arrow-flow"), Symbol::FamilyArrow, SampleFamily, std::nullopt,
           QCoreApplication::translate("SymbolLegend",
                                       "A flow: from the server that connects to the one that listens")},
          {QStringLiteral("arrow-bundled"), Symbol::BundledArrow, SampleFamily, std::nullopt,
           QCoreApplication::translate("SymbolLegend", "Thicker: bundled, the flows of all servers of a lane")},
          {QStringLiteral("arrow-bus"), Symbol::BusBar, SampleFamily, std::nullopt,
           QCoreApplication::translate("SymbolLegend", "Bus bar beside a lane's cards, where bundled arrows end")}}});
    result.append({QStringLiteral("chips"),
                   QCoreApplication::translate("SymbolLegend", "Firewall chips (ports to open)"),
                   {{QStringLiteral("chip-right"),
                     Symbol::ChipRight,
                     {},
                     std::nullopt,
                     QCoreApplication::translate("SymbolLegend", "From the left lane to the right one")},
                    {QStringLiteral("chip-left"),
                     Symbol::ChipLeft,
                     {},
                     std::nullopt,
                     QCoreApplication::translate("SymbolLegend", "From the right lane to the left one")},
                    {QStringLiteral("chip-new"),
                     Symbol::ChipNew,
                     {},
                     std::nullopt,
                     QCoreApplication::translate("SymbolLegend", "New with the last change")},
                    {QStringLiteral("chip-probed"),
                     Symbol::ChipProbed,
                     {},
                     ProbeState::Closed,
                     QCoreApplication::translate("SymbolLegend", "Outline: the worst probe state of its rules")}}});
    result.append(
        {QStringLiteral("firewalls"),
         QCoreApplication::translate("SymbolLegend", "Firewalls the deployment lists"),
         {{QStringLiteral("firewall-block"),
           Symbol::FirewallBlock,
           {},
           std::nullopt,
           QCoreApplication::translate(
               "SymbolLegend", "A firewall above the lanes: one leg to each zone it joins, labelled with the "
                               "interface facing it, or filled \"this host\" where that zone's servers run on the "
                               "firewall itself; the bars between lanes name the firewalls spanning them")}}});
    result.append(
        {QStringLiteral("dots"),
         QCoreApplication::translate("SymbolLegend", "Port dots on server cards"),
         {{QStringLiteral("dot-not-probed"),
           Symbol::DotNotProbed,
           {},
           std::nullopt,
           QCoreApplication::translate("SymbolLegend", "Not probed yet")},
          {QStringLiteral("dot-verified"),
           Symbol::DotVerified,
           {},
           ProbeState::Open,
           QCoreApplication::translate("SymbolLegend", "Filled: probed and verified from this vantage")},
          {QStringLiteral("dot-unverified"),
           Symbol::DotUnverified,
           {},
           ProbeState::Open,
           QCoreApplication::translate(
               "SymbolLegend", "Hollow: probed from a zone its rules do not come from, so not verified from here")}}});
    Section states{QStringLiteral("states"),
                   QCoreApplication::translate("SymbolLegend", "Probe states (dots, chip outlines)"),
                   {}};
    for (const ProbeState state : probeStatesInOrder()) {
        states.entries.append({u"state-" + probeStateId(state),
                               Symbol::StateSwatch,
                               {},
                               state,
                               QCoreApplication::translate("SymbolLegend", "%1: %2")
                                   .arg(probeStateName(state), probeStateMeaning(state))});
    }
    result.append(states);
    return result;
}

QSizeF symbolSize(const Entry& entry)
{
    switch (entry.symbol) {
    case Symbol::FamilyArrow:
    case Symbol::BundledArrow:
    case Symbol::BusBar:
        return {kArrowLength, kArrowHeight};
    case Symbol::ChipRight:
    case Symbol::ChipLeft:
    case Symbol::ChipNew:
    case Symbol::ChipProbed:
        return chipSize(chipText(entry.symbol)) + QSizeF(0, 2 * kBarOverhang);
    case Symbol::FirewallBlock:
        return {kBlockWidth, kBlockHeight + kLegLength};
    case Symbol::DotNotProbed:
    case Symbol::DotVerified:
    case Symbol::DotUnverified:
    case Symbol::StateSwatch:
        break;
    }
    return {kSwatchDot + 2, kSwatchDot + 2};
}

void paintSymbol(QPainter* painter, const QRectF& box, const Entry& entry)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QSizeF size = symbolSize(entry);
    const QRectF area(box.center() - QPointF(size.width(), size.height()) / 2, size);
    const qreal middle = area.center().y();
    switch (entry.symbol) {
    case Symbol::FamilyArrow:
    case Symbol::BundledArrow:
        FlowArrowItem::paintSample(painter, QLineF(area.left(), middle, area.right(), middle), entry.family,
                                   entry.symbol == Symbol::BundledArrow);
        break;
    case Symbol::BusBar: {
        // A bundled arrow ending at the bar, in the grey TopologyScene::addArrows gives bars.
        const qreal bar = area.right() - FlowRouter::BusWidth;
        FlowArrowItem::paintSample(painter, QLineF(area.left(), middle, bar, middle), entry.family, true);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0x6e, 0x6e, 0x6e));
        painter->drawRect(QRectF(bar, area.top(), FlowRouter::BusWidth, area.height()));
        break;
    }
    case Symbol::DotNotProbed:
    case Symbol::DotVerified:
    case Symbol::DotUnverified: {
        const QPointF half(ServerCardItem::DotSize / 2, ServerCardItem::DotSize / 2);
        ServerCardItem::paintPortDot(painter, QRectF(area.center() - half, area.center() + half), entry.state,
                                     entry.symbol == Symbol::DotVerified);
        break;
    }
    case Symbol::FirewallBlock:
        for (const qreal x : {area.left() + kBlockWidth / 4, area.right() - kBlockWidth / 4})
            FirewallItem::paintLeg(painter, x, area.top() + kBlockHeight, area.bottom(), Emphasis::Normal);
        FirewallItem::paintBlock(painter, QRectF(area.topLeft(), QSizeF(kBlockWidth, kBlockHeight)), {},
                                 Emphasis::Normal, false);
        break;
    case Symbol::StateSwatch: {
        const QPointF half(kSwatchDot / 2, kSwatchDot / 2);
        ServerCardItem::paintPortDot(painter, QRectF(area.center() - half, area.center() + half), entry.state, true);
        break;
    }
    case Symbol::ChipRight:
    case Symbol::ChipLeft:
    case Symbol::ChipNew:
    case Symbol::ChipProbed: {
        BoundaryItem::paintBar(painter, area.center().x(), area.top(), area.height());
        BoundaryItem::ChipLook look;
        look.fresh = entry.symbol == Symbol::ChipNew;
        look.state = entry.state;
        painter->setFont(BoundaryItem::chipFont());
        BoundaryItem::paintChip(painter, area.adjusted(0, kBarOverhang, 0, -kBarOverhang), chipText(entry.symbol),
                                look);
        break;
    }
    }
    painter->restore();
}

} // namespace SymbolLegend
