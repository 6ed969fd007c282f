// What only the window's wiring does, on the real MainWindow with settings in a temporary INI file: the recent files
// menu, opening a dropped .portolan file, the undo history dock, restoring the docks on the next start, and a Save
// that fails on a full disk.
#include "app/gui/mainwindow.h"

#include "model/deploymentfile.h"
#include "model/portmatrixmodel.h"
#include "model/autosave.h"
#include "views/appsettings.h"
#include "views/inspector/inspectorpanel.h"
#include "views/panels/rolepalette.h"
#include "views/diagram/topologyscene.h"

#include "autosavechild.h"
#include "deploymentbuilder.h"
#include "dialoganswers.h"
#include "fulldisk.h"

#include <cerrno>
#include <cstring>

#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QGraphicsView>
#include <QItemSelectionModel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoView>

#include <memory>

class TestMainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir.emplace();
        QVERIFY(m_dir->isValid());
    }

    void undoHistoryDockIsHiddenUntilToggled()
    {
        MainWindow window(settings());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* dock = window.findChild<QDockWidget*>(QStringLiteral("undoDock"));
        auto* view = window.findChild<QUndoView*>(QStringLiteral("undoView"));
        QVERIFY(dock && view);
        QVERIFY(!dock->isVisible());
        auto* viewMenu = window.findChild<QMenu*>(QStringLiteral("menuView"));
        QVERIFY(viewMenu->actions().contains(dock->toggleViewAction()));
        dock->toggleViewAction()->trigger();
        QTRY_VERIFY(dock->isVisible());

        QVERIFY(window.openFile(writeDeployment(QStringLiteral("a.portolan"), QStringLiteral("A"))));
        QCOMPARE(view->emptyLabel(), QStringLiteral("<opened file>"));
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->index(0, 0).data().toString(), QStringLiteral("<opened file>"));

        // An edit appears under its command's label.
        QVERIFY(placeMailbox(window));
        QTRY_COMPARE(view->model()->rowCount(), 2);
        QVERIFY(!view->model()->index(1, 0).data().toString().isEmpty());
        QVERIFY(window.isWindowModified());
        if (const QString png = qEnvironmentVariable("PORTOLAN_WINDOW_PNG"); !png.isEmpty()) {
            QTest::qWait(50);
            QVERIFY(window.grab().save(png));
        }
    }

    void openingFillsTheRecentMenu()
    {
        MainWindow window(settings());
        const QString a = writeDeployment(QStringLiteral("a.portolan"), QStringLiteral("A"));
        const QString b = writeDeployment(QStringLiteral("b&c.portolan"), QStringLiteral("B"));
        QVERIFY(window.openFile(a));
        QVERIFY(window.openFile(b));
        QVERIFY(window.openFile(a));

        auto* menu = window.findChild<QMenu*>(QStringLiteral("menuRecent"));
        QVERIFY(menu);
        QVERIFY(menu->menuAction()->isEnabled());
        const QList<QAction*> actions = menu->actions();
        QCOMPARE(actions.size(), 4); // two files, a separator, Clear Menu
        QCOMPARE(actions.at(0)->text(), QStringLiteral("&1 a.portolan"));
        QCOMPARE(actions.at(0)->toolTip(), QDir::toNativeSeparators(a));
        QCOMPARE(actions.at(0)->statusTip(), QDir::toNativeSeparators(a));
        QCOMPARE(actions.at(1)->text(), QStringLiteral("&2 b&&c.portolan"));
        QVERIFY(actions.at(2)->isSeparator());

        // An entry opens its file.
        actions.at(1)->trigger();
        QVERIFY(window.windowTitle().contains(QStringLiteral("b&c.portolan")));

        window.findChild<QAction*>(QStringLiteral("actionClearRecent"))->trigger();
        QCOMPARE(menu->actions().size(), 2);
        QVERIFY(!menu->menuAction()->isEnabled());
        QVERIFY(AppSettings(iniPath()).recentFiles().isEmpty());
    }

    void aVanishedRecentFileIsRemovedWithAMessage()
    {
        const QString gone = writeDeployment(QStringLiteral("gone.portolan"), QStringLiteral("Gone"));
        const QString kept = writeDeployment(QStringLiteral("kept.portolan"), QStringLiteral("Kept"));
        MainWindow window(settings());
        QVERIFY(window.openFile(kept));
        QVERIFY(window.openFile(gone));
        QVERIFY(QFile::remove(gone));

        QString message;
        QTimer::singleShot(0, this, [&message] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                message = box->text();
                box->accept();
            }
        });
        window.findChild<QAction*>(QStringLiteral("actionRecent1"))->trigger();
        QVERIFY2(message.contains(QStringLiteral("gone.portolan")), qPrintable(message));
        QVERIFY(window.windowTitle().contains(QStringLiteral("gone.portolan"))); // the open document stays
        auto* menu = window.findChild<QMenu*>(QStringLiteral("menuRecent"));
        QCOMPARE(menu->actions().first()->text(), QStringLiteral("&1 kept.portolan"));
        QCOMPARE(AppSettings(iniPath()).recentFiles().size(), 1);
    }

    void aDroppedDeploymentOpens()
    {
        MainWindow window(settings());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QWidget* viewport = window.findChild<QGraphicsView*>(QStringLiteral("topologyView"))->viewport();
        const QString path = writeDeployment(QStringLiteral("dropped.portolan"), QStringLiteral("Dropped"));

        QMimeData other;
        other.setUrls({QUrl::fromLocalFile(m_dir->filePath(QStringLiteral("notes.txt")))});
        QVERIFY(!drop(viewport, &other));
        QMimeData deployment;
        deployment.setUrls({QUrl::fromLocalFile(path)});
        QVERIFY(drop(viewport, &deployment));
        QTRY_VERIFY(window.windowTitle().contains(QStringLiteral("dropped.portolan")));
        QVERIFY(window.windowTitle().contains(QStringLiteral("Dropped")));
        QCOMPARE(AppSettings(iniPath()).recentFiles().size(), 1);
    }

    // One selection across the views: a matrix row lights its flows on the diagram and fills the inspector; a chip
    // picked on the diagram selects its rows in the table; a warning selects the server it names.
    void selectionTravelsBetweenTheViews()
    {
        MainWindow window(settings());
        window.newFromTemplate(QStringLiteral("exchange2019-edge"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* scene = qobject_cast<TopologyScene*>(window.findChild<QGraphicsView*>()->scene());
        auto* table = window.findChild<QTableView*>(QStringLiteral("matrixTable"));
        auto* inspector = window.findChild<InspectorPanel*>(QStringLiteral("inspectorPanel"));
        QVERIFY(scene && table && inspector);

        int smtpIntoDmz = -1; // the table's row of Internet → DMZ TCP 25
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const auto cell = [&](int column) {
                return table->model()->index(row, column).data().toString();
            };
            if (cell(PortMatrixModel::From) == u"Internet" && cell(PortMatrixModel::To) == u"DMZ" &&
                cell(PortMatrixModel::Ports) == u"25")
                smtpIntoDmz = row;
        }
        QVERIFY(smtpIntoDmz >= 0);
        table->selectRow(smtpIntoDmz);
        const auto* proxy = qobject_cast<QSortFilterProxyModel*>(table->model());
        QVERIFY(proxy);
        QTRY_COMPARE(scene->highlightedRules(), QList<int>{proxy->mapToSource(proxy->index(smtpIntoDmz, 0)).row()});
        QCOMPARE(inspector->page(), InspectorPanel::Page::Rules);

        // The chips of the DMZ | LAN firewall, as if clicked on the diagram.
        const QList<QList<int>> chips = scene->chipRows(1);
        QVERIFY(!chips.isEmpty());
        emit scene->rulesSelected(chips.first());
        QTRY_COMPARE(table->selectionModel()->selectedRows().size(), chips.first().size());
        QCOMPARE(scene->highlightedRules(), chips.first());

        // A Mailbox server in the DMZ is not supported: its warning selects it.
        DeploymentBuilder builder("2019");
        builder.zone("internet", "internet").zone("dmz", "dmz").server("ex01", "dmz", {"mailbox"});
        const QString path = m_dir->filePath(QStringLiteral("warned.portolan"));
        QVERIFY(DeploymentWriter().writeFile(builder.data(), path));
        QVERIFY(window.openFile(path));
        auto* warnings = window.findChild<QListWidget*>(QStringLiteral("warningsPanel"));
        QTRY_VERIFY(warnings->count() > 0);
        QTest::mouseClick(warnings->viewport(), Qt::LeftButton, {},
                          warnings->visualItemRect(warnings->item(0)).center());
        QTRY_COMPARE(scene->selectedItems().size(), 1);
        QCOMPARE(inspector->page(), InspectorPanel::Page::Server);
        if (const QString png = qEnvironmentVariable("PORTOLAN_WINDOW_SELECT_PNG"); !png.isEmpty())
            QVERIFY(window.grab().save(png));
    }

    // Grab (b) of issue 3: the window right after an Edge is dropped into the DMZ of an empty 2019 deployment.
    void droppingAnEdgeIntoAnEmptyDeployment()
    {
        MainWindow window(settings());
        window.newFromTemplate(QStringLiteral("exchange2019-empty"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::qWait(20); // the view fits the opened deployment once the event loop runs
        auto* view = window.findChild<QGraphicsView*>(QStringLiteral("topologyView"));
        auto* scene = qobject_cast<TopologyScene*>(view->scene());
        QPointF dmz;
        for (qreal x = scene->sceneRect().left(); x < scene->sceneRect().right() && dmz.isNull(); x += 10) {
            if (scene->zoneAt(QPointF(x, 150)) == u"dmz")
                dmz = QPointF(x + 60, 150);
        }
        QVERIFY(!dmz.isNull());
        QMimeData role;
        role.setData(RolePalette::mimeType(), QByteArrayLiteral("edge-transport"));
        QVERIFY(drop(view->viewport(), &role, view->mapFromScene(dmz)));
        QTRY_VERIFY(scene->boundaryChips(0).join(u' ').contains(QStringLiteral("TCP 25")));
        // Nothing on the LAN yet, so nothing crosses the inner firewall; the new outer chips are highlighted.
        QVERIFY(scene->boundaryChips(1).isEmpty());
        QVERIFY(!scene->highlightedChips(0).isEmpty());
        if (const QString png = qEnvironmentVariable("PORTOLAN_WINDOW_DROP_PNG"); !png.isEmpty()) {
            QTest::qWait(50);
            QVERIFY(window.grab().save(png));
        }
    }

    // Quit after "Discard": the unsaved undo stack is cleared while the window's children go, after ~MainWindow, and
    // its cleanChanged must no longer reach the window's title.
    void quittingAfterDiscardingUnsavedChanges()
    {
        auto window = std::make_unique<MainWindow>(settings());
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QVERIFY(window->openFile(writeDeployment(QStringLiteral("a.portolan"), QStringLiteral("A"))));
        QVERIFY(placeMailbox(*window));
        QTRY_VERIFY(window->isWindowModified());

        bool closed = false;
        const DialogAnswers::Step discard = [](QWidget* widget) {
            auto* box = qobject_cast<QMessageBox*>(widget);
            if (!box)
                return false;
            box->button(QMessageBox::Discard)->click();
            return true;
        };
        QCOMPARE(DialogAnswers::run([&] { closed = window->close(); }, {discard}), QString());
        QVERIFY(closed);
        window.reset();
    }

    void docksComeBackOnTheNextStart()
    {
        {
            MainWindow window(settings());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.findChild<QDockWidget*>(QStringLiteral("undoDock"))->show();
            window.findChild<QDockWidget*>(QStringLiteral("warningsDock"))->hide();
            QVERIFY(window.close());
        }
        QVERIFY(!AppSettings(iniPath()).windowState().isEmpty());
        MainWindow window(settings());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.findChild<QDockWidget*>(QStringLiteral("undoDock"))->isVisible());
        QVERIFY(!window.findChild<QDockWidget*>(QStringLiteral("warningsDock"))->isVisible());
        QVERIFY(window.findChild<QDockWidget*>(QStringLiteral("matrixDock"))->isVisible());
    }

    // A Portolan killed after an edit leaves its autosave copy beside the settings; the next window offers it, and the
    // restored document is the edited one, unsaved, saving back to its file.
    void restoresWhatAKilledWindowLeft()
    {
        const QString source = writeDeployment(QStringLiteral("contoso.portolan"), QStringLiteral("Contoso"));
        const QString autosave = AppSettings(iniPath()).autosaveDirectory();
        QVERIFY(!crashAfterAutosave(autosave, source, QStringLiteral("Contoso after the crash")).isEmpty());

        MainWindow window(settings());
        bool restored = false;
        QString question;
        const QString problems =
            DialogAnswers::run([&] { restored = window.offerRecovery(); },
                               {DialogAnswers::clickButton(QStringLiteral("restore"), &question,
                                                           qEnvironmentVariable("PORTOLAN_RECOVERY_PNG"))});
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        QVERIFY(restored);
        QVERIFY2(question.contains(QStringLiteral("Contoso after the crash")), qPrintable(question));
        QVERIFY(window.windowTitle().contains(QStringLiteral("contoso.portolan")));
        QVERIFY(window.windowTitle().contains(QStringLiteral("Contoso after the crash")));
        QVERIFY(window.isWindowModified());
        QVERIFY(Autosave::orphans(autosave).isEmpty());
        // The restored edits are kept by this window's own copy until they are saved.
        QCOMPARE(QDir(autosave).entryList({QStringLiteral("*.portolan")}, QDir::Files).size(), 1);
    }

    void laterKeepsTheCopyAndDiscardRemovesIt()
    {
        const QString source = writeDeployment(QStringLiteral("contoso.portolan"), QStringLiteral("Contoso"));
        const QString autosave = AppSettings(iniPath()).autosaveDirectory();
        QVERIFY(!crashAfterAutosave(autosave, source, QStringLiteral("Edited")).isEmpty());
        for (const char* answer : {"later", "discard"}) {
            MainWindow window(settings());
            bool restored = true;
            const QString problems = DialogAnswers::run([&] { restored = window.offerRecovery(); },
                                                        {DialogAnswers::clickButton(QString::fromUtf8(answer))});
            QVERIFY2(problems.isEmpty(), qPrintable(problems));
            QVERIFY(!restored);
            QVERIFY(!window.isWindowModified());
            QCOMPARE(Autosave::orphans(autosave).size(), qstrcmp(answer, "later") == 0 ? 1 : 0);
        }
    }

    // Issue 10: on a full disk Save says so, keeps the old file and leaves the document modified.
    void savingOnAFullDiskKeepsTheOldFile()
    {
        const FullDisk disk;
        if (!disk.unavailable().isEmpty())
            QSKIP(qPrintable(disk.unavailable()));
        const QByteArray old = FullDisk::read(writeDeployment(QStringLiteral("a.portolan"), QStringLiteral("A")));
        QVERIFY(disk.put(QStringLiteral("a.portolan"), old));
        QVERIFY(disk.fill());
        const QString path = disk.filePath(QStringLiteral("a.portolan"));
        MainWindow window(settings());
        QVERIFY(window.openFile(path));
        QVERIFY(placeMailbox(window));
        QVERIFY(window.isWindowModified());

        QString message;
        const QString problems =
            DialogAnswers::run([&window] { window.findChild<QAction*>(QStringLiteral("actionSave"))->trigger(); },
                               {DialogAnswers::acceptMessage(&message)});
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        QVERIFY2(message.contains(path) && message.contains(QString::fromLocal8Bit(std::strerror(ENOSPC))),
                 qPrintable(message));
        QVERIFY(window.isWindowModified());
        QCOMPARE(FullDisk::read(path), old);
    }

private:
    // Places a Mailbox server in the LAN by the scene's own API: one edit.
    static bool placeMailbox(MainWindow& window)
    {
        auto* scene = qobject_cast<TopologyScene*>(window.findChild<QGraphicsView*>()->scene());
        QPointF lan;
        for (qreal x = 0; x < scene->sceneRect().right() && lan.isNull(); x += 10) {
            if (scene->zoneAt(QPointF(x, 300)) == u"lan")
                lan = QPointF(x + 100, 300);
        }
        return !lan.isNull() && scene->placeRole(QStringLiteral("mailbox"), lan).isEmpty();
    }

    QString iniPath() const { return m_dir->filePath(QStringLiteral("settings.ini")); }
    std::unique_ptr<AppSettings> settings() const { return std::make_unique<AppSettings>(iniPath()); }

    QString writeDeployment(const QString& fileName, const QString& name) const
    {
        auto builder = DeploymentBuilder::threeZones("2019");
        builder.server("ex01", "lan", {"mailbox"});
        DeploymentData data = builder.data();
        data.name = name;
        const QString path = m_dir->filePath(fileName);
        if (!DeploymentWriter().writeFile(data, path))
            qWarning("cannot write %s", qPrintable(path));
        return path;
    }

    // Drags the data onto the widget and drops it there; whether the widget took it.
    static bool drop(QWidget* target, const QMimeData* mime, std::optional<QPoint> at = {})
    {
        const QPoint centre = at.value_or(target->rect().center());
        QDragEnterEvent enter(centre, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        if (!enter.isAccepted())
            return false;
        QDropEvent dropEvent(QPointF(centre), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &dropEvent);
        return dropEvent.isAccepted();
    }

    std::optional<QTemporaryDir> m_dir;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
