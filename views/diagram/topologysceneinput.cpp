// What the topology scene does with the mouse and the keyboard: clicks that select, roles dropped or entered into a
// zone, cards and lanes dragged to another place, the context menus it reports, tooltips written when asked for, and
// the keys that delete and move the selection.
#include "views/diagram/topologyscene.h"

#include "model/deployment.h"
#include "model/deploymentcommands.h"
#include "model/deploymentanalysis.h"
#include "model/portcatalog.h"
#include "views/diagram/boundaryitem.h"
#include "views/diagram/firewallitem.h"
#include "views/diagram/flowarrowitem.h"
#include "views/diagram/lanelayout.h"
#include "views/diagram/servercarditem.h"
#include "views/panels/rolepalette.h"

#include <cmath>

#include <QGraphicsRectItem>
#include <QGraphicsSceneContextMenuEvent>
#include <QGraphicsSceneDragDropEvent>
#include <QGraphicsSceneHelpEvent>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsView>
#include <QKeyEvent>
#include <QMimeData>
#include <QUndoStack>

namespace {
constexpr qreal kDropMarkerZ = 4; // above the cards
} // namespace

// What a click (press and release in one place) means: a card selects itself (onSelectionChanged reports it), a
// chip or an arrow its matrix rows, a firewall its rules, any other place in a lane the zone, and outside every lane
// nothing.
void TopologyScene::handleClick(const QPointF& scenePos)
{
    for (QGraphicsItem* item : items(scenePos)) {
        if (dynamic_cast<ServerCardItem*>(item))
            return;
        if (auto* firewall = dynamic_cast<FirewallItem*>(item)) {
            const QString id = firewall->firewallId();
            selectFirewall(id);
            emit firewallSelected(id);
            return;
        }
        if (auto* boundary = dynamic_cast<BoundaryItem*>(item)) {
            const int chip = boundary->chipAt(boundary->mapFromScene(scenePos));
            if (chip >= 0) {
                emit rulesSelected(m_chipRows.at(m_boundaries.indexOf(boundary)).at(chip));
                return;
            }
        }
        if (auto* arrow = dynamic_cast<FlowArrowItem*>(item)) {
            emit rulesSelected(shownRows(arrow->rows()));
            return;
        }
    }
    const QString zone = zoneAt(scenePos);
    m_keyboardZone = zone;
    if (zone.isEmpty())
        emit selectionCleared();
    else
        emit zoneSelected(zone);
}

QString TopologyScene::placeRole(const QString& roleId, const QPointF& scenePos)
{
    const RoleInfo* role = m_catalog.role(roleId);
    if (!role)
        return tr("Unknown role \"%1\".").arg(roleId);
    const QString zone = zoneAt(scenePos);
    if (zone.isEmpty())
        return tr("Drop %1 into a zone.").arg(role->name);
    return placeRoleInZone(roleId, zone);
}

QString TopologyScene::placeRoleInZone(const QString& roleId, const QString& zoneId)
{
    const RoleInfo* role = m_catalog.role(roleId);
    if (!role)
        return tr("Unknown role \"%1\".").arg(roleId);
    if (!m_document->zone(zoneId))
        return tr("Select a zone for %1 first.").arg(role->name);
    const QString version = m_document->exchangeVersion();
    if (!role->existsIn(version)) {
        const VersionInfo* info = m_catalog.version(version);
        return tr("%1 has no %2 role.").arg(info ? info->name : version, role->name);
    }
    // A readable id: the role's first word and the first free number, e.g. edge01.
    const QString id = m_document->freeServerId(roleId.section(u'-', 0, 0));
    Server server;
    server.id = id;
    server.name = id.toUpper();
    server.zone = zoneId;
    server.roles = {roleId};
    m_document->undoStack()->push(new AddServerCommand(m_document, server));
    selectServers({id});
    return {};
}

void TopologyScene::dragEnterEvent(QGraphicsSceneDragDropEvent* event)
{
    event->setAccepted(!readOnly() && event->mimeData()->hasFormat(RolePalette::mimeType()));
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
    const int draggedLane = std::exchange(m_draggedLane, -1);
    delete std::exchange(m_laneDropMarker, nullptr);
    if (event->buttonDownScenePos(Qt::LeftButton) == event->scenePos()) {
        handleClick(event->scenePos());
        return;
    }
    if (draggedLane >= 0 && !readOnly()) {
        const int target = laneIndexAt(event->scenePos());
        if (target != draggedLane) {
            const QString zone = m_lanes.at(draggedLane).second;
            // After the event: the command rebuilds the scene.
            QMetaObject::invokeMethod(
                this,
                [this, zone, target] {
                    m_document->undoStack()->push(new ReorderZoneCommand(m_document, zone, target));
                },
                Qt::QueuedConnection);
        }
        return;
    }
    QList<QPair<QString, QString>> moves; // server → zone
    for (QGraphicsItem* item : selectedItems()) {
        auto* card = dynamic_cast<ServerCardItem*>(item);
        const Server* server = card ? m_document->server(card->serverId()) : nullptr;
        if (!server)
            continue;
        const QString zone = zoneAt(card->sceneBoundingRect().center());
        if (!zone.isEmpty() && zone != server->zone && !readOnly())
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
            arrow->setToolTip(FlowRouter::toolTip(arrow->title(), shownRows(arrow->rows()), m_analysis->matrix()));
            break;
        }
        if (auto* firewall = dynamic_cast<FirewallItem*>(item)) {
            firewall->setToolTip(firewallToolTip(firewall->firewallId()));
            break;
        }
    }
    QGraphicsScene::helpEvent(event);
}

// The menus are the window's: the scene only says what was right-clicked. A card joins the selection (or becomes it)
// first, as in a file manager, so that the menu acts on what is selected.
void TopologyScene::contextMenuEvent(QGraphicsSceneContextMenuEvent* event)
{
    const QList<Zone>& zones = m_analysis->deployment()->zones();
    for (QGraphicsItem* item : items(event->scenePos())) {
        if (auto* card = dynamic_cast<ServerCardItem*>(item)) {
            if (!card->isSelected()) {
                clearSelection();
                card->setSelected(true);
            }
            event->accept();
            emit serverMenuRequested(selectedServerIds(), event->screenPos());
            return;
        }
        if (auto* firewall = dynamic_cast<FirewallItem*>(item)) {
            event->accept();
            emit firewallMenuRequested(firewall->firewallId(), event->screenPos());
            return;
        }
        auto* boundary = dynamic_cast<BoundaryItem*>(item);
        const int index = boundary ? int(m_boundaries.indexOf(boundary)) : -1;
        if (index >= 0 && index + 1 < zones.size()) {
            event->accept();
            const int chip = boundary->chipAt(boundary->mapFromScene(event->scenePos()));
            emit boundaryMenuRequested(zones.at(index).id, zones.at(index + 1).id, boundaryRows(index),
                                       event->screenPos(), chip >= 0 ? m_chipRows.at(index).at(chip) : QList<int>());
            return;
        }
        if (auto* arrow = dynamic_cast<FlowArrowItem*>(item)) {
            event->accept();
            emit flowMenuRequested(arrow->rows(), event->screenPos());
            return;
        }
    }
    const QString zone = zoneAt(event->scenePos());
    if (!zone.isEmpty()) {
        event->accept();
        emit zoneMenuRequested(zone, event->screenPos());
        return;
    }
    QGraphicsScene::contextMenuEvent(event);
}

// A lane's header (its name and kind, above the cards) is where it is dragged to another place.
int TopologyScene::laneHeaderAt(const QPointF& scenePos) const
{
    for (int z = 0; z < m_lanes.size(); ++z) {
        const QRectF& lane = m_lanes.at(z).first;
        if (lane.contains(scenePos) && scenePos.y() < lane.top() + LaneLayout::HeaderHeight)
            return z;
    }
    return -1;
}

// Where a lane dragged to this point would go: the index of the lane under it, or of the nearest lane in its row (the
// first or last place beyond a row's ends).
int TopologyScene::laneIndexAt(const QPointF& scenePos) const
{
    int nearest = -1;
    qreal nearestDistance = 0;
    for (int z = 0; z < m_lanes.size(); ++z) {
        const QRectF& lane = m_lanes.at(z).first;
        const qreal dx = scenePos.x() < lane.left()    ? lane.left() - scenePos.x()
                         : scenePos.x() > lane.right() ? scenePos.x() - lane.right()
                                                       : 0;
        const qreal dy = scenePos.y() < lane.top()      ? lane.top() - scenePos.y()
                         : scenePos.y() > lane.bottom() ? scenePos.y() - lane.bottom()
                                                        : 0;
        const qreal distance = dx + 4 * dy; // rows first
        if (nearest < 0 || distance < nearestDistance) {
            nearest = z;
            nearestDistance = distance;
        }
    }
    return nearest;
}

void TopologyScene::mousePressEvent(QGraphicsSceneMouseEvent* event)
{
    m_draggedLane = event->button() == Qt::LeftButton ? laneHeaderAt(event->scenePos()) : -1;
    QGraphicsScene::mousePressEvent(event);
}

void TopologyScene::mouseMoveEvent(QGraphicsSceneMouseEvent* event)
{
    if (m_draggedLane < 0 || !(event->buttons() & Qt::LeftButton)) {
        QGraphicsScene::mouseMoveEvent(event);
        return;
    }
    // A bar where the lane would land, the height of the lanes.
    const int target = laneIndexAt(event->scenePos());
    const QRectF lane = m_lanes.at(target).first;
    const qreal x =
        target > m_draggedLane ? lane.right() + BoundaryItem::Width / 2 : lane.left() - BoundaryItem::Width / 2;
    if (!m_laneDropMarker) {
        m_laneDropMarker = addRect(QRectF(), Qt::NoPen, palette().highlight());
        m_laneDropMarker->setZValue(kDropMarkerZ);
    }
    m_laneDropMarker->setRect(QRectF(x - 3, lane.top(), 6, lane.height()));
    m_laneDropMarker->setVisible(target != m_draggedLane);
    event->accept();
}

void TopologyScene::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down:
        moveSelection(event->key());
        event->accept();
        return;
    case Qt::Key_Escape:
        clearSelection();
        m_keyboardZone.clear();
        emit selectionCleared();
        event->accept();
        return;
    default:
        break;
    }
    if (!event->matches(QKeySequence::Delete) && event->key() != Qt::Key_Backspace) {
        QGraphicsScene::keyPressEvent(event);
        return;
    }
    const QStringList ids = selectedServerIds();
    if (ids.isEmpty() || readOnly())
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

// The nearest card in the key's direction from the selected one (distance along the direction, then across it
// twice as much); with none there, or no card selected, Left/Right select the previous/next zone.
void TopologyScene::moveSelection(int key)
{
    const QStringList selected = selectedServerIds();
    const ServerCardItem* from = selected.isEmpty() ? nullptr : m_cards.value(selected.constLast());
    const QPointF direction = key == Qt::Key_Left    ? QPointF(-1, 0)
                              : key == Qt::Key_Right ? QPointF(1, 0)
                              : key == Qt::Key_Up    ? QPointF(0, -1)
                                                     : QPointF(0, 1);
    if (from) {
        const QPointF origin = from->sceneBoundingRect().center();
        ServerCardItem* best = nullptr;
        qreal bestScore = 0;
        for (ServerCardItem* card : std::as_const(m_cards)) {
            const QPointF offset = card->sceneBoundingRect().center() - origin;
            const qreal along = offset.x() * direction.x() + offset.y() * direction.y();
            if (card == from || along <= 1)
                continue;
            const qreal across = std::abs(offset.x() * direction.y() - offset.y() * direction.x());
            const qreal score = along + 2 * across;
            if (!best || score < bestScore) {
                best = card;
                bestScore = score;
            }
        }
        if (best) {
            clearSelection();
            best->setSelected(true); // reports serverSelected
            for (QGraphicsView* view : views())
                view->ensureVisible(best);
            return;
        }
    }
    if (key != Qt::Key_Left && key != Qt::Key_Right)
        return;
    const Server* server = from ? m_document->server(from->serverId()) : nullptr;
    const QString current = server ? server->zone : m_keyboardZone;
    int index = -1;
    for (int z = 0; z < m_lanes.size(); ++z) {
        if (m_lanes.at(z).second == current)
            index = z;
    }
    index = index < 0 ? (key == Qt::Key_Right ? 0 : int(m_lanes.size()) - 1) : index + int(direction.x());
    if (index < 0 || index >= m_lanes.size())
        return;
    clearSelection();
    m_keyboardZone = m_lanes.at(index).second;
    for (QGraphicsView* view : views())
        view->ensureVisible(m_lanes.at(index).first.adjusted(0, 0, 0, -m_lanes.at(index).first.height() + 200));
    emit zoneSelected(m_keyboardZone);
}
