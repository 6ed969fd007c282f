// The matrix table follows the document through edits and undo, and passes QAbstractItemModelTester throughout.
#include "model/deployment.h"
#include "model/deploymentanalysis.h"
#include "model/deploymentcommands.h"
#include "model/matrixfiltermodel.h"
#include "model/portcatalog.h"
#include "model/portmatrixmodel.h"

#include "deploymentbuilder.h"
#include "livedocument.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QFont>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

namespace {
// The rows of the model as "From>To PROTO/ports destinations" (the destinations by name).
QStringList rows(const PortMatrixModel& model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row) {
        const auto cell = [&](int column) {
            return model.index(row, column).data().toString();
        };
        result << cell(PortMatrixModel::From) + u'>' + cell(PortMatrixModel::To) + u' ' +
                      cell(PortMatrixModel::Protocol) + u'/' + cell(PortMatrixModel::Ports) + u' ' +
                      cell(PortMatrixModel::Destinations);
    }
    return result;
}
} // namespace

class TestPortMatrixModel final : public QObject
{
    Q_OBJECT

private slots:
    void followsEditsAndUndo()
    {
        auto builder = DeploymentBuilder::threeZones("2019");
        builder.server("ex01", "lan", {"mailbox"});
        LiveDocument live(builder.data());
        Deployment& document = live.document;
        DeploymentAnalysis& analysis = live.analysis;
        PortMatrixModel model(&analysis);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

        QVERIFY(rows(model).contains(QStringLiteral("INTERNET>LAN TCP/25 EX01")));
        const QStringList before = rows(model);

        Server edge;
        edge.id = QStringLiteral("edge01");
        edge.name = QStringLiteral("EDGE01");
        edge.zone = QStringLiteral("dmz");
        edge.roles = {QStringLiteral("edge-transport")};
        document.undoStack()->push(new AddServerCommand(&document, edge));
        QCOMPARE(resets.count(), 1);
        QVERIFY(rows(model).contains(QStringLiteral("INTERNET>DMZ TCP/25 EDGE01")));
        QVERIFY(rows(model).contains(QStringLiteral("LAN>DMZ TCP/50636 EDGE01")));
        QVERIFY(!rows(model).contains(QStringLiteral("INTERNET>LAN TCP/25 EX01")));

        document.undoStack()->push(
            EditServerCommand::moveServer(&document, QStringLiteral("edge01"), QStringLiteral("lan")).release());
        QVERIFY(!rows(model).contains(QStringLiteral("INTERNET>DMZ TCP/25 EDGE01")));
        QVERIFY(rows(model).contains(QStringLiteral("INTERNET>LAN TCP/25 EDGE01")));

        document.undoStack()->undo();
        document.undoStack()->undo();
        QCOMPARE(rows(model), before);
    }

    // The live probe's summary of a row shows in the Observed column, in italics when it was not seen from the rule's
    // own source zone, and goes when the document changes (rows are renumbered).
    void observedColumn()
    {
        auto builder = DeploymentBuilder::threeZones("2019");
        builder.server("ex01", "lan", {"mailbox"});
        LiveDocument live(builder.data());
        PortMatrixModel model(&live.analysis);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QCOMPARE(model.headerData(PortMatrixModel::Observed, Qt::Horizontal).toString(), QStringLiteral("Observed"));
        QCOMPARE(model.index(0, PortMatrixModel::Observed).data().toString(), QString());

        RowObservation seen{QStringLiteral("open · 1.2 ms"), QStringLiteral("220 ex01 ESMTP"), Qt::green, true};
        RowObservation elsewhere{QStringLiteral("filtered"), {}, Qt::yellow, false};
        model.setObservations({{0, seen}, {1, elsewhere}});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().column(), int(PortMatrixModel::Observed));
        const QModelIndex first = model.index(0, PortMatrixModel::Observed);
        QCOMPARE(first.data().toString(), QStringLiteral("open · 1.2 ms"));
        QCOMPARE(first.data(Qt::ToolTipRole).toString(), QStringLiteral("220 ex01 ESMTP"));
        QCOMPARE(first.data(Qt::DecorationRole).value<QColor>(), QColor(Qt::green));
        QVERIFY(!first.data(Qt::FontRole).value<QFont>().italic());
        QVERIFY(model.index(1, PortMatrixModel::Observed).data(Qt::FontRole).value<QFont>().italic());
        QCOMPARE(model.index(2, PortMatrixModel::Observed).data().toString(), QString());

        live.document.setName(QStringLiteral("renamed")); // any change renumbers the rows
        QTRY_COMPARE(model.index(0, PortMatrixModel::Observed).data().toString(), QString());
    }

    // A view state's marks (the comparison) colour rows and lead the tooltip; unset, the rows are as before.
    void rowMarks()
    {
        class OddRows final : public MatrixRowMarks
        {
        public:
            QVariant rowData(int row, int role) const override
            {
                if (row % 2 == 0)
                    return {};
                if (role == Qt::BackgroundRole)
                    return QColor(Qt::green);
                if (role == Qt::ToolTipRole)
                    return QStringLiteral("Added");
                return {};
            }
        };
        auto builder = DeploymentBuilder::threeZones("2019");
        builder.server("ex01", "lan", {"mailbox"});
        LiveDocument live(builder.data());
        PortMatrixModel model(&live.analysis);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.rowCount() > 2);
        const OddRows marks;
        model.setRowMarks(&marks);
        QCOMPARE(changed.count(), 1);
        for (int row = 0; row < 2; ++row) {
            const QModelIndex index = model.index(row, PortMatrixModel::Ports);
            QCOMPARE(index.data(Qt::BackgroundRole).isValid(), row == 1);
            const QString toolTip = index.data(Qt::ToolTipRole).toString();
            QCOMPARE(toolTip.startsWith(QStringLiteral("Added\n\nIf blocked: ")), row == 1);
            QVERIFY(toolTip.contains(QStringLiteral("If blocked: ")));
        }
        QCOMPARE(model.index(1, PortMatrixModel::Observed).data(Qt::BackgroundRole).value<QColor>(), QColor(Qt::green));
        model.setRowMarks(nullptr);
        QCOMPARE(changed.count(), 2);
        QVERIFY(!model.index(1, PortMatrixModel::Ports).data(Qt::BackgroundRole).isValid());
    }

    void headersAndRoles()
    {
        DeploymentBuilder builder("2019");
        builder.zone("internet", "internet").zone("lan", "lan").server("ex01", "lan", {"mailbox"});
        LiveDocument live(builder.data());
        DeploymentAnalysis& analysis = live.analysis;
        PortMatrixModel model(&analysis);
        QCOMPARE(model.columnCount(), int(PortMatrixModel::ColumnCount));
        QCOMPARE(model.headerData(PortMatrixModel::Ports, Qt::Horizontal).toString(), QStringLiteral("Ports"));
        bool sawInside = false;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row, 0);
            QVERIFY(!index.data(PortMatrixModel::EntryRole).toString().isEmpty());
            QVERIFY(index.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("If blocked: ")));
            const bool inside = index.data(PortMatrixModel::InsideZoneRole).toBool();
            QCOMPARE(inside, index.data(PortMatrixModel::FromZoneRole) == index.data(PortMatrixModel::ToZoneRole));
            // Rules between zones come first, then the flows inside zones.
            QVERIFY(!sawInside || inside);
            sawInside = sawInside || inside;
        }
        QVERIFY(sawInside);
    }

    // Servers read as the user named them, implicit actors by role and zone, sources by label; the text filter finds a
    // server by that name. (The ids stay in the CSV/JSON exports.)
    void namesNotIds()
    {
        auto builder = DeploymentBuilder::threeZones("2003");
        builder.server("edge01", "dmz", {"smtp-relay"}).server("ex01", "lan", {"back-end"});
        DeploymentData data = builder.data();
        data.servers[0].name = QStringLiteral("Mail gateway");
        data.servers[1].name = QStringLiteral("Exchange HQ");
        LiveDocument live(data);
        PortMatrixModel model(&live.analysis);
        bool sawActor = false;
        bool sawSeed = false;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString sources = model.index(row, PortMatrixModel::Sources).data().toString();
            const QString destinations = model.index(row, PortMatrixModel::Destinations).data().toString();
            const QString references = model.index(row, PortMatrixModel::References).data().toString();
            for (const QString& text : {sources, destinations}) {
                QVERIFY2(!text.contains(u':') && !text.contains(QStringLiteral("edge01")) &&
                             !text.contains(QStringLiteral("ex01")),
                         qPrintable(text));
            }
            sawActor = sawActor || sources == QStringLiteral("Internet mail servers (INTERNET)");
            QVERIFY2(!references.contains(QStringLiteral("SEED")), qPrintable(references));
            sawSeed = sawSeed || references.contains(QStringLiteral("leally.ru"));
        }
        QVERIFY(sawActor);
        QVERIFY(sawSeed); // the relay's entries cite the published article

        MatrixFilterModel filter;
        filter.setSourceModel(&model);
        filter.setText(QStringLiteral("mail gateway"));
        QVERIFY(filter.rowCount() > 0);
        for (int row = 0; row < filter.rowCount(); ++row) {
            const QString ends = filter.index(row, PortMatrixModel::Sources).data().toString() + u' ' +
                                 filter.index(row, PortMatrixModel::Destinations).data().toString();
            QVERIFY2(ends.contains(QStringLiteral("Mail gateway")), qPrintable(ends));
        }
    }

    void filtersByZonePairServiceAndText()
    {
        auto builder = DeploymentBuilder::threeZones("2019");
        builder.server("edge01", "dmz", {"edge-transport"}).server("ex01", "lan", {"mailbox"});
        LiveDocument live(builder.data());
        DeploymentAnalysis& analysis = live.analysis;
        PortMatrixModel model(&analysis);
        MatrixFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int all = filter.rowCount();

        filter.setZonePair(QStringLiteral("lan"), QStringLiteral("dmz"));
        QCOMPARE(filter.rowCount(), 2); // TCP 25 and TCP 50636, Mailbox → Edge
        filter.setService(QStringLiteral("LDAPS (EdgeSync)"));
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, PortMatrixModel::Ports).data().toString(), QStringLiteral("50636"));

        filter.setZonePair({}, {});
        filter.setService({});
        filter.setText(QStringLiteral("open-proxy"));
        QVERIFY(filter.rowCount() >= 3);
        for (int row = 0; row < filter.rowCount(); ++row)
            QCOMPARE(filter.index(row, PortMatrixModel::From).data().toString(), QStringLiteral("DMZ"));
        filter.setText({});
        QCOMPARE(filter.rowCount(), all);
    }
};

QTEST_GUILESS_MAIN(TestPortMatrixModel)
#include "tst_portmatrixmodel.moc"
