// The context menu of a firewall block, in the real window: Select Its Rules highlights them on the diagram and
// selects them in the matrix, Copy Rules of This Firewall puts them on the clipboard as the matrix copies rows, Show
// Only Its Rules filters the matrix, Export Firewall Rules… opens the export with it chosen, Remove Firewall is one
// undoable step; a click on the block selects the firewall and shows it in the inspector. PORTOLAN_TEST_SHOTS=dir saves
// the window with a firewall selected and the menu.
#include "app/gui/mainwindow.h"

#include "model/deploymentanalysis.h"
#include "model/deploymentfile.h"
#include "model/portcatalog.h"
#include "model/portmatrixmodel.h"
#include "views/appsettings.h"
#include "views/diagram/firewallitem.h"
#include "views/diagram/topologyscene.h"
#include "views/export/firewallexportdialog.h"
#include "views/inspector/inspectorpanel.h"
#include "views/panels/matrixpanel.h"

#include "dialoganswers.h"
#include "livedocument.h"
#include "testshots.h"

#include <QAbstractProxyModel>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDir>
#include <QGraphicsView>
#include <QItemSelectionModel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

class TestFirewallMenu final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir.emplace();
        QVERIFY(m_dir->isValid());
        const QString path = QStringLiteral(PORTOLAN_SOURCE_DIR "/tests/data/firewall/edge-back-to-back.portolan");
        const auto data = DeploymentReader(PortCatalog::builtin()).readFile(path);
        QVERIFY(data);
        m_live.emplace(*data);
        m_window = std::make_unique<MainWindow>(
            std::make_unique<AppSettings>(m_dir->filePath(QStringLiteral("settings.ini"))));
        QVERIFY(m_window->openFile(path));
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_view = m_window->findChild<QGraphicsView*>(QStringLiteral("topologyView"));
        m_scene = qobject_cast<TopologyScene*>(m_view->scene());
        m_table = m_window->findChild<MatrixPanel*>(QStringLiteral("matrixPanel"))->table();
        QVERIFY(m_scene && m_table);
        QCOMPARE(m_scene->firewallItems().size(), 2);
    }

    void cleanup() { m_window.reset(); }

    void selectItsRulesSelectsThemInTheMatrix()
    {
        const FirewallItem* inner = block(QStringLiteral("fw-inner"));
        const QList<int> rows = m_live->analysis.firewallRows(QStringLiteral("fw-inner"));
        QVERIFY(!rows.isEmpty());
        QStringList entries;
        QCOMPARE(
            DialogAnswers::run([&] { rightClick(inner); },
                               {DialogAnswers::chooseMenuEntry(QStringLiteral("actionSelectFirewallRules"), &entries,
                                                               testShotPath(QStringLiteral("menu.png")))}),
            QString());
        QCOMPARE(
            entries,
            (QStringList{QStringLiteral("&Select Its Rules"), QStringLiteral("&Copy Rules of This Firewall"),
                         QStringLiteral("Show Only Its Rules in the &Matrix"), QString(),
                         QStringLiteral("&Remove Firewall"), QString(), QStringLiteral("Export &Firewall Rules…")}));
        QTRY_COMPARE(selectedMatrixRows(), rows);
        QCOMPARE(m_scene->highlightedRules(), rows);
        QVERIFY(inner->isSelected());
        QVERIFY(!block(QStringLiteral("fw-outer"))->isSelected());
    }

    void copyPutsItsRulesOnTheClipboard()
    {
        QGuiApplication::clipboard()->clear();
        const QList<int> rows = m_live->analysis.firewallRows(QStringLiteral("fw-outer"));
        QCOMPARE(DialogAnswers::run([&] { rightClick(block(QStringLiteral("fw-outer"))); },
                                    {DialogAnswers::chooseMenuEntry(QStringLiteral("actionCopyFirewallRules"))}),
                 QString());
        QTRY_VERIFY(!QGuiApplication::clipboard()->text().isEmpty());
        const QStringList lines = QGuiApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), rows.size() + 1); // a header line, then one line per rule
        const auto* model = qobject_cast<const QAbstractProxyModel*>(m_table->model())->sourceModel();
        for (int i = 0; i < rows.size(); ++i) {
            QCOMPARE(lines.at(i + 1).split(u'\t').at(PortMatrixModel::Ports),
                     model->index(rows.at(i), PortMatrixModel::Ports).data().toString());
        }
    }

    void showOnlyItsRulesFiltersTheMatrix()
    {
        QCOMPARE(DialogAnswers::run([&] { rightClick(block(QStringLiteral("fw-inner"))); },
                                    {DialogAnswers::chooseMenuEntry(QStringLiteral("actionFilterFirewallRules"))}),
                 QString());
        const auto* combo = m_window->findChild<QComboBox*>(QStringLiteral("matrixFirewall"));
        QTRY_COMPARE(combo->currentData().toString(), QStringLiteral("fw-inner"));
        QCOMPARE(m_table->model()->rowCount(), m_live->analysis.firewallRows(QStringLiteral("fw-inner")).size());
    }

    void exportOpensTheDialogWithTheFirewallChosen()
    {
        QString chosen;
        QString preview;
        QCOMPARE(
            DialogAnswers::run(
                [&] { rightClick(block(QStringLiteral("fw-inner"))); },
                {DialogAnswers::chooseMenuEntry(QStringLiteral("actionExportFirewallConfiguration")),
                 DialogAnswers::inspect<FirewallExportDialog>([&](FirewallExportDialog* dialog) {
                     chosen = dialog->findChild<QComboBox*>(QStringLiteral("firewallExportFirewall"))
                                  ->currentData()
                                  .toString();
                     preview =
                         dialog->findChild<QPlainTextEdit*>(QStringLiteral("firewallExportPreview"))->toPlainText();
                 })}),
            QString());
        QCOMPARE(chosen, QStringLiteral("fw-inner"));
        QVERIFY(preview.contains(QStringLiteral("table inet portolan")));
    }

    void removeFirewallIsOneUndoStep()
    {
        QCOMPARE(DialogAnswers::run([&] { rightClick(block(QStringLiteral("fw-inner"))); },
                                    {DialogAnswers::chooseMenuEntry(QStringLiteral("actionRemoveFirewall"))}),
                 QString());
        QTRY_COMPARE(m_scene->firewallItems().size(), 1);
        QVERIFY(block(QStringLiteral("fw-outer")));
        m_window->findChild<QAction*>(QStringLiteral("actionUndo"))->trigger();
        QCOMPARE(m_scene->firewallItems().size(), 2);
        QVERIFY(block(QStringLiteral("fw-inner")));
    }

    // A click on the block, through the view as a user's mouse delivers it.
    void aClickSelectsTheFirewall()
    {
        const FirewallItem* outer = block(QStringLiteral("fw-outer"));
        QSignalSpy selected(m_scene, &TopologyScene::firewallSelected);
        m_view->centerOn(outer->placement().blockRect.center());
        const QPoint at = m_view->mapFromScene(outer->placement().blockRect.center());
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, at);
        QTRY_COMPARE(selected.size(), 1);
        QCOMPARE(selected.at(0).at(0).toString(), QStringLiteral("fw-outer"));
        QCOMPARE(m_window->findChild<InspectorPanel*>()->page(), InspectorPanel::Page::Firewall);
        QVERIFY(outer->isSelected());
        QCOMPARE(m_scene->highlightedRules(), m_live->analysis.firewallRows(QStringLiteral("fw-outer")));
        if (const QString png = testShotPath(QStringLiteral("window-firewall-selected.png")); !png.isEmpty())
            QVERIFY(m_window->grab().save(png));
    }

private:
    const FirewallItem* block(const QString& id) const
    {
        for (const FirewallItem* item : m_scene->firewallItems()) {
            if (item->firewallId() == id)
                return item;
        }
        return nullptr;
    }

    void rightClick(const FirewallItem* item)
    {
        const QPointF centre = item->placement().blockRect.center();
        m_view->centerOn(centre);
        const QPoint at = m_view->mapFromScene(centre);
        QContextMenuEvent event(QContextMenuEvent::Mouse, at, m_view->viewport()->mapToGlobal(at));
        QApplication::sendEvent(m_view->viewport(), &event);
    }

    // The matrix rows selected in the table, ascending.
    QList<int> selectedMatrixRows() const
    {
        const auto* proxy = qobject_cast<const QAbstractProxyModel*>(m_table->model());
        QList<int> rows;
        for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
            rows.append(proxy->mapToSource(index).row());
        std::sort(rows.begin(), rows.end());
        return rows;
    }

    std::optional<QTemporaryDir> m_dir;
    std::optional<LiveDocument> m_live;
    std::unique_ptr<MainWindow> m_window;
    QGraphicsView* m_view = nullptr;
    TopologyScene* m_scene = nullptr;
    QTableView* m_table = nullptr;
};

QTEST_MAIN(TestFirewallMenu)
#include "tst_firewallmenu.moc"
