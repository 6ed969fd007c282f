// Which ports the live probe checks: the listening ports of servers that have an address, once per (host, protocol,
// port), each with the service check its catalog entry names and the matrix rows it verifies.
#include "model/matrixbuilder.h"
#include "model/portcatalog.h"
#include "model/probeplan.h"

#include "deploymentbuilder.h"

#include <QTest>

namespace {
const PlannedProbe* find(const ProbePlan& plan, const QString& host, Protocol protocol, int port)
{
    for (const PlannedProbe& probe : plan.probes) {
        if (probe.host == host && probe.protocol == protocol && probe.port == port)
            return &probe;
    }
    return nullptr;
}

DeploymentData withHosts(DeploymentData data, const QMap<QString, QString>& hosts)
{
    for (Server& server : data.servers)
        server.host = hosts.value(server.id);
    return data;
}
} // namespace

class TestProbePlan final : public QObject
{
    Q_OBJECT

private slots:
    void edgeAndMailboxes()
    {
        auto builder = DeploymentBuilder::threeZones("2019");
        builder.server("edge01", "dmz", {"edge-transport"})
            .server("ex01", "lan", {"mailbox"})
            .server("ex02", "lan", {"mailbox"})
            .server("dc01", "lan", {"domain-controller"});
        const DeploymentData data = withHosts(builder.data(), {{QStringLiteral("edge01"), QStringLiteral("127.0.0.2")},
                                                               {QStringLiteral("dc01"), QStringLiteral("127.0.0.3")}});
        const PortCatalog& catalog = PortCatalog::builtin();
        const PortMatrix matrix = MatrixBuilder(catalog).build(data);
        const ProbePlan plan = ProbePlan::build(data, matrix, catalog);

        // The Edge: SMTP from the Internet and from the LAN, EdgeSync LDAPS from the LAN. Nothing else listens there.
        const PlannedProbe* smtp = find(plan, QStringLiteral("127.0.0.2"), Protocol::Tcp, 25);
        QVERIFY(smtp);
        QCOMPARE(smtp->check, QStringLiteral("smtp"));
        QCOMPARE(smtp->servers, QStringList{QStringLiteral("edge01")});
        QStringList from = smtp->fromZones;
        from.sort();
        QCOMPARE(from, (QStringList{QStringLiteral("internet"), QStringLiteral("lan")}));
        for (const int row : smtp->rows)
            QCOMPARE(matrix.ruleAt(row)->ports.first, 25);
        const PlannedProbe* edgeSync = find(plan, QStringLiteral("127.0.0.2"), Protocol::Tcp, 50636);
        QVERIFY(edgeSync);
        QCOMPARE(edgeSync->check, QStringLiteral("tls"));
        QCOMPARE(edgeSync->fromZones, QStringList{QStringLiteral("lan")});
        int onEdge = 0;
        for (const PlannedProbe& probe : plan.probes)
            onEdge += probe.host == u"127.0.0.2";
        QCOMPARE(onEdge, 2);

        // The DC: LDAP over TCP and the UDP DC locator ping with its CLDAP check, DNS with its query.
        QVERIFY(find(plan, QStringLiteral("127.0.0.3"), Protocol::Tcp, 389));
        QCOMPARE(find(plan, QStringLiteral("127.0.0.3"), Protocol::Udp, 389)->check, QStringLiteral("cldap"));
        QCOMPARE(find(plan, QStringLiteral("127.0.0.3"), Protocol::Udp, 53)->check, QStringLiteral("dns"));
        // Its dynamic RPC range is listed as not probed rather than expanded into 16,384 connects.
        QVERIFY(!plan.unprobedRows.isEmpty());
        for (const int row : plan.unprobedRows)
            QVERIFY(matrix.ruleAt(row)->ports.last - matrix.ruleAt(row)->ports.first >= ProbePlan::MaxRangePorts);

        // Servers without an address are never probed.
        for (const PlannedProbe& probe : plan.probes) {
            QVERIFY(!probe.servers.contains(QStringLiteral("ex01")));
            QVERIFY(!probe.servers.contains(QStringLiteral("ex02")));
        }
    }

    void serversSharingAnAddressAreProbedOnce()
    {
        auto builder = DeploymentBuilder::threeZones("2019");
        builder.server("ex01", "lan", {"mailbox"}).server("ex02", "lan", {"mailbox"});
        const DeploymentData data = withHosts(builder.data(), {{QStringLiteral("ex01"), QStringLiteral("mail.lab")},
                                                               {QStringLiteral("ex02"), QStringLiteral("MAIL.lab ")}});
        const PortMatrix matrix = MatrixBuilder(PortCatalog::builtin()).build(data);
        const ProbePlan plan = ProbePlan::build(data, matrix, PortCatalog::builtin());
        const PlannedProbe* https = find(plan, QStringLiteral("mail.lab"), Protocol::Tcp, 443);
        QVERIFY(https);
        QCOMPARE(https->check, QStringLiteral("https"));
        QCOMPARE(https->servers, (QStringList{QStringLiteral("ex01"), QStringLiteral("ex02")}));
        QVERIFY(!find(plan, QStringLiteral("MAIL.lab"), Protocol::Tcp, 443));
    }

    void nothingWithoutAddresses()
    {
        auto builder = DeploymentBuilder::threeZones("2019");
        builder.server("edge01", "dmz", {"edge-transport"}).server("ex01", "lan", {"mailbox"});
        const PortMatrix matrix = MatrixBuilder(PortCatalog::builtin()).build(builder.data());
        const ProbePlan plan = ProbePlan::build(builder.data(), matrix, PortCatalog::builtin());
        QVERIFY(plan.probes.isEmpty());
        QVERIFY(plan.unprobedRows.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProbePlan)
#include "tst_probeplan.moc"
