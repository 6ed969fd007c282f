#include "views/topologyscene.h"

#include "model/deployment.h"
#include "model/deploymentcommands.h"
#include "model/deploymentanalysis.h"
#include "model/portcatalog.h"
#include "views/boundaryitem.h"
#include "views/rolepalette.h"
#include "views/servercarditem.h"

#include <QGraphicsRectItem>
#include <QGraphicsSceneDragDropEvent>
#include <QMimeData>
#include <QTimer>
#include <QUndoStack>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsSceneMouseEvent>
#include <QHash>
#include <QKeyEvent>
#include <QMap>
#include <QSet>

namespace {
constexpr int kHighlightMs = 1500; // how long the ports a change added stay highlighted
constexpr qreal kHeaderHeight = 64;
constexpr qreal kGap = 14;
constexpr qreal kMinLaneWidth = 240;
constexpr qreal kMinHeight = 420;
constexpr int kCardsPerColumn = 8;
} // namespace

TopologyScene::TopologyScene(Deployment* document, DeploymentAnalysis* analysis, const PortCatalog& catalog,
                             QObject* parent)
    : QGraphicsScene(parent)
    , m_document(document)
    , m_analysis(analysis)
    , m_catalog(catalog)
{
    connect(m_analysis, &DeploymentAnalysis::updated, this, &TopologyScene::rebuild);
    rebuild();
}

QStringList TopologyScene::boundaryChips(int boundary) const
{
    return m_chips.value(boundary);
}

QStringList TopologyScene::highlightedChips(int boundary) const
{
    return m_highlighted.value(boundary);
}

// Rules crossing this boundary, grouped by direction and protocol: a rule from zone 0 to zone 2 crosses both
// boundaries between them.
QStringList TopologyScene::chipsFor(int boundary) const
{
    const Deployment& deployment = *m_analysis->deployment();
    QMap<QPair<int, int>, QList<PortRange>> groups; // (direction: 0 → / 1 ←, protocol) → ports
    for (const MatrixRule& rule : m_analysis->matrix().rules) {
        const int from = deployment.zoneIndex(rule.from);
        const int to = deployment.zoneIndex(rule.to);
        if (qMin(from, to) > boundary || qMax(from, to) <= boundary)
            continue;
        QList<PortRange>& ports = groups[qMakePair(from < to ? 0 : 1, int(rule.protocol))];
        if (!ports.contains(rule.ports))
            ports.append(rule.ports);
    }
    QStringList chips;
    for (auto it = groups.begin(); it != groups.end(); ++it) {
        std::sort(it.value().begin(), it.value().end());
        QStringList ports;
        for (const PortRange& range : std::as_const(it.value()))
            ports.append(range.toString());
        chips.append((it.key().first == 0 ? QStringLiteral("→ ") : QStringLiteral("← ")) +
                     protocolId(Protocol(it.key().second)).toUpper() + u' ' + ports.join(QStringLiteral(", ")));
    }
    return chips;
}

void TopologyScene::rebuild()
{
    clear();
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

    QList<QList<const Server*>> serversByZone(zones.size());
    for (const Server& server : deployment.servers()) {
        const int zone = deployment.zoneIndex(server.zone);
        if (zone >= 0)
            serversByZone[zone].append(&server);
    }
    qreal height = kMinHeight;
    for (const auto& servers : std::as_const(serversByZone)) {
        const int rows = qMin<int>(int(servers.size()), kCardsPerColumn);
        // Room below the cards for the list of implicit actors.
        height = qMax(height, kHeaderHeight + rows * (ServerCardItem::Height + kGap) + kGap + 90);
    }

    // The first build of a document highlights nothing; later builds highlight chips that were not there before.
    const QList<QStringList> previous = std::exchange(m_chips, {});
    const bool highlight = !previous.isEmpty() && previous.size() == zones.size() - 1;
    m_highlighted.clear();
    m_lanes.clear();
    QList<BoundaryItem*> boundaries;
    qreal x = 0;
    for (int z = 0; z < zones.size(); ++z) {
        const Zone& zone = zones.at(z);
        const auto& servers = serversByZone.at(z);
        const int columns = qMax(1, int((servers.size() + kCardsPerColumn - 1) / kCardsPerColumn));
        const qreal width = qMax(kMinLaneWidth, columns * (ServerCardItem::Width + kGap) + kGap);
        const ZoneKindInfo* kind = m_catalog.zoneKind(zone.kind);
        const QColor tint(zone.colour.isEmpty() && kind ? kind->colour : zone.colour);

        auto* lane = addRect(QRectF(x, 0, width, height), QPen(tint.darker(130)), QBrush(tint));
        lane->setToolTip(zone.name);
        m_lanes.append({lane->rect(), zone.id});
        QFont titleFont = font();
        titleFont.setBold(true);
        titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
        auto* title = addSimpleText(zone.name, titleFont);
        title->setPos(x + kGap, 10);
        auto* subtitle = addSimpleText(kind ? kind->name : zone.kind);
        subtitle->setBrush(QColor(0x55, 0x55, 0x55));
        subtitle->setPos(x + kGap, 36);

        // The actors the zone stands for (Internet mail servers, clients, ...), as cards in italics would crowd it.
        QStringList actors;
        for (const EndpointGroup& group : m_analysis->flows().groups) {
            const RoleInfo* info = m_catalog.role(group.role);
            if (group.implicit && group.zoneIndex == z && info)
                actors.append(info->name);
        }
        const qreal actorsTop =
            kHeaderHeight + qMin<int>(int(servers.size()), kCardsPerColumn) * (ServerCardItem::Height + kGap);
        if (!actors.isEmpty()) {
            QFont italic = font();
            italic.setItalic(true);
            auto* text = addText(tr("Stands for: %1").arg(actors.join(QStringLiteral(", "))), italic);
            text->setDefaultTextColor(QColor(0x44, 0x44, 0x44));
            text->setTextWidth(width - 2 * kGap);
            text->setPos(x + kGap - 4, servers.isEmpty() ? kHeaderHeight : actorsTop);
        }

        for (int i = 0; i < servers.size(); ++i) {
            const Server& server = *servers.at(i);
            QStringList roles;
            for (const QString& role : server.roles) {
                const RoleInfo* info = m_catalog.role(role);
                roles.append(info ? info->name : role);
            }
            auto* card = new ServerCardItem(server, roles.join(QStringLiteral(", ")), listening.value(server.id));
            card->setPos(x + kGap + (i / kCardsPerColumn) * (ServerCardItem::Width + kGap),
                         kHeaderHeight + (i % kCardsPerColumn) * (ServerCardItem::Height + kGap));
            addItem(card);
        }
        x += width;
        if (z + 1 < zones.size()) {
            m_chips.append(chipsFor(z));
            QStringList fresh;
            for (const QString& chip : m_chips.constLast()) {
                if (highlight && !previous.at(z).contains(chip))
                    fresh.append(chip);
            }
            m_highlighted.append(fresh);
            auto* boundary = new BoundaryItem(height, m_chips.constLast(), fresh);
            boundaries.append(boundary);
            boundary->setPos(x, 0);
            addItem(boundary);
            x += BoundaryItem::Width;
        }
    }
    setSceneRect(itemsBoundingRect().adjusted(-10, -10, 10, 10));

    const bool anyFresh = std::any_of(m_highlighted.begin(), m_highlighted.end(),
                                      [](const QStringList& chips) { return !chips.isEmpty(); });
    if (anyFresh) {
        // The items may be gone by then (the next change rebuilds): the scene checks they are still its own.
        QTimer::singleShot(kHighlightMs, this, [this, boundaries] {
            const QList<QGraphicsItem*> current = items();
            for (BoundaryItem* boundary : boundaries) {
                if (current.contains(boundary))
                    boundary->clearHighlight();
            }
            for (QStringList& chips : m_highlighted)
                chips.clear();
        });
    }
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
// is pushed after the event returns, because it rebuilds the scene and so deletes the card being released.
void TopologyScene::mouseReleaseEvent(QGraphicsSceneMouseEvent* event)
{
    QGraphicsScene::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || event->buttonDownScenePos(Qt::LeftButton) == event->scenePos())
        return;
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
