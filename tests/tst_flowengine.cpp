// The flow engine's architectural reasoning, one behaviour per test, on small deployments built in code.
#include "model/flowengine.h"
#include "model/matrixbuilder.h"
#include "model/portcatalog.h"

#include "deploymentbuilder.h"
#include "matrixquery.h"

#include <QTest>

class TestFlowEngine final : public QObject
{
    Q_OBJECT

private slots:
    void subscribedEdgeTakesInternetMail()
    {
        auto b = DeploymentBuilder::threeZones("2019");
        b.server("edge01", "dmz", {"edge-transport"}).server("ex01", "lan", {"mailbox"});
        const PortMatrix m = matrixOf(b);
        QVERIFY(hasFlow(m, "internet", "dmz", Tcp, 25, "internet:internet-mail", "edge01"));
        QVERIFY(rulesFor(m, QStringLiteral("internet"), QStringLiteral("lan"), Tcp, 25).isEmpty());
        QVERIFY(hasFlow(m, "dmz", "lan", Tcp, 25, "edge01", "ex01"));
        QVERIFY(hasFlow(m, "lan", "dmz", Tcp, 50636, "ex01", "edge01"));
        QVERIFY(rulesFor(m, QStringLiteral("lan"), QStringLiteral("internet"), Tcp, 25).isEmpty());
    }

    void withoutEdgeMailboxTakesInternetMail()
    {
        auto b = DeploymentBuilder::threeZones("2019");
        b.server("ex01", "lan", {"mailbox"});
        const PortMatrix m = matrixOf(b);
        QVERIFY(hasFlow(m, "internet", "lan", Tcp, 25, "internet:internet-mail", "ex01"));
        QVERIFY(hasFlow(m, "lan", "internet", Tcp, 25, "ex01", "internet:internet-mail"));
    }

    void edgeGetsNoActiveDirectoryPorts()
    {
        auto b = DeploymentBuilder::threeZones("2019");
        b.server("edge01", "dmz", {"edge-transport"}).server("ex01", "lan", {"mailbox"});
        b.server("dc01", "lan", {"domain-controller"}).server("dc02", "dmz", {"domain-controller"});
        const PortMatrix m = matrixOf(b);
        for (const MatrixRule& rule : m.rules + m.intraZone) {
            if (rule.sources.contains(QStringLiteral("edge01")))
                QVERIFY2(!rule.destinations.contains(QStringLiteral("dc01")) &&
                             !rule.destinations.contains(QStringLiteral("dc02")),
                         qPrintable(rule.entry));
        }
        // It resolves names through Internet DNS instead (S1, S6).
        QVERIFY(hasFlow(m, "dmz", "internet", Udp, 53, "edge01", "internet:dns-server"));
        QVERIFY(!rulesFor(m, QStringLiteral("lan"), QStringLiteral("lan"), Tcp, 389).isEmpty());
    }

    void reverseProxyPublishesExternalHttps()
    {
        auto b = DeploymentBuilder::threeZones("2016");
        b.server("rp01", "dmz", {"reverse-proxy"}).server("ex01", "lan", {"mailbox"});
        const PortMatrix m = matrixOf(b);
        QVERIFY(hasFlow(m, "internet", "dmz", Tcp, 443, "internet:browser-client", "rp01"));
        QVERIFY(hasFlow(m, "dmz", "lan", Tcp, 443, "rp01", "ex01"));
        QVERIFY(rulesFor(m, QStringLiteral("internet"), QStringLiteral("lan"), Tcp, 443).isEmpty());
        // Internal clients still reach the Mailbox server directly.
        QVERIFY(hasFlow(m, "lan", "lan", Tcp, 443, "lan:outlook-client", "ex01"));
        // SMTP is not HTTP: the proxy does not carry it.
        QVERIFY(hasFlow(m, "internet", "lan", Tcp, 25, "internet:internet-mail", "ex01"));
    }

    void frontEndTalksClearHttpToBackEnd()
    {
        auto b = DeploymentBuilder::threeZones("2003");
        b.server("fe01", "dmz", {"front-end"}).server("be01", "lan", {"back-end"});
        b.server("dc01", "lan", {"domain-controller"});
        const PortMatrix m = matrixOf(b);
        QVERIFY(hasFlow(m, "dmz", "lan", Tcp, 80, "fe01", "be01"));
        QVERIFY(hasFlow(m, "dmz", "lan", Tcp, 691, "fe01", "be01"));
        QVERIFY(hasFlow(m, "dmz", "lan", Tcp, 3268, "fe01", "dc01"));
        QVERIFY(rulesFor(m, QStringLiteral("dmz"), QStringLiteral("lan"), Tcp, 443).isEmpty());
        QVERIFY(hasFlow(m, "internet", "dmz", Tcp, 443, "internet:browser-client", "fe01"));
    }

    void staticRpcReplacesDynamicRange()
    {
        DeploymentBuilder b("2010");
        b.zone("clients", "lan").zone("servers", "lan", false);
        b.server("cas01", "servers", {"client-access"}).server("mbx01", "servers", {"mailbox"});
        PortMatrix m = matrixOf(b);
        // Setup moves a 2010 CAS to 6005-59530 (S11; upper bound disputed, C7).
        QVERIFY(hasFlow(m, "clients", "servers", Tcp, 6005, "clients:outlook-client", "cas01"));
        QVERIFY(hasWarning(m, "dynamic-rpc-crossing", Severity::Warning));

        b.options().staticRpc = {true, 59600, 59601};
        m = matrixOf(b);
        QVERIFY(hasFlow(m, "clients", "servers", Tcp, 135, "clients:outlook-client", "cas01"));
        QVERIFY(hasFlow(m, "clients", "servers", Tcp, 59600, "clients:outlook-client", "cas01"));
        QVERIFY(hasFlow(m, "clients", "servers", Tcp, 59601, "clients:outlook-client", "cas01"));
        QVERIFY(hasFlow(m, "clients", "servers", Tcp, 59600, "clients:outlook-client", "mbx01"));
        for (const MatrixRule& rule : m.rules)
            QVERIFY2(!(rule.from == u"clients" && rule.dynamicRpc), qPrintable(rule.entry));
        QVERIFY(!hasWarning(m, "dynamic-rpc-crossing", Severity::Warning));
    }

    void dynamicRangeFollowsVersionAndOption()
    {
        auto b = DeploymentBuilder::threeZones("2003");
        b.server("mail01", "dmz", {"back-end"});
        QVERIFY(hasFlow(matrixOf(b), "lan", "dmz", Tcp, 1025, "lan:outlook-client", "mail01"));
        b.options().dynamicRpcRange = PortRange{50000, 50100};
        const PortMatrix m = matrixOf(b);
        const auto rules = rulesFor(m, QStringLiteral("lan"), QStringLiteral("dmz"), Tcp, 50000);
        QCOMPARE(rules.size(), 1);
        QCOMPARE(rules.first().ports, (PortRange{50000, 50100}));
    }

    void unifiedMessagingOnlyWhereTheVersionHasIt()
    {
        auto b = DeploymentBuilder::threeZones("2019");
        b.server("ex01", "lan", {"mailbox"}).server("gw01", "lan", {"voip-gateway"}).option("unifiedMessaging", true);
        PortMatrix m = matrixOf(b);
        QVERIFY(rulesFor(m, QStringLiteral("lan"), QStringLiteral("lan"), Tcp, 5060).isEmpty());
        QVERIFY(hasWarning(m, "option-not-in-version", Severity::Warning));

        auto b16 = DeploymentBuilder::threeZones("2016");
        b16.server("ex01", "lan", {"mailbox"}).server("gw01", "dmz", {"voip-gateway"}).option("unifiedMessaging", true);
        m = matrixOf(b16);
        QVERIFY(hasFlow(m, "dmz", "lan", Tcp, 5060, "gw01", "ex01"));
        QVERIFY(hasFlow(m, "dmz", "lan", Udp, 30000, "gw01", "ex01"));
    }

    void hybridAddsExchangeOnline()
    {
        DeploymentBuilder b("2019");
        b.zone("internet", "internet").zone("lan", "lan");
        b.server("ex01", "lan", {"mailbox"});
        QVERIFY(!hasFlow(matrixOf(b), "internet", "lan", Tcp, 25, "internet:exchange-online", "ex01"));
        b.option("hybrid", true);
        const PortMatrix m = matrixOf(b);
        // Without a cloud zone Exchange Online lives in the Internet zone.
        QVERIFY(hasFlow(m, "internet", "lan", Tcp, 25, "internet:exchange-online", "ex01"));
        QVERIFY(hasFlow(m, "internet", "lan", Tcp, 443, "internet:exchange-online", "ex01"));
        QVERIFY(hasFlow(m, "lan", "internet", Tcp, 443, "ex01", "internet:exchange-online"));
    }

    // A server's own range beats the deployment's, which beats the Windows default; each range gets its own rule.
    void eachServersDynamicRangeGetsItsOwnRule()
    {
        DeploymentBuilder b("2016");
        b.zone("lan", "lan").zone("ad", "lan");
        b.server("ex01", "lan", {"mailbox"});
        b.server("dc01", "ad", {"domain-controller"}).rpcRange(1025, 5000);
        b.server("dc02", "ad", {"domain-controller"});
        auto dynamicRules = [](const PortMatrix& m) {
            QList<MatrixRule> found;
            for (const MatrixRule& rule : m.rules) {
                if (rule.dynamicRpc && rule.from == u"lan" && rule.to == u"ad")
                    found.append(rule);
            }
            return found;
        };
        QList<MatrixRule> rules = dynamicRules(matrixOf(b));
        QCOMPARE(rules.size(), 2);
        for (const MatrixRule& rule : std::as_const(rules)) {
            QCOMPARE(rule.destinations.size(), 1);
            QCOMPARE(rule.ports,
                     rule.destinations.first() == u"dc01" ? (PortRange{1025, 5000}) : (PortRange{49152, 65535}));
        }
        b.options().dynamicRpcRange = PortRange{60000, 61000};
        rules = dynamicRules(matrixOf(b));
        QCOMPARE(rules.size(), 2);
        for (const MatrixRule& rule : std::as_const(rules)) {
            QCOMPARE(rule.ports,
                     rule.destinations.first() == u"dc01" ? (PortRange{1025, 5000}) : (PortRange{60000, 61000}));
        }
    }

    void serversOfOneRangeShareOneRule()
    {
        DeploymentBuilder b("2010");
        b.zone("lan", "lan").zone("ad", "lan");
        b.server("ex01", "lan", {"mailbox"});
        b.server("dc01", "ad", {"domain-controller"}).rpcRange(1025, 5000);
        b.server("dc02", "ad", {"domain-controller"}).rpcRange(1025, 5000);
        const auto rules = rulesFor(matrixOf(b), QStringLiteral("lan"), QStringLiteral("ad"), Tcp, 1025);
        QCOMPARE(rules.size(), 1);
        QCOMPARE(rules.first().destinations, (QStringList{QStringLiteral("dc01"), QStringLiteral("dc02")}));
        QVERIFY(rulesFor(matrixOf(b), QStringLiteral("lan"), QStringLiteral("ad"), Tcp, 49152).isEmpty());
    }

    void hybridMailFlowOnlyThroughFlaggedServers()
    {
        DeploymentBuilder b("2019");
        b.zone("cloud", "cloud").zone("lan", "lan").zone("branch", "lan");
        b.server("ex01", "lan", {"mailbox"});
        b.server("ex02", "branch", {"mailbox"});
        b.option("hybrid", true);
        PortMatrix m = matrixOf(b);
        // Without a mark every Mailbox server carries it, as before.
        QVERIFY(hasFlow(m, "cloud", "branch", Tcp, 25, "cloud:exchange-online", "ex02"));
        QVERIFY(hasFlow(m, "cloud", "lan", Tcp, 25, "cloud:exchange-online", "ex01"));

        b.hybridMailFlow(); // ex02
        m = matrixOf(b);
        QVERIFY(hasFlow(m, "cloud", "branch", Tcp, 25, "cloud:exchange-online", "ex02"));
        QVERIFY(hasFlow(m, "branch", "cloud", Tcp, 25, "ex02", "cloud:exchange-online"));
        QVERIFY(!hasFlow(m, "cloud", "lan", Tcp, 25, "cloud:exchange-online", "ex01"));
        QVERIFY(!hasFlow(m, "lan", "cloud", Tcp, 25, "ex01", "cloud:exchange-online"));
        // Only the SMTP entries are restricted: free/busy and the other HTTPS calls stay with every Mailbox server.
        QVERIFY(hasFlow(m, "cloud", "lan", Tcp, 443, "cloud:exchange-online", "ex01"));
        QVERIFY(hasFlow(m, "lan", "cloud", Tcp, 443, "ex01", "cloud:exchange-online"));
    }

    void flaggedEdgeCarriesHybridMailAndUnflaggedEdgeDoesNot()
    {
        DeploymentBuilder b("2019");
        b.zone("cloud", "cloud").zone("dmz", "dmz").zone("dmz2", "dmz").zone("lan", "lan");
        b.server("edge01", "dmz", {"edge-transport"}).hybridMailFlow();
        b.server("edge02", "dmz2", {"edge-transport"});
        b.server("ex01", "lan", {"mailbox"});
        b.option("hybrid", true);
        PortMatrix m = matrixOf(b);
        QVERIFY(hasFlow(m, "cloud", "dmz", Tcp, 25, "cloud:exchange-online", "edge01"));
        QVERIFY(hasFlow(m, "dmz", "cloud", Tcp, 25, "edge01", "cloud:exchange-online"));
        QVERIFY(!hasFlow(m, "cloud", "dmz2", Tcp, 25, "cloud:exchange-online", "edge02"));
        QVERIFY(!hasFlow(m, "dmz2", "cloud", Tcp, 25, "edge02", "cloud:exchange-online"));
        QVERIFY(!hasFlow(m, "cloud", "lan", Tcp, 25, "cloud:exchange-online", "ex01"));

        // The wizard may choose internal servers although Edges exist elsewhere (M22): an unflagged Edge does not
        // take the hybrid mail away from a flagged Mailbox server.
        b = DeploymentBuilder("2019");
        b.zone("cloud", "cloud").zone("dmz", "dmz").zone("lan", "lan");
        b.server("edge01", "dmz", {"edge-transport"});
        b.server("ex01", "lan", {"mailbox"}).hybridMailFlow();
        b.option("hybrid", true);
        m = matrixOf(b);
        QVERIFY(hasFlow(m, "cloud", "lan", Tcp, 25, "cloud:exchange-online", "ex01"));
        QVERIFY(hasFlow(m, "lan", "cloud", Tcp, 25, "ex01", "cloud:exchange-online"));
        QVERIFY(!hasFlow(m, "cloud", "dmz", Tcp, 25, "cloud:exchange-online", "edge01"));
    }

    void hybridAgentConnectsOutwardOnly_data()
    {
        QTest::addColumn<QString>("agentZone");
        QTest::newRow("agent in the DMZ") << QStringLiteral("dmz");
        QTest::newRow("agent in the LAN") << QStringLiteral("lan");
    }

    void hybridAgentConnectsOutwardOnly()
    {
        QFETCH(QString, agentZone);
        DeploymentBuilder b("2019");
        b.zone("internet", "internet").zone("cloud", "cloud").zone("dmz", "dmz").zone("lan", "lan");
        b.server("ex01", "lan", {"mailbox"});
        b.server("dc01", "lan", {"domain-controller"});
        b.server("agent01", qPrintable(agentZone), {"hybrid-agent"});
        QVERIFY(fixedPortsBetween(matrixOf(b), QStringLiteral("agent01"), QStringLiteral("ex01")).isEmpty());
        b.option("hybrid", true);
        const PortMatrix m = matrixOf(b);
        const QString agent = QStringLiteral("agent01");
        QCOMPARE(fixedPortsBetween(m, agent, QStringLiteral("cloud:exchange-online")), sortedList("tcp/80 tcp/443"));
        QCOMPARE(fixedPortsBetween(m, agent, QStringLiteral("ex01")), sortedList("tcp/80 tcp/443 tcp/5985 tcp/5986"));
        QCOMPARE(fixedPortsBetween(m, agent, QStringLiteral("dc01")), sortedList("tcp/135"));
        QVERIFY(hasDynamicRpcTo(m, agent, QStringLiteral("dc01")));
        // Nothing connects to the agent.
        for (const MatrixRule& rule : m.rules + m.intraZone)
            QVERIFY2(!rule.destinations.contains(agent), qPrintable(rule.entry));
        // The agent takes over only free/busy and migrations: the classic inbound HTTPS and SMTP stay (C11).
        QVERIFY(hasFlow(m, "cloud", "lan", Tcp, 443, "cloud:exchange-online", "ex01"));
        QVERIFY(hasFlow(m, "cloud", "lan", Tcp, 25, "cloud:exchange-online", "ex01"));
    }

    void hybridAgentReachesClientAccessIn2013()
    {
        DeploymentBuilder b("2013");
        b.zone("cloud", "cloud").zone("lan", "lan");
        b.server("cas01", "lan", {"client-access"}).server("mbx01", "lan", {"mailbox"});
        b.server("agent01", "lan", {"hybrid-agent"});
        b.option("hybrid", true);
        const PortMatrix m = matrixOf(b);
        QCOMPARE(fixedPortsBetween(m, QStringLiteral("agent01"), QStringLiteral("cas01")),
                 sortedList("tcp/80 tcp/443 tcp/5985 tcp/5986"));
        QVERIFY(fixedPortsBetween(m, QStringLiteral("agent01"), QStringLiteral("mbx01")).isEmpty());
    }

    void dagAddsReplicationAndClusterPorts()
    {
        DeploymentBuilder b("2019");
        b.zone("site-a", "lan").zone("site-b", "lan");
        b.server("ex01", "site-a", {"mailbox"}).server("ex02", "site-b", {"mailbox"});
        QVERIFY(!hasFlow(matrixOf(b), "site-a", "site-b", Tcp, 64327, "ex01", "ex02"));
        b.options().dag = {true, 64400};
        const PortMatrix m = matrixOf(b);
        QVERIFY(hasFlow(m, "site-a", "site-b", Tcp, 64400, "ex01", "ex02"));
        QVERIFY(hasFlow(m, "site-b", "site-a", Tcp, 64400, "ex02", "ex01"));
        QVERIFY(hasFlow(m, "site-a", "site-b", Udp, 3343, "ex01", "ex02"));
        QVERIFY(hasWarning(m, "internal-filtering-unsupported", Severity::Error));
    }

    void implicitActorsCanBeTurnedOff()
    {
        DeploymentBuilder b("2019");
        b.zone("internet", "internet", false).zone("lan", "lan");
        b.server("ex01", "lan", {"mailbox"});
        const PortMatrix m = matrixOf(b);
        QVERIFY(rulesFor(m, QStringLiteral("internet"), QStringLiteral("lan"), Tcp, 25).isEmpty());
        QVERIFY(rulesFor(m, QStringLiteral("internet"), QStringLiteral("lan"), Tcp, 443).isEmpty());
    }

    void remoteOutlookUsesNoRpc()
    {
        DeploymentBuilder b("2010");
        b.zone("internet", "internet").zone("lan", "lan");
        b.server("cas01", "lan", {"client-access"});
        const PortMatrix m = matrixOf(b);
        QVERIFY(rulesFor(m, QStringLiteral("internet"), QStringLiteral("lan"), Tcp, 135).isEmpty());
        QVERIFY(hasFlow(m, "internet", "lan", Tcp, 443, "internet:outlook-client", "cas01"));
    }

    void standalone2013MailboxGetsNoInternetMail()
    {
        auto b = DeploymentBuilder::threeZones("2013");
        b.server("cas01", "lan", {"client-access"}).server("mbx01", "lan", {"mailbox"});
        const auto rules = rulesFor(matrixOf(b), QStringLiteral("internet"), QStringLiteral("lan"), Tcp, 25);
        QCOMPARE(rules.size(), 1);
        QCOMPARE(rules.first().destinations, QStringList{QStringLiteral("cas01")});
    }

    void twoRolesOfOneServerAreNoFlow()
    {
        auto b = DeploymentBuilder::threeZones("2013");
        b.server("ex01", "lan", {"client-access", "mailbox"});
        const PortMatrix m = matrixOf(b);
        for (const MatrixRule& rule : m.intraZone)
            QVERIFY2(!(rule.sources == QStringList{QStringLiteral("ex01")} && rule.destinations == rule.sources),
                     qPrintable(rule.entry));
    }

    void coexistenceUsesEachServersVersion()
    {
        DeploymentBuilder b("2016");
        b.zone("clients", "lan").zone("servers", "lan", false);
        b.server("ex16", "servers", {"mailbox"}).server("cas10", "servers", {"client-access"}, "2010");
        const PortMatrix m = matrixOf(b);
        QVERIFY(hasFlow(m, "clients", "servers", Tcp, 135, "clients:outlook-client", "cas10"));
        QVERIFY(!hasFlow(m, "clients", "servers", Tcp, 135, "clients:outlook-client", "ex16"));
        QVERIFY(hasFlow(m, "clients", "servers", Tcp, 443, "clients:outlook-client", "ex16"));
    }

    // Work grows with groups, not servers: 5 or 500 Mailbox servers in one zone give the same flows.
    void groupsNotServerPairs()
    {
        const auto flowsFor = [](int servers) {
            auto b = DeploymentBuilder::threeZones("2019");
            b.server("dc01", "lan", {"domain-controller"});
            for (int i = 0; i < servers; ++i)
                b.server(qPrintable(QStringLiteral("ex%1").arg(i)), "lan", {"mailbox"});
            return FlowEngine(PortCatalog::builtin()).requiredFlows(b.data());
        };
        const FlowSet small = flowsFor(5);
        const FlowSet large = flowsFor(500);
        QCOMPARE(large.flows.size(), small.flows.size());
        QCOMPARE(large.groups.size(), small.groups.size());
        auto b = DeploymentBuilder::threeZones("2019");
        for (int i = 0; i < 500; ++i)
            b.server(qPrintable(QStringLiteral("ex%1").arg(i)), "lan", {"mailbox"});
        const auto rules = rulesFor(matrixOf(b), QStringLiteral("internet"), QStringLiteral("lan"), Tcp, 25);
        QCOMPARE(rules.size(), 1);
        QCOMPARE(rules.first().destinations.size(), 500);
    }
};

QTEST_GUILESS_MAIN(TestFlowEngine)
#include "tst_flowengine.moc"
