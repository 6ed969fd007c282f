#include "views/diagram/flowrouter.h"

#include "model/catalogtexts.h"
#include "model/portmatrix.h"
#include "views/diagram/flowfamily.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>

namespace {
constexpr qreal kEndGap = 2; // the arrowhead's tip stops this short of the card
// How far an arrow inside a lane bows out to the right of the cards: further for ends further apart, so that the
// loops nest instead of running on top of each other.
constexpr qreal kLoopBulge = 16;
constexpr qreal kLoopBulgePerPixel = 0.12;
constexpr qreal kMaxLoopBulge = 48;
constexpr int kMaxToolTipLines = 14;
constexpr qreal kLongBend = 120; // half the length of each bend of a long arrow
constexpr qreal kChannelSpacing = 2.5;
constexpr qreal kBlockEndSpacing = 10;

// The bar of a block sits in the gap beside its cards; on the right, beyond the arrowheads of loops between cards.
constexpr qreal kBusOffsetLeft = 7;
constexpr qreal kBusOffsetRight = 20;
constexpr qreal kBottomEndsLeft = 250; // bottom ends of a lane's block start right of the actor badges
constexpr qreal kBottomEndsWidth = 400;

enum Side
{
    Left,
    Right,
    Bottom // of a lane's block of cards, for its own actors' arrows
};

QPointF direction(Side side)
{
    switch (side) {
    case Left:
        return {-1, 0};
    case Right:
        return {1, 0};
    case Bottom:
        return {0, 1};
    }
    return {};
}

struct ArrowEnds
{
    int from = -1;
    int to = -1;
    QStringList families; // of its rules: one, or with lanePairs several
    QList<int> rows;
    Side fromSide = Right;
    Side toSide = Left;
    QPointF start;
    QPointF end;
};

// The distinct families of an arrow's rules, in legend order.
QStringList familiesOf(const QList<int>& rows, const PortMatrix& matrix)
{
    QStringList families;
    for (int row : rows) {
        const QString& family = matrix.ruleAt(row)->family;
        if (!families.contains(family))
            families.append(family);
    }
    std::sort(families.begin(), families.end(), [](const QString& a, const QString& b) {
        return std::make_pair(FlowFamily::order(a), a) < std::make_pair(FlowFamily::order(b), b);
    });
    return families;
}

QString ruleLine(const MatrixRule& rule)
{
    return QCoreApplication::translate("FlowRouter", "%1: %2 %3")
        .arg(CatalogTexts::user().service(rule), protocolId(rule.protocol).toUpper(), rule.ports.toString());
}
} // namespace

FlowRouter::FlowRouter(const FlowAnchors& anchors)
    : m_anchors(anchors)
{}

// The anchors of a rule's sources or destinations. For a whole lane, only implicit actors ("zone:role") keep their
// own badge, and not even they with lanePairs; every server is the lane's block, without a look-up per server, and
// without a look at each endpoint when no actor role is among them.
QList<int> FlowRouter::anchorsOf(const QStringList& endpoints, const QStringList& roles, int zone, bool wholeLane) const
{
    const int block = wholeLane ? m_anchors.laneBlock.value(zone, -1) : -1;
    if (block >= 0 && (m_anchors.lanePairs || std::none_of(roles.begin(), roles.end(), [this](const QString& role) {
                           return m_anchors.actorRoles.contains(role);
                       })))
        return {block};
    QList<int> anchors;
    for (const QString& endpoint : endpoints) {
        const int anchor = block >= 0 && !endpoint.contains(u':') ? block : m_anchors.ofEndpoint.value(endpoint, -1);
        if (anchor >= 0 && !anchors.contains(anchor))
            anchors.append(anchor);
    }
    return anchors;
}

// The channel between card rows nearest to y; below the last row (where the actor badges are) y itself.
qreal FlowRouter::channelNear(qreal y) const
{
    const QList<qreal>& channels = m_anchors.channels;
    if (channels.isEmpty() || y > channels.constLast() + kBlockEndSpacing)
        return y;
    return *std::min_element(channels.begin(), channels.end(),
                             [y](qreal a, qreal b) { return std::abs(a - y) < std::abs(b - y); });
}

FlowRouting FlowRouter::route(const PortMatrix& matrix, const RuleZones& ruleZones) const
{
    // Families by their legend order, looked up once per distinct family string rather than per rule.
    QHash<QString, int> familyOrder;
    QMap<std::tuple<int, int, int>, QList<int>> grouped; // (family order or -1 when merged, from, to) → rows
    for (int row = 0; row < matrix.rowCount(); ++row) {
        const MatrixRule& rule = *matrix.ruleAt(row);
        const auto [fromZone, toZone] = ruleZones.at(row);
        // Servers talking among themselves (Edges relaying to each other) would be a mesh of loops: one loop on the
        // lane's block says it as well.
        const bool peers = fromZone == toZone && rule.sources.size() > 1 && rule.sources == rule.destinations;
        const bool wholeLanes = peers || m_anchors.crowded.value(fromZone) || m_anchors.crowded.value(toZone);
        const QList<int> from = anchorsOf(rule.sources, rule.sourceRoles, fromZone, wholeLanes);
        const QList<int> to = anchorsOf(rule.destinations, rule.destinationRoles, toZone, wholeLanes);
        auto order = familyOrder.constFind(rule.family);
        if (order == familyOrder.cend())
            order = familyOrder.insert(rule.family, FlowFamily::order(rule.family));
        const int family = m_anchors.lanePairs ? -1 : *order;
        for (int a : from) {
            for (int b : to) {
                if (a != b || m_anchors.laneBlock.contains(a))
                    grouped[{family, a, b}].append(row);
            }
        }
    }

    const QList<FlowAnchor>& anchors = m_anchors.anchors;
    QList<ArrowEnds> arrows;
    QHash<QPair<int, int>, QList<QPair<int, bool>>> ends; // (anchor, side) → (arrow, is its start)
    for (auto it = grouped.cbegin(); it != grouped.cend(); ++it) {
        ArrowEnds arrow;
        arrow.from = std::get<1>(it.key());
        arrow.to = std::get<2>(it.key());
        arrow.rows = it.value();
        arrow.families = familiesOf(arrow.rows, matrix);
        const int fromZone = anchors.at(arrow.from).zone;
        const int toZone = anchors.at(arrow.to).zone;
        if (fromZone > toZone) {
            std::swap(arrow.fromSide, arrow.toSide);
        } else if (fromZone == toZone) {
            // Inside a lane: a loop out to the right of the cards, or up into the bottom of the lane's block.
            // A block's loop onto itself stays on its right side.
            const bool fromBlock = m_anchors.laneBlock.contains(arrow.from) && arrow.from != arrow.to;
            const bool toBlock = m_anchors.laneBlock.contains(arrow.to) && arrow.from != arrow.to;
            arrow.fromSide = fromBlock ? Bottom : Right;
            arrow.toSide = toBlock ? Bottom : Right;
        }
        ends[{arrow.from, arrow.fromSide}].append({int(arrows.size()), true});
        ends[{arrow.to, arrow.toSide}].append({int(arrows.size()), false});
        arrows.append(arrow);
    }

    FlowRouting routing;
    for (auto it = ends.begin(); it != ends.end(); ++it) {
        const bool block = m_anchors.laneBlock.contains(it.key().first);
        QRectF rect = anchors.at(it.key().first).rect;
        QList<QPair<int, bool>>& list = it.value();
        const auto farY = [&](const QPair<int, bool>& end) {
            const ArrowEnds& arrow = arrows.at(end.first);
            return anchors.at(end.second ? arrow.to : arrow.from).rect.center().y();
        };
        std::stable_sort(list.begin(), list.end(), [&](const auto& a, const auto& b) { return farY(a) < farY(b); });
        const Side side = Side(it.key().second);
        if (block && side != Bottom) {
            // Bundled arrows end on a bar beside the block, so that they do not seem to point at one card.
            rect.adjust(-kBusOffsetLeft, 0, kBusOffsetRight, 0);
            const qreal x = side == Left ? rect.left() : rect.right();
            routing.buses.append(QRectF(x - BusWidth / 2, rect.top(), BusWidth, rect.height()));
        }
        const qreal x = side == Left ? rect.left() : rect.right();
        const qreal bottomWidth = qMin(kBottomEndsWidth, rect.width() - kBottomEndsLeft);
        // On a block's bar the ends gather, a few pixels apart, around the height their arrows come from, so that
        // they arrive nearly level instead of fanning out over a tall lane.
        const qreal gathered = kBlockEndSpacing * qreal(list.size() - 1);
        qreal gatheredTop = -1;
        if (block && side != Bottom && gathered < rect.height() - 2 * kBlockEndSpacing) {
            qreal sum = 0;
            for (const auto& end : std::as_const(list))
                sum += farY(end);
            gatheredTop = qBound(rect.top() + kBlockEndSpacing, sum / qreal(list.size()) - gathered / 2,
                                 rect.bottom() - kBlockEndSpacing - gathered);
        }
        for (int i = 0; i < list.size(); ++i) {
            const qreal share = qreal(i + 1) / (list.size() + 1);
            QPointF point(x, rect.top() + rect.height() * share);
            if (side == Bottom)
                point = QPointF(rect.left() + kBottomEndsLeft + bottomWidth * share, rect.bottom());
            else if (gatheredTop >= 0)
                point.setY(gatheredTop + i * kBlockEndSpacing);
            ArrowEnds& arrow = arrows[list.at(i).first];
            (list.at(i).second ? arrow.start : arrow.end) = point;
        }
    }

    QHash<qreal, int> channelUse; // channel → arrows in it so far
    routing.arrows.reserve(arrows.size());
    for (const ArrowEnds& arrow : std::as_const(arrows)) {
        const QPointF out = direction(arrow.fromSide);
        const QPointF in = direction(arrow.toSide);
        const QPointF end = arrow.end + in * kEndGap;
        qreal reach = qMax(40.0, std::abs(end.x() - arrow.start.x()) * 0.4);
        if (arrow.fromSide == Right && arrow.toSide == Right)
            reach = qMin(kMaxLoopBulge, kLoopBulge + std::abs(end.y() - arrow.start.y()) * kLoopBulgePerPixel);
        else if (arrow.fromSide == Bottom || arrow.toSide == Bottom)
            reach = qMax(30.0, std::abs(end.y() - arrow.start.y()) * 0.5);
        QPainterPath path(arrow.start);
        const qreal span = std::abs(end.x() - arrow.start.x());
        const int lanesApart = std::abs(anchors.at(arrow.to).zone - anchors.at(arrow.from).zone);
        const int fromRow = m_anchors.laneRow.value(anchors.at(arrow.from).zone);
        const int toRow = m_anchors.laneRow.value(anchors.at(arrow.to).zone);
        if (fromRow != toRow && arrow.fromSide != arrow.toSide) {
            // To another row of lanes: out of the start's side, along the gutter between the rows, and into the
            // end's side; the gutter holds no card.
            const qreal bend = kLongBend / 2;
            qreal gutter = m_anchors.gutters.value(toRow > fromRow ? fromRow : fromRow - 1);
            gutter += ((channelUse[gutter]++ % 9) - 4) * kChannelSpacing;
            const QPointF into(arrow.start.x() + out.x() * bend, gutter);
            const QPointF outOf(end.x() + in.x() * bend, gutter);
            path.cubicTo(arrow.start + out * bend, QPointF(into.x(), arrow.start.y()), into);
            path.lineTo(outOf);
            path.cubicTo(QPointF(outOf.x(), end.y()), end + in * bend, end);
        } else if (arrow.fromSide != arrow.toSide && (span > 4.5 * kLongBend || lanesApart >= 2)) {
            // An arrow that crosses other lanes does so in a channel between two rows of cards (all lanes share the
            // rows), so that it never passes through a card on its way (Internet clients to LAN servers through the
            // DMZ); it bends into the channel after its start and out of it before its end, the bends shorter when
            // the lanes are close. Arrows sharing a channel are set a little apart.
            const qreal bend = qMin(kLongBend, span / 4.5);
            qreal channel = channelNear(arrow.start.y());
            if (channel != arrow.start.y())
                channel += ((channelUse[channel]++ % 5) - 2) * kChannelSpacing;
            const QPointF into(arrow.start.x() + out.x() * 2 * bend, channel);
            const QPointF outOf(end.x() + in.x() * 2 * bend, channel);
            path.cubicTo(arrow.start + out * bend, into - out * bend, into);
            path.lineTo(outOf);
            path.cubicTo(outOf + out * bend, end + in * bend, end);
        } else {
            path.cubicTo(arrow.start + out * reach, end + in * reach, end);
        }

        FlowArrowSpec spec;
        spec.path = path;
        spec.families = arrow.families;
        spec.family = arrow.families.size() == 1 ? arrow.families.constFirst() : FlowFamily::several();
        spec.rows = arrow.rows;
        spec.from = arrow.from;
        spec.to = arrow.to;
        spec.title = title(spec, m_anchors);
        spec.bundled = m_anchors.laneBlock.contains(arrow.from) || m_anchors.laneBlock.contains(arrow.to);
        routing.arrows.append(spec);
    }
    return routing;
}

QString FlowRouter::title(const FlowArrowSpec& arrow, const FlowAnchors& anchors)
{
    QStringList names;
    for (const QString& family : arrow.families)
        names.append(FlowFamily::displayName(family));
    const QString families = names.join(QStringLiteral(", "));
    const QString& from = anchors.anchors.at(arrow.from).label;
    return arrow.from == arrow.to ? QCoreApplication::translate("FlowRouter", "%1 among %2").arg(families, from)
                                  : QCoreApplication::translate("FlowRouter", "%1: %2 → %3")
                                        .arg(families, from, anchors.anchors.at(arrow.to).label);
}

QString FlowRouter::toolTip(const QString& title, const QList<int>& rows, const PortMatrix& matrix)
{
    QStringList lines{title};
    for (int row : rows) {
        const MatrixRule* rule = matrix.ruleAt(row);
        if (!rule)
            continue;
        const QString line = ruleLine(*rule);
        if (!lines.contains(line))
            lines.append(line);
    }
    if (lines.size() > kMaxToolTipLines) {
        const int more = int(lines.size()) - kMaxToolTipLines;
        lines.resize(kMaxToolTipLines);
        lines.append(QCoreApplication::translate("FlowRouter", "… and %n more", nullptr, more));
    }
    return lines.join(u'\n');
}
