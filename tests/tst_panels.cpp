// The matrix and warnings docks, each built alone and driven like a user: typing a filter, choosing a zone pair,
// activating a warning. PORTOLAN_PANEL_PNG=path saves a picture of the matrix panel.
#include "model/deployment.h"
#include "model/deploymentanalysis.h"
#include "model/portcatalog.h"
#include "model/portmatrixmodel.h"
#include "views/panels/matrixpanel.h"
#include "views/panels/warningspanel.h"

#include "deploymentbuilder.h"
#include "livedocument.h"

#include <QComboBox>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

namespace {
DeploymentData edgeLayout()
{
    auto builder = DeploymentBuilder::threeZones("2019");
    builder.server("edge01", "dmz", {"edge-transport"}).server("ex01", "lan", {"mailbox"});
    return builder.data();
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
