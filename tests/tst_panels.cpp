// The matrix and warnings docks, each built alone and driven like a user: typing a filter, choosing a zone pair,
// activating a warning. PORTOLAN_PANEL_PNG=path saves a picture of the matrix panel; PORTOLAN_TEST_SHOTS=DIR saves the
// matrix of the back-to-back sample filtered by its inner firewall.
#include "model/deployment.h"
#include "model/deploymentanalysis.h"
#include "model/deploymentcommands.h"
#include "model/portmatrixmodel.h"
#include "views/panels/matrixpanel.h"
#include "views/panels/warningspanel.h"

#include "deploymentbuilder.h"
#include "firewallsamples.h"
#include "livedocument.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

namespace {
DeploymentData edgeLayout()
{
    auto builder = DeploymentBuilder::threeZones("2019");
    builder.server("edge01", "dmz", {"edge-transport"}).server("ex01", "lan", {"mailbox"});
    return builder.data();
}

QStringList comboTexts(const QComboBox* combo)
{
    QStringList texts;
    for (int i = 0; i < combo->count(); ++i)
        texts.append(combo->itemText(i));
    return texts;
}

QList<int> sorted(QList<int> rows)
{
    std::sort(rows.begin(), rows.end());
    return rows;
}
} // namespace

class TestPanels final : public QObject
{
    Q_OBJECT

private slots:
    void matrixFiltersAsTheUserTypes()
    {
        LiveDocument live(edgeLayout());
        Deployment& document = live.document;
        DeploymentAnalysis& analysis = live.analysis;
        MatrixPanel panel(&analysis);
        panel.show();
        auto* table = panel.findChild<QTableView*>(QStringLiteral("matrixTable"));
        auto* text = panel.findChild<QLineEdit*>(QStringLiteral("matrixText"));
        auto* pairs = panel.findChild<QComboBox*>(QStringLiteral("matrixZonePair"));
        QVERIFY(table && text && pairs);
        const int all = table->model()->rowCount();
        QVERIFY(all > 10);
        panel.resize(1100, 360);
        if (const QString path = qEnvironmentVariable("PORTOLAN_PANEL_PNG"); !path.isEmpty())
            QVERIFY(panel.grab().save(path));

        QTest::keyClicks(text, QStringLiteral("50636"));
        QTRY_COMPARE(table->model()->rowCount(), 1);
        text->clear();
        QTRY_COMPARE(table->model()->rowCount(), all);

        const int lanToDmz = pairs->findText(QStringLiteral("LAN → DMZ"));
        QVERIFY(lanToDmz > 0);
        pairs->setCurrentIndex(lanToDmz);
        QTRY_COMPARE(table->model()->rowCount(), 2);

        // An edit of the document keeps the chosen pair and refreshes the rows.
        Server second{QStringLiteral("ex02"),
                      QStringLiteral("EX02"),
                      QStringLiteral("lan"),
                      {QStringLiteral("mailbox")},
                      {},
                      {},
                      std::nullopt,
                      {}};
        DeploymentData data = document.data();
        data.servers.append(second);
        document.reset(data);
        QCOMPARE(pairs->currentText(), QStringLiteral("LAN → DMZ"));
        QTRY_COMPARE(table->model()->rowCount(), 2);
    }

    // The table reports the matrix rows the user selects, whatever the sorting and filtering, and selects rows it is
    // given, clearing filters that hide them.
    void matrixSelectionSpeaksInMatrixRows()
    {
        LiveDocument live(edgeLayout());
        MatrixPanel panel(&live.analysis);
        panel.show();
        auto* table = panel.findChild<QTableView*>(QStringLiteral("matrixTable"));
        auto* text = panel.findChild<QLineEdit*>(QStringLiteral("matrixText"));
        QVERIFY(table && text);
        QSignalSpy selected(&panel, &MatrixPanel::rowsSelected);

        table->sortByColumn(PortMatrixModel::Ports, Qt::DescendingOrder);
        QTest::keyClicks(text, QStringLiteral("50636"));
        QTRY_COMPARE(table->model()->rowCount(), 1);
        table->selectRow(0);
        QTRY_COMPARE(selected.count(), 1);
        const QList<int> rows = selected.last().first().value<QList<int>>();
        QCOMPARE(rows.size(), 1);
        const MatrixRule* rule = live.analysis.matrix().ruleAt(rows.first());
        QVERIFY(rule);
        QCOMPARE(rule->ports.first, 50636);

        // Select the Internet → DMZ SMTP row from outside: the "50636" filter hides it, so the filters are cleared.
        int smtp = -1;
        for (int row = 0; row < live.analysis.matrix().rowCount(); ++row) {
            const MatrixRule* r = live.analysis.matrix().ruleAt(row);
            if (r->from == u"internet" && r->to == u"dmz" && r->ports.first == 25)
                smtp = row;
        }
        QVERIFY(smtp >= 0);
        panel.selectRows({smtp});
        QCOMPARE(text->text(), QString());
        QCOMPARE(selected.count(), 1); // a programmatic selection is not reported back
        const QModelIndexList chosen = table->selectionModel()->selectedRows(PortMatrixModel::Ports);
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.first().data().toString(), QStringLiteral("25"));
        QCOMPARE(chosen.first().siblingAtColumn(PortMatrixModel::To).data().toString(), QStringLiteral("DMZ"));
    }

    // The firewall filter lists the document's firewalls after every change, keeps the choice while that firewall
    // exists, and shows exactly the rows crossing it. The Firewalls column shows only for explicit firewalls.
    void matrixFirewallFilterFollowsTheDocument()
    {
        LiveDocument live(edgeLayout());
        MatrixPanel panel(&live.analysis);
        panel.show();
        auto* table = panel.findChild<QTableView*>(QStringLiteral("matrixTable"));
        auto* firewalls = panel.findChild<QComboBox*>(QStringLiteral("matrixFirewall"));
        auto* clear = panel.findChild<QAction*>(QStringLiteral("actionClearMatrixFilters"));
        QVERIFY(table && firewalls && clear);
        const int all = table->model()->rowCount();
        QCOMPARE(comboTexts(firewalls),
                 (QStringList{QStringLiteral("All firewalls"), QStringLiteral("Firewall between INTERNET and DMZ"),
                              QStringLiteral("Firewall between DMZ and LAN")}));
        QVERIFY(table->isColumnHidden(PortMatrixModel::Firewalls));
        QVERIFY(!panel.shownColumns().contains(PortMatrixModel::Firewalls));
        // An implicit firewall filters too: the DMZ–LAN boundary carries Internet → LAN as well.
        firewalls->setCurrentIndex(2);
        QCOMPARE(sorted(panel.shownRows()), live.analysis.firewallRows(QStringLiteral("fw-dmz-lan")));

        QUndoStack* stack = live.document.undoStack();
        const Firewall perimeter{QStringLiteral("fw1"),
                                 QStringLiteral("Perimeter"),
                                 {{QStringLiteral("internet"), QStringLiteral("outside")},
                                  {QStringLiteral("dmz"), QStringLiteral("dmz")},
                                  {QStringLiteral("lan"), QStringLiteral("inside")}}};
        stack->push(new AddFirewallCommand(&live.document, perimeter));
        QCOMPARE(comboTexts(firewalls), (QStringList{QStringLiteral("All firewalls"), QStringLiteral("Perimeter")}));
        QCOMPARE(firewalls->currentIndex(), 0); // the implicit one chosen is gone
        QCOMPARE(table->model()->rowCount(), all);
        QVERIFY(!table->isColumnHidden(PortMatrixModel::Firewalls));
        QVERIFY(panel.shownColumns().contains(PortMatrixModel::Firewalls));

        firewalls->setCurrentIndex(1);
        const QList<int> crossing = live.analysis.firewallRows(QStringLiteral("fw1"));
        QCOMPARE(sorted(panel.shownRows()), crossing);
        QVERIFY(crossing.size() < all); // not the flows inside zones
        stack->push(EditFirewallCommand::renameFirewall(&live.document, QStringLiteral("fw1"), QStringLiteral("Edge"))
                        .release());
        QCOMPARE(firewalls->currentText(), QStringLiteral("Edge")); // still chosen, under its new name
        QCOMPARE(sorted(panel.shownRows()), crossing);
        stack->undo();
        QCOMPARE(firewalls->currentText(), QStringLiteral("Perimeter"));
        stack->undo();
        QCOMPARE(comboTexts(firewalls).size(), 3);
        QCOMPARE(firewalls->currentIndex(), 0);
        QCOMPARE(table->model()->rowCount(), all);
        QVERIFY(table->isColumnHidden(PortMatrixModel::Firewalls));

        // The diagram's selection drives it; Clear Filters and an unknown id show every rule again.
        stack->redo();
        panel.setFirewall(QStringLiteral("fw1"));
        QCOMPARE(firewalls->currentText(), QStringLiteral("Perimeter"));
        QCOMPARE(sorted(panel.shownRows()), crossing);
        clear->trigger();
        QCOMPARE(firewalls->currentIndex(), 0);
        QCOMPARE(table->model()->rowCount(), all);
        panel.setFirewall(QStringLiteral("fw1"));
        panel.setFirewall(QStringLiteral("no-such"));
        QCOMPARE(table->model()->rowCount(), all);
        // Selecting a row the firewall filter hides clears it.
        panel.setFirewall(QStringLiteral("fw1"));
        int inside = -1;
        for (int row = 0; row < live.analysis.matrix().rowCount() && inside < 0; ++row) {
            if (!crossing.contains(row))
                inside = row;
        }
        panel.selectRows({inside});
        QCOMPARE(firewalls->currentIndex(), 0);
        QCOMPARE(panel.selectedRows(), QList<int>{inside});
    }

    // The back-to-back sample as a network engineer reads it: the inner firewall's rules, each with the interfaces
    // it enters and leaves by, in a column wide enough to read at the dock's usual size.
    void backToBackFilteredByTheInnerFirewall()
    {
        LiveDocument live(firewallSample("edge-back-to-back.portolan"));
        MatrixPanel panel(&live.analysis);
        panel.resize(1180, 300);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTableView* table = panel.table();
        QVERIFY(!table->isColumnHidden(PortMatrixModel::Firewalls));
        QVERIFY(table->columnWidth(PortMatrixModel::Firewalls) >= 200);
        panel.setFirewall(QStringLiteral("fw-inner"));
        const QList<int> rows = live.analysis.firewallRows(QStringLiteral("fw-inner"));
        QCOMPARE(sorted(panel.shownRows()), rows);
        bool throughBoth = false;
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QString cell = table->model()->index(row, PortMatrixModel::Firewalls).data().toString();
            QVERIFY2(cell.contains(QStringLiteral("Inner firewall (")), qPrintable(cell));
            throughBoth = throughBoth || cell == u"Outer firewall (outside → dmz), Inner firewall (dmz → inside)";
        }
        QVERIFY(throughBoth);
        if (const QString dir = qEnvironmentVariable("PORTOLAN_TEST_SHOTS"); !dir.isEmpty()) {
            table->sortByColumn(PortMatrixModel::Firewalls, Qt::AscendingOrder);
            QVERIFY(panel.grab().save(QDir(dir).filePath(QStringLiteral("matrix-back-to-back-inner.png"))));
        }
    }

    void warningNamesItsServers()
    {
        DeploymentBuilder builder("2019");
        builder.zone("internet", "internet").zone("dmz", "dmz").server("ex01", "dmz", {"mailbox"});
        LiveDocument live(builder.data());
        Deployment& document = live.document;
        DeploymentAnalysis& analysis = live.analysis;
        WarningsPanel panel(&analysis);
        QVERIFY(panel.count() >= 1);
        panel.show();
        QSignalSpy activated(&panel, &WarningsPanel::serversActivated);
        QTest::mouseClick(panel.viewport(), Qt::LeftButton, {}, panel.visualItemRect(panel.item(0)).center());
        QCOMPARE(activated.count(), 1);
        QVERIFY(activated.first().first().toStringList().contains(QStringLiteral("ex01")));

        document.reset(edgeLayout());
        QTRY_COMPARE(panel.count(), 0);
    }
};

QTEST_MAIN(TestPanels)
#include "tst_panels.moc"
