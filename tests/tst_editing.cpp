// The window as a drawing tool (issue 11): the Edit menu's Delete, Rename, Duplicate and Select All, zones added,
// renamed, given a kind, moved (by menu and by dragging a lane's header) and removed, the context menus of cards,
// lanes and flow arrows, and the deployment's own fields; all on the real MainWindow, by objectName, undoable.
#include "app/gui/editactions.h"
#include "app/gui/mainwindow.h"

#include "model/deployment.h"
#include "views/appsettings.h"
#include "views/diagram/flowarrowitem.h"
#include "views/diagram/servercarditem.h"
#include "views/diagram/topologyscene.h"
#include "views/inspector/inspectorpanel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsView>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QWheelEvent>

#include <memory>
#include <optional>

namespace {

void sendMouse(TopologyScene* scene, QEvent::Type type, const QPointF& pos, const QPointF& downPos)
{
    QGraphicsSceneMouseEvent event(type);
    event.setScenePos(pos);
    event.setButtonDownScenePos(Qt::LeftButton, downPos);
    event.setButton(type == QEvent::GraphicsSceneMouseMove ? Qt::NoButton : Qt::LeftButton);
    event.setButtons(type == QEvent::GraphicsSceneMouseRelease ? Qt::NoButton : Qt::LeftButton);
    QApplication::sendEvent(scene, &event);
}

// "internet,dmz,lan": the zones in their order.
QString zoneIds(const Deployment& document)
{
    QStringList ids;
    for (const Zone& zone : document.zones())
        ids.append(zone.id);
    return ids.join(u',');
}

// A point in the header of a zone's lane (its title row), found by walking the diagram.
QPointF laneHeader(const TopologyScene& scene, const QString& zoneId)
{
    for (qreal x = scene.sceneRect().left(); x < scene.sceneRect().right(); x += 10) {
        if (scene.zoneAt(QPointF(x, 20)) == zoneId)
            return QPointF(x + 40, 20);
    }
    return {};
}

} // namespace

class TestEditing final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir.emplace();
        QVERIFY(m_dir->isValid());
        m_window = std::make_unique<MainWindow>(
            std::make_unique<AppSettings>(m_dir->filePath(QStringLiteral("settings.ini"))));
        m_window->newFromTemplate(QStringLiteral("exchange2019-empty"));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_view = m_window->findChild<QGraphicsView*>(QStringLiteral("topologyView"));
        m_scene = qobject_cast<TopologyScene*>(m_view->scene());
        m_inspector = m_window->findChild<InspectorPanel*>(QStringLiteral("inspectorPanel"));
        m_editing = m_window->findChild<EditActions*>();
        QVERIFY(m_view && m_scene && m_inspector && m_editing && document());
    }

    void cleanup() { m_window.reset(); }

    void editMenuHoldsTheEditingActions()
    {
        for (const char* name : {"actionDelete", "actionRename", "actionDuplicate", "actionSelectAll", "actionAddZone",
                                 "actionRemoveZone", "actionMoveZoneLeft", "actionMoveZoneRight"})
            QVERIFY2(action(name), name);
        QVERIFY(m_window->findChild<QMenu*>(QStringLiteral("menuZone")));
        QVERIFY(action("actionRedo")->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Y)));
        QVERIFY(action("actionRedo")->shortcuts().contains(QKeySequence(QKeySequence::Redo)));
        QCOMPARE(action("actionDelete")->shortcut(), QKeySequence(QKeySequence::Delete));
        QCOMPARE(action("actionRename")->shortcut(), QKeySequence(Qt::Key_F2));
        // Nothing selected yet: nothing to delete or duplicate, no zone to move.
        QVERIFY(!action("actionDelete")->isEnabled());
        QVERIFY(!action("actionDuplicate")->isEnabled());
        QVERIFY(!action("actionMoveZoneLeft")->isEnabled());
    }

    // Add a zone after the LAN, name it by typing, move it left of the LAN, give it the DMZ kind from its lane's menu,
    // delete it with the Edit menu; each step undoes.
    void zonesAreAddedNamedMovedAndRemoved()
    {
        QCOMPARE(zoneIds(*document()), QStringLiteral("internet,dmz,lan"));
        emit m_scene->zoneSelected(QStringLiteral("lan"));
        action("actionAddZone")->trigger();
        QCOMPARE(zoneIds(*document()), QStringLiteral("internet,dmz,lan,zone01"));
        QCOMPARE(m_inspector->page(), InspectorPanel::Page::Zone);
        // The new lane is scrolled into view.
        QVERIFY(m_view->mapToScene(m_view->viewport()->rect())
                    .boundingRect()
                    .intersects(m_scene->laneRect(QStringLiteral("zone01"))));
        auto* name = m_window->findChild<QLineEdit*>(QStringLiteral("inspectorZoneName"));
        QTRY_VERIFY(name->hasFocus());
        QCOMPARE(name->selectedText(), QStringLiteral("Zone 1"));
        QTest::keyClicks(name, QStringLiteral("Branch"));
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(document()->zone(QStringLiteral("zone01"))->name, QStringLiteral("Branch"));

        QVERIFY(action("actionMoveZoneLeft")->isEnabled());
        QVERIFY(!action("actionMoveZoneRight")->isEnabled());
        action("actionMoveZoneLeft")->trigger();
        QCOMPARE(zoneIds(*document()), QStringLiteral("internet,dmz,zone01,lan"));

        QMenu menu;
        m_editing->fillZoneMenu(&menu, QStringLiteral("zone01"));
        QAction* dmzKind = menu.findChild<QAction*>(QStringLiteral("actionZoneKind_dmz"));
        QVERIFY(dmzKind);
        QVERIFY(menu.findChild<QAction*>(QStringLiteral("actionZoneKind_lan"))->isChecked());
        dmzKind->trigger();
        QCOMPARE(document()->zone(QStringLiteral("zone01"))->kind, QStringLiteral("dmz"));

        QVERIFY(action("actionDelete")->isEnabled());
        QCOMPARE(action("actionDelete")->text(), QStringLiteral("&Delete Zone"));
        action("actionDelete")->trigger();
        QCOMPARE(zoneIds(*document()), QStringLiteral("internet,dmz,lan"));

        QUndoStack* stack = document()->undoStack();
        stack->undo(); // delete
        QCOMPARE(document()->zone(QStringLiteral("zone01"))->kind, QStringLiteral("dmz"));
        stack->undo(); // kind
        stack->undo(); // move
        QCOMPARE(zoneIds(*document()), QStringLiteral("internet,dmz,lan,zone01"));
        stack->undo(); // name
        stack->undo(); // add
        QCOMPARE(zoneIds(*document()), QStringLiteral("internet,dmz,lan"));
    }

    // The lane of the Internet dragged by its header to the right of the LAN: one undoable move.
    void aLaneIsDraggedByItsHeader()
    {
        const QPointF from = laneHeader(*m_scene, QStringLiteral("internet"));
        const QPointF to = laneHeader(*m_scene, QStringLiteral("lan")) + QPointF(60, 0);
        QVERIFY(!from.isNull() && !to.isNull());
        sendMouse(m_scene, QEvent::GraphicsSceneMousePress, from, from);
        sendMouse(m_scene, QEvent::GraphicsSceneMouseMove, to, from);
        sendMouse(m_scene, QEvent::GraphicsSceneMouseRelease, to, from);
        QTRY_COMPARE(zoneIds(*document()), QStringLiteral("dmz,lan,internet"));
        document()->undoStack()->undo();
        QCOMPARE(zoneIds(*document()), QStringLiteral("internet,dmz,lan"));
        // A click on a header (no drag) selects the zone and moves nothing.
        const QPointF header = laneHeader(*m_scene, QStringLiteral("dmz"));
        sendMouse(m_scene, QEvent::GraphicsSceneMousePress, header, header);
        sendMouse(m_scene, QEvent::GraphicsSceneMouseRelease, header, header);
        QCOMPARE(m_inspector->page(), InspectorPanel::Page::Zone);
        QCOMPARE(zoneIds(*document()), QStringLiteral("internet,dmz,lan"));
    }

    // Cards: Duplicate (Edit menu and card menu), Move to Zone, Select All and Delete.
    void serversAreDuplicatedMovedAndDeleted()
    {
        QCOMPARE(m_scene->placeRole(QStringLiteral("edge-transport"),
                                    laneHeader(*m_scene, QStringLiteral("dmz")) + QPointF(0, 120)),
                 QString());
        QVERIFY(document()->server(QStringLiteral("edge01")));
        m_scene->selectServers({QStringLiteral("edge01")});
        QVERIFY(action("actionDuplicate")->isEnabled());
        action("actionDuplicate")->trigger();
        const Server* copy = document()->server(QStringLiteral("edge02"));
        QVERIFY(copy);
        QCOMPARE(copy->zone, QStringLiteral("dmz"));
        QCOMPARE(copy->roles, QStringList{QStringLiteral("edge-transport")});
        QCOMPARE(m_scene->selectedServerIds(), QStringList{QStringLiteral("edge02")});

        QMenu menu;
        m_editing->fillServerMenu(&menu, {QStringLiteral("edge02")});
        QVERIFY(menu.findChild<QAction*>(QStringLiteral("actionServerRename")));
        QAction* toLan = menu.findChild<QAction*>(QStringLiteral("actionMoveTo_lan"));
        QVERIFY(toLan);
        toLan->trigger();
        QCOMPARE(document()->server(QStringLiteral("edge02"))->zone, QStringLiteral("lan"));

        action("actionSelectAll")->trigger();
        QCOMPARE(m_scene->selectedServerIds().size(), 2);
        QCOMPARE(action("actionDelete")->text(), QStringLiteral("&Delete"));
        action("actionDelete")->trigger();
        QVERIFY(document()->servers().isEmpty());
        document()->undoStack()->undo();
        QCOMPARE(document()->servers().size(), 2);
    }

    // A flow arrow's menu shows its rules in the inspector and copies them for a spreadsheet.
    void aFlowArrowsMenuShowsAndCopiesItsRules()
    {
        QCOMPARE(m_scene->placeRole(QStringLiteral("edge-transport"),
                                    laneHeader(*m_scene, QStringLiteral("dmz")) + QPointF(0, 120)),
                 QString());
        QVERIFY(!m_scene->flowArrows().isEmpty());
        const QList<int> rows = m_scene->flowArrows().constFirst()->rows();
        QMenu menu;
        m_editing->fillFlowMenu(&menu, rows);
        menu.findChild<QAction*>(QStringLiteral("actionFlowShowRules"))->trigger();
        QCOMPARE(m_inspector->page(), InspectorPanel::Page::Rules);
        QCOMPARE(m_scene->highlightedRules(), rows);
        QApplication::clipboard()->clear();
        menu.findChild<QAction*>(QStringLiteral("actionFlowCopyRules"))->trigger();
        QVERIFY(QApplication::clipboard()->text().contains(QStringLiteral("SMTP")));
    }

    // At 1024x700 the window keeps its size, the diagram has room, the warnings read in lines, and the inspector comes
    // in front of the Options when something is selected.
    void theWindowIsUsableAt1024x700()
    {
        // A first start on a small screen: the docks take their share of the window's size.
        m_window =
            std::make_unique<MainWindow>(std::make_unique<AppSettings>(m_dir->filePath(QStringLiteral("small.ini"))));
        m_window->newFromTemplate(QStringLiteral("exchange2019-edge"));
        m_window->resize(1024, 700);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_view = m_window->findChild<QGraphicsView*>(QStringLiteral("topologyView"));
        m_scene = qobject_cast<TopologyScene*>(m_view->scene());
        m_inspector = m_window->findChild<InspectorPanel*>(QStringLiteral("inspectorPanel"));
        QTRY_COMPARE(m_window->size(), QSize(1024, 700));
        QTest::qWait(20);
        QVERIFY2(
            m_view->viewport()->width() >= 400 && m_view->viewport()->height() >= 300,
            qPrintable(QStringLiteral("%1x%2").arg(m_view->viewport()->width()).arg(m_view->viewport()->height())));
        auto* warnings = m_window->findChild<QWidget*>(QStringLiteral("warningsPanel"));
        if (const QString png = qEnvironmentVariable("PORTOLAN_WINDOW_1024_PNG"); !png.isEmpty())
            QVERIFY(m_window->grab().save(png));
        QVERIFY(warnings->isVisible());
        QVERIFY2(warnings->width() >= 200 && warnings->height() >= 150,
                 qPrintable(QStringLiteral("%1x%2").arg(warnings->width()).arg(warnings->height())));
        // Every inspector page fits the dock's width: none is cut off at the right.
        auto* page = m_window->findChild<QWidget*>(QStringLiteral("deploymentInspector"));
        QVERIFY2(page->width() <= m_inspector->width(),
                 qPrintable(QStringLiteral("%1 > %2").arg(page->width()).arg(m_inspector->width())));
        auto* options = m_window->findChild<QDockWidget*>(QStringLiteral("optionsDock"));
        options->raise();
        emit m_scene->zoneSelected(QStringLiteral("dmz"));
        QTRY_VERIFY(m_inspector->isVisible());
    }

    // A small layout built with the keyboard alone: Tab between the palette and the diagram, arrow keys to pick a zone,
    // Enter on a role to add it there, Ctrl+Shift+N for a zone named by typing.
    void aLayoutIsBuiltWithTheKeyboardAlone()
    {
        auto* palette = m_window->findChild<QListWidget*>(QStringLiteral("rolePalette"));
        palette->setFocus();
        QTRY_VERIFY(palette->hasFocus());
        const auto key = [this](int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key(key), modifiers);
        };
        key(Qt::Key_Tab);
        QTRY_VERIFY(m_view->hasFocus());
        key(Qt::Key_Right); // the first zone, the Internet
        key(Qt::Key_Right); // the DMZ
        QCOMPARE(m_inspector->page(), InspectorPanel::Page::Zone);
        QCOMPARE(m_editing->currentZone(), QStringLiteral("dmz"));
        key(Qt::Key_Tab, Qt::ShiftModifier);
        QTRY_VERIFY(palette->hasFocus());
        key(Qt::Key_Home); // Mailbox
        key(Qt::Key_Down); // Edge Transport
        QCOMPARE(palette->currentItem()->data(Qt::UserRole).toString(), QStringLiteral("edge-transport"));
        key(Qt::Key_Return);
        QVERIFY(document()->server(QStringLiteral("edge01")));
        QCOMPARE(document()->server(QStringLiteral("edge01"))->zone, QStringLiteral("dmz"));

        key(Qt::Key_Tab);
        QTRY_VERIFY(m_view->hasFocus());
        key(Qt::Key_Right); // no card to the right of the Edge: the next zone, the LAN
        QCOMPARE(m_editing->currentZone(), QStringLiteral("lan"));
        key(Qt::Key_Tab, Qt::ShiftModifier);
        key(Qt::Key_Up); // Mailbox
        key(Qt::Key_Return);
        QCOMPARE(document()->server(QStringLiteral("mailbox01"))->zone, QStringLiteral("lan"));
        key(Qt::Key_Left, Qt::NoModifier); // still in the palette: moves nothing on the diagram
        key(Qt::Key_Tab);
        QTRY_VERIFY(m_view->hasFocus());
        key(Qt::Key_Left); // from the new Mailbox card to the Edge card
        QCOMPARE(m_scene->selectedServerIds(), QStringList{QStringLiteral("edge01")});

        key(Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        auto* name = m_window->findChild<QLineEdit*>(QStringLiteral("inspectorZoneName"));
        QTRY_VERIFY(name->hasFocus());
        QTest::keyClicks(name, QStringLiteral("Branch"));
        key(Qt::Key_Return);
        QCOMPARE(zoneIds(*document()), QStringLiteral("internet,dmz,zone01,lan"));
        QCOMPARE(document()->zone(QStringLiteral("zone01"))->name, QStringLiteral("Branch"));
        QCOMPARE(document()->servers().size(), 2);
    }

    // The wheel zooms around the cursor; Find selects, frames and inspects a server; Ctrl+F in the matrix goes to its
    // filter.
    void findAndZoom()
    {
        QCOMPARE(m_scene->placeRole(QStringLiteral("edge-transport"),
                                    laneHeader(*m_scene, QStringLiteral("dmz")) + QPointF(0, 120)),
                 QString());
        QCOMPARE(m_scene->placeRoleInZone(QStringLiteral("mailbox"), QStringLiteral("lan")), QString());
        m_scene->clearSelection();
        const qreal before = m_view->transform().m11();
        const QPoint at = m_view->viewport()->rect().center() + QPoint(50, 20);
        const QPointF under = m_view->mapToScene(at);
        QWheelEvent wheel(at, m_view->viewport()->mapToGlobal(at), {}, QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(m_view->viewport(), &wheel);
        QVERIFY(m_view->transform().m11() > before * 1.1);
        QVERIFY((m_view->mapToScene(at) - under).manhattanLength() < 3); // the point under the cursor stayed

        auto* find = m_window->findChild<QLineEdit*>(QStringLiteral("findServer"));
        QVERIFY(find);
        action("actionFind")->trigger();
        QTRY_VERIFY(find->hasFocus());
        QTest::keyClicks(find, QStringLiteral("mailbox"));
        QTest::keyClick(find, Qt::Key_Return);
        QCOMPARE(m_scene->selectedServerIds(), QStringList{QStringLiteral("mailbox01")});
        QCOMPARE(m_inspector->page(), InspectorPanel::Page::Server);
        QVERIFY(m_view->mapToScene(m_view->viewport()->rect())
                    .boundingRect()
                    .contains(m_scene->itemsRect({QStringLiteral("mailbox01")})));
        QVERIFY(action("actionZoomToSelection")->isEnabled());

        auto* table = m_window->findChild<QWidget*>(QStringLiteral("matrixTable"));
        table->setFocus();
        QTRY_VERIFY(table->hasFocus());
        action("actionFind")->trigger();
        QTRY_VERIFY(m_window->findChild<QLineEdit*>(QStringLiteral("matrixText"))->hasFocus());
    }

    // The window in a dark palette with one flow's rules highlighted: the dimmed chips and the diagram still read. The
    // picture is for looking at (PORTOLAN_WINDOW_DARK_PNG); the chips' own contrast is tst_topologyscene's.
    void aDarkPaletteKeepsTheDiagramReadable()
    {
        QApplication::setStyle(QStringLiteral("Fusion"));
        const QPalette light = QApplication::palette();
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x30, 0x30, 0x30));
        dark.setColor(QPalette::WindowText, Qt::white);
        dark.setColor(QPalette::Base, QColor(0x24, 0x24, 0x24));
        dark.setColor(QPalette::Text, Qt::white);
        dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
        dark.setColor(QPalette::ButtonText, Qt::white);
        dark.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
        QApplication::setPalette(dark);
        m_window->resize(1280, 800);
        m_window->newFromTemplate(QStringLiteral("exchange2019-edge"));
        QTest::qWait(20);
        const QList<int> rows = m_scene->flowArrows().constFirst()->rows();
        emit m_scene->rulesSelected(rows);
        QCOMPARE(m_scene->highlightedRules(), rows);
        QTest::qWait(20);
        if (const QString png = qEnvironmentVariable("PORTOLAN_WINDOW_DARK_PNG"); !png.isEmpty())
            QVERIFY(m_window->grab().save(png));
        QApplication::setPalette(light);
    }

    // Rename with nothing selected edits the deployment's name.
    void renameWithNothingSelectedNamesTheDeployment()
    {
        emit m_scene->selectionCleared();
        action("actionRename")->trigger();
        auto* name = m_window->findChild<QLineEdit*>(QStringLiteral("inspectorDeploymentName"));
        QTRY_VERIFY(name->hasFocus());
        QTest::keyClicks(name, QStringLiteral("Fabrikam"));
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(document()->name(), QStringLiteral("Fabrikam"));
    }

private:
    QAction* action(const char* name) const { return m_window->findChild<QAction*>(QString::fromLatin1(name)); }
    const Deployment* document() const { return m_window->findChild<Deployment*>(); }

    std::optional<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    QGraphicsView* m_view = nullptr;
    TopologyScene* m_scene = nullptr;
    InspectorPanel* m_inspector = nullptr;
    EditActions* m_editing = nullptr;
};

QTEST_MAIN(TestEditing)
#include "tst_editing.moc"
