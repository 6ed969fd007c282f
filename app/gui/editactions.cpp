#include "app/gui/editactions.h"

#include "model/deployment.h"
#include "model/deploymentcommands.h"
#include "model/portcatalog.h"
#include "views/diagram/topologyscene.h"
#include "views/inspector/inspectorpanel.h"

#include <QAction>
#include <QActionGroup>
#include <QGraphicsView>
#include <QMenu>
#include <QUndoStack>
#include <QWidget>

namespace {
QAction* makeAction(QObject* parent, const QString& objectName, const QString& text, const QKeySequence& key = {})
{
    auto* action = new QAction(text, parent);
    action->setObjectName(objectName);
    action->setShortcut(key);
    return action;
}
} // namespace

EditActions::EditActions(Deployment* document, TopologyScene* scene, InspectorPanel* inspector,
                         const PortCatalog& catalog, QWidget* window)
    : QObject(window)
    , m_document(document)
    , m_scene(scene)
    , m_inspector(inspector)
    , m_catalog(catalog)
    , m_window(window)
    , m_delete(makeAction(this, QStringLiteral("actionDelete"), tr("&Delete"), QKeySequence::Delete))
    , m_rename(makeAction(this, QStringLiteral("actionRename"), tr("&Rename"), QKeySequence(Qt::Key_F2)))
    , m_duplicate(
          makeAction(this, QStringLiteral("actionDuplicate"), tr("D&uplicate"), QKeySequence(Qt::CTRL | Qt::Key_D)))
    , m_selectAll(
          makeAction(this, QStringLiteral("actionSelectAll"), tr("Select &All Servers"), QKeySequence::SelectAll))
    , m_addZone(makeAction(this, QStringLiteral("actionAddZone"), tr("&Add Zone"),
                           QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)))
    , m_removeZone(makeAction(this, QStringLiteral("actionRemoveZone"), tr("&Remove Zone")))
    , m_moveZoneLeft(makeAction(this, QStringLiteral("actionMoveZoneLeft"), tr("Move Zone &Left"),
                                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Left)))
    , m_moveZoneRight(makeAction(this, QStringLiteral("actionMoveZoneRight"), tr("Move Zone R&ight"),
                                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Right)))
{
    // The diagram's own shortcuts: Delete must not fire while a text field of a dock has the focus.
    for (QAction* action : {m_delete, m_duplicate, m_selectAll})
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_delete->setToolTip(tr("Delete the selected servers, or the selected zone with its servers"));
    m_rename->setToolTip(tr("Rename the selected server or zone, or the deployment"));
    m_duplicate->setToolTip(tr("Add a copy of each selected server beside it"));

    connect(m_delete, &QAction::triggered, this, [this] {
        const QStringList servers = m_scene->selectedServerIds();
        if (!servers.isEmpty())
            deleteServers(servers);
        else if (!m_zoneId.isEmpty())
            removeZone(m_zoneId);
    });
    connect(m_rename, &QAction::triggered, m_inspector, &InspectorPanel::editName);
    connect(m_duplicate, &QAction::triggered, this, [this] { duplicateServers(m_scene->selectedServerIds()); });
    connect(m_selectAll, &QAction::triggered, m_scene, &TopologyScene::selectAllServers);
    connect(m_addZone, &QAction::triggered, this, [this] {
        const int current = m_document->zoneIndex(currentZone());
        addZone(current >= 0 ? current + 1 : -1);
    });
    connect(m_removeZone, &QAction::triggered, this, [this] { removeZone(currentZone()); });
    connect(m_moveZoneLeft, &QAction::triggered, this, [this] { moveZone(currentZone(), -1); });
    connect(m_moveZoneRight, &QAction::triggered, this, [this] { moveZone(currentZone(), 1); });

    connect(m_scene, &TopologyScene::zoneSelected, this, [this](const QString& zoneId) {
        m_zoneId = zoneId;
        updateActions();
    });
    connect(m_scene, &TopologyScene::selectionCleared, this, [this] {
        m_zoneId.clear();
        updateActions();
    });
    connect(m_scene, &TopologyScene::rulesSelected, this, [this] {
        m_zoneId.clear();
        updateActions();
    });
    connect(m_scene, &QGraphicsScene::selectionChanged, this, [this] {
        if (!m_scene->selectedServerIds().isEmpty())
            m_zoneId.clear();
        updateActions();
    });
    connect(m_document, &Deployment::changed, this, [this] {
        if (!m_document->zone(m_zoneId))
            m_zoneId.clear();
        updateActions();
    });
    connect(m_document, &Deployment::resetDone, this, [this] {
        m_zoneId.clear();
        updateActions();
    });
    connect(m_scene, &TopologyScene::serverMenuRequested, this, [this](const QStringList& ids, const QPoint& pos) {
        QMenu menu(m_window);
        fillServerMenu(&menu, ids);
        menu.exec(pos);
    });
    connect(m_scene, &TopologyScene::zoneMenuRequested, this, [this](const QString& zoneId, const QPoint& pos) {
        m_zoneId = zoneId;
        updateActions();
        QMenu menu(m_window);
        fillZoneMenu(&menu, zoneId);
        menu.exec(pos);
    });
    connect(m_scene, &TopologyScene::flowMenuRequested, this, [this](const QList<int>& rows, const QPoint& pos) {
        QMenu menu(m_window);
        fillFlowMenu(&menu, rows);
        menu.exec(pos);
    });
    updateActions();
}

void EditActions::addTo(QMenu* edit)
{
    edit->addSeparator();
    edit->addActions({m_delete, m_rename, m_duplicate});
    edit->addSeparator();
    edit->addAction(m_selectAll);
    edit->addSeparator();
    QMenu* zones = edit->addMenu(tr("&Zone"));
    zones->setObjectName(QStringLiteral("menuZone"));
    zones->addActions({m_addZone, m_removeZone});
    zones->addSeparator();
    zones->addActions({m_moveZoneLeft, m_moveZoneRight});
    // The diagram's shortcuts work where the diagram is, not in the docks' fields.
    for (QAction* action : {m_delete, m_duplicate, m_selectAll})
        m_window->findChild<QWidget*>(QStringLiteral("topologyView"))->addAction(action);
}

QString EditActions::currentZone() const
{
    if (!m_zoneId.isEmpty())
        return m_zoneId;
    const QStringList servers = m_scene->selectedServerIds();
    const Server* server = servers.isEmpty() ? nullptr : m_document->server(servers.constFirst());
    return server ? server->zone : QString();
}

void EditActions::updateActions()
{
    const bool servers = !m_scene->selectedServerIds().isEmpty();
    const int zone = m_document->zoneIndex(currentZone());
    m_delete->setEnabled(servers || !m_zoneId.isEmpty());
    m_delete->setText(servers || m_zoneId.isEmpty() ? tr("&Delete") : tr("&Delete Zone"));
    m_duplicate->setEnabled(servers);
    m_selectAll->setEnabled(!m_document->servers().isEmpty());
    m_removeZone->setEnabled(zone >= 0);
    m_moveZoneLeft->setEnabled(zone > 0);
    m_moveZoneRight->setEnabled(zone >= 0 && zone + 1 < m_document->zones().size());
}

void EditActions::fillServerMenu(QMenu* menu, const QStringList& serverIds)
{
    menu->setObjectName(QStringLiteral("menuServer"));
    if (serverIds.size() == 1) {
        QAction* rename = menu->addAction(tr("&Rename"), m_inspector, &InspectorPanel::editName);
        rename->setObjectName(QStringLiteral("actionServerRename"));
    }
    QAction* duplicate = menu->addAction(tr("D&uplicate"), this, [this, serverIds] { duplicateServers(serverIds); });
    duplicate->setObjectName(QStringLiteral("actionServerDuplicate"));
    QMenu* moveTo = menu->addMenu(tr("&Move to Zone"));
    moveTo->setObjectName(QStringLiteral("menuServerMoveTo"));
    for (const Zone& zone : m_document->zones()) {
        QAction* move = moveTo->addAction(zone.name, this, [this, serverIds, id = zone.id] {
            QUndoStack* stack = m_document->undoStack();
            stack->beginMacro(tr("Move %n server(s)", nullptr, int(serverIds.size())));
            for (const QString& server : serverIds)
                stack->push(EditServerCommand::moveServer(m_document, server, id).release());
            stack->endMacro();
        });
        move->setObjectName(QStringLiteral("actionMoveTo_") + zone.id);
    }
    menu->addSeparator();
    QAction* remove = menu->addAction(tr("&Delete"), this, [this, serverIds] { deleteServers(serverIds); });
    remove->setObjectName(QStringLiteral("actionServerDelete"));
}

void EditActions::fillZoneMenu(QMenu* menu, const QString& zoneId)
{
    menu->setObjectName(QStringLiteral("menuZoneContext"));
    const int index = m_document->zoneIndex(zoneId);
    const Zone* zone = m_document->zone(zoneId);
    if (!zone)
        return;
    QAction* rename = menu->addAction(tr("&Rename Zone"), this, [this, zoneId] {
        m_inspector->showZone(zoneId);
        m_inspector->editName();
    });
    rename->setObjectName(QStringLiteral("actionZoneRename"));
    QMenu* kinds = menu->addMenu(tr("&Kind"));
    kinds->setObjectName(QStringLiteral("menuZoneKind"));
    auto* group = new QActionGroup(kinds);
    for (const ZoneKindInfo& kind : m_catalog.zoneKinds()) {
        QAction* choice = kinds->addAction(kind.name, this, [this, zoneId, id = kind.id] {
            m_document->undoStack()->push(EditZoneCommand::setZoneKind(m_document, zoneId, id).release());
        });
        choice->setObjectName(QStringLiteral("actionZoneKind_") + kind.id);
        choice->setCheckable(true);
        choice->setChecked(kind.id == zone->kind);
        group->addAction(choice);
    }
    menu->addSeparator();
    menu->addAction(tr("Add Zone &Before"), this, [this, index] { addZone(index); })
        ->setObjectName(QStringLiteral("actionAddZoneBefore"));
    menu->addAction(tr("Add Zone &After"), this, [this, index] { addZone(index + 1); })
        ->setObjectName(QStringLiteral("actionAddZoneAfter"));
    QAction* left = menu->addAction(tr("Move &Left"), this, [this, zoneId] { moveZone(zoneId, -1); });
    left->setObjectName(QStringLiteral("actionZoneMoveLeft"));
    left->setEnabled(index > 0);
    QAction* right = menu->addAction(tr("Move R&ight"), this, [this, zoneId] { moveZone(zoneId, 1); });
    right->setObjectName(QStringLiteral("actionZoneMoveRight"));
    right->setEnabled(index + 1 < m_document->zones().size());
    menu->addSeparator();
    const QStringList servers = m_document->serversInZone(zoneId);
    QAction* select = menu->addAction(tr("&Select Its Servers"), this, [this, servers] {
        m_scene->selectServers(servers);
        m_zoneId.clear();
        updateActions();
    });
    select->setObjectName(QStringLiteral("actionZoneSelectServers"));
    select->setEnabled(!servers.isEmpty());
    QAction* remove = menu->addAction(
        servers.isEmpty() ? tr("Remove &Zone") : tr("Remove &Zone and Its %n Server(s)", nullptr, int(servers.size())),
        this, [this, zoneId] { removeZone(zoneId); });
    remove->setObjectName(QStringLiteral("actionZoneRemove"));
}

void EditActions::fillFlowMenu(QMenu* menu, const QList<int>& rows)
{
    menu->setObjectName(QStringLiteral("menuFlow"));
    menu->addAction(tr("&Show Its Rules"), this, [this, rows] { emit showRulesRequested(rows); })
        ->setObjectName(QStringLiteral("actionFlowShowRules"));
    menu->addAction(tr("&Copy Its Rules"), this, [this, rows] { emit copyRulesRequested(rows); })
        ->setObjectName(QStringLiteral("actionFlowCopyRules"));
    emit flowMenuFilled(menu, rows);
}

// A new zone is a LAN named "Zone N" (the kind most layouts add), selected with its name ready to be typed over.
void EditActions::addZone(int index)
{
    Zone zone;
    zone.id = m_document->freeZoneId(QStringLiteral("zone"));
    zone.name = tr("Zone %1").arg(zone.id.mid(4).toInt());
    zone.kind = QStringLiteral("lan");
    m_document->undoStack()->push(new AddZoneCommand(m_document, zone, index));
    m_zoneId = zone.id;
    updateActions();
    // The new lane's header scrolled into view, where its name shows.
    const QRectF lane = m_scene->laneRect(zone.id);
    for (QGraphicsView* view : m_scene->views())
        view->ensureVisible(QRectF(lane.topLeft(), QSizeF(lane.width(), qMin(lane.height(), 200.0))));
    m_inspector->showZone(zone.id);
    m_inspector->editName();
}

// Each copy sits in the zone of its server, with its roles, version, flags and RPC range, under the next free id of
// its role; not its address, which is the original's.
void EditActions::duplicateServers(const QStringList& serverIds)
{
    QStringList copies;
    QUndoStack* stack = m_document->undoStack();
    stack->beginMacro(tr("Duplicate %n server(s)", nullptr, int(serverIds.size())));
    for (const QString& id : serverIds) {
        const Server* original = m_document->server(id);
        if (!original)
            continue;
        Server copy = *original;
        copy.id = m_document->freeServerId(copy.roles.value(0, QStringLiteral("server")).section(u'-', 0, 0));
        copy.name = copy.id.toUpper();
        copy.host.clear();
        stack->push(new AddServerCommand(m_document, copy));
        copies.append(copy.id);
    }
    stack->endMacro();
    m_scene->selectServers(copies);
    updateActions();
}

void EditActions::deleteServers(const QStringList& serverIds)
{
    QUndoStack* stack = m_document->undoStack();
    stack->beginMacro(tr("Delete %n server(s)", nullptr, int(serverIds.size())));
    for (const QString& id : serverIds)
        stack->push(new RemoveServerCommand(m_document, id));
    stack->endMacro();
}

void EditActions::removeZone(const QString& zoneId)
{
    if (m_document->zone(zoneId))
        m_document->undoStack()->push(new RemoveZoneCommand(m_document, zoneId));
}

void EditActions::moveZone(const QString& zoneId, int step)
{
    const int index = m_document->zoneIndex(zoneId);
    const int target = index + step;
    if (index >= 0 && target >= 0 && target < m_document->zones().size())
        m_document->undoStack()->push(new ReorderZoneCommand(m_document, zoneId, target));
}
