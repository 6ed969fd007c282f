#include "views/diagram/topologyscene.h"

#include "views/diagram/diagramfont.h"

#include "planprobing/planprobing.h"

#include "model/deployment.h"
#include "model/deploymentanalysis.h"
#include "model/portcatalog.h"
#include "model/probeplan.h"
#include "views/diagram/actorbadgeitem.h"
#include "views/diagram/arrowbudget.h"
#include "views/diagram/boundarychips.h"
#include "views/diagram/boundaryitem.h"
#include "views/diagram/flowarrowitem.h"
#include "views/diagram/flowfamily.h"
#include "views/diagram/legenditem.h"
#include "views/probing/probeobservations.h"
#include "views/diagram/servercarditem.h"
#include "views/lesson/answermask.h"

#include <cmath>

#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsView>
#include <QHash>
#include <QScopedValueRollback>
#include <QSet>
#include <QTimer>
#include <QUndoStack>

namespace {
constexpr int kHighlightMs = 1500;        // how long the ports a change added stay highlighted
constexpr int kMaxCardsWithOwnArrows = 6; // a lane with more cards gets one arrow per lane, not per card
constexpr int kArrowBudget = 3000;        // beyond this many arrows, they get coarser (arrowGrain)
// Drawing order: lanes, then arrows, then the firewall chips and the cards on top, so arrows never hide text.
constexpr qreal kArrowZ = 1;
constexpr qreal kEmphasisedArrowZ = 1.5;
constexpr qreal kBoundaryZ = 2;
constexpr qreal kCardZ = 3;

// Anchors that would route every arrow the same way (their labels aside, which only name the arrows).
bool sameGeometry(const FlowAnchors& a, const FlowAnchors& b)
{
    return a.anchors.size() == b.anchors.size() && a.laneBlock == b.laneBlock && a.crowded == b.crowded &&
           a.lanePairs == b.lanePairs && a.channels == b.channels && a.laneRow == b.laneRow && a.gutters == b.gutters &&
           a.actorRoles == b.actorRoles && a.ofEndpoint == b.ofEndpoint &&
           std::equal(a.anchors.begin(), a.anchors.end(), b.anchors.begin(),
                      [](const FlowAnchor& x, const FlowAnchor& y) { return x.rect == y.rect && x.zone == y.zone; });
}

// How many distinct ports each server listens on (its dots), counted per group: a server with one role takes its
// group's count; only servers with several roles need the union of their groups.
QHash<QString, int> listeningPorts(const FlowSet& flows)
{
    QList<QSet<qint64>> groupPorts(flows.groups.size());
    for (const Flow& flow : flows.flows)
        groupPorts[flow.listener].insert((qint64(flow.protocol) << 32) | (flow.ports.first << 16) | flow.ports.last);
    QHash<QString, int> listening;
    QHash<QString, QSet<qint64>> shared;
    for (int g = 0; g < flows.groups.size(); ++g) {
        const EndpointGroup& group = flows.groups.at(g);
        for (const QString& id : group.servers) {
            if (group.sharesServers)
                shared[id].unite(groupPorts.at(g));
            else
                listening.insert(id, int(groupPorts.at(g).size()));
        }
    }
    for (auto it = shared.cbegin(); it != shared.cend(); ++it)
        listening.insert(it.key(), int(it.value().size()));
    return listening;
}
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
        m_selectedFirewall.clear();
        rebuild();
    });
    connect(this, &QGraphicsScene::selectionChanged, this, &TopologyScene::onSelectionChanged);
    // Another document (open, new from template) is a first build: nothing in it is "new", nothing is kept.
    connect(m_document, &Deployment::resetDone, this, [this] { m_built = false; });
    rebuild();
}

// QGraphicsScene deletes the items in its own destructor, when this part is already gone; every selected card that goes
// changes the selection. Nobody may hear that: not this part, and not the window's actions, which would ask this
// scene (and a document already gone) what is selected.
TopologyScene::~TopologyScene()
{
    disconnect(this, &QGraphicsScene::selectionChanged, nullptr, nullptr);
}

void TopologyScene::setAnswerMask(const AnswerMask* mask)
{
    m_answers = mask;
    // Another set of chips and arrows for the same document: built afresh, with nothing highlighted as new.
    connect(mask, &AnswerMask::changed, this, [this] {
        m_built = false;
        m_highlightedRows.clear();
        rebuild();
    });
    m_built = false;
    rebuild();
}

bool TopologyScene::readOnly() const
{
    return m_answers && m_answers->isActive();
}

QList<int> TopologyScene::shownRows(const QList<int>& rows) const
{
    if (!readOnly())
        return rows;
    QList<int> shown;
    for (const int row : rows) {
        if (const MatrixRule* rule = m_analysis->matrix().ruleAt(row); rule && !m_answers->hidesRule(*rule))
            shown.append(row);
    }
    return shown;
}

QStringList TopologyScene::boundaryChips(int boundary) const
{
    return m_chips.value(boundary);
}

QStringList TopologyScene::highlightedChips(int boundary) const
{
    return m_highlighted.value(boundary);
}

void TopologyScene::setChipMarks(const QList<QList<ChipMark>>& marks)
{
    m_chipMarks = marks;
    for (int b = 0; b < m_boundaries.size(); ++b)
        m_boundaries.at(b)->setChipMarks(m_chipMarks.value(b));
}

QList<int> TopologyScene::boundaryRows(int boundary) const
{
    QList<int> rows;
    for (const QList<int>& chip : m_chipRows.value(boundary))
        rows.append(chip);
    std::sort(rows.begin(), rows.end());
    return rows;
}

// A change that keeps the matrix's rows (a server added beside others of its role, renamed, removed) keeps whatever
// it cannot have changed: the chips, the lanes and firewalls if they stay where they were, the arrows if their ends
// do, and every card that looks the same; the view then repaints only what did change. Any other change builds the
// diagram afresh.
void TopologyScene::rebuild()
{
    QStringList selected;
    for (QGraphicsItem* item : selectedItems()) {
        if (auto* card = dynamic_cast<ServerCardItem*>(item))
            selected.append(card->serverId());
    }
    const QScopedValueRollback<bool> quiet(m_selectingProgrammatically, true);
    ++m_generation;
    m_probeStates.clear();
    m_rowProbes.clear();
    const Deployment& deployment = *m_analysis->deployment();
    const QList<Zone>& zones = deployment.zones();
    const PortMatrix& matrix = m_analysis->matrix();

    // Zone ids to lanes once: a string search per server or rule and boundary cost most of a 50-zone rebuild.
    QHash<QString, int> zoneIndex;
    for (int z = 0; z < zones.size(); ++z)
        zoneIndex.insert(zones.at(z).id, z);
    LaneLayout layout = layOutLanes(deployment, m_analysis->flows(), m_catalog, zoneIndex);
    const bool sameRows = m_analysis->sameRows() && m_built;
    RuleZones ruleZones; // worked out when something needs it: a change that keeps the rows may not
    const auto zonesOfRules = [&]() -> const RuleZones& {
        if (ruleZones.isEmpty() && matrix.rowCount() > 0) {
            ruleZones.reserve(matrix.rowCount());
            for (int row = 0; row < matrix.rowCount(); ++row) {
                const MatrixRule& rule = *matrix.ruleAt(row);
                ruleZones.append({zoneIndex.value(rule.from, -1), zoneIndex.value(rule.to, -1)});
            }
        }
        return ruleZones;
    };

    // Which lanes get arrows per card, and the ends of the arrows. Lanes crowded enough to be bundled in any case keep
    // the grain of the same rows; other lanes' servers count too.
    QList<qsizetype> cardsPerLane;
    QList<QStringList> ownArrowLanes; // the servers of lanes that may keep arrows per card
    for (const auto& servers : std::as_const(layout.servers)) {
        cardsPerLane.append(servers.size());
        QStringList ids;
        if (servers.size() <= kMaxCardsWithOwnArrows) {
            for (const Server* server : servers)
                ids.append(server->id);
        }
        ownArrowLanes.append(ids);
    }
    const bool keepGrain =
        sameRows && ownArrowLanes == m_ownArrowLanes &&
        std::all_of(m_grain.bundledLanes.begin(), m_grain.bundledLanes.end(), [](bool b) { return b; });
    if (!keepGrain)
        m_grain = arrowGrain(matrix, zonesOfRules(), cardsPerLane, kMaxCardsWithOwnArrows, kArrowBudget);
    m_ownArrowLanes = ownArrowLanes;
    const FlowAnchors anchors = anchorsOf(layout, m_grain);
    const bool keepLanes = sameRows && layout.sameLanes(m_layout);
    const bool keepArrows = sameRows && sameGeometry(anchors, m_anchors);

    if (!keepLanes && !keepArrows) {
        // Nothing worth keeping: one clear() is far cheaper than taking items out one by one.
        clear();
        m_cards.clear();
        m_badges.clear();
        m_laneItems.clear();
        m_boundaries.clear();
        m_arrows.clear();
        m_buses.clear();
        m_firewallItems.clear();
        m_strip = {};
        m_legend = nullptr;
    }

    // The first build of a document highlights nothing; later builds highlight chips that were not there before. The
    // same rows have the same chips, and those that are highlighted stay so.
    if (!sameRows) {
        const QList<QStringList> previous = m_chips;
        std::function<bool(const MatrixRule&)> hidden;
        if (readOnly())
            hidden = [this](const MatrixRule& rule) {
                return m_answers->hidesRule(rule);
            };
        BoundaryChips chips = ::boundaryChips(matrix.rules, zonesOfRules(), int(zones.size()), hidden);
        m_chips = std::move(chips.chips);
        m_chipRows = std::move(chips.rows);
        m_highlighted = QList<QStringList>(m_chips.size());
        if (m_built && previous.size() == m_chips.size()) {
            for (int b = 0; b < m_chips.size(); ++b) {
                for (const QString& chip : m_chips.at(b)) {
                    if (!previous.at(b).contains(chip))
                        m_highlighted[b].append(chip);
                }
            }
        }
    }
    if (keepLanes) {
        for (BoundaryItem* boundary : std::as_const(m_boundaries))
            boundary->setChipStates({});
    } else {
        addLanes(layout, m_highlighted);
    }
    const bool stripChanged = updateFirewalls(layout);
    updateCards(layout);
    if (keepArrows) {
        // The same arrows; only the labels of their ends may have changed ("DMZ (3 servers)").
        for (int i = 0; i < m_routing.arrows.size(); ++i) {
            FlowArrowSpec& spec = m_routing.arrows[i];
            if (anchors.anchors.at(spec.from).label != m_anchors.anchors.at(spec.from).label ||
                anchors.anchors.at(spec.to).label != m_anchors.anchors.at(spec.to).label) {
                spec.title = FlowRouter::title(spec, anchors);
                m_arrows.at(i)->setTitle(spec.title);
            }
        }
    } else {
        addArrows(anchors, zonesOfRules());
    }
    m_anchors = anchors;
    m_layout = std::move(layout);
    const bool legendMoved = addLegend(m_layout.bottom() + LaneLayout::Gap);
    if (!keepLanes || !keepArrows || legendMoved || stripChanged)
        setSceneRect(itemsBoundingRect().adjusted(-10, -10, 10, 10));
    for (const QString& id : std::as_const(selected)) {
        if (ServerCardItem* card = m_cards.value(id))
            card->setSelected(true);
    }
    m_built = true;
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

// Lanes with their header, actor badges and the firewall after each: replaces those of the last build.
void TopologyScene::addLanes(const LaneLayout& layout, const QList<QStringList>& fresh)
{
    qDeleteAll(m_laneItems);
    m_laneItems.clear();
    for (const auto& badges : std::as_const(m_badges))
        qDeleteAll(badges);
    m_badges.clear();
    qDeleteAll(m_boundaries);
    m_boundaries.clear();
    m_lanes.clear();
    QFont titleFont = diagramFont(1.2);
    titleFont.setBold(true);
    QFont italic = font();
    italic.setItalic(true);
    for (int z = 0; z < layout.lanes.size(); ++z) {
        const LaneSpec& spec = layout.lanes.at(z);
        auto* lane = addRect(layout.laneRect(z), QPen(spec.tint.darker(130)), QBrush(spec.tint));
        lane->setToolTip(spec.name);
        m_lanes.append({lane->rect(), spec.zoneId});
        auto* title = addSimpleText(spec.name, titleFont);
        title->setPos(spec.x + LaneLayout::Gap, spec.y + 10);
        auto* subtitle = addSimpleText(spec.kindName, font());
        subtitle->setBrush(QColor(0x55, 0x55, 0x55));
        subtitle->setPos(spec.x + LaneLayout::Gap, spec.y + 36);
        m_laneItems << lane << title << subtitle;

        // The actors the zone stands for (Internet mail servers, clients, ...): badges under the cards.
        QList<ActorBadgeItem*> badges;
        if (!spec.actors.isEmpty()) {
            auto* text = addSimpleText(tr("Stands for:"), italic);
            text->setBrush(QColor(0x44, 0x44, 0x44));
            text->setPos(spec.x + LaneLayout::Gap, spec.y + spec.actorsTop);
            m_laneItems << text;
            for (int i = 0; i < spec.actors.size(); ++i) {
                const LaneActor& actor = spec.actors.at(i);
                const QRectF rect = layout.badgeRect(z, i);
                auto* badge = new ActorBadgeItem(actor.id, actor.role, actor.name, rect.width());
                badge->setPos(rect.topLeft());
                badge->setZValue(kCardZ);
                addItem(badge);
                badges.append(badge);
            }
        }
        m_badges.append(badges);

        if (z + 1 < layout.lanes.size()) {
            auto* boundary = new BoundaryItem(layout.height, m_chips.value(z), fresh.value(z));
            boundary->setPos(layout.boundaryX(z), spec.y);
            boundary->setZValue(kBoundaryZ);
            boundary->setChipMarks(m_chipMarks.value(z));
            addItem(boundary);
            m_boundaries.append(boundary);
        }
    }
}

// Keeps every card that looks the same in the same place, moves those that only moved, and makes the others anew.
void TopologyScene::updateCards(const LaneLayout& layout)
{
    const QHash<QString, int> listening = listeningPorts(m_analysis->flows());
    QHash<QString, ServerCardItem*> cards;
    cards.reserve(m_analysis->deployment()->servers().size());
    for (int z = 0; z < layout.servers.size(); ++z) {
        const QList<const Server*>& servers = layout.servers.at(z);
        for (int i = 0; i < servers.size(); ++i) {
            const Server& server = *servers.at(i);
            QStringList roles;
            for (const QString& role : server.roles) {
                const RoleInfo* info = m_catalog.role(role);
                roles.append(info ? info->name : role);
            }
            const QString rolesText = roles.join(QStringLiteral(", "));
            const int ports = listening.value(server.id);
            ServerCardItem* card = m_cards.take(server.id);
            if (card && !card->shows(server, rolesText, ports)) {
                delete card;
                card = nullptr;
            }
            if (!card) {
                card = new ServerCardItem(server, rolesText, ports);
                card->setZValue(kCardZ);
                card->setPos(layout.cardRect(z, i).topLeft());
                addItem(card);
            } else {
                card->setPortDots({});
                card->setPos(layout.cardRect(z, i).topLeft());
            }
            cards.insert(server.id, card);
        }
    }
    qDeleteAll(m_cards); // servers no longer on the diagram
    m_cards = std::move(cards);
}

// Where arrows may start and end: each card of a lane with arrows per card, each lane's block of cards, each actor.
FlowAnchors TopologyScene::anchorsOf(const LaneLayout& layout, const ArrowGrain& grain) const
{
    FlowAnchors anchors;
    anchors.laneBlock.fill(-1, layout.lanes.size());
    anchors.channels = layout.channels();
    for (const LaneSpec& lane : layout.lanes)
        anchors.laneRow.append(lane.row);
    for (int row = 0; row + 1 < layout.rows; ++row)
        anchors.gutters.append(layout.gutterBelow(row));
    anchors.crowded = grain.bundledLanes;
    anchors.lanePairs = grain.lanePairs;
    for (int z = 0; z < layout.lanes.size(); ++z) {
        const LaneSpec& lane = layout.lanes.at(z);
        const QList<const Server*>& servers = layout.servers.at(z);
        QRectF block;
        for (int i = 0; i < servers.size(); ++i) {
            const QRectF rect = layout.cardRect(z, i);
            block |= rect;
            if (!anchors.crowded.value(z)) {
                anchors.ofEndpoint.insert(servers.at(i)->id, int(anchors.anchors.size()));
                anchors.anchors.append({rect, z, servers.at(i)->name});
            }
        }
        if (!servers.isEmpty()) {
            anchors.laneBlock[z] = int(anchors.anchors.size());
            anchors.anchors.append({block, z, tr("%1 (%n servers)", nullptr, int(servers.size())).arg(lane.name)});
        }
        for (int i = 0; i < lane.actors.size(); ++i) {
            const QRectF rect = layout.badgeRect(z, i);
            anchors.ofEndpoint.insert(lane.actors.at(i).id, int(anchors.anchors.size()));
            anchors.anchors.append({rect, z, lane.actors.at(i).name});
            anchors.actorRoles.insert(lane.actors.at(i).role);
            block |= rect;
        }
        // With one arrow per pair of lanes, a lane of actors alone is one end too.
        if (servers.isEmpty() && !lane.actors.isEmpty() && anchors.lanePairs) {
            anchors.laneBlock[z] = int(anchors.anchors.size());
            anchors.anchors.append({block, z, lane.name});
        }
    }
    return anchors;
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
    qDeleteAll(m_arrows);
    m_arrows.clear();
    qDeleteAll(m_buses);
    m_buses.clear();
    m_routing = FlowRouter(anchors).route(m_analysis->matrix(), ruleZones);
    for (const QRectF& bus : std::as_const(m_routing.buses)) {
        QGraphicsRectItem* item = addRect(bus, Qt::NoPen, QColor(0x6e, 0x6e, 0x6e));
        item->setZValue(kArrowZ);
        m_buses.append(item);
    }
    for (const FlowArrowSpec& spec : std::as_const(m_routing.arrows)) {
        auto* arrow = new FlowArrowItem(spec.path, spec.family, spec.title, spec.rows, spec.bundled);
        arrow->setZValue(kArrowZ);
        arrow->setVisible(shownRows(spec.rows).size() > 0); // an arrow of answers alone is an answer
        addItem(arrow);
        m_arrows.append(arrow);
    }
}

// The legend of the families drawn, under the lanes; kept when it would be the same. Returns whether it changed.
bool TopologyScene::addLegend(qreal top)
{
    QStringList families;
    for (const FlowArrowItem* arrow : std::as_const(m_arrows)) {
        if (!families.contains(arrow->family()))
            families.append(arrow->family());
    }
    std::sort(families.begin(), families.end(), [](const QString& a, const QString& b) {
        return std::make_pair(FlowFamily::order(a), a) < std::make_pair(FlowFamily::order(b), b);
    });
    if (m_legend && m_legend->families() == families && m_legend->pos().y() == top)
        return false;
    delete m_legend;
    m_legend = nullptr;
    if (families.isEmpty())
        return true;
    m_legend = new LegendItem(families);
    m_legend->setPos(0, top);
    addItem(m_legend);
    return true;
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
    m_selectedFirewall.clear();
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
    for (const auto& badges : std::as_const(m_badges)) {
        for (ActorBadgeItem* actor : badges)
            actor->setEmphasis(emphasis(endpoints.contains(actor->actorId())));
    }
    applyFirewallHighlight(rows);
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

QString TopologyScene::zoneAt(const QPointF& scenePos) const
{
    for (const auto& [rect, zone] : m_lanes) {
        if (rect.contains(scenePos))
            return zone;
    }
    return {};
}

QRectF TopologyScene::laneRect(const QString& zoneId) const
{
    for (const auto& [rect, zone] : m_lanes) {
        if (zone == zoneId)
            return rect;
    }
    return {};
}

QStringList TopologyScene::selectedServerIds() const
{
    QStringList ids;
    for (QGraphicsItem* item : selectedItems()) {
        if (auto* card = dynamic_cast<ServerCardItem*>(item))
            ids.append(card->serverId());
    }
    return ids;
}

void TopologyScene::selectAllServers()
{
    const QScopedValueRollback<bool> quiet(m_selectingProgrammatically, true);
    for (ServerCardItem* card : std::as_const(m_cards))
        card->setSelected(true);
}
