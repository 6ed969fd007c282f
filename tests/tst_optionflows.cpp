// The flows of the choice and range options of issue 9: UM security mode and RTP range across a split Client Access /
// Mailbox layout, SSL offloading at the reverse proxy, and reverse proxy pre-authentication.
#include "model/matrixbuilder.h"
#include "model/portcatalog.h"

#include "deploymentbuilder.h"
#include "matrixquery.h"

#include <algorithm>

#include <QTest>

namespace {

// The SIP ports (TCP 5060-5068) of the rules from one server to another, as "5060 5062".
QString sipPortsBetween(const PortMatrix& matrix, const QString& source, const QString& destination)
{
    QList<int> ports;
    for (const MatrixRule& rule : matrix.rules + matrix.intraZone) {
        if (rule.protocol != Tcp || !rule.sources.contains(source) || !rule.destinations.contains(destination))
            continue;
        for (int port = std::max(rule.ports.first, 5060); port <= std::min(rule.ports.last, 5068); ++port) {
            if (!ports.contains(port))
                ports.append(port);
        }
    }
    std::sort(ports.begin(), ports.end());
    QStringList text;
    for (int port : ports)
        text.append(QString::number(port));
    return text.join(u' ');
}

// The rules that one catalog entry produced.
QList<MatrixRule> rulesOfEntry(const PortMatrix& matrix, const char* entry)
{
    QList<MatrixRule> found;
    for (const MatrixRule& rule : matrix.rules + matrix.intraZone) {
        if (rule.entry == QLatin1String(entry))
            found.append(rule);
    }
    return found;
}

// 2013 with the Client Access server, the Mailbox server and the VoIP gateway each in a zone of its own.
DeploymentBuilder splitUm2013(const char* security)
{
    DeploymentBuilder b("2013");
    b.zone("internet", "internet").zone("cas", "dmz").zone("lan", "lan").zone("voice", "lan", false);
    b.server("cas01", "cas", {"client-access"}).server("mbx01", "lan", {"mailbox"});
    b.server("gw01", "voice", {"voip-gateway"}).option("unifiedMessaging", true);
    b.options().setChoice(QStringLiteral("umSecurity"), QString::fromUtf8(security));
    return b;
}

} // namespace

class TestOptionFlows final : public QObject
{
    Q_OBJECT

private slots:
    void umSecurityGatesSipPorts_data()
    {
        QTest::addColumn<QString>("security");
        QTest::addColumn<QString>("gatewayToRouter");
        QTest::addColumn<QString>("routerToMailbox");
        QTest::addColumn<QString>("gatewayToWorker");
        QTest::addColumn<QString>("mediaEntry");
        // S4/M13: Call Router 5060/5061 on the CAS, UM service 5062/5063 on the Mailbox, worker 5065/5067 (+5066/5068
        // in Dual mode; in TLS mode from S41, see C4); M14: TCP, TLS or Dual startup mode, SRTP only when Secured.
        QTest::newRow("unsecured") << QStringLiteral("unsecured") << QStringLiteral("5060") << QStringLiteral("5062")
                                   << QStringLiteral("5065 5067") << QStringLiteral("common-um-rtp-to-mailbox");
        QTest::newRow("sipSecured") << QStringLiteral("sipSecured") << QStringLiteral("5061") << QStringLiteral("5063")
                                    << QStringLiteral("5065 5066 5067 5068")
                                    << QStringLiteral("common-um-rtp-to-mailbox");
        QTest::newRow("secured") << QStringLiteral("secured") << QStringLiteral("5061") << QStringLiteral("5063")
                                 << QStringLiteral("5065 5066 5067 5068")
                                 << QStringLiteral("common-um-srtp-to-mailbox");
        QTest::newRow("dual") << QStringLiteral("dual") << QStringLiteral("5060 5061") << QStringLiteral("5062 5063")
                              << QStringLiteral("5065 5066 5067 5068") << QStringLiteral("common-um-srtp-to-mailbox");
    }

    void umSecurityGatesSipPorts()
    {
        QFETCH(QString, security);
        QFETCH(QString, gatewayToRouter);
        QFETCH(QString, routerToMailbox);
        QFETCH(QString, gatewayToWorker);
        QFETCH(QString, mediaEntry);
        const PortMatrix m = matrixOf(splitUm2013(security.toUtf8().constData()));
        const QString gw = QStringLiteral("gw01");
        const QString cas = QStringLiteral("cas01");
        const QString mbx = QStringLiteral("mbx01");
        QCOMPARE(sipPortsBetween(m, gw, cas), gatewayToRouter);
        QCOMPARE(sipPortsBetween(m, cas, mbx), routerToMailbox);
        QCOMPARE(sipPortsBetween(m, gw, mbx), gatewayToWorker);
        // Nothing calls the Client Access server's worker ports or the Mailbox's Call Router in 2013.
        QCOMPARE(sipPortsBetween(m, mbx, cas), QString());
        // Media both ways between the gateway and the Mailbox server, none to the Client Access server.
        QVERIFY(hasFlow(m, "voice", "lan", Udp, 1024, "gw01", "mbx01"));
        QVERIFY(hasFlow(m, "lan", "voice", Udp, 65535, "mbx01", "gw01"));
        QVERIFY(rulesFor(m, QStringLiteral("voice"), QStringLiteral("cas"), Udp, 1024).isEmpty());
        const QList<MatrixRule> media = rulesFor(m, QStringLiteral("voice"), QStringLiteral("lan"), Udp, 1024);
        QCOMPARE(media.size(), 1);
        QCOMPARE(media.first().entry, mediaEntry);
    }

    void umSecurityOnOtherVersions()
    {
        // 2016: the Call Router runs on the Mailbox server itself.
        DeploymentBuilder b16("2016");
        b16.zone("lan", "lan").zone("voice", "lan", false);
        b16.server("mbx01", "lan", {"mailbox"}).server("gw01", "voice", {"voip-gateway"});
        b16.option("unifiedMessaging", true);
        b16.options().setChoice(QStringLiteral("umSecurity"), QStringLiteral("secured"));
        QCOMPARE(sipPortsBetween(matrixOf(b16), QStringLiteral("gw01"), QStringLiteral("mbx01")),
                 QStringLiteral("5061 5065 5066 5067 5068"));

        // 2010: the Unified Messaging role; the dial plan's security chooses 5060 or 5061.
        DeploymentBuilder b10("2010");
        b10.zone("lan", "lan").zone("voice", "lan", false);
        b10.server("um01", "lan", {"unified-messaging"}).server("gw01", "voice", {"voip-gateway"});
        QCOMPARE(sipPortsBetween(matrixOf(b10), QStringLiteral("gw01"), QStringLiteral("um01")),
                 QStringLiteral("5060 5065 5067"));
        b10.options().setChoice(QStringLiteral("umSecurity"), QStringLiteral("sipSecured"));
        QCOMPARE(sipPortsBetween(matrixOf(b10), QStringLiteral("gw01"), QStringLiteral("um01")),
                 QStringLiteral("5061 5065 5066 5067 5068"));

        // 2019 has no UM at all, whatever the mode.
        DeploymentBuilder b19("2019");
        b19.zone("lan", "lan").zone("voice", "lan", false);
        b19.server("mbx01", "lan", {"mailbox"}).server("gw01", "voice", {"voip-gateway"});
        b19.option("unifiedMessaging", true);
        b19.options().setChoice(QStringLiteral("umSecurity"), QStringLiteral("dual"));
        QCOMPARE(sipPortsBetween(matrixOf(b19), QStringLiteral("gw01"), QStringLiteral("mbx01")), QString());
    }

    void umRtpRangeSetsTheExchangeSide()
    {
        auto b = splitUm2013("unsecured");
        b.options().umRtpRange = PortRange{20000, 20999};
        const PortMatrix m = matrixOf(b);
        const QList<MatrixRule> inbound = rulesOfEntry(m, "common-um-rtp-to-mailbox");
        QCOMPARE(inbound.size(), 1);
        QCOMPARE(inbound.first().ports, (PortRange{20000, 20999}));
        QVERIFY(rulesFor(m, QStringLiteral("voice"), QStringLiteral("lan"), Udp, 1024).isEmpty());
        // The gateway's own media ports are not Exchange's setting.
        const QList<MatrixRule> outbound = rulesOfEntry(m, "common-um-rtp-from-mailbox");
        QCOMPARE(outbound.size(), 1);
        QCOMPARE(outbound.first().ports, (PortRange{1024, 65535}));
    }

    void sslOffloadUsesPort80WhereSupported_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("listenerRole");
        QTest::addColumn<QString>("entry");
        QTest::addColumn<bool>("supported");
        // 2003: an advanced firewall such as ISA Server may end SSL and use 80 to the front-end (S23); no source for
        // 2000.
        QTest::newRow("2000") << QStringLiteral("2000") << QStringLiteral("front-end")
                              << QStringLiteral("legacy-web-https-front-end") << false;
        QTest::newRow("2003") << QStringLiteral("2003") << QStringLiteral("front-end")
                              << QStringLiteral("legacy-web-https-front-end") << true;
        QTest::newRow("2007") << QStringLiteral("2007") << QStringLiteral("client-access")
                              << QStringLiteral("mid-web-https-cas") << false;
        QTest::newRow("2010") << QStringLiteral("2010") << QStringLiteral("client-access")
                              << QStringLiteral("mid-web-https-cas") << true;
        QTest::newRow("2013") << QStringLiteral("2013") << QStringLiteral("client-access")
                              << QStringLiteral("modern-web-https-cas-2013") << true;
        QTest::newRow("2016") << QStringLiteral("2016") << QStringLiteral("mailbox")
                              << QStringLiteral("modern-web-https-mailbox") << false;
        QTest::newRow("se") << QStringLiteral("se") << QStringLiteral("mailbox")
                            << QStringLiteral("modern-web-https-mailbox") << false;
    }

    void sslOffloadUsesPort80WhereSupported()
    {
        QFETCH(QString, version);
        QFETCH(QString, listenerRole);
        QFETCH(QString, entry);
        QFETCH(bool, supported);
        const QByteArray role = listenerRole.toUtf8();
        auto b = DeploymentBuilder::threeZones(version.toUtf8().constData());
        b.server("rp01", "dmz", {"reverse-proxy"}).server("ex01", "lan", {role.constData()});
        const QByteArray entryId = entry.toUtf8();

        // Bridging (the default): HTTPS on both hops.
        PortMatrix m = matrixOf(b);
        QList<MatrixRule> hops = rulesOfEntry(m, entryId.constData());
        QVERIFY(std::any_of(hops.begin(), hops.end(), [](const MatrixRule& r) {
            return r.from == u"dmz" && r.to == u"lan" && r.ports == PortRange{443, 443};
        }));

        b.options().setChoice(QStringLiteral("reverseProxyTls"), QStringLiteral("offload"));
        m = matrixOf(b);
        hops = rulesOfEntry(m, entryId.constData());
        const auto proxyToServer = [&hops](int port) {
            return std::any_of(hops.begin(), hops.end(), [port](const MatrixRule& r) {
                return r.from == u"dmz" && r.to == u"lan" && r.ports == PortRange{port, port} &&
                       r.sources == QStringList{QStringLiteral("rp01")};
            });
        };
        // Clients still reach the proxy on 443.
        QVERIFY(hasFlow(m, "internet", "dmz", Tcp, 443, "internet:browser-client", "rp01"));
        QCOMPARE(proxyToServer(80), supported);
        QCOMPARE(proxyToServer(443), !supported);
        const std::optional<ValidationWarning> error = findWarning(m, "ssl-offload-unsupported");
        QCOMPARE(error.has_value(), !supported);
        if (error) {
            QCOMPARE(error->severity, Severity::Error);
            QVERIFY(error->message.contains(QStringLiteral("RP01")));
            QVERIFY(error->servers.contains(QStringLiteral("rp01")));
        }
    }

    void preauthenticationReachesDomainControllers()
    {
        auto b = DeploymentBuilder::threeZones("2016");
        b.server("rp01", "dmz", {"reverse-proxy"}).server("ex01", "lan", {"mailbox"});
        b.server("dc01", "lan", {"domain-controller"});
        PortMatrix m = matrixOf(b);
        QVERIFY(rulesFor(m, QStringLiteral("dmz"), QStringLiteral("lan"), Tcp, 88).isEmpty());

        b.option("reverseProxyPreauth", true);
        m = matrixOf(b);
        QVERIFY(hasFlow(m, "dmz", "lan", Tcp, 88, "rp01", "dc01"));
        QVERIFY(hasFlow(m, "dmz", "lan", Udp, 88, "rp01", "dc01"));
        QVERIFY(hasFlow(m, "dmz", "lan", Tcp, 389, "rp01", "dc01"));
        // No Microsoft page lists these ports for the proxy: every such rule says so.
        const QList<MatrixRule> ldap = rulesFor(m, QStringLiteral("dmz"), QStringLiteral("lan"), Tcp, 389);
        QVERIFY(!ldap.isEmpty());
        QVERIFY(std::none_of(ldap.begin(), ldap.end(), [](const MatrixRule& r) { return r.confirmed; }));
        QVERIFY(!findWarning(m, "preauth-hybrid"));

        b.option("hybrid", true);
        const std::optional<ValidationWarning> warning = findWarning(matrixOf(b), "preauth-hybrid");
        QVERIFY(warning);
        QCOMPARE(warning->severity, Severity::Warning);
        QCOMPARE(warning->servers, QStringList{QStringLiteral("rp01")});
    }
};

QTEST_GUILESS_MAIN(TestOptionFlows)
#include "tst_optionflows.moc"
