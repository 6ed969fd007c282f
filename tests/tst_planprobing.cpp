#include <QBuffer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include "model/deploymentdata.h"
#include "model/probeplan.h"
#include "planprobing/planprobing.h"
#include "planprobing/planresultwriter.h"
#include "probe/udppayloads.h"

// The glue between a probe plan and the probe, without the network: the targets and their checks, nmap hosts matched
// to planned hosts, and the per-server result files.
class TestPlanProbing final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void targetsCarryTheirChecks();
    void udpChecksNameWhatAnswered();
    void nmapHostsMatchByAddressOrName();
    void failuresAreTheStatesThatAreNotOpen();
    void jsonHasOneEntryPerServerAndPort();
    void csvFlattensTheTls();

private:
    static PlannedProbe planned(const QString& host, Protocol protocol, int port, const QString& check,
                                const QStringList& servers, const QStringList& fromZones);
    static ProbeResult result(const QString& host, Transport transport, int port, ProbeState state);

    ProbePlan m_plan;
    DeploymentData m_deployment;
};

PlannedProbe TestPlanProbing::planned(const QString& host, Protocol protocol, int port, const QString& check,
                                      const QStringList& servers, const QStringList& fromZones)
{
    PlannedProbe probe;
    probe.host = host;
    probe.protocol = protocol;
    probe.port = port;
    probe.check = check;
    probe.service = check.toUpper();
    probe.servers = servers;
    probe.rows = {port};
    probe.fromZones = fromZones;
    return probe;
}

ProbeResult TestPlanProbing::result(const QString& host, Transport transport, int port, ProbeState state)
{
    ProbeResult result;
    result.host = host;
    result.transport = transport;
    result.port = port;
    result.state = state;
    return result;
}

void TestPlanProbing::init()
{
    const QString local = QStringLiteral("127.0.0.1");
    const QString mail = QStringLiteral("mail.example");
    const QStringList both = {QStringLiteral("ex01"), QStringLiteral("ex02")};
    const QStringList dc = {QStringLiteral("dc01")};
    const QStringList fromLan = {QStringLiteral("lan")};
    m_plan = ProbePlan();
    m_plan.probes = {planned(local, Protocol::Tcp, 25, QStringLiteral("smtp"), both, {QStringLiteral("internet")}),
                     planned(local, Protocol::Tcp, 135, QString(), both, fromLan),
                     planned(local, Protocol::Tcp, 993, QStringLiteral("unknown-check"), both, fromLan),
                     planned(mail, Protocol::Udp, 53, QStringLiteral("dns"), dc, fromLan),
                     planned(mail, Protocol::Udp, 389, QStringLiteral("cldap"), dc, fromLan),
                     planned(mail, Protocol::Udp, 2883, QString(), dc, fromLan)};
    m_deployment = DeploymentData();
    for (const char* id : {"ex01", "ex02", "dc01"}) {
        Server server;
        server.id = QString::fromLatin1(id);
        server.name = server.id.toUpper();
        m_deployment.servers.append(server);
    }
}

void TestPlanProbing::targetsCarryTheirChecks()
{
    const QList<ProbeTarget> targets = probeTargets(m_plan);
    QCOMPARE(targets.size(), m_plan.probes.size());
    QCOMPARE(targets.at(0).host, QStringLiteral("127.0.0.1"));
    QCOMPARE(targets.at(0).port, 25);
    QCOMPARE(targets.at(0).transport, Transport::Tcp);
    QCOMPARE(targets.at(0).check, std::optional<ServiceKind>(ServiceKind::Smtp));
    QVERIFY(!targets.at(1).check);
    QVERIFY(!targets.at(2).check); // a check id nobody knows: connect only
    QCOMPARE(targets.at(3).transport, Transport::Udp);
    QVERIFY(targets.at(3).udpCheck);
    QVERIFY(!targets.at(3).check);
    QCOMPARE(targets.at(3).udpCheck->request().size(), dnsQuery(0).size());
    QVERIFY(targets.at(4).udpCheck);
    QCOMPARE(targets.at(4).udpCheck->request().size(), cldapRootDseQuery(0x5054).size());
    QVERIFY(!targets.at(5).udpCheck);
}

void TestPlanProbing::udpChecksNameWhatAnswered()
{
    const QList<ProbeTarget> targets = probeTargets(m_plan);
    const auto& dns = *targets.at(3).udpCheck;
    QByteArray reply = dns.request();
    QVERIFY(dns.describeReply(reply).isEmpty()); // a reflected query is no answer
    reply[2] = char(reply.at(2) | 0x80);         // QR: a response
    reply[3] = char(0x05);                       // REFUSED still proves a DNS server
    QCOMPARE(dns.describeReply(reply), QStringLiteral("DNS, REFUSED"));
    QVERIFY(targets.at(4).udpCheck->describeReply(targets.at(4).udpCheck->request()).isEmpty());
}

void TestPlanProbing::nmapHostsMatchByAddressOrName()
{
    NmapHost local;
    local.addresses = {QStringLiteral("127.0.0.1")};
    local.results = {result(QStringLiteral("127.0.0.1"), Transport::Tcp, 25, ProbeState::Open),
                     result(QStringLiteral("127.0.0.1"), Transport::Tcp, 135, ProbeState::Filtered),
                     result(QStringLiteral("127.0.0.1"), Transport::Tcp, 8080, ProbeState::Open)};
    NmapHost named;
    named.addresses = {QStringLiteral("127.0.0.3")};
    named.names = {QStringLiteral("Mail.Example")};
    named.results = {result(QStringLiteral("127.0.0.3"), Transport::Udp, 53, ProbeState::OpenFiltered),
                     result(QStringLiteral("127.0.0.3"), Transport::Tcp, 389, ProbeState::Open)};
    NmapHost stranger;
    stranger.addresses = {QStringLiteral("127.0.0.9")};
    QStringList unmatched;
    QStringList notScanned;
    const QList<ProbeResult> results = resultsFromNmap(m_plan, {local, named, stranger}, &unmatched, &notScanned);
    QCOMPARE(results.size(), 3);
    QCOMPARE(results.at(0).port, 25);
    QCOMPARE(results.at(0).state, ProbeState::Open);
    QCOMPARE(results.at(1).port, 135);
    QCOMPARE(results.at(1).state, ProbeState::Filtered);
    QCOMPARE(results.at(2).host, QStringLiteral("mail.example")); // the plan's host, so that results meet the plan
    QCOMPARE(results.at(2).transport, Transport::Udp);
    QCOMPARE(results.at(2).state, ProbeState::OpenFiltered);
    QCOMPARE(unmatched, QStringList{QStringLiteral("127.0.0.9")});
    QCOMPARE(notScanned, (QStringList{QStringLiteral("127.0.0.1 tcp/993"), QStringLiteral("mail.example udp/389"),
                                      QStringLiteral("mail.example udp/2883")}));
}

void TestPlanProbing::failuresAreTheStatesThatAreNotOpen()
{
    QVERIFY(!isProbeFailure(ProbeState::Open));
    QVERIFY(!isProbeFailure(ProbeState::OpenFiltered));
    for (const ProbeState state :
         {ProbeState::Closed, ProbeState::Filtered, ProbeState::Unreachable, ProbeState::Unresolved, ProbeState::Error})
        QVERIFY(isProbeFailure(state));
}

void TestPlanProbing::jsonHasOneEntryPerServerAndPort()
{
    ProbeResult smtp = result(QStringLiteral("127.0.0.1"), Transport::Tcp, 25, ProbeState::Open);
    smtp.latencyMs = 1.23456;
    smtp.banner = QStringLiteral("220 mail ESMTP");
    TlsInfo tls;
    tls.ok = true;
    tls.subject = QStringLiteral("CN=localhost");
    tls.selfSigned = true;
    smtp.tls = tls;
    const ProbeResult dns = result(QStringLiteral("mail.example"), Transport::Udp, 53, ProbeState::Closed);
    PlanResultWriter writer(m_deployment, m_plan);
    writer.setVantage(QStringLiteral("lan"));
    const QJsonObject json = writer.toJson({dns, smtp});
    QCOMPARE(json.value(u"vantage").toString(), QStringLiteral("lan"));
    QCOMPARE(json.value(u"origin").toString(), QStringLiteral("probe"));
    const QJsonArray results = json.value(u"results").toArray();
    QCOMPARE(results.size(), 3); // 25 for EX01 and EX02, 53 for DC01; ports without a result are left out
    const QJsonObject first = results.at(0).toObject();
    QCOMPARE(first.value(u"server").toString(), QStringLiteral("EX01"));
    QCOMPARE(results.at(1).toObject().value(u"server").toString(), QStringLiteral("EX02"));
    QCOMPARE(first.value(u"state").toString(), QStringLiteral("open"));
    QCOMPARE(first.value(u"latencyMs").toDouble(), 1.235);
    QCOMPARE(first.value(u"banner").toString(), QStringLiteral("220 mail ESMTP"));
    QVERIFY(!first.value(u"verified").toBool()); // its rows come from the Internet, the vantage is the LAN
    QCOMPARE(first.value(u"tls").toObject().value(u"subject").toString(), QStringLiteral("CN=localhost"));
    QVERIFY(first.value(u"tls").toObject().value(u"selfSigned").toBool());
    const QJsonObject udp = results.at(2).toObject();
    QCOMPARE(udp.value(u"server").toString(), QStringLiteral("DC01"));
    QCOMPARE(udp.value(u"protocol").toString(), QStringLiteral("udp"));
    QVERIFY(udp.value(u"verified").toBool());
    QVERIFY(udp.value(u"latencyMs").isNull());
    QVERIFY(udp.value(u"tls").isNull());
    QCOMPARE(udp.value(u"rows").toArray(), QJsonArray{53});
}

void TestPlanProbing::csvFlattensTheTls()
{
    ProbeResult smtp = result(QStringLiteral("127.0.0.1"), Transport::Tcp, 25, ProbeState::Open);
    smtp.banner = QStringLiteral("220 mail, \"quoted\"");
    TlsInfo tls;
    tls.ok = true;
    tls.protocol = QStringLiteral("TLSv1.3");
    smtp.tls = tls;
    PlanResultWriter writer(m_deployment, m_plan);
    writer.setOrigin(QStringLiteral("nmap"));
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(writer.writeCsv({smtp}, &buffer));
    const QStringList lines = QString::fromUtf8(buffer.data()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(1), QStringLiteral("EX01,127.0.0.1,tcp,25,SMTP,open,,\"220 mail, \"\"quoted\"\"\",no,yes,"
                                         "TLSv1.3,,,,,no,,no,,nmap"));
}

QTEST_GUILESS_MAIN(TestPlanProbing)
#include "tst_planprobing.moc"
