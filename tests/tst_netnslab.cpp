#include "tests/netns/netnslab.h"
#include "tests/peers/peerfixture.h"
#include "tests/netns/seenports.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

// The harness of the kernel-firewall proof (tests/netns), with hand-written nftables rulesets: zones and firewalls as
// network namespaces, routes through back-to-back firewalls, listeners on server addresses, and `portolan-cli scan`
// and `probe` run from a zone. An allowed port reads open, a dropped one filtered. Traffic stays inside the
// namespaces the test makes (10.x networks that exist only there).
class TestNetnsLab final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void allowedPortOpenDroppedPortFiltered();
    void probeFromTheSourceZone();
    void backToBackFirewallsFilterBySource();
    void tearDownLeavesNothing();
    void refusesAddressesTheLabKeeps();

private:
    // `portolan-cli ARGS` inside the zone's namespace; its JSON results by "host proto/port".
    QHash<QString, SeenPort> cli(const QString& zone, const QStringList& arguments, int expectedExit = 0);

    QString m_unavailable;
    QTemporaryDir m_dir;
    NetnsLab m_lab{QStringLiteral(PORTOLAN_NETNS_LISTEN)};
};

namespace {

// Internet | DMZ behind one firewall with interfaces "outside" and "dmz"; one server at 10.2.0.10.
LabLayout twoZones()
{
    return {
        {{QStringLiteral("internet"), QStringLiteral("10.1.0.0/24"), {}},
         {QStringLiteral("dmz"), QStringLiteral("10.2.0.0/24"), {QStringLiteral("10.2.0.10")}}},
        {{QStringLiteral("fw1"),
          {{QStringLiteral("internet"), QStringLiteral("outside")}, {QStringLiteral("dmz"), QStringLiteral("dmz")}}}}};
}

// Forward policy drop, replies accepted, and the given accept rules.
QString forwardRuleset(const QStringList& accepts)
{
    return QStringLiteral("table inet portolan_harness {\n"
                          "    chain forward {\n"
                          "        type filter hook forward priority filter; policy drop;\n"
                          "        ct state established,related accept\n"
                          "        %1\n"
                          "    }\n"
                          "}\n")
        .arg(accepts.join(QStringLiteral("\n        ")));
}

// An Exchange 2019 Edge Transport server at 10.2.0.10 in the DMZ, the Internet outside: the matrix asks for TCP 25 from
// the Internet to the Edge, and nothing else of a server with an address.
const char* const EdgeDeployment = R"({
  "format": "portolan-deployment", "version": 1, "name": "Edge", "exchangeVersion": "2019",
  "zones": [{"id": "internet", "name": "Internet", "kind": "internet"}, {"id": "dmz", "name": "DMZ", "kind": "dmz"}],
  "servers": [{"id": "edge01", "name": "EDGE01", "zone": "dmz", "roles": ["edge-transport"], "host": "10.2.0.10"}]
})";

} // namespace

void TestNetnsLab::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_unavailable = NetnsLab::unavailableReason();
    if (m_unavailable.isEmpty())
        NetnsLab::removeLeftovers();
}

void TestNetnsLab::init()
{
    if (!m_unavailable.isEmpty())
        QSKIP(qPrintable(m_unavailable));
}

void TestNetnsLab::cleanup()
{
    m_lab.tearDown();
}

void TestNetnsLab::cleanupTestCase()
{
    m_lab.tearDown();
}

QHash<QString, SeenPort> TestNetnsLab::cli(const QString& zone, const QStringList& arguments, int expectedExit)
{
    const NetnsLab::Run run = m_lab.runInZone(zone, QStringLiteral(PORTOLAN_CLI), arguments);
    if (run.exitCode != expectedExit)
        qWarning("portolan-cli %s exited %d: %s", qPrintable(arguments.join(u' ')), run.exitCode, qPrintable(run.err));
    QString error;
    QHash<QString, SeenPort> byKey;
    for (const SeenPort& port : seenPorts(run.out, &error))
        byKey.insert(port.key(), port);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return byKey;
}

void TestNetnsLab::allowedPortOpenDroppedPortFiltered()
{
    QVERIFY2(m_lab.build(twoZones()), qPrintable(m_lab.errorString()));
    m_lab.listen(QStringLiteral("dmz"), QStringLiteral("10.2.0.10"), {25, 26}, {53, 54});
    QVERIFY2(m_lab.waitUntilListening(), qPrintable(m_lab.errorString()));
    QVERIFY2(m_lab.loadRuleset(QStringLiteral("fw1"),
                               forwardRuleset({QStringLiteral("iifname \"outside\" oifname \"dmz\" ip daddr 10.2.0.10 "
                                                              "tcp dport 25 accept"),
                                               QStringLiteral("iifname \"outside\" oifname \"dmz\" ip daddr 10.2.0.10 "
                                                              "udp dport 53 accept")})),
             qPrintable(m_lab.errorString()));

    const auto scan = [](const QString& ports, bool udp) {
        QStringList arguments = {QStringLiteral("scan"),      QStringLiteral("10.2.0.10"),
                                 QStringLiteral("--ports"),   ports,
                                 QStringLiteral("--timeout"), QStringLiteral("300"),
                                 QStringLiteral("--format"),  QStringLiteral("json")};
        if (udp)
            arguments << QStringLiteral("--udp");
        return arguments;
    };
    auto seen = cli(QStringLiteral("internet"), scan(QStringLiteral("25,26"), false));
    QCOMPARE(seen.value(QStringLiteral("10.2.0.10 tcp/25")).state, QStringLiteral("open"));
    QCOMPARE(seen.value(QStringLiteral("10.2.0.10 tcp/26")).state, QStringLiteral("filtered"));
    seen = cli(QStringLiteral("internet"), scan(QStringLiteral("53,54"), true));
    QCOMPARE(seen.value(QStringLiteral("10.2.0.10 udp/53")).state, QStringLiteral("open"));
    QCOMPARE(seen.value(QStringLiteral("10.2.0.10 udp/54")).state, QStringLiteral("open|filtered"));
    QVERIFY(seen.value(QStringLiteral("10.2.0.10 udp/54")).dropped());

    // From inside the DMZ, with no firewall between: the dropped ports do listen.
    seen = cli(QStringLiteral("dmz"), scan(QStringLiteral("25,26"), false));
    QCOMPARE(seen.value(QStringLiteral("10.2.0.10 tcp/26")).state, QStringLiteral("open"));
    seen = cli(QStringLiteral("dmz"), scan(QStringLiteral("53,54"), true));
    QCOMPARE(seen.value(QStringLiteral("10.2.0.10 udp/54")).state, QStringLiteral("open"));
}

void TestNetnsLab::probeFromTheSourceZone()
{
    QVERIFY2(m_lab.build(twoZones()), qPrintable(m_lab.errorString()));
    // The real postfix answers on 25 when the test peers can run here, so the SMTP check runs through the firewall.
    const QString noPeers = PeerFixture::unavailableReason(PeerFixture::Daemon::Postfix);
    m_lab.listen(QStringLiteral("dmz"), QStringLiteral("10.2.0.10"), {25, 26}, {}, noPeers.isEmpty());
    QVERIFY2(m_lab.waitUntilListening(), qPrintable(m_lab.errorString()));
    QVERIFY2(m_lab.loadRuleset(QStringLiteral("fw1"),
                               forwardRuleset({QStringLiteral("iifname \"outside\" oifname \"dmz\" ip daddr 10.2.0.10 "
                                                              "tcp dport 25 accept")})),
             qPrintable(m_lab.errorString()));
    const QString file = m_dir.filePath(QStringLiteral("edge.portolan"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(EdgeDeployment);
    out.close();

    const auto seen = cli(QStringLiteral("internet"),
                          {QStringLiteral("probe"), file, QStringLiteral("--from"), QStringLiteral("internet"),
                           QStringLiteral("--timeout"), QStringLiteral("300")});
    QCOMPARE(seen.size(), 1);
    const SeenPort smtp = seen.value(QStringLiteral("10.2.0.10 tcp/25"));
    QCOMPARE(smtp.server, QStringLiteral("EDGE01"));
    QVERIFY(smtp.verified);
    QCOMPARE(smtp.state, QStringLiteral("open"));
    if (noPeers.isEmpty())
        QVERIFY2(smtp.banner.startsWith(u"220 probe.test ESMTP"), qPrintable(smtp.banner));
    else
        qInfo("SMTP check not run through the firewall: %s", qPrintable(noPeers));

    // The same probe with the port dropped: exit 1, the required port filtered.
    QVERIFY2(m_lab.loadRuleset(QStringLiteral("fw1"), QStringLiteral("flush ruleset\n") + forwardRuleset({})),
             qPrintable(m_lab.errorString()));
    const auto dropped = cli(QStringLiteral("internet"),
                             {QStringLiteral("probe"), file, QStringLiteral("--from"), QStringLiteral("internet"),
                              QStringLiteral("--timeout"), QStringLiteral("300")},
                             1);
    QCOMPARE(dropped.value(QStringLiteral("10.2.0.10 tcp/25")).state, QStringLiteral("filtered"));
}

void TestNetnsLab::backToBackFirewallsFilterBySource()
{
    // Internet | fw1 | DMZ | fw2 | LAN: the Internet reaches the LAN only through the DMZ's network, where both
    // firewalls have an address. fw1 lets TCP 25 in to anything; fw2 lets it into the LAN from the DMZ's server only.
    const LabLayout layout = {
        {{QStringLiteral("internet"), QStringLiteral("10.1.0.0/24"), {}},
         {QStringLiteral("dmz"), QStringLiteral("10.2.0.0/24"), {QStringLiteral("10.2.0.10")}},
         {QStringLiteral("lan"), QStringLiteral("10.3.0.0/24"), {QStringLiteral("10.3.0.10")}}},
        {{QStringLiteral("fw1"),
          {{QStringLiteral("internet"), QStringLiteral("outside")}, {QStringLiteral("dmz"), QStringLiteral("dmz")}}},
         {QStringLiteral("fw2"),
          {{QStringLiteral("dmz"), QStringLiteral("dmz")}, {QStringLiteral("lan"), QStringLiteral("inside")}}}}};
    QVERIFY2(m_lab.build(layout), qPrintable(m_lab.errorString()));
    QCOMPARE(m_lab.clientAddress(QStringLiteral("dmz")), QStringLiteral("10.2.0.254"));
    m_lab.listen(QStringLiteral("dmz"), QStringLiteral("10.2.0.10"), {25}, {});
    m_lab.listen(QStringLiteral("lan"), QStringLiteral("10.3.0.10"), {25}, {});
    QVERIFY2(m_lab.waitUntilListening(), qPrintable(m_lab.errorString()));
    QVERIFY2(
        m_lab.loadRuleset(QStringLiteral("fw1"),
                          forwardRuleset({QStringLiteral("iifname \"outside\" oifname \"dmz\" tcp dport 25 accept")})),
        qPrintable(m_lab.errorString()));
    QVERIFY2(m_lab.loadRuleset(QStringLiteral("fw2"),
                               forwardRuleset({QStringLiteral("iifname \"dmz\" oifname \"inside\" ip saddr 10.2.0.10 "
                                                              "tcp dport 25 accept")})),
             qPrintable(m_lab.errorString()));

    const auto scan = [this](const QString& zone, const QString& host) {
        return cli(zone, {QStringLiteral("scan"), host, QStringLiteral("--ports"), QStringLiteral("25"),
                          QStringLiteral("--timeout"), QStringLiteral("300"), QStringLiteral("--format"),
                          QStringLiteral("json")})
            .value(host + QStringLiteral(" tcp/25"))
            .state;
    };
    QCOMPARE(scan(QStringLiteral("internet"), QStringLiteral("10.2.0.10")), QStringLiteral("open"));
    QCOMPARE(scan(QStringLiteral("internet"), QStringLiteral("10.3.0.10")), QStringLiteral("filtered"));
    QCOMPARE(scan(QStringLiteral("dmz"), QStringLiteral("10.3.0.10")), QStringLiteral("filtered")); // from .254
    QVERIFY2(m_lab.useSource(QStringLiteral("dmz"), QStringLiteral("10.2.0.10")), qPrintable(m_lab.errorString()));
    QCOMPARE(scan(QStringLiteral("dmz"), QStringLiteral("10.3.0.10")), QStringLiteral("open"));
}

void TestNetnsLab::tearDownLeavesNothing()
{
    QVERIFY2(m_lab.build(twoZones()), qPrintable(m_lab.errorString()));
    m_lab.listen(QStringLiteral("dmz"), QStringLiteral("10.2.0.10"), {25}, {53});
    QVERIFY2(m_lab.waitUntilListening(), qPrintable(m_lab.errorString()));
    const QString ours = QStringLiteral("ptl-%1-").arg(::getpid());
    const auto namespaces = [&ours] {
        QProcess ip;
        ip.start(QStringLiteral("ip"), {QStringLiteral("netns")});
        ip.waitForFinished();
        return QString::fromUtf8(ip.readAllStandardOutput()).count(ours);
    };
    QCOMPARE(namespaces(), 3);
    m_lab.tearDown();
    QCOMPARE(namespaces(), 0);
    m_lab.tearDown();
}

void TestNetnsLab::refusesAddressesTheLabKeeps()
{
    LabLayout layout = twoZones();
    layout.zones[1].servers = {QStringLiteral("10.2.0.254")}; // the DMZ's client address
    QVERIFY(!m_lab.build(layout));
    QVERIFY2(m_lab.errorString().contains(u"10.2.0.254 is not in 10.2.0.0/24 below the lab's top 8 addresses"),
             qPrintable(m_lab.errorString()));
    layout.zones[1].servers = {QStringLiteral("10.9.0.10")};
    QVERIFY(!m_lab.build(layout));
    QVERIFY2(m_lab.errorString().contains(u"10.9.0.10 is not in 10.2.0.0/24"), qPrintable(m_lab.errorString()));
    layout.zones[1].network = QStringLiteral("10.2.0.0/29");
    QVERIFY(!m_lab.build(layout));
    QVERIFY2(m_lab.errorString().contains(u"not an IPv4 network of /28 or wider"), qPrintable(m_lab.errorString()));
}

QTEST_GUILESS_MAIN(TestNetnsLab)
#include "tst_netnslab.moc"
