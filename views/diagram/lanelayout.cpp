#include "views/diagram/lanelayout.h"

#include "model/deployment.h"
#include "model/flow.h"
#include "model/portcatalog.h"
#include "views/diagram/actorbadgeitem.h"
#include "views/diagram/boundaryitem.h"
#include "views/diagram/servercarditem.h"

#include <cmath>

namespace {
constexpr qreal kMinLaneWidth = ServerCardItem::Width + 2 * LaneLayout::Gap + LaneLayout::LoopRoom;
constexpr qreal kMinHeight = 420;
constexpr int kMinCardsPerColumn = 8;
constexpr qreal kMaxBadgeWidth = 220;
} // namespace

QRectF LaneLayout::cardRect(int lane, int index) const
{
    return {lanes.at(lane).x + Gap + (index / perColumn) * (ServerCardItem::Width + Gap),
            lanes.at(lane).y + HeaderHeight + (index % perColumn) * (ServerCardItem::Height + Gap),
            ServerCardItem::Width, ServerCardItem::Height};
}

QRectF LaneLayout::badgeRect(int lane, int index) const
{
    const LaneSpec& spec = lanes.at(lane);
    return {spec.x + Gap, spec.y + spec.actorsTop + ActorsTitle + index * (ActorBadgeItem::Height + ActorGap),
            qMin(spec.width - 2 * Gap - LoopRoom, kMaxBadgeWidth), ActorBadgeItem::Height};
}

QList<qreal> LaneLayout::channels() const
{
    qsizetype mostServers = 0;
    for (const auto& lane : servers)
        mostServers = qMax(mostServers, lane.size());
    QList<qreal> heights;
    for (int row = 0; row < rows; ++row) {
        const qreal top = row * (height + RowGap);
        for (int cards = 0; cards <= qMin<int>(int(mostServers), perColumn); ++cards)
            heights.append(top + HeaderHeight + cards * (ServerCardItem::Height + Gap) - Gap / 2);
    }
    return heights;
}

LaneLayout layOutLanes(const Deployment& deployment, const FlowSet& flows, const PortCatalog& catalog,
                       const QHash<QString, int>& zoneIndex)
{
    const QList<Zone>& zones = deployment.zones();
    LaneLayout layout;
    layout.servers.resize(zones.size());
    for (const Server& server : deployment.servers()) {
        const int zone = zoneIndex.value(server.zone, -1);
        if (zone >= 0)
            layout.servers[zone].append(&server);
    }
    QList<QList<LaneActor>> actors(zones.size());
    for (const EndpointGroup& group : flows.groups) {
        const RoleInfo* role = catalog.role(group.role);
        if (group.implicit && group.zoneIndex >= 0 && group.zoneIndex < zones.size() && role) {
            const QString& zone = zones.at(group.zoneIndex).id;
            actors[group.zoneIndex].append(
                {group.servers.value(0, implicitActorId(zone, group.role)), group.role, role->name});
        }
    }

    qsizetype mostServers = 0;
    for (const auto& servers : std::as_const(layout.servers))
        mostServers = qMax(mostServers, servers.size());
    const int perColumn = qMax(kMinCardsPerColumn, int(std::ceil(std::sqrt(qreal(mostServers)) * 1.3)));
    layout.perColumn = perColumn;
    const auto cardsHeight = [perColumn](qsizetype servers) {
        return qMin<int>(int(servers), perColumn) * (ServerCardItem::Height + LaneLayout::Gap);
    };
    layout.height = kMinHeight;
    for (int z = 0; z < zones.size(); ++z) {
        const qsizetype actorCount = actors.at(z).size();
        const qreal actorsHeight =
            actorCount ? LaneLayout::ActorsTitle + actorCount * (ActorBadgeItem::Height + LaneLayout::ActorGap) : 0;
        layout.height = qMax(layout.height, LaneLayout::HeaderHeight + cardsHeight(layout.servers.at(z).size()) +
                                                actorsHeight + 2 * LaneLayout::Gap);
    }
    // Lanes per row: one row up to MaxLanesInOneRow zones; beyond, rows about twice as wide as the rows are high.
    const int zoneCount = int(zones.size());
    int perRow = qMax(1, zoneCount);
    if (zoneCount > LaneLayout::MaxLanesInOneRow) {
        const qreal laneStep = kMinLaneWidth + BoundaryItem::Width;
        perRow = qMax(LaneLayout::MaxLanesInOneRow / 2,
                      int(std::ceil(std::sqrt(2.0 * zoneCount * (layout.height + LaneLayout::RowGap) / laneStep))));
    }
    layout.rows = qMax(1, (zoneCount + perRow - 1) / perRow);
    qreal x = 0;
    for (int z = 0; z < zones.size(); ++z) {
        if (z % perRow == 0)
            x = 0;
        const Zone& zone = zones.at(z);
        const qsizetype servers = layout.servers.at(z).size();
        const int columns = qMax(1, int((servers + perColumn - 1) / perColumn));
        const ZoneKindInfo* kind = catalog.zoneKind(zone.kind);
        LaneSpec lane;
        lane.zoneId = zone.id;
        lane.name = zone.name;
        lane.kindName = kind ? kind->name : zone.kind;
        lane.tint = QColor(zone.colour.isEmpty() && kind ? kind->colour : zone.colour);
        lane.x = x;
        lane.row = z / perRow;
        lane.y = lane.row * (layout.height + LaneLayout::RowGap);
        lane.width = qMax(kMinLaneWidth,
                          columns * (ServerCardItem::Width + LaneLayout::Gap) + LaneLayout::Gap + LaneLayout::LoopRoom);
        lane.actorsTop = LaneLayout::HeaderHeight + cardsHeight(servers);
        lane.actors = actors.at(z);
        layout.lanes.append(lane);
        x += lane.width + BoundaryItem::Width;
    }
    return layout;
}
