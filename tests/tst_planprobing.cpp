#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "model/deploymentdata.h"
#include "model/export/exporterregistry.h"
#include "model/export/exportinput.h"
#include "model/probeevidencereader.h"
#include "model/probeplan.h"
#include "planprobing/planprobing.h"
#include "probe/udppayloads.h"

// The glue between a probe plan and the probe, without the network: the targets and their checks, nmap hosts matched
// to planned hosts, and the probe's results as the evidence the per-server result files are written from.
class TestPlanProbing final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void targetsCarryTheirChecks();
    void udpChecksNameWhatAnswered();
    void nmapHostsMatchByAddressOrName();
    void failuresAreTheStatesThatAreNotOpen();
    void evidenceHasOneEntryPerServerAndPort();
    void scanEvidenceIsTheResultAlone();
    void jsonHasOneEntryPerServerAndPort();
    void csvFlattensTheTls();
    void readerKnowsEveryProbeState();

private:
    static PlannedProbe planned(const QString& host, Protocol protocol, int port, const QString& check,
                                const QStringList& servers, const QStringList& fromZones);
    static ProbeResult result(const QString& host, Transport transport, int port, ProbeState state);
    // The results file of a probe in one of the registry's formats ("json", "csv").
    static QByteArray written(const ProbeEvidence& evidence, const QString& format);

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

QByteArray TestPlanProbing::written(const ProbeEvidence& evidence, const QString& format)
{
    const ExportFormat* exportFormat = ExporterRegistry::instance().byName(ExportDocument::ProbeResults, format);
    if (!exportFormat)
        return {};
    ExportInput input;
    input.probe = &evidence;
    const std::unique_ptr<Exporter> exporter = exportFormat->create(input);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!exporter->write(&buffer))
        qWarning("cannot write: %s", qPrintable(exporter->errorString()));
    return buffer.data();
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

void TestPlanProbing::evidenceHasOneEntryPerServerAndPort()
{
    ProbeResult smtp = result(QStringLiteral("127.0.0.1"), Transport::Tcp, 25, ProbeState::Open);
    smtp.latencyMs = 1.5;
    smtp.banner = QStringLiteral("220 mail ESMTP");
    smtp.startTls = true;
    smtp.error = QStringLiteral("certificate expired");
    smtp.time = QDateTime(QDate(2024, 5, 1), QTime(10, 31, 2), Qt::UTC);
    TlsInfo tls;
    tls.ok = true;
    tls.protocol = QStringLiteral("TLSv1.3");
    tls.cipher = QStringLiteral("TLS_AES_256_GCM_SHA384");
    tls.subject = QStringLiteral("CN=localhost");
    tls.issuer = QStringLiteral("CN=Example CA");
    tls.notAfter = QDateTime(QDate(2030, 1, 2), QTime(3, 4, 5), Qt::UTC);
    tls.selfSigned = true;
    tls.trusted = false;
    tls.error = QStringLiteral("self-signed");
    smtp.tls = tls;
    const ProbeResult dns = result(QStringLiteral("mail.example"), Transport::Udp, 53, ProbeState::Closed);
    const ProbeResult stranger = result(QStringLiteral("127.0.0.9"), Transport::Tcp, 25, ProbeState::Open);
    const QDateTime started(QDate(2024, 5, 1), QTime(10, 31), Qt::UTC);

    const ProbeEvidence evidence =
        evidenceOf(m_deployment, m_plan, {dns, stranger, smtp}, QStringLiteral("lan"), started, QStringLiteral("nmap"));
    QCOMPARE(evidence.vantage, std::optional<QString>(QStringLiteral("lan")));
    QCOMPARE(evidence.started, started);
    QCOMPARE(evidence.origin, QStringLiteral("nmap"));
    // Plan order: 25 for EX01 and EX02, then 53 for DC01; planned ports without a result and unplanned results are
    // left out.
    QCOMPARE(evidence.ports.size(), 3);
    const PortEvidence& first = evidence.ports.at(0);
    QCOMPARE(first.serverId, QStringLiteral("ex01"));
    QCOMPARE(first.serverName, QStringLiteral("EX01"));
    QCOMPARE(evidence.ports.at(1).serverId, QStringLiteral("ex02"));
    QCOMPARE(first.host, QStringLiteral("127.0.0.1"));
    QCOMPARE(first.protocol, Protocol::Tcp);
    QCOMPARE(first.port, 25);
    QCOMPARE(first.service, QStringLiteral("SMTP"));
    QCOMPARE(first.check, QStringLiteral("smtp"));
    QCOMPARE(first.state, QStringLiteral("open"));
    QCOMPARE(first.latencyMs, 1.5);
    QCOMPARE(first.banner, QStringLiteral("220 mail ESMTP"));
    QVERIFY(first.startTls);
    QCOMPARE(first.error, QStringLiteral("certificate expired"));
    QCOMPARE(first.time, smtp.time);
    QVERIFY(!first.verified); // its rows come from the Internet, the vantage is the LAN
    QCOMPARE(first.rows, QList<int>{25});
    QCOMPARE(first.fromZones, QStringList{QStringLiteral("internet")});
    QVERIFY(first.tls);
    QVERIFY(first.tls->ok);
    QCOMPARE(first.tls->protocol, QStringLiteral("TLSv1.3"));
    QCOMPARE(first.tls->cipher, QStringLiteral("TLS_AES_256_GCM_SHA384"));
    QCOMPARE(first.tls->subject, QStringLiteral("CN=localhost"));
    QCOMPARE(first.tls->issuer, QStringLiteral("CN=Example CA"));
    QCOMPARE(first.tls->notAfter, tls.notAfter);
    QVERIFY(first.tls->selfSigned);
    QVERIFY(!first.tls->trusted);
    QCOMPARE(first.tls->error, QStringLiteral("self-signed"));
    const PortEvidence& udp = evidence.ports.at(2);
    QCOMPARE(udp.serverId, QStringLiteral("dc01"));
    QCOMPARE(udp.protocol, Protocol::Udp);
    QCOMPARE(udp.state, QStringLiteral("closed"));
    QCOMPARE(udp.latencyMs, -1.0);
    QVERIFY(udp.verified);
    QVERIFY(!udp.tls);

    // Without a vantage nothing is verified.
    for (const PortEvidence& port : evidenceOf(m_deployment, m_plan, {dns, smtp}, std::nullopt, started).ports)
        QVERIFY(!port.verified);
}

void TestPlanProbing::scanEvidenceIsTheResultAlone()
{
    ProbeResult open = result(QStringLiteral("Mail.Example"), Transport::Udp, 389, ProbeState::OpenFiltered);
    open.banner = QStringLiteral("CLDAP");
    const PortEvidence port = portEvidenceOf(open);
    QCOMPARE(port.host, QStringLiteral("Mail.Example"));
    QCOMPARE(port.protocol, Protocol::Udp);
    QCOMPARE(port.port, 389);
    QCOMPARE(port.state, QStringLiteral("open|filtered"));
    QCOMPARE(port.banner, QStringLiteral("CLDAP"));
    QVERIFY(port.serverId.isEmpty());
    QVERIFY(port.rows.isEmpty());
    QVERIFY(!port.verified);
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
    const QJsonObject json =
        QJsonDocument::fromJson(
            written(evidenceOf(m_deployment, m_plan, {dns, smtp}, QStringLiteral("lan"), {}), QStringLiteral("json")))
            .object();
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
    const QByteArray csv = written(evidenceOf(m_deployment, m_plan, {smtp}, std::nullopt, {}, QStringLiteral("nmap")),
                                   QStringLiteral("csv"));
    const QStringList lines = QString::fromUtf8(csv).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(1), QStringLiteral("EX01,127.0.0.1,tcp,25,SMTP,open,,\"220 mail, \"\"quoted\"\"\",no,yes,"
                                         "TLSv1.3,,,,,no,,no,,nmap"));
}

// The model reads results files without linking the probe, so it keeps its own list of the probe's state words.
void TestPlanProbing::readerKnowsEveryProbeState()
{
    QStringList words;
    for (int state = 0; state <= int(ProbeState::Error); ++state) {
        const QString word = probeStateId(ProbeState(state));
        QCOMPARE(probeStateFromId(word), std::optional<ProbeState>(ProbeState(state)));
        words.append(word);
    }
    QCOMPARE(ProbeEvidenceReader::stateWords(), words);
}

QTEST_GUILESS_MAIN(TestPlanProbing)
#include "tst_planprobing.moc"
