#include "views/diagram/topologyscene.h"

#include "views/diagram/diagramfont.h"

#include "planprobing/planprobing.h"
#include "model/deployment.h"
#include "model/deploymentcommands.h"
#include "model/deploymentanalysis.h"
#include "model/portcatalog.h"
#include "model/probeplan.h"
#include "views/diagram/actorbadgeitem.h"
#include "views/diagram/arrowbudget.h"
#include "views/diagram/boundaryitem.h"
#include "views/diagram/flowarrowitem.h"
#include "views/diagram/flowfamily.h"
#include "views/diagram/legenditem.h"
#include "views/probing/probeobservations.h"
#include "views/panels/rolepalette.h"
#include "views/diagram/servercarditem.h"

#include <cmath>

#include <QGraphicsRectItem>
#include <QGraphicsSceneContextMenuEvent>
#include <QGraphicsSceneDragDropEvent>
#include <QGraphicsSceneHelpEvent>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsSimpleTextItem>
#include <QHash>
#include <QKeyEvent>
#include <QMap>
#include <QMimeData>
#include <QScopedValueRollback>
#include <QSet>
#include <QTimer>
#include <QUndoStack>

namespace {
constexpr int kHighlightMs = 1500; // how long the ports a change added stay highlighted
constexpr qreal kHeaderHeight = 64;
constexpr qreal kGap = 14;
constexpr qreal kLoopRoom = 44; // right of the cards, where arrows between two cards of one lane bow out
constexpr qreal kMinLaneWidth = ServerCardItem::Width + 2 * kGap + kLoopRoom;
constexpr qreal kMinHeight = 420;
constexpr int kMinCardsPerColumn = 8;
constexpr int kMaxCardsWithOwnArrows = 6; // a lane with more cards gets one arrow per lane, not per card
constexpr int kArrowBudget = 3000;        // beyond this many arrows, they get coarser (arrowGrain)
constexpr qreal kActorsTitle = 22;        // the "Stands for:" line above the actor badges
constexpr qreal kActorGap = 6;
// Drawing order: lanes, then arrows, then the firewall chips and the cards on top, so arrows never hide text.
constexpr qreal kArrowZ = 1;
constexpr qreal kEmphasisedArrowZ = 1.5;
constexpr qreal kBoundaryZ = 2;
constexpr qreal kCardZ = 3;
} // namespace

TopologyScene::TopologyScene(Deployment* document, DeploymentAnalysis* analysis, const PortCatalog& catalog,
                             QObject* parent)
    : QGraphicsScene(parent)
    , m_document(document)
    , m_analysis(analysis)
    , m_catalog(catalog)
{
    setFont(diagramFont());
    // The scene is rebuilt after every change: a BSP tree over thousands of cards and arrows cost more to build and
    // hold than the linear search of hit-testing and painting costs (issue 10: hundreds of MB with 50 zones).
    setItemIndexMethod(QGraphicsScene::NoIndex);
    // Rows are renumbered after each change, so a highlight does not survive it.
    connect(m_analysis, &DeploymentAnalysis::updated, this, [this] {
        m_highlightedRows.clear();
        rebuild();
    });
    connect(this, &QGraphicsScene::selectionChanged, this, &TopologyScene::onSelectionChanged);
    rebuild();
}

// QGraphicsScene deletes the items in its own destructor, when this part is already gone; every selected card that goes
// changes the selection.
TopologyScene::~TopologyScene()
{
    disconnect(this, &QGraphicsScene::selectionChanged, this, &TopologyScene::onSelectionChanged);
}

QStringList TopologyScene::boundaryChips(int boundary) const
{
    return m_chips.value(boundary);
}

QStringList TopologyScene::highlightedChips(int boundary) const
{
    return m_highlighted.value(boundary);
}

QList<int> TopologyScene::boundaryRows(int boundary) const
{
    QList<int> rows;
    for (const QList<int>& chip : m_chipRows.value(boundary))
        rows.append(chip);
    std::sort(rows.begin(), rows.end());
    return rows;
}

// The chips of every boundary: the rules crossing it grouped by direction and protocol, e.g. "→ TCP 25, 443". A rule
// from zone 0 to zone 2 crosses both boundaries between them. The rules are first gathered per (from, to, protocol)
// with their distinct ports, so that each boundary looks at those spans and not at every rule.
void TopologyScene::buildChips(const RuleZones& ruleZones, int zoneCount)
{
    struct Span
    {
        int from = -1;
        int to = -1;
        int protocol = 0;
        int ports = -1; // into portLists: spans between many pairs of sites share one
        QList<int> rows;
    };
    const QList<MatrixRule>& rules = m_analysis->matrix().rules;
    QHash<qint64, int> spanIndex;
    QList<Span> spans;
    QList<QList<PortRange>> spanPorts;
    for (int row = 0; row < rules.size(); ++row) {
        const auto [from, to] = ruleZones.at(row);
        if (from < 0 || to < 0 || from == to)
            continue;
        const int protocol = int(rules.at(row).protocol);
        const qint64 key = (qint64(from) * zoneCount + to) * 8 + protocol;
        auto it = spanIndex.constFind(key);
        if (it == spanIndex.cend()) {
            it = spanIndex.insert(key, int(spans.size()));
            spans.append({from, to, protocol, -1, {}});
            spanPorts.append(QList<PortRange>());
        }
        if (!spanPorts[*it].contains(rules.at(row).ports))
            spanPorts[*it].append(rules.at(row).ports);
        spans[*it].rows.append(row);
    }
    QHash<QList<PortRange>, int> portListIndex;
    QList<QList<PortRange>> portLists;
    for (int i = 0; i < spans.size(); ++i) {
        std::sort(spanPorts[i].begin(), spanPorts[i].end());
        auto it = portListIndex.constFind(spanPorts.at(i));
        if (it == portListIndex.cend()) {
            it = portListIndex.insert(spanPorts.at(i), int(portLists.size()));
            portLists.append(spanPorts.at(i));
        }
        spans[i].ports = *it;
    }

    m_chips.clear();
    m_chipRows.clear();
    for (int boundary = 0; boundary + 1 < zoneCount; ++boundary) {
        struct Chip
        {
            QList<int> portLists;
            QList<int> rows;
        };
        QMap<QPair<int, int>, Chip> groups; // (direction: 0 → / 1 ←, protocol) → ports
        for (const Span& span : std::as_const(spans)) {
            if (qMin(span.from, span.to) > boundary || qMax(span.from, span.to) <= boundary)
                continue;
            Chip& chip = groups[qMakePair(span.from < span.to ? 0 : 1, span.protocol)];
            if (!chip.portLists.contains(span.ports))
                chip.portLists.append(span.ports);
            chip.rows.append(span.rows);
        }
        QStringList chips;
        QList<QList<int>> chipRows;
        for (auto it = groups.begin(); it != groups.end(); ++it) {
            QList<PortRange> ports;
            for (int list : std::as_const(it.value().portLists))
                ports.append(portLists.at(list));
            std::sort(ports.begin(), ports.end());
            ports.erase(std::unique(ports.begin(), ports.end()), ports.end());
            QStringList texts;
            for (const PortRange& range : std::as_const(ports))
                texts.append(range.toString());
            chips.append((it.key().first == 0 ? QStringLiteral("→ ") : QStringLiteral("← ")) +
                         protocolId(Protocol(it.key().second)).toUpper() + u' ' + texts.join(QStringLiteral(", ")));
            // The matrix lists rules by zones, so the spans' rows are in order already.
            QList<int>& rows = it.value().rows;
            if (!std::is_sorted(rows.begin(), rows.end()))
                std::sort(rows.begin(), rows.end());
            chipRows.append(rows);
        }
        m_chips.append(chips);
        m_chipRows.append(chipRows);
    }
}

void TopologyScene::rebuild()
{
    QStringList selected;
    for (QGraphicsItem* item : selectedItems()) {
        if (auto* card = dynamic_cast<ServerCardItem*>(item))
            selected.append(card->serverId());
    }
    const QScopedValueRollback<bool> quiet(m_selectingProgrammatically, true);
    clear();
    ++m_generation;
    m_cards.clear();
    m_cards.reserve(m_analysis->deployment()->servers().size());
    m_actors.clear();
    m_boundaries.clear();
    m_arrows.clear();
    m_legend = nullptr;
    m_probeStates.clear();
    m_rowProbes.clear();
    const Deployment& deployment = *m_analysis->deployment();
    const QList<Zone>& zones = deployment.zones();

    // How many distinct ports each server listens on (its dots), counted per group: a server with one role takes its
    // group's count; only servers with several roles need the union of their groups.
    const FlowSet& flows = m_analysis->flows();
    QList<QSet<qint64>> groupPorts(flows.groups.size());
    for (const Flow& flow : flows.flows)
        groupPorts[flow.listener].insert((qint64(flow.protocol) << 32) | (flow.ports.first << 16) | flow.ports.last);
    QHash<QString, int> listening;
    QHash<QString, QSet<qint64>> shared;
    QList<QList<const EndpointGroup*>> actorsByZone(zones.size());
    for (int g = 0; g < flows.groups.size(); ++g) {
        const EndpointGroup& group = flows.groups.at(g);
        if (group.implicit && group.zoneIndex >= 0 && group.zoneIndex < zones.size() && m_catalog.role(group.role))
            actorsByZone[group.zoneIndex].append(&group);
        for (const QString& id : group.servers) {
            if (group.sharesServers)
                shared[id].unite(groupPorts.at(g));
            else
                listening.insert(id, int(groupPorts.at(g).size()));
        }
    }
    for (auto it = shared.cbegin(); it != shared.cend(); ++it)
        listening.insert(it.key(), int(it.value().size()));

    // Zone ids to lanes once: a string search per server or rule and boundary cost most of a 50-zone rebuild.
    QHash<QString, int> zoneIndex;
    for (int z = 0; z < zones.size(); ++z)
        zoneIndex.insert(zones.at(z).id, z);
    const PortMatrix& matrix = m_analysis->matrix();
    RuleZones ruleZones;
    ruleZones.reserve(matrix.rowCount());
    for (int row = 0; row < matrix.rowCount(); ++row) {
        const MatrixRule& rule = *matrix.ruleAt(row);
        ruleZones.append({zoneIndex.value(rule.from, -1), zoneIndex.value(rule.to, -1)});
    }
    QList<QList<const Server*>> serversByZone(zones.size());
    for (const Server& server : deployment.servers()) {
        const int zone = zoneIndex.value(server.zone, -1);
        if (zone >= 0)
            serversByZone[zone].append(&server);
    }
    // Columns of at least 8 cards; the crowded lane of a large deployment gets taller columns, about as many cards
    // down as across, so that the diagram does not become a long strip. Every lane uses the same column height.
    qsizetype mostServers = 0;
    for (const auto& servers : std::as_const(serversByZone))
        mostServers = qMax(mostServers, servers.size());
    const int perColumn = qMax(kMinCardsPerColumn, int(std::ceil(std::sqrt(qreal(mostServers)) * 1.3)));
    const auto cardsHeight = [perColumn](qsizetype servers) {
        return qMin<int>(int(servers), perColumn) * (ServerCardItem::Height + kGap);
    };
    qreal height = kMinHeight;
    for (int z = 0; z < zones.size(); ++z) {
        const qsizetype actors = actorsByZone.at(z).size();
        const qreal actorsHeight = actors ? kActorsTitle + actors * (ActorBadgeItem::Height + kActorGap) : 0;
        height = qMax(height, kHeaderHeight + cardsHeight(serversByZone.at(z).size()) + actorsHeight + 2 * kGap);
    }

    // The first build of a document highlights nothing; later builds highlight chips that were not there before.
    const QList<QStringList> previous = m_chips;
    const bool highlight = !previous.isEmpty() && previous.size() == zones.size() - 1;
    buildChips(ruleZones, int(zones.size()));
    m_highlighted.clear();
    m_lanes.clear();
    FlowAnchors anchors;
    anchors.laneBlock.fill(-1, zones.size());
    for (int row = 0; row <= qMin<int>(int(mostServers), perColumn); ++row)
        anchors.channels.append(kHeaderHeight + row * (ServerCardItem::Height + kGap) - kGap / 2);
    QList<qsizetype> cardsPerLane;
    cardsPerLane.reserve(zones.size());
    for (const auto& servers : std::as_const(serversByZone))
        cardsPerLane.append(servers.size());
    ArrowGrain grain = arrowGrain(matrix, ruleZones, cardsPerLane, kMaxCardsWithOwnArrows, kArrowBudget);
    anchors.crowded = std::move(grain.bundledLanes);
    anchors.lanePairs = grain.lanePairs;
    qreal x = 0;
    for (int z = 0; z < zones.size(); ++z) {
        const Zone& zone = zones.at(z);
        const auto& servers = serversByZone.at(z);
        const int columns = qMax(1, int((servers.size() + perColumn - 1) / perColumn));
        const qreal width = qMax(kMinLaneWidth, columns * (ServerCardItem::Width + kGap) + kGap + kLoopRoom);
        const ZoneKindInfo* kind = m_catalog.zoneKind(zone.kind);
        const QColor tint(zone.colour.isEmpty() && kind ? kind->colour : zone.colour);

        auto* lane = addRect(QRectF(x, 0, width, height), QPen(tint.darker(130)), QBrush(tint));
        lane->setToolTip(zone.name);
        m_lanes.append({lane->rect(), zone.id});
        QFont titleFont = diagramFont(1.2);
        titleFont.setBold(true);
        auto* title = addSimpleText(zone.name, titleFont);
        title->setPos(x + kGap, 10);
        auto* subtitle = addSimpleText(kind ? kind->name : zone.kind, font());
        subtitle->setBrush(QColor(0x55, 0x55, 0x55));
        subtitle->setPos(x + kGap, 36);

        const bool crowded = anchors.crowded.at(z);
        QRectF block;
        for (int i = 0; i < servers.size(); ++i) {
            const Server& server = *servers.at(i);
            QStringList roles;
            for (const QString& role : server.roles) {
                const RoleInfo* info = m_catalog.role(role);
                roles.append(info ? info->name : role);
            }
            auto* card = new ServerCardItem(server, roles.join(QStringLiteral(", ")), listening.value(server.id));
            card->setPos(x + kGap + (i / perColumn) * (ServerCardItem::Width + kGap),
                         kHeaderHeight + (i % perColumn) * (ServerCardItem::Height + kGap));
            card->setZValue(kCardZ);
            addItem(card);
            m_cards.insert(server.id, card);
            block |= card->sceneBoundingRect();
            if (!crowded) {
                anchors.ofEndpoint.insert(server.id, int(anchors.anchors.size()));
                anchors.anchors.append({card->sceneBoundingRect(), z, server.name});
            }
        }
        if (!servers.isEmpty()) {
            anchors.laneBlock[z] = int(anchors.anchors.size());
            anchors.anchors.append({block, z, tr("%1 (%n servers)", nullptr, int(servers.size())).arg(zone.name)});
        }

        // The actors the zone stands for (Internet mail servers, clients, ...): badges under the cards.
        const QList<const EndpointGroup*>& actors = actorsByZone.at(z);
        if (!actors.isEmpty()) {
            const qreal top = kHeaderHeight + cardsHeight(servers.size());
            QFont italic = font();
            italic.setItalic(true);
            auto* text = addSimpleText(tr("Stands for:"), italic);
            text->setBrush(QColor(0x44, 0x44, 0x44));
            text->setPos(x + kGap, top);
            for (int i = 0; i < actors.size(); ++i) {
                const EndpointGroup& group = *actors.at(i);
                const QString id = group.servers.value(0, implicitActorId(zone.id, group.role));
                const QString name = m_catalog.role(group.role)->name;
                auto* badge = new ActorBadgeItem(id, group.role, name, qMin(width - 2 * kGap - kLoopRoom, 220.0));
                badge->setPos(x + kGap, top + kActorsTitle + i * (ActorBadgeItem::Height + kActorGap));
                badge->setZValue(kCardZ);
                addItem(badge);
                m_actors.append(badge);
                anchors.ofEndpoint.insert(id, int(anchors.anchors.size()));
                anchors.anchors.append({badge->sceneBoundingRect(), z, name});
                anchors.actorRoles.insert(group.role);
                block |= badge->sceneBoundingRect();
            }
            // With one arrow per pair of lanes, a lane of actors alone is one end too.
            if (servers.isEmpty() && anchors.lanePairs) {
                anchors.laneBlock[z] = int(anchors.anchors.size());
                anchors.anchors.append({block, z, zone.name});
            }
        }

        x += width;
        if (z + 1 < zones.size()) {
            QStringList fresh;
            for (const QString& chip : m_chips.at(z)) {
                if (highlight && !previous.at(z).contains(chip))
                    fresh.append(chip);
            }
            m_highlighted.append(fresh);
            auto* boundary = new BoundaryItem(height, m_chips.at(z), fresh);
            boundary->setPos(x, 0);
            boundary->setZValue(kBoundaryZ);
            addItem(boundary);
            m_boundaries.append(boundary);
            x += BoundaryItem::Width;
        }
    }
    addArrows(anchors, ruleZones);
    addLegend(height + kGap);
    setSceneRect(itemsBoundingRect().adjusted(-10, -10, 10, 10));
    for (const QString& id : std::as_const(selected)) {
        if (ServerCardItem* card = m_cards.value(id))
            card->setSelected(true);
    }
    applyHighlight();

    const bool anyFresh = std::any_of(m_highlighted.begin(), m_highlighted.end(),
                                      [](const QStringList& chips) { return !chips.isEmpty(); });
    if (anyFresh) {
        // The next change may rebuild before the timer fires: then these boundaries are gone and it does nothing.
        QTimer::singleShot(kHighlightMs, this, [this, generation = m_generation] {
            if (generation != m_generation)
                return;
            for (BoundaryItem* boundary : std::as_const(m_boundaries))
                boundary->clearHighlight();
            for (QStringList& chips : m_highlighted)
                chips.clear();
        });
    }
}

void TopologyScene::showObservations(const ProbeObservations& observations, const ProbePlan& plan,
                                     const QSet<QString>& hosts)
{
    if (m_probeStates.size() != plan.probes.size()) {
        m_probeStates = QList<std::optional<ProbeState>>(plan.probes.size());
        m_rowProbes.clear();
        for (int i = 0; i < plan.probes.size(); ++i) {
            for (const int row : plan.probes.at(i).rows)
                m_rowProbes[row].append(i);
        }
    }
    const Deployment& deployment = *m_analysis->deployment();
    const auto zoneName = [&deployment](const QString& id) {
        const Zone* zone = deployment.zone(id);
        return zone ? zone->name : id;
    };
    QHash<QString, QList<ServerCardItem::PortDot>> dots; // every server of a changed host, even without results
    // The plan lists its probes host by host: each host is looked up once, and so is each vantage's name.
    const QString* lastHost = nullptr;
    bool changed = false;
    QHash<QString, QString> vantageNames;
    for (int i = 0; i < plan.probes.size(); ++i) {
        const PlannedProbe& probe = plan.probes.at(i);
        if (!lastHost || probe.host != *lastHost) {
            lastHost = &probe.host;
            changed = hosts.contains(probe.host.trimmed().toLower());
        }
        if (!changed)
            continue;
        const Transport transport = transportOf(probe.protocol);
        const Observation* observation = observations.find(probe.host, transport, probe.port);
        m_probeStates[i] = observation ? std::optional(observation->result.state) : std::nullopt;
        if (!observation) {
            for (const QString& server : probe.servers)
                dots[server];
            continue;
        }
        auto name = vantageNames.find(observation->vantage);
        if (name == vantageNames.end())
            name = vantageNames.insert(observation->vantage, zoneName(observation->vantage));
        const ServerCardItem::PortDot dot{*observation, *name, probe.fromZones.contains(observation->vantage)};
        for (const QString& server : probe.servers)
            dots[server].append(dot);
    }
    for (auto it = dots.cbegin(); it != dots.cend(); ++it) {
        if (ServerCardItem* card = m_cards.value(it.key()))
            card->setPortDots(it.value());
    }
    const auto worse = [](const std::optional<ProbeState>& a, const std::optional<ProbeState>& b) {
        return a && (!b || ProbeObservations::severity(*a) > ProbeObservations::severity(*b));
    };
    for (int b = 0; b < m_boundaries.size(); ++b) {
        QList<std::optional<ProbeState>> states;
        for (const QList<int>& rows : m_chipRows.value(b)) {
            std::optional<ProbeState> chip;
            for (const int row : rows) {
                for (const int probe : m_rowProbes.value(row)) {
                    if (worse(m_probeStates.at(probe), chip))
                        chip = m_probeStates.at(probe);
                }
            }
            states.append(chip);
        }
        m_boundaries.at(b)->setChipStates(states);
    }
}

void TopologyScene::addArrows(const FlowAnchors& anchors, const RuleZones& ruleZones)
{
    const FlowRouting routing = FlowRouter(anchors).route(m_analysis->matrix(), ruleZones);
    for (const QRectF& bus : routing.buses)
        addRect(bus, Qt::NoPen, QColor(0x6e, 0x6e, 0x6e))->setZValue(kArrowZ);
    for (const FlowArrowSpec& spec : routing.arrows) {
        auto* arrow = new FlowArrowItem(spec.path, spec.family, spec.title, spec.rows, spec.bundled);
        arrow->setZValue(kArrowZ);
        addItem(arrow);
        m_arrows.append(arrow);
    }
}

void TopologyScene::addLegend(qreal top)
{
    QStringList families;
    for (const FlowArrowItem* arrow : std::as_const(m_arrows)) {
        if (!families.contains(arrow->family()))
            families.append(arrow->family());
    }
    if (families.isEmpty())
        return;
    std::sort(families.begin(), families.end(), [](const QString& a, const QString& b) {
        return std::make_pair(FlowFamily::order(a), a) < std::make_pair(FlowFamily::order(b), b);
    });
    m_legend = new LegendItem(families);
    m_legend->setPos(0, top);
    addItem(m_legend);
}

void TopologyScene::selectServers(const QStringList& ids)
{
    const QScopedValueRollback<bool> quiet(m_selectingProgrammatically, true);
    clearSelection();
    for (const QString& id : ids) {
        if (ServerCardItem* card = m_cards.value(id))
            card->setSelected(true);
    }
}

QRectF TopologyScene::itemsRect(const QStringList& serverIds) const
{
    QRectF rect;
    for (const QString& id : serverIds) {
        if (const ServerCardItem* card = m_cards.value(id))
            rect |= card->sceneBoundingRect();
    }
    return rect;
}

void TopologyScene::highlightRules(const QList<int>& rows)
{
    m_highlightedRows = rows;
    applyHighlight();
}

void TopologyScene::applyHighlight()
{
    const PortMatrix& matrix = m_analysis->matrix();
    QSet<int> rows;
    QSet<QString> endpoints;
    for (int row : std::as_const(m_highlightedRows)) {
        if (const MatrixRule* rule = matrix.ruleAt(row)) {
            rows.insert(row);
            for (const QString& id : rule->sources)
                endpoints.insert(id);
            for (const QString& id : rule->destinations)
                endpoints.insert(id);
        }
    }
    const bool on = !rows.isEmpty();
    const auto emphasis = [on](bool involved) {
        return !on ? Emphasis::Normal : (involved ? Emphasis::Emphasised : Emphasis::Dimmed);
    };
    const auto touches = [&rows](const QList<int>& list) {
        return std::any_of(list.begin(), list.end(), [&rows](int row) { return rows.contains(row); });
    };
    for (FlowArrowItem* arrow : std::as_const(m_arrows)) {
        const Emphasis state = emphasis(touches(arrow->rows()));
        arrow->setEmphasis(state);
        // Above the other arrows, so that a highlighted one shows in a bundle.
        arrow->setZValue(state == Emphasis::Emphasised ? kEmphasisedArrowZ : kArrowZ);
    }
    for (int b = 0; b < m_boundaries.size(); ++b) {
        QList<Emphasis> chips;
        if (on) {
            for (const QList<int>& chipRows : std::as_const(m_chipRows.at(b)))
                chips.append(emphasis(touches(chipRows)));
        }
        m_boundaries.at(b)->setChipEmphasis(chips);
    }
    for (ServerCardItem* card : std::as_const(m_cards))
        card->setEmphasis(emphasis(endpoints.contains(card->serverId())));
    for (ActorBadgeItem* actor : std::as_const(m_actors))
        actor->setEmphasis(emphasis(endpoints.contains(actor->actorId())));
}

void TopologyScene::onSelectionChanged()
{
    if (m_selectingProgrammatically)
        return;
    const QList<QGraphicsItem*> selected = selectedItems();
    if (selected.size() != 1)
        return;
    if (auto* card = dynamic_cast<ServerCardItem*>(selected.constFirst()))
        emit serverSelected(card->serverId());
}

// What a click (press and release in one place) means: a card selects itself (onSelectionChanged reports it), a
// chip or an arrow its matrix rows, any other place in a lane the zone, and outside every lane nothing.
void TopologyScene::handleClick(const QPointF& scenePos)
{
    for (QGraphicsItem* item : items(scenePos)) {
        if (dynamic_cast<ServerCardItem*>(item))
            return;
        if (auto* boundary = dynamic_cast<BoundaryItem*>(item)) {
            const int chip = boundary->chipAt(boundary->mapFromScene(scenePos));
            if (chip >= 0) {
                emit rulesSelected(m_chipRows.at(m_boundaries.indexOf(boundary)).at(chip));
                return;
            }
        }
        if (auto* arrow = dynamic_cast<FlowArrowItem*>(item)) {
            emit rulesSelected(arrow->rows());
            return;
        }
    }
    const QString zone = zoneAt(scenePos);
    if (zone.isEmpty())
        emit selectionCleared();
    else
        emit zoneSelected(zone);
}

QString TopologyScene::zoneAt(const QPointF& scenePos) const
{
    for (const auto& [rect, zone] : m_lanes) {
        if (rect.contains(scenePos))
            return zone;
    }
    return {};
}

QString TopologyScene::placeRole(const QString& roleId, const QPointF& scenePos)
{
    const RoleInfo* role = m_catalog.role(roleId);
    if (!role)
        return tr("Unknown role \"%1\".").arg(roleId);
    const QString zone = zoneAt(scenePos);
    if (zone.isEmpty())
        return tr("Drop %1 into a zone.").arg(role->name);
    const QString version = m_document->exchangeVersion();
    if (!role->existsIn(version)) {
        const VersionInfo* info = m_catalog.version(version);
        return tr("%1 has no %2 role.").arg(info ? info->name : version, role->name);
    }
    // A readable id: the role's first word and the first free number, e.g. edge01.
    const QString prefix = roleId.section(u'-', 0, 0);
    QString id;
    for (int n = 1; id.isEmpty() || m_document->server(id); ++n)
        id = prefix + QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0'));
    Server server;
    server.id = id;
    server.name = id.toUpper();
    server.zone = zone;
    server.roles = {roleId};
    m_document->undoStack()->push(new AddServerCommand(m_document, server));
    return {};
}

void TopologyScene::dragEnterEvent(QGraphicsSceneDragDropEvent* event)
{
    event->setAccepted(event->mimeData()->hasFormat(RolePalette::mimeType()));
}

void TopologyScene::dragMoveEvent(QGraphicsSceneDragDropEvent* event)
{
    event->setAccepted(event->mimeData()->hasFormat(RolePalette::mimeType()) && !zoneAt(event->scenePos()).isEmpty());
}

void TopologyScene::dropEvent(QGraphicsSceneDragDropEvent* event)
{
    const QString role = QString::fromUtf8(event->mimeData()->data(RolePalette::mimeType()));
    const QString refusal = placeRole(role, event->scenePos());
    event->setAccepted(refusal.isEmpty());
    if (!refusal.isEmpty())
        emit dropRefused(refusal);
}

// A card dragged into another lane is one Move command on release; dropped anywhere else it snaps back. The command
// is pushed after the event returns, because it rebuilds the scene and so deletes the card being released. A release
// where the press was is a click.
void TopologyScene::mouseReleaseEvent(QGraphicsSceneMouseEvent* event)
{
    QGraphicsScene::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton)
        return;
    if (event->buttonDownScenePos(Qt::LeftButton) == event->scenePos()) {
        handleClick(event->scenePos());
        return;
    }
    QList<QPair<QString, QString>> moves; // server → zone
    for (QGraphicsItem* item : selectedItems()) {
        auto* card = dynamic_cast<ServerCardItem*>(item);
        const Server* server = card ? m_document->server(card->serverId()) : nullptr;
        if (!server)
            continue;
        const QString zone = zoneAt(card->sceneBoundingRect().center());
        if (!zone.isEmpty() && zone != server->zone)
            moves.append({server->id, zone});
    }
    QMetaObject::invokeMethod(
        this,
        [this, moves] {
            if (moves.isEmpty()) {
                rebuild(); // snap back
                return;
            }
            QUndoStack* stack = m_document->undoStack();
            stack->beginMacro(tr("Move %n server(s)", nullptr, int(moves.size())));
            for (const auto& [server, zone] : moves)
                stack->push(EditServerCommand::moveServer(m_document, server, zone).release());
            stack->endMacro();
        },
        Qt::QueuedConnection);
}

void TopologyScene::helpEvent(QGraphicsSceneHelpEvent* event)
{
    for (QGraphicsItem* item : items(event->scenePos())) {
        if (auto* card = dynamic_cast<ServerCardItem*>(item)) {
            card->setToolTip(card->toolTipText());
            break;
        }
        if (auto* arrow = dynamic_cast<FlowArrowItem*>(item)) {
            arrow->setToolTip(FlowRouter::toolTip(arrow->title(), arrow->rows(), m_analysis->matrix()));
            break;
        }
    }
    QGraphicsScene::helpEvent(event);
}

// The firewall's own menu (copy or export its rules) is the window's: the scene only says which firewall it is.
void TopologyScene::contextMenuEvent(QGraphicsSceneContextMenuEvent* event)
{
    const QList<Zone>& zones = m_analysis->deployment()->zones();
    for (QGraphicsItem* item : items(event->scenePos())) {
        auto* boundary = dynamic_cast<BoundaryItem*>(item);
        const int index = boundary ? int(m_boundaries.indexOf(boundary)) : -1;
        if (index < 0 || index + 1 >= zones.size())
            continue;
        event->accept();
        emit boundaryMenuRequested(zones.at(index).id, zones.at(index + 1).id, boundaryRows(index), event->screenPos());
        return;
    }
    QGraphicsScene::contextMenuEvent(event);
}

void TopologyScene::keyPressEvent(QKeyEvent* event)
{
    if (!event->matches(QKeySequence::Delete) && event->key() != Qt::Key_Backspace) {
        QGraphicsScene::keyPressEvent(event);
        return;
    }
    QStringList ids;
    for (QGraphicsItem* item : selectedItems()) {
        if (auto* card = dynamic_cast<ServerCardItem*>(item))
            ids.append(card->serverId());
    }
    if (ids.isEmpty())
        return;
    QMetaObject::invokeMethod(
        this,
        [this, ids] {
            QUndoStack* stack = m_document->undoStack();
            stack->beginMacro(tr("Delete %n server(s)", nullptr, int(ids.size())));
            for (const QString& id : ids)
                stack->push(new RemoveServerCommand(m_document, id));
            stack->endMacro();
        },
        Qt::QueuedConnection);
    event->accept();
}
