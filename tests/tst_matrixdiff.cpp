#include <QSet>
#include <QTest>

#include "bench/largedeployment.h"
#include "deploymentbuilder.h"
#include "model/deploymentfile.h"
#include "model/matrixbuilder.h"
#include "model/matrixdiff.h"
#include "model/portcatalog.h"
#include "model/templatelibrary.h"

namespace {

struct Compared
{
    PortMatrix a;
    PortMatrix b;
    MatrixDiff diff;
};

Compared compare(const DeploymentData& a, const DeploymentData& b)
{
    const MatrixBuilder builder(PortCatalog::builtin());
    Compared result{builder.build(a), builder.build(b), {}};
    result.diff = MatrixDiff::compare(a, result.a, b, result.b);
    return result;
}

const BoundaryDiff* boundary(const MatrixDiff& diff, const char* from, const char* to)
{
    for (const BoundaryDiff& each : diff.boundaries()) {
        if (each.from == QLatin1String(from) && each.to == QLatin1String(to))
            return &each;
    }
    return nullptr;
}

bool covers(const QList<PortRange>& ranges, int port)
{
    return std::any_of(ranges.cbegin(), ranges.cend(), [port](const PortRange& range) { return range.contains(port); });
}

// The ports of one protocol on one boundary, port by port: the slow, obvious way to check the diff's arithmetic.
QSet<int> boundaryPorts(const PortMatrix& matrix, const QString& from, const QString& to, Protocol protocol)
{
    QSet<int> ports;
    for (int row = 0; row < matrix.rowCount(); ++row) {
        const MatrixRule& rule = *matrix.ruleAt(row);
        if (rule.from == from && rule.to == to && rule.protocol == protocol) {
            for (int port = rule.ports.first; port <= rule.ports.last; ++port)
                ports.insert(port);
        }
    }
    return ports;
}

QSet<int> portsOf(const QList<PortRange>& ranges)
{
    QSet<int> ports;
    for (const PortRange& range : ranges) {
        for (int port = range.first; port <= range.last; ++port)
            ports.insert(port);
    }
    return ports;
}

// casRange: the Client Access server's dynamic RPC range, or the one Exchange 2010 setup sets (6005-59530).
DeploymentData staticRpcSite(bool staticRpc, std::optional<PortRange> casRange = std::nullopt)
{
    DeploymentBuilder builder("2010");
    builder.zone("clients", "lan").zone("servers", "lan", false);
    builder.server("cas01", "servers", {"client-access"});
    if (casRange)
        builder.rpcRange(casRange->first, casRange->last);
    builder.server("mbx01", "servers", {"mailbox"});
    builder.server("dc01", "servers", {"domain-controller"});
    builder.options().staticRpc.enabled = staticRpc;
    return builder.data();
}

} // namespace

class TestMatrixDiff final : public QObject
{
    Q_OBJECT

private slots:
    void equalDeployments();
    void serverAddedAddsRules();
    void serverOfKnownRoleChangesEndpoints();
    void staticRpcNarrows();
    void staticRpcOutsideSetupRangeChanges();
    void zoneOnlyInB();
    void versionChangeMatchesMatrices();
    void endpointsMatchSets();
    void largeDeployment();
};

void TestMatrixDiff::equalDeployments()
{
    const DeploymentData data = DeploymentBuilder::threeZones("2019")
                                    .server("edge01", "dmz", {"edge-transport"})
                                    .server("ex01", "lan", {"mailbox"})
                                    .data();
    const Compared result = compare(data, data);
    QVERIFY(result.diff.isEmpty());
    QVERIFY(result.diff.summary().unchanged > 0);
    QCOMPARE(result.diff.summary().added + result.diff.summary().removed, 0);
    for (int row = 0; row < result.b.rowCount(); ++row)
        QCOMPARE(result.diff.changeOfRowB(row), RuleChange::Same);
}

void TestMatrixDiff::serverAddedAddsRules()
{
    DeploymentBuilder builder = DeploymentBuilder::threeZones("2019");
    builder.server("ex01", "lan", {"mailbox"}).server("dc01", "lan", {"domain-controller"});
    const DeploymentData a = builder.data();
    const DeploymentData b = builder.server("edge01", "dmz", {"edge-transport"}).data();
    const Compared result = compare(a, b);
    QVERIFY(!result.diff.isEmpty());
    QVERIFY(result.diff.summary().added > 0);
    const BoundaryDiff* internetToDmz = boundary(result.diff, "internet", "dmz");
    QVERIFY(internetToDmz);
    QVERIFY(covers(internetToDmz->openTcp, 25));
    QVERIFY(internetToDmz->closeTcp.isEmpty());
    const auto smtp = std::find_if(internetToDmz->rules.cbegin(), internetToDmz->rules.cend(),
                                   [](const RuleDiff& rule) { return covers(rule.opened, 25); });
    QVERIFY(smtp != internetToDmz->rules.cend());
    QCOMPARE(smtp->change, RuleChange::Added);
    QCOMPARE(smtp->destinations, QStringList{QStringLiteral("edge01")});
    for (const int row : smtp->rowsB)
        QCOMPARE(result.diff.changeOfRowB(row), RuleChange::Added);

    // The other way round the same rules are removed, and A's rows say so.
    const Compared back = compare(b, a);
    QCOMPARE(back.diff.summary().removed, result.diff.summary().added);
    QCOMPARE(back.diff.summary().added, result.diff.summary().removed);
    QVERIFY(!back.diff.removedRowsA().isEmpty());
    QVERIFY(covers(boundary(back.diff, "internet", "dmz")->closeTcp, 25));
}

void TestMatrixDiff::serverOfKnownRoleChangesEndpoints()
{
    DeploymentBuilder builder = DeploymentBuilder::threeZones("2019");
    builder.server("edge01", "dmz", {"edge-transport"}).server("ex01", "lan", {"mailbox"});
    const DeploymentData a = builder.data();
    const DeploymentData b = builder.server("edge02", "dmz", {"edge-transport"}).data();
    const Compared result = compare(a, b);
    QVERIFY(result.diff.summary().endpointsChanged > 0);
    QCOMPARE(result.diff.summary().removed, 0);
    const BoundaryDiff* internetToDmz = boundary(result.diff, "internet", "dmz");
    QVERIFY(internetToDmz);
    QVERIFY(internetToDmz->openTcp.isEmpty()); // the port is open already, for edge01
    QCOMPARE(internetToDmz->rules.first().change, RuleChange::EndpointsChanged);
    QCOMPARE(internetToDmz->rules.first().destinationsAdded, QStringList{QStringLiteral("edge02")});
}

void TestMatrixDiff::staticRpcNarrows()
{
    // With Windows' default range 49152-65535 the static ports lie inside it: 135 + range -> 135 + two ports.
    const PortRange windowsDefault{49152, 65535};
    const Compared result = compare(staticRpcSite(false, windowsDefault), staticRpcSite(true, windowsDefault));
    const BoundaryDiff* clientsToServers = boundary(result.diff, "clients", "servers");
    QVERIFY(clientsToServers);
    const auto rpc = std::find_if(clientsToServers->rules.cbegin(), clientsToServers->rules.cend(),
                                  [](const RuleDiff& rule) { return rule.family == u"rpc"; });
    QVERIFY(rpc != clientsToServers->rules.cend());
    QCOMPARE(rpc->change, RuleChange::Narrowed);
    QVERIFY(rpc->opened.isEmpty());
    QVERIFY(covers(rpc->portsB, 135));
    QVERIFY(covers(rpc->portsB, 59532));
    QVERIFY(covers(rpc->portsB, 59533));
    QVERIFY(!covers(rpc->closed, 135));
    QVERIFY(covers(rpc->closed, 60000));
    QVERIFY(!covers(rpc->closed, 59532));
    QCOMPARE(result.diff.summary().changed, 0);
    QCOMPARE(result.diff.summary().added + result.diff.summary().removed, 0);
    for (const int row : rpc->rowsA)
        QCOMPARE(result.diff.changeOfRowA(row), RuleChange::Narrowed);
}

void TestMatrixDiff::staticRpcOutsideSetupRangeChanges()
{
    // Exchange 2010 setup's CAS range ends at 59530: the static ports 59532/59533 must be opened, the range closed.
    const Compared result = compare(staticRpcSite(false), staticRpcSite(true));
    const BoundaryDiff* clientsToServers = boundary(result.diff, "clients", "servers");
    QVERIFY(clientsToServers);
    const auto rpc =
        std::find_if(clientsToServers->rules.cbegin(), clientsToServers->rules.cend(), [](const RuleDiff& rule) {
            return rule.family == u"rpc" && rule.destinationRoles == QStringList{QStringLiteral("client-access")};
        });
    QVERIFY(rpc != clientsToServers->rules.cend());
    QCOMPARE(rpc->change, RuleChange::Changed);
    QCOMPARE(rpc->opened, (QList<PortRange>{{59532, 59533}}));
    QCOMPARE(rpc->closed, (QList<PortRange>{{6005, 59530}}));
    // At port level nothing opens: the Mailbox servers' range 49152-65535 already holds the two ports.
    QVERIFY(clientsToServers->openTcp.isEmpty());
    QVERIFY(covers(clientsToServers->closeTcp, 6005));
}

void TestMatrixDiff::zoneOnlyInB()
{
    DeploymentBuilder builder = DeploymentBuilder::threeZones("2019");
    builder.server("ex01", "lan", {"mailbox"}).server("dc01", "lan", {"domain-controller"});
    const DeploymentData a = builder.data();
    builder.zone("dmz2", "dmz").server("edge01", "dmz2", {"edge-transport"});
    const Compared result = compare(a, builder.data());
    QCOMPARE(result.diff.zonesAdded().size(), 1);
    QCOMPARE(result.diff.zonesAdded().first().id, QStringLiteral("dmz2"));
    QVERIFY(result.diff.zonesRemoved().isEmpty());
    const BoundaryDiff* toNewZone = boundary(result.diff, "internet", "dmz2");
    QVERIFY(toNewZone);
    QCOMPARE(toNewZone->toName, result.diff.zonesAdded().first().name);
    QVERIFY(covers(toNewZone->openTcp, 25));
    // Intra-zone boundaries come after every cross-zone one.
    bool inside = false;
    for (const BoundaryDiff& each : result.diff.boundaries()) {
        QVERIFY(!inside || each.isIntraZone());
        inside = each.isIntraZone();
    }
}

void TestMatrixDiff::versionChangeMatchesMatrices()
{
    DeploymentReader reader(PortCatalog::builtin());
    const auto a = reader.readFile(TemplateLibrary::find(QStringLiteral("exchange2010-static-rpc"))->path);
    QVERIFY2(a, qPrintable(reader.errorString()));
    DeploymentData b = *a;
    b.exchangeVersion = QStringLiteral("2019");
    const Compared result = compare(*a, b);
    QVERIFY(!result.diff.isEmpty());
    const BoundaryDiff* clientsToServers = boundary(result.diff, "clients", "servers");
    QVERIFY(clientsToServers);
    QVERIFY(covers(clientsToServers->closeTcp, 59532)); // no static RPC for Outlook after 2010
    for (const BoundaryDiff& each : result.diff.boundaries()) {
        for (const Protocol protocol : {Protocol::Tcp, Protocol::Udp}) {
            const QSet<int> portsA = boundaryPorts(result.a, each.from, each.to, protocol);
            const QSet<int> portsB = boundaryPorts(result.b, each.from, each.to, protocol);
            const bool tcp = protocol == Protocol::Tcp;
            QCOMPARE(portsOf(tcp ? each.openTcp : each.openUdp), QSet<int>(portsB).subtract(portsA));
            QCOMPARE(portsOf(tcp ? each.closeTcp : each.closeUdp), QSet<int>(portsA).subtract(portsB));
        }
    }
}

void TestMatrixDiff::endpointsMatchSets()
{
    // B lists the servers in the opposite order, in strings of its own, without one in seven and with new ones: the
    // diff's quick walk through the rows' lists must come to what plain sets of ids say, rule by rule.
    const DeploymentData a = ::largeDeployment(1500);
    DeploymentData b = a;
    std::reverse(b.servers.begin(), b.servers.end());
    for (qsizetype i = b.servers.size() - 1; i >= 0; i -= 7)
        b.servers.removeAt(i);
    for (Server& server : b.servers)
        server.id = QString(server.id.constData(), server.id.size());
    for (int i = 0; i < 30; ++i) {
        Server server;
        server.id = QStringLiteral("new%1").arg(i);
        server.zone = QStringLiteral("site%1").arg(i % 3);
        server.roles = {i % 2 ? QStringLiteral("mailbox") : QStringLiteral("domain-controller")};
        b.servers.insert(i * 11, server);
    }
    const Compared result = compare(a, b);

    struct Sets
    {
        QSet<QString> sources[2];
        QSet<QString> destinations[2];
        QList<int> rows[2];
    };
    QHash<QString, Sets> rules;
    const auto collect = [&rules](const PortMatrix& matrix, int side) {
        for (int row = 0; row < matrix.rowCount(); ++row) {
            const MatrixRule& rule = *matrix.ruleAt(row);
            QStringList roles = rule.destinationRoles;
            roles.sort();
            Sets& sets =
                rules[QStringList{rule.from, rule.to, protocolId(rule.protocol), rule.family, roles.join(u',')}.join(
                    u'|')];
            sets.sources[side].unite(QSet<QString>(rule.sources.cbegin(), rule.sources.cend()));
            sets.destinations[side].unite(QSet<QString>(rule.destinations.cbegin(), rule.destinations.cend()));
            sets.rows[side].append(row);
        }
    };
    collect(result.a, 0);
    collect(result.b, 1);
    const auto sorted = [](QSet<QString> ids) {
        QStringList list = ids.values();
        list.sort();
        return list;
    };
    QHash<int, const RuleDiff*> ruleOfRowB;
    for (const BoundaryDiff& boundary : result.diff.boundaries()) {
        for (const RuleDiff& rule : boundary.rules) {
            for (const int row : rule.rowsB)
                ruleOfRowB.insert(row, &rule);
        }
    }
    int endpointsChanged = 0;
    for (const Sets& sets : std::as_const(rules)) {
        if (sets.rows[0].isEmpty() || sets.rows[1].isEmpty())
            continue;
        const bool same = sets.sources[0] == sets.sources[1] && sets.destinations[0] == sets.destinations[1];
        const RuleDiff* rule = ruleOfRowB.value(sets.rows[1].first());
        QCOMPARE(rule == nullptr || rule->change != RuleChange::EndpointsChanged, same);
        if (!rule)
            continue;
        endpointsChanged += rule->change == RuleChange::EndpointsChanged;
        QCOMPARE(rule->sourcesAdded, sorted(QSet<QString>(sets.sources[1]).subtract(sets.sources[0])));
        QCOMPARE(rule->sourcesRemoved, sorted(QSet<QString>(sets.sources[0]).subtract(sets.sources[1])));
        QCOMPARE(rule->destinationsAdded, sorted(QSet<QString>(sets.destinations[1]).subtract(sets.destinations[0])));
        QCOMPARE(rule->destinationsRemoved, sorted(QSet<QString>(sets.destinations[0]).subtract(sets.destinations[1])));
        QCOMPARE(QSet<QString>(rule->destinations.cbegin(), rule->destinations.cend()), sets.destinations[1]);
    }
    QVERIFY(endpointsChanged > 100);
    QCOMPARE(result.diff.summary().endpointsChanged, endpointsChanged);
}

void TestMatrixDiff::largeDeployment()
{
    // 10,000 servers in 50 zones against the same with one in ten servers gone: tens of thousands of rows.
    const DeploymentData a = ::largeDeployment(10000);
    DeploymentData b = a;
    b.servers.removeIf([](const Server& server) { return server.id.endsWith(u'7'); });
    const MatrixBuilder matrixBuilder(PortCatalog::builtin());
    const PortMatrix matrixA = matrixBuilder.build(a);
    const PortMatrix matrixB = matrixBuilder.build(b);
    MatrixDiff diff;
    QBENCHMARK
    {
        diff = MatrixDiff::compare(a, matrixA, b, matrixB);
    }
    QVERIFY(matrixA.rowCount() > 10000);
    QVERIFY(diff.summary().endpointsChanged + diff.summary().removed > 0);
}

QTEST_GUILESS_MAIN(TestMatrixDiff)
#include "tst_matrixdiff.moc"
