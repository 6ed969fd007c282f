#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// `portolan-cli probe` and `import-nmap` end to end: the built program against real services. Traffic goes to
// 127.0.0.0/8 only: the probe runs in a network namespace of its own (netns-run.sh) around the peers on their
// well-known ports (standard_peers), and so does the nmap whose report import-nmap reads.
namespace {

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

// An Exchange 2003 front-end in the DMZ on 127.0.0.1 with POP3 and IMAP4: the plan asks for TCP 25, 80, 110, 143,
// 443, 993 and 995, each with its service check. The back-end has no host, so it is not probed.
const char* const FrontEnd = R"({
  "format": "portolan-deployment", "version": 1, "name": "Front-end", "exchangeVersion": "2003",
  "zones": [{"id": "internet", "name": "Internet", "kind": "internet"},
            {"id": "dmz", "name": "DMZ", "kind": "dmz"}, {"id": "lan", "name": "LAN", "kind": "lan"}],
  "servers": [{"id": "fe01", "name": "FE01", "zone": "dmz", "roles": ["front-end"], "host": "127.0.0.1"},
              {"id": "be01", "name": "BE01", "zone": "lan", "roles": ["back-end"]}],
  "options": {"pop3": true, "imap4": true, "directPush": false}
})";

const QList<int> PlannedPorts = {25, 80, 110, 143, 443, 993, 995};

} // namespace

class TestCliProbe final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void probeInNamespace();
    void probeCsv();
    void nothingToProbe();
    void badArguments();
    void importNmap();
    void importNmapBadXml();

private:
    static Result run(const QString& program, const QStringList& arguments, int timeoutMs = 30000);
    QString writeFile(const QString& name, const QByteArray& content);
    // The results of a probe's JSON by "SERVER/port", e.g. "FE01/25"; warns on bad JSON.
    static QHash<QString, QJsonObject> byServerPort(const QString& json, QJsonObject* document = nullptr);

    QTemporaryDir m_dir;
    QString m_frontEnd;
};

void TestCliProbe::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_frontEnd = writeFile(QStringLiteral("frontend.portolan"), FrontEnd);
}

Result TestCliProbe::run(const QString& program, const QStringList& arguments, int timeoutMs)
{
    QProcess process;
    process.start(program, arguments);
    Result result;
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit) {
        qWarning("%s did not finish: %s", qPrintable(program), qPrintable(process.errorString()));
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString TestCliProbe::writeFile(const QString& name, const QByteArray& content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qWarning("cannot write %s", qPrintable(path));
    return path;
}

QHash<QString, QJsonObject> TestCliProbe::byServerPort(const QString& json, QJsonObject* document)
{
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (!parsed.isObject())
        qWarning("not a JSON object: %s\n%s", qPrintable(error.errorString()), qPrintable(json));
    if (document)
        *document = parsed.object();
    QHash<QString, QJsonObject> results;
    const QJsonArray array = parsed.object().value(u"results").toArray();
    for (const QJsonValue& value : array) {
        const QJsonObject entry = value.toObject();
        results.insert(entry.value(u"server").toString() + u'/' + QString::number(entry.value(u"port").toInt()), entry);
    }
    return results;
}

void TestCliProbe::probeInNamespace()
{
    // The back-end shares the front-end's host: its ports 25, 80, 110 and 143 come twice, once per server, and it adds
    // 135 (dropped by nftables inside the namespace: filtered) and 691 (reset: closed). The peers listen on their
    // well-known ports of the namespace's loopback.
    QByteArray shared(FrontEnd);
    shared.replace(R"("roles": ["back-end"]})", R"("roles": ["back-end"], "host": "127.0.0.1"})");
    const QString file = writeFile(QStringLiteral("shared.portolan"), shared);
    const Result result = run(QStringLiteral(PORTOLAN_NETNS_RUN),
                              {QStringLiteral("135"), QStringLiteral("691"), QStringLiteral(PORTOLAN_STANDARD_PEERS),
                               QStringLiteral(PORTOLAN_CLI), QStringLiteral("probe"), file, QStringLiteral("--from"),
                               QStringLiteral("Internet"), QStringLiteral("--timeout"), QStringLiteral("1500")});
    if (result.exitCode == 77)
        QSKIP(qPrintable(result.err.trimmed()));
    QCOMPARE(result.exitCode, 1); // some required ports are not open
    QJsonObject document;
    const auto results = byServerPort(result.out, &document);
    QCOMPARE(document.value(u"vantage").toString(), QStringLiteral("internet"));
    QCOMPARE(document.value(u"origin").toString(), QStringLiteral("probe"));
    QCOMPARE(results.size(), 13);
    for (const int port : PlannedPorts) {
        const QJsonObject entry = results.value(QStringLiteral("FE01/%1").arg(port));
        QCOMPARE(entry.value(u"host").toString(), QStringLiteral("127.0.0.1"));
        QCOMPARE(entry.value(u"protocol").toString(), QStringLiteral("tcp"));
        QVERIFY(entry.value(u"verified").toBool());
        QVERIFY2(entry.value(u"state").toString() == u"open", qPrintable(result.out));
    }
    QCOMPARE(results.value(QStringLiteral("BE01/135")).value(u"state").toString(), QStringLiteral("filtered"));
    QVERIFY(results.value(QStringLiteral("BE01/135")).value(u"latencyMs").isNull());
    QVERIFY(!results.value(QStringLiteral("BE01/135")).value(u"verified").toBool()); // only the LAN connects to it
    QCOMPARE(results.value(QStringLiteral("BE01/691")).value(u"state").toString(), QStringLiteral("closed"));
    QCOMPARE(results.value(QStringLiteral("BE01/25")).value(u"state").toString(), QStringLiteral("open"));

    const QJsonObject smtp = results.value(QStringLiteral("FE01/25"));
    QCOMPARE(smtp.value(u"service").toString(), QStringLiteral("SMTP"));
    QVERIFY2(smtp.value(u"banner").toString().startsWith(u"220 "), qPrintable(result.out));
    QCOMPARE(results.value(QStringLiteral("BE01/25")).value(u"banner"), smtp.value(u"banner"));
    QVERIFY(smtp.value(u"startTls").toBool());
    QVERIFY(smtp.value(u"latencyMs").toDouble() >= 0);
    const QJsonObject smtpTls = smtp.value(u"tls").toObject();
    QVERIFY(smtpTls.value(u"ok").toBool());
    QVERIFY(smtpTls.value(u"subject").toString().contains(u"CN=localhost"));
    QVERIFY(smtpTls.value(u"selfSigned").toBool());
    QVERIFY(results.value(QStringLiteral("FE01/143")).value(u"banner").toString().startsWith(u"* OK"));
    QVERIFY(results.value(QStringLiteral("FE01/110")).value(u"banner").toString().startsWith(u"+OK"));
    QVERIFY(results.value(QStringLiteral("FE01/80")).value(u"banner").toString().startsWith(u"HTTP/1.1 302"));
    QVERIFY(results.value(QStringLiteral("FE01/443")).value(u"banner").toString().startsWith(u"HTTP/1.1 302"));
    for (const int port : {443, 993, 995}) {
        const QJsonObject tls = results.value(QStringLiteral("FE01/%1").arg(port)).value(u"tls").toObject();
        QVERIFY2(tls.value(u"ok").toBool(), qPrintable(result.out));
        QVERIFY(tls.value(u"protocol").toString().startsWith(u"TLSv1."));
        QVERIFY(!tls.value(u"notAfter").toString().isEmpty());
    }
    QVERIFY(results.value(QStringLiteral("BE01/691")).value(u"tls").isNull());
}

void TestCliProbe::probeCsv()
{
    // Outside a namespace, on this machine's loopback: whatever the states, one CSV row per planned port.
    const QString out = m_dir.filePath(QStringLiteral("probe.csv"));
    const Result result =
        run(QStringLiteral(PORTOLAN_CLI), {QStringLiteral("probe"), m_frontEnd, QStringLiteral("--timeout"),
                                           QStringLiteral("300"), QStringLiteral("-o"), out});
    QVERIFY2(result.exitCode == 0 || result.exitCode == 1, qPrintable(result.err));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + PlannedPorts.size());
    QVERIFY(lines.first().startsWith(u"Server,Host,Protocol,Port,Service,State,Latency ms,Banner"));
    QVERIFY(lines.at(1).startsWith(u"FE01,127.0.0.1,tcp,25,SMTP,"));
    QVERIFY(lines.at(1).endsWith(u",no,,probe")); // not verified: no vantage
}

void TestCliProbe::nothingToProbe()
{
    QByteArray noHosts(FrontEnd);
    noHosts.replace(R"("host": "127.0.0.1")", R"("host": "")");
    const Result result = run(QStringLiteral(PORTOLAN_CLI),
                              {QStringLiteral("probe"), writeFile(QStringLiteral("nohost.portolan"), noHosts)});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.contains(u"nothing to probe"), qPrintable(result.err));
    QJsonObject document;
    QVERIFY(byServerPort(result.out, &document).isEmpty());
    QVERIFY(document.value(u"results").isArray());
    QVERIFY(document.value(u"vantage").isNull());
}

void TestCliProbe::badArguments()
{
    const QString cli = QStringLiteral(PORTOLAN_CLI);
    Result result = run(cli, {QStringLiteral("probe"), m_frontEnd, QStringLiteral("--from"), QStringLiteral("moon")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(u"\"moon\" is not a zone"), qPrintable(result.err));
    QVERIFY2(result.err.contains(u"internet, dmz, lan"), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());

    result = run(cli, {QStringLiteral("probe"), m_dir.filePath(QStringLiteral("missing.portolan"))});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(u"missing.portolan"), qPrintable(result.err));

    result = run(cli, {QStringLiteral("probe"), m_frontEnd, QStringLiteral("--timeout"), QStringLiteral("0")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(u"--timeout needs a positive whole number"), qPrintable(result.err));

    result = run(cli, {QStringLiteral("probe"), m_frontEnd, QStringLiteral("--format"), QStringLiteral("xml")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(u"unknown format \"xml\""), qPrintable(result.err));

    result = run(cli, {QStringLiteral("import-nmap"), m_frontEnd});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(u"expected a deployment file and an nmap XML report"), qPrintable(result.err));

    result = run(cli, {QStringLiteral("probe"), QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains(u"Exit code 1 when some required port is not open"));
}

void TestCliProbe::importNmap()
{
    const QString nmap = QStandardPaths::findExecutable(QStringLiteral("nmap"));
    if (nmap.isEmpty())
        QSKIP("nmap is not installed");
    QStringList ports;
    for (const int port : PlannedPorts) {
        if (port != 995) // left out: "not scanned"
            ports.append(QString::number(port));
    }
    const QString xml = m_dir.filePath(QStringLiteral("scan.xml"));
    // The real nmap against the real peers on their well-known ports, inside a namespace of its own (so nothing else
    // on this machine answers); 127.0.0.2 is loopback too, and no server's host: an unknown host of the report.
    const Result scan =
        run(QStringLiteral(PORTOLAN_NETNS_RUN),
            {QStringLiteral("135"), QStringLiteral("691"), QStringLiteral(PORTOLAN_STANDARD_PEERS), nmap,
             QStringLiteral("-sT"), QStringLiteral("-Pn"), QStringLiteral("-n"), QStringLiteral("-p"), ports.join(u','),
             QStringLiteral("-oX"), xml, QStringLiteral("127.0.0.1"), QStringLiteral("127.0.0.2")});
    if (scan.exitCode == 77)
        QSKIP(qPrintable(scan.err.trimmed()));
    QCOMPARE(scan.exitCode, 0);

    const Result result = run(QStringLiteral(PORTOLAN_CLI), {QStringLiteral("import-nmap"), m_frontEnd, xml});
    QVERIFY2(result.exitCode == 0 || result.exitCode == 1, qPrintable(result.err));
    QJsonObject document;
    const auto results = byServerPort(result.out, &document);
    QCOMPARE(document.value(u"origin").toString(), QStringLiteral("nmap"));
    QVERIFY(document.value(u"vantage").isNull());
    QCOMPARE(results.size(), PlannedPorts.size() - 1);
    QVERIFY(!results.contains(QStringLiteral("FE01/995")));
    // Every planned port nmap scanned has its peer: postfix 25, nginx 80 and 443, dovecot 110, 143 and 993.
    for (const QJsonObject& entry : results)
        QCOMPARE(entry.value(u"state").toString(), QStringLiteral("open"));
    QVERIFY2(result.err.contains(u"host 127.0.0.2 of the scan is no server"), qPrintable(result.err));
    QVERIFY2(result.err.contains(u"not scanned, left out: 127.0.0.1 tcp/995"), qPrintable(result.err));
    QVERIFY(!result.err.contains(u"127.0.0.1 of the scan"));
}

void TestCliProbe::importNmapBadXml()
{
    const QString xml = writeFile(QStringLiteral("bad.xml"), "<nmaprun>\n<host><ports></host>\n");
    const Result result = run(QStringLiteral(PORTOLAN_CLI), {QStringLiteral("import-nmap"), m_frontEnd, xml});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(u"bad.xml: line 2, column"), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliProbe)
#include "tst_cliprobe.moc"
