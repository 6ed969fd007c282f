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

// The first row of the model from one zone to another (ids), or -1.
int rowBetween(const PortMatrixModel& model, const QString& from, const QString& to)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        if (index.data(PortMatrixModel::FromZoneRole).toString() == from &&
            index.data(PortMatrixModel::ToZoneRole).toString() == to)
            return row;
    }
    return -1;
}

// Internet | DMZ | LAN with an Edge in the DMZ and a Mailbox on the LAN, and these firewalls (none: implicit ones),
// each named as given.
DeploymentData edgeBehind(const QList<std::pair<const char*, Firewall>>& firewalls)
{
    auto builder = DeploymentBuilder::threeZones("2019");
    builder.server("edge01", "dmz", {"edge-transport"}).server("ex01", "lan", {"mailbox"});
    DeploymentData data = builder.data();
    for (const auto& [name, firewall] : firewalls) {
        data.firewalls.append(firewall);
        data.firewalls.last().name = QString::fromUtf8(name);
    }
    return data;
}

Firewall firewall(const char* id, std::initializer_list<std::pair<const char*, const char*>> interfaces)
{
    Firewall result{QString::fromUtf8(id), {}, {}};
    for (const auto& [zone, name] : interfaces)
        result.interfaces.append({QString::fromUtf8(zone), QString::fromUtf8(name)});
    return result;
}
} // namespace

Q_DECLARE_METATYPE(DeploymentData)

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

    // The Firewalls column names the explicit firewalls a row crosses, in order, with the interfaces it enters and
    // leaves by; implicit firewalls (the lane boundaries) stay unnamed there but are still the row's firewall ids.
    void firewallsColumn_data()
    {
        QTest::addColumn<DeploymentData>("data");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("ids");
        const Firewall perimeter = firewall("fw1", {{"internet", "outside"}, {"dmz", "dmz"}, {"lan", "inside"}});
        const Firewall outer = firewall("fw-outer", {{"internet", "outside"}, {"dmz", "dmz"}});
        const Firewall inner = firewall("fw-inner", {{"dmz", "dmz"}, {"lan", "inside"}});
        const DeploymentData implicit = edgeBehind({});
        const DeploymentData threeLegged = edgeBehind({{"Perimeter", perimeter}});
        const DeploymentData backToBack = edgeBehind({{"Outer", outer}, {"Inner", inner}});
        const DeploymentData lanAlone = edgeBehind({{"Outer", outer}});
        // The Edge runs on the firewall itself: its side of a row is "this host", not an empty interface name.
        Firewall host = firewall("fw-host", {{"internet", "outside"}, {"lan", "inside"}});
        host.localZone = QStringLiteral("dmz");
        const DeploymentData onTheHost = edgeBehind({{"Host", host}});

        QTest::newRow("implicit") << implicit << QStringLiteral("internet") << QStringLiteral("lan") << QString()
                                  << QStringList{QStringLiteral("fw-internet-dmz"), QStringLiteral("fw-dmz-lan")};
        QTest::newRow("implicit, inside a zone")
            << implicit << QStringLiteral("lan") << QStringLiteral("lan") << QString() << QStringList();
        QTest::newRow("three-legged") << threeLegged << QStringLiteral("internet") << QStringLiteral("lan")
                                      << QStringLiteral("Perimeter (outside → inside)")
                                      << QStringList{QStringLiteral("fw1")};
        QTest::newRow("three-legged, back out")
            << threeLegged << QStringLiteral("dmz") << QStringLiteral("internet")
            << QStringLiteral("Perimeter (dmz → outside)") << QStringList{QStringLiteral("fw1")};
        QTest::newRow("back-to-back, through both")
            << backToBack << QStringLiteral("internet") << QStringLiteral("lan")
            << QStringLiteral("Outer (outside → dmz), Inner (dmz → inside)")
            << QStringList{QStringLiteral("fw-outer"), QStringLiteral("fw-inner")};
        QTest::newRow("back-to-back, inner only")
            << backToBack << QStringLiteral("lan") << QStringLiteral("dmz") << QStringLiteral("Inner (inside → dmz)")
            << QStringList{QStringLiteral("fw-inner")};
        QTest::newRow("back-to-back, inside a zone")
            << backToBack << QStringLiteral("lan") << QStringLiteral("lan") << QString() << QStringList();
        QTest::newRow("firewall host, in from the Internet")
            << onTheHost << QStringLiteral("internet") << QStringLiteral("dmz")
            << QStringLiteral("Host (outside → this host)") << QStringList{QStringLiteral("fw-host")};
        QTest::newRow("firewall host, out to the LAN")
            << onTheHost << QStringLiteral("dmz") << QStringLiteral("lan")
            << QStringLiteral("Host (this host → inside)") << QStringList{QStringLiteral("fw-host")};
        QTest::newRow("firewall host, in from the LAN")
            << onTheHost << QStringLiteral("lan") << QStringLiteral("dmz")
            << QStringLiteral("Host (inside → this host)") << QStringList{QStringLiteral("fw-host")};
        QTest::newRow("no path") << lanAlone << QStringLiteral("dmz") << QStringLiteral("lan")
                                 << QStringLiteral("no path") << QStringList();
    }

    void firewallsColumn()
    {
        QFETCH(DeploymentData, data);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, text);
        QFETCH(QStringList, ids);
        LiveDocument live(data);
        PortMatrixModel model(&live.analysis);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.headerData(PortMatrixModel::Firewalls, Qt::Horizontal).toString(), QStringLiteral("Firewalls"));
        const int row = rowBetween(model, from, to);
        QVERIFY(row >= 0);
        const QModelIndex cell = model.index(row, PortMatrixModel::Firewalls);
        QCOMPARE(cell.data().toString(), text);
        QCOMPARE(cell.data(PortMatrixModel::FirewallIdsRole).toStringList(), ids);
        QCOMPARE(model.index(row, PortMatrixModel::Ports).data(PortMatrixModel::FirewallIdsRole).toStringList(), ids);
        // "no path" stands out in the warning colour and says why; a path lists its firewalls one a line.
        const bool noPath = text == u"no path";
        QCOMPARE(cell.data(Qt::ForegroundRole).isValid(), noPath);
        QVERIFY(!model.index(row, PortMatrixModel::Ports).data(Qt::ForegroundRole).isValid());
        const QString toolTip = cell.data(Qt::ToolTipRole).toString();
        QVERIFY2(toolTip.contains(QStringLiteral("If blocked: ")), qPrintable(toolTip));
        if (noPath)
            QVERIFY2(toolTip.startsWith(QStringLiteral("No chain of firewalls joins DMZ and LAN")),
                     qPrintable(toolTip));
        else if (!text.isEmpty())
            QVERIFY2(toolTip.startsWith(text.split(QStringLiteral(", ")).join(u'\n') + QStringLiteral("\n\n")),
                     qPrintable(toolTip));
        // Whatever the layout: the same as the analysis says for every row.
        for (int r = 0; r < model.rowCount(); ++r) {
            QStringList expected;
            for (const FirewallHop& hop : live.analysis.rowFirewalls(r))
                expected.append(live.analysis.firewalls().firewalls().at(hop.firewall).id);
            QCOMPARE(model.index(r, 0).data(PortMatrixModel::FirewallIdsRole).toStringList(), expected);
        }
    }

    // The column follows edits of the firewalls (a rename, an undo) and sorts like any other.
    void firewallsColumnFollowsEditsAndSorts()
    {
        const Firewall outer = firewall("fw-outer", {{"internet", "outside"}, {"dmz", "dmz"}});
        const Firewall inner = firewall("fw-inner", {{"dmz", "dmz"}, {"lan", "inside"}});
        LiveDocument live(edgeBehind({{"Outer", outer}, {"Inner", inner}}));
        PortMatrixModel model(&live.analysis);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int row = rowBetween(model, QStringLiteral("lan"), QStringLiteral("dmz"));
        QCOMPARE(model.index(row, PortMatrixModel::Firewalls).data().toString(),
                 QStringLiteral("Inner (inside → dmz)"));
        QUndoStack* stack = live.document.undoStack();
        stack->push(
            EditFirewallCommand::renameFirewall(&live.document, QStringLiteral("fw-inner"), QStringLiteral("Core"))
                .release());
        QCOMPARE(model.index(row, PortMatrixModel::Firewalls).data().toString(), QStringLiteral("Core (inside → dmz)"));
        stack->push(new RemoveFirewallCommand(&live.document, QStringLiteral("fw-inner")));
        QCOMPARE(
            model.index(rowBetween(model, QStringLiteral("lan"), QStringLiteral("dmz")), PortMatrixModel::Firewalls)
                .data()
                .toString(),
            QStringLiteral("no path"));
        stack->undo();
        stack->undo();
        QCOMPARE(model.index(row, PortMatrixModel::Firewalls).data().toString(),
                 QStringLiteral("Inner (inside → dmz)"));

        MatrixFilterModel sorted;
        sorted.setSourceModel(&model);
        sorted.sort(PortMatrixModel::Firewalls, Qt::AscendingOrder);
        QStringList column;
        for (int r = 0; r < sorted.rowCount(); ++r)
            column.append(sorted.index(r, PortMatrixModel::Firewalls).data().toString());
        QStringList expected = column;
        std::sort(expected.begin(), expected.end());
        QCOMPARE(column, expected);
        QVERIFY(column.contains(QStringLiteral("Outer (outside → dmz), Inner (dmz → inside)")));
        QCOMPARE(column.first(), QString()); // the flows inside zones
    }

    // The firewall filter keeps exactly the rows the analysis says cross that firewall, explicit or implicit, and
    // combines with the other criteria.
    void filtersByFirewall_data()
    {
        QTest::addColumn<DeploymentData>("data");
        const Firewall outer = firewall("fw-outer", {{"internet", "outside"}, {"dmz", "dmz"}});
        const Firewall inner = firewall("fw-inner", {{"dmz", "dmz"}, {"lan", "inside"}});
        const Firewall perimeter = firewall("fw1", {{"internet", "outside"}, {"dmz", "dmz"}, {"lan", "inside"}});
        QTest::newRow("implicit") << edgeBehind({});
        QTest::newRow("three-legged") << edgeBehind({{"Perimeter", perimeter}});
        QTest::newRow("back-to-back") << edgeBehind({{"Outer", outer}, {"Inner", inner}});
        QTest::newRow("no path to the LAN") << edgeBehind({{"Outer", outer}});
    }

    void filtersByFirewall()
    {
        QFETCH(DeploymentData, data);
        LiveDocument live(data);
        PortMatrixModel model(&live.analysis);
        MatrixFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int all = filter.rowCount();
        const auto shown = [&filter] {
            QList<int> rows;
            for (int row = 0; row < filter.rowCount(); ++row)
                rows.append(filter.mapToSource(filter.index(row, 0)).row());
            std::sort(rows.begin(), rows.end());
            return rows;
        };
        QVERIFY(!live.analysis.firewalls().firewalls().isEmpty());
        for (const Firewall& firewall : live.analysis.firewalls().firewalls()) {
            filter.setFirewall(firewall.id);
            const QList<int> expected = live.analysis.firewallRows(firewall.id);
            QVERIFY2(!expected.isEmpty() && expected.size() < all, qPrintable(firewall.id));
            QCOMPARE(shown(), expected);
        }
        // With a zone pair too: the rows of both.
        const QString last = live.analysis.firewalls().firewalls().last().id;
        filter.setFirewall(last);
        filter.setZonePair(QStringLiteral("internet"), QStringLiteral("dmz"));
        for (const int row : shown()) {
            QVERIFY(live.analysis.firewallRows(last).contains(row));
            QCOMPARE(model.index(row, 0).data(PortMatrixModel::FromZoneRole).toString(), QStringLiteral("internet"));
        }
        filter.setZonePair({}, {});
        filter.setFirewall(QStringLiteral("no-such-firewall"));
        QCOMPARE(filter.rowCount(), 0);
        filter.setFirewall({});
        QCOMPARE(filter.rowCount(), all);
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
