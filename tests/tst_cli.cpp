#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QUdpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include "model/catalogentry.h"
#include "model/catalogtexts.h"
#include "model/portcatalog.h"

namespace {

struct Result
{
    int exitCode = -1;
    QByteArray outBytes;
    QString out;
    QString err;
};

// The PRODUCT.md example: Edge in the DMZ, Mailbox and DC on the LAN.
const char* const EdgeDeployment = R"({
  "format": "portolan-deployment", "version": 1, "name": "Contoso", "exchangeVersion": "2019",
  "zones": [{"id": "internet", "name": "Internet", "kind": "internet"},
            {"id": "dmz", "name": "DMZ", "kind": "dmz"}, {"id": "lan", "name": "LAN", "kind": "lan"}],
  "servers": [{"id": "edge01", "name": "EDGE01", "zone": "dmz", "roles": ["edge-transport"]},
              {"id": "ex01", "name": "EX01", "zone": "lan", "roles": ["mailbox"]},
              {"id": "dc01", "name": "DC01", "zone": "lan", "roles": ["domain-controller"]}]
})";

// Everything on one internal network: nothing Microsoft would object to.
const char* const CleanDeployment = R"({
  "format": "portolan-deployment", "version": 1, "name": "Single site", "exchangeVersion": "2019",
  "zones": [{"id": "lan", "name": "LAN", "kind": "lan"}],
  "servers": [{"id": "ex01", "name": "EX01", "zone": "lan", "roles": ["mailbox"]},
              {"id": "dc01", "name": "DC01", "zone": "lan", "roles": ["domain-controller"]}]
})";

// A Mailbox server in the perimeter network is an unsupported placement: an error.
const char* const BrokenPlacement = R"({
  "format": "portolan-deployment", "version": 1, "name": "Mailbox in the DMZ", "exchangeVersion": "2019",
  "zones": [{"id": "internet", "name": "Internet", "kind": "internet"},
            {"id": "dmz", "name": "DMZ", "kind": "dmz"}, {"id": "lan", "name": "LAN", "kind": "lan"}],
  "servers": [{"id": "ex01", "name": "EX01", "zone": "dmz", "roles": ["mailbox"]},
              {"id": "dc01", "name": "DC01", "zone": "lan", "roles": ["domain-controller"]}]
})";

// Well-formed JSON with a value of the wrong type: the error names the key.
const char* const WrongType = R"({
  "format": "portolan-deployment", "version": 1, "name": "Typo", "exchangeVersion": "2019",
  "zones": [{"id": "lan", "name": "LAN", "kind": "lan"}],
  "servers": [{"id": "ex01", "name": "EX01", "zone": "lan", "roles": "mailbox"}]
})";

// The typical mistake in the SMTP relay lesson: the DMZ gets the RPC endpoint mapper and the dynamic range.
const char* const RelayAnswers = R"({
  "format": "portolan-answers", "version": 1, "lesson": "seed-dmz-relay", "learner": "Anna", "attempts": 2,
  "answers": {"dmz-lan": {"rules": [{"from": "dmz", "to": "lan", "protocol": "tcp", "ports": "25"},
                                    {"from": "lan", "to": "dmz", "protocol": "tcp", "ports": "25"},
                                    {"from": "dmz", "to": "lan", "protocol": "tcp", "ports": "135,dynamic"}]}}
})";

// A three-legged firewall with addresses: what `firewall` writes from.
const char* const FirewallDeployment = R"({
  "format": "portolan-deployment", "version": 2, "name": "Perimeter", "exchangeVersion": "2019",
  "zones": [{"id": "internet", "name": "Internet", "kind": "internet"},
            {"id": "dmz", "name": "DMZ", "kind": "dmz", "networks": ["198.51.100.0/24"]},
            {"id": "lan", "name": "LAN", "kind": "lan", "networks": ["192.0.2.0/24"]}],
  "servers": [{"id": "edge01", "name": "EDGE01", "zone": "dmz", "roles": ["edge-transport"], "host": "198.51.100.10"},
              {"id": "ex01", "name": "EX01", "zone": "lan", "roles": ["mailbox"], "host": "192.0.2.11"},
              {"id": "dc01", "name": "DC01", "zone": "lan", "roles": ["domain-controller"], "host": "192.0.2.5"}],
  "firewalls": [{"id": "fw1", "name": "Perimeter",
                 "interfaces": {"internet": "outside", "dmz": "dmz", "lan": "inside"}}]
})";

const char* const NewerVersion = R"({
  "format": "portolan-deployment", "version": 99, "name": "From the future", "exchangeVersion": "2019",
  "zones": [], "servers": []
})";

} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void diffEqual();
    void firewallHelp();
    void firewallFormats_data();
    void firewallFormats();
    void firewallChoosesTheFirewall();
    void firewallBadInput_data();
    void firewallBadInput();
    void diffVersionJson();
    void diffCsv();
    void diffBadInput();
    void lessons();
    void gradeText();
    void gradeJson();
    void gradePerfectAnswer();
    void gradeBadInput_data();
    void gradeBadInput();
    void help();
    void version();
    void templates();
    void newFromTemplate();
    void newFromUnknownTemplate();
    void matrixJson();
    void matrixCsv();
    void matrixMarkdown();
    void matrixBadFormat();
    void validateExitCodes();
    void explainPort();
    void explainPortInVersion();
    void explainInGerman();
    void explainUdp();
    void explainShowsIssue9Rows();
    void explainHybridAgentPorts();
    void explainOptionPorts();
    void explainUnusedPort();
    void explainBackEndPorts_data();
    void explainBackEndPorts();
    void badArguments_data();
    void badArguments();
    void badFiles_data();
    void badFiles();
    void renderPng();
    void renderSvg();
    void renderUnknownFormat();
    void renderUsage();
    void scanJson();
    void scanText();
    void scanUdp();
    void scanUnresolved();

private:
    Result run(const QStringList& arguments);
    QString writeFile(const QString& name, const QByteArray& content);

    QTemporaryDir m_dir;
};

Result TestCli::run(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(PORTOLAN_CLI), arguments);
    Result result;
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit) {
        qWarning("portolan-cli did not finish: %s", qPrintable(process.errorString()));
        return result;
    }
    result.exitCode = process.exitCode();
    result.outBytes = process.readAllStandardOutput();
    result.out = QString::fromUtf8(result.outBytes);
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString TestCli::writeFile(const QString& name, const QByteArray& content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qWarning("cannot write %s", qPrintable(path));
    return path;
}

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(PORTOLAN_CLI)), PORTOLAN_CLI);
    writeFile(QStringLiteral("edge.portolan"), EdgeDeployment);
    writeFile(QStringLiteral("clean.portolan"), CleanDeployment);
    writeFile(QStringLiteral("placement.portolan"), BrokenPlacement);
    writeFile(QStringLiteral("newer.portolan"), NewerVersion);
    writeFile(QStringLiteral("wrongtype.portolan"), WrongType);
    writeFile(QStringLiteral("broken.portolan"), "{\"format\": \"portolan-deployment\", \"version\": 1,\n  \"name\" ");
}

void TestCli::help()
{
    const Result result = run({QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    for (const char* command : {"matrix", "validate", "explain", "templates", "new", "render", "scan"})
        QVERIFY2(result.out.contains(u"  " + QString::fromUtf8(command) + u' '), command);
    QVERIFY(result.err.isEmpty());

    const Result matrixHelp = run({QStringLiteral("matrix"), QStringLiteral("--help")});
    QCOMPARE(matrixHelp.exitCode, 0);
    QVERIFY(matrixHelp.out.contains(QStringLiteral("--format")));
    const Result explainHelp = run({QStringLiteral("explain"), QStringLiteral("-h")});
    QCOMPARE(explainHelp.exitCode, 0);
    QVERIFY(explainHelp.out.contains(QStringLiteral("--version")));
    const Result renderHelp = run({QStringLiteral("render"), QStringLiteral("--help")});
    QCOMPARE(renderHelp.exitCode, 0);
    QVERIFY(renderHelp.out.contains(QStringLiteral("--width")));
}

void TestCli::version()
{
    const Result result = run({QStringLiteral("--version")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QStringLiteral("portolan-cli 0.1.0\n"));
}

void TestCli::templates()
{
    const Result result = run({QStringLiteral("templates")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains(QStringLiteral("exchange2019-edge")));
    QVERIFY(result.out.contains(QStringLiteral("seed-dmz-relay")));
}

void TestCli::newFromTemplate()
{
    const QString path = m_dir.filePath(QStringLiteral("from-template.portolan"));
    const Result result = run({QStringLiteral("new"), QStringLiteral("exchange2019-edge"), QStringLiteral("-o"), path});
    QCOMPARE(result.exitCode, 0);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(root.value(u"format").toString(), QStringLiteral("portolan-deployment"));
    QCOMPARE(root.value(u"version").toInt(), 1);
    QVERIFY(!root.value(u"servers").toArray().isEmpty());

    // The new file is a valid deployment the other commands accept.
    const Result matrix = run({QStringLiteral("matrix"), path, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(matrix.exitCode, 0);
    QVERIFY(QJsonDocument::fromJson(matrix.out.toUtf8()).isObject());

    const Result noOutput = run({QStringLiteral("new"), QStringLiteral("exchange2019-edge")});
    QCOMPARE(noOutput.exitCode, 2);
    QVERIFY(noOutput.err.contains(QStringLiteral("-o")));
}

void TestCli::newFromUnknownTemplate()
{
    const QString path = m_dir.filePath(QStringLiteral("never.portolan"));
    const Result result = run({QStringLiteral("new"), QStringLiteral("exchange2042"), QStringLiteral("-o"), path});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains(QStringLiteral("exchange2042")));
    QVERIFY2(result.err.contains(QStringLiteral("exchange2019-edge")), "the known ids are listed");
    QVERIFY(!QFile::exists(path));
}

void TestCli::matrixJson()
{
    const Result result = run({QStringLiteral("matrix"), m_dir.filePath(QStringLiteral("edge.portolan")),
                               QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(result.exitCode, 0);
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(result.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(root.value(u"deployment").toString(), QStringLiteral("Contoso"));
    QVERIFY(root.value(u"intraZone").isArray());
    QVERIFY(root.value(u"warnings").isArray());
    // PRODUCT.md: an Edge in the DMZ shows Internet→DMZ TCP 25 without anything else placed in the Internet zone.
    bool inboundSmtp = false;
    const QJsonArray rules = root.value(u"rules").toArray();
    for (const QJsonValue& value : rules) {
        const QJsonObject rule = value.toObject();
        QVERIFY(rule.contains(u"references"));
        QVERIFY(rule.contains(u"purpose"));
        if (rule.value(u"from").toString() == u"internet" && rule.value(u"to").toString() == u"dmz" &&
            rule.value(u"protocol").toString() == u"tcp" && rule.value(u"portFirst").toInt() == 25 &&
            rule.value(u"destinations").toArray().contains(QStringLiteral("edge01")))
            inboundSmtp = true;
    }
    QVERIFY(inboundSmtp);

    // -o writes the same document to a file and nothing to stdout.
    const QString out = m_dir.filePath(QStringLiteral("matrix.json"));
    const Result toFile =
        run({QStringLiteral("matrix"), m_dir.filePath(QStringLiteral("edge.portolan")), QStringLiteral("-o"), out});
    QCOMPARE(toFile.exitCode, 0);
    QVERIFY(toFile.out.isEmpty());
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), result.out);
}

void TestCli::matrixCsv()
{
    const Result result = run(
        {QStringLiteral("matrix"), m_dir.filePath(QStringLiteral("edge.portolan")), QStringLiteral("--format=csv")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.outBytes.startsWith("\xEF\xBB\xBF"
                                       "From zone,To zone,Protocol,Ports,Service,Sources,Destinations,Purpose,"
                                       "Encryption,References\r\n"));
    QVERIFY(result.out.contains(QStringLiteral("\r\ninternet,dmz,TCP,25,")));
}

void TestCli::matrixMarkdown()
{
    const Result result = run({QStringLiteral("matrix"), m_dir.filePath(QStringLiteral("edge.portolan")),
                               QStringLiteral("--format"), QStringLiteral("markdown")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.startsWith(QStringLiteral("# Port matrix: Contoso (")));
    QVERIFY(result.out.contains(QStringLiteral("## Internet → DMZ\n")));
    QVERIFY(result.out.contains(QStringLiteral("| TCP | 25 |")));
}

void TestCli::matrixBadFormat()
{
    const Result result = run({QStringLiteral("matrix"), m_dir.filePath(QStringLiteral("edge.portolan")),
                               QStringLiteral("--format"), QStringLiteral("xml")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains(QStringLiteral("\"xml\"")));
    QVERIFY(result.out.isEmpty());
}

void TestCli::validateExitCodes()
{
    const Result clean = run({QStringLiteral("validate"), m_dir.filePath(QStringLiteral("clean.portolan"))});
    QCOMPARE(clean.exitCode, 0);
    QVERIFY(!clean.out.contains(QRegularExpression(QStringLiteral("^error  "), QRegularExpression::MultilineOption)));

    const Result broken = run({QStringLiteral("validate"), m_dir.filePath(QStringLiteral("placement.portolan"))});
    QCOMPARE(broken.exitCode, 1);
    QVERIFY2(broken.out.contains(QRegularExpression(QStringLiteral("^error  [a-z-]+  .*\\[.*ex01.*\\]$"),
                                                    QRegularExpression::MultilineOption)),
             qPrintable(broken.out));
    QVERIFY(broken.out.contains(QRegularExpression(QStringLiteral("placement\\.portolan: [1-9][0-9]* errors?, "))));
}

void TestCli::explainPort()
{
    const Result result = run({QStringLiteral("explain"), QStringLiteral("25")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains(QStringLiteral("SMTP")));
    QVERIFY(result.out.contains(QStringLiteral("Exchange Server 2019")));
    QVERIFY(result.out.contains(QStringLiteral("Exchange Server 2003")));
    QVERIFY(result.out.contains(QStringLiteral("Purpose:")));
    QVERIFY(result.out.contains(QStringLiteral("If blocked:")));
    QVERIFY(result.out.contains(QStringLiteral("https://")));
}

void TestCli::explainPortInVersion()
{
    const Result result =
        run({QStringLiteral("explain"), QStringLiteral("50636"), QStringLiteral("--version"), QStringLiteral("2019")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains(QStringLiteral("TCP 50636")));
    QVERIFY(result.out.contains(QStringLiteral("Edge Transport")));
    QVERIFY(result.out.contains(QRegularExpression(QStringLiteral("Noticed as: +EdgeSync\\n")))); // its impact group
    QVERIFY(result.out.contains(QStringLiteral("Exchange Server 2019")));
    QVERIFY2(!result.out.contains(QStringLiteral("Exchange Server 2016")), "only the version asked for");
}

// A German learner reads the catalog's texts in German; the command's own captions stay English.
void TestCli::explainInGerman()
{
    const CatalogEntry& edge = *PortCatalog::builtin().entry(QStringLiteral("common-inbound-smtp-edge"));
    const CatalogTexts& german = CatalogTexts::forLanguage(QStringLiteral("de"));
    const Result result = run({QStringLiteral("explain"), QStringLiteral("25"), QStringLiteral("--version"),
                               QStringLiteral("2019"), QStringLiteral("--lang"), QStringLiteral("de")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(german.purpose(edge)), qPrintable(result.out));
    QVERIFY(result.out.contains(german.ifBlocked(edge)));
    QVERIFY(german.purpose(edge) != edge.purpose);
    QVERIFY(!result.out.contains(edge.purpose));
    QVERIFY(result.out.contains(QStringLiteral("Purpose:")));
    QVERIFY(result.out.contains(QStringLiteral("TCP 25")));

    const Result english = run({QStringLiteral("explain"), QStringLiteral("25"), QStringLiteral("--version"),
                                QStringLiteral("2019"), QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(english.exitCode, 0);
    QVERIFY(english.out.contains(edge.purpose));

    const Result unknown =
        run({QStringLiteral("explain"), QStringLiteral("25"), QStringLiteral("--lang"), QStringLiteral("fr")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.err.contains(QStringLiteral("--lang \"fr\"")));
}

// Rows added by issue 9: 2007 SCR log shipping, routing group connectors, 2010 public folder RPC.
void TestCli::explainShowsIssue9Rows()
{
    const Result smb =
        run({QStringLiteral("explain"), QStringLiteral("445"), QStringLiteral("--version"), QStringLiteral("2007")});
    QCOMPARE(smb.exitCode, 0);
    QVERIFY(smb.out.contains(QStringLiteral("[common-2007-ccr-log-shipping]")));
    QVERIFY(smb.out.contains(QStringLiteral("dag|scr")));
    const Result smtp =
        run({QStringLiteral("explain"), QStringLiteral("25"), QStringLiteral("--version"), QStringLiteral("2010")});
    QVERIFY(smtp.out.contains(QStringLiteral("[mid-coexist-2003-to-2010-hub-smtp]")));
    QVERIFY(smtp.out.contains(QStringLiteral("dd638103")));
    const Result rpc =
        run({QStringLiteral("explain"), QStringLiteral("135"), QStringLiteral("--version"), QStringLiteral("2010")});
    QVERIFY(rpc.out.contains(QStringLiteral("[mid-2010-outlook-mailbox-rpc-endpoint-mapper]")));
    QVERIFY(rpc.out.contains(QStringLiteral("publicFolders")));
}

void TestCli::explainUdp()
{
    const Result result = run({QStringLiteral("explain"), QStringLiteral("udp/2883")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains(QStringLiteral("UDP 2883")));
    QVERIFY(result.out.contains(QStringLiteral("Exchange Server 2003")));
    QVERIFY(!result.out.contains(QStringLiteral("TCP ")));
}

void TestCli::explainHybridAgentPorts()
{
    const Result winrm =
        run({QStringLiteral("explain"), QStringLiteral("tcp/5986"), QStringLiteral("--version"), QStringLiteral("se")});
    QCOMPARE(winrm.exitCode, 0);
    QVERIFY(winrm.out.contains(QStringLiteral("[hybrid-agent-to-mailbox-winrm]")));
    QVERIFY(winrm.out.contains(QStringLiteral("Hybrid Agent → Mailbox")));
    QVERIFY(winrm.out.contains(QStringLiteral("M21")));
    const Result web =
        run({QStringLiteral("explain"), QStringLiteral("tcp/80"), QStringLiteral("--version"), QStringLiteral("2019")});
    QCOMPARE(web.exitCode, 0);
    QVERIFY(web.out.contains(QStringLiteral("Hybrid Agent → Exchange Online")));
    QVERIFY(web.out.contains(QStringLiteral("MailTips")));
}

// Ports that come from options: UM security, the SSL-offloaded hop and pre-authentication.
void TestCli::explainOptionPorts()
{
    const Result sip =
        run({QStringLiteral("explain"), QStringLiteral("5063"), QStringLiteral("--version"), QStringLiteral("2013")});
    QCOMPARE(sip.exitCode, 0);
    QVERIFY(sip.out.contains(QStringLiteral("[common-um-2013-router-to-um-tls]")));
    QVERIFY(sip.out.contains(QStringLiteral("umSecurity=sipSecured|umSecurity=secured|umSecurity=dual")));
    QVERIFY(sip.out.contains(QStringLiteral("M14")));

    const Result offload =
        run({QStringLiteral("explain"), QStringLiteral("tcp/80"), QStringLiteral("--version"), QStringLiteral("2013")});
    QCOMPARE(offload.exitCode, 0);
    QVERIFY(offload.out.contains(QStringLiteral("[modern-web-https-cas-2013]")));
    QVERIFY(offload.out.contains(QStringLiteral("reverseProxyTls offload")));
    const Result noOffload =
        run({QStringLiteral("explain"), QStringLiteral("tcp/80"), QStringLiteral("--version"), QStringLiteral("2019")});
    QVERIFY(!noOffload.out.contains(QStringLiteral("[modern-web-https-mailbox]")));

    const Result preauth = run({QStringLiteral("explain"), QStringLiteral("udp/88")});
    QVERIFY(preauth.out.contains(QStringLiteral("[common-preauth-kerberos-udp] (unconfirmed)")));

    const Result rtp = run(
        {QStringLiteral("explain"), QStringLiteral("udp/1024"), QStringLiteral("--version"), QStringLiteral("2016")});
    QVERIFY(rtp.out.contains(QStringLiteral("umRtpRange, default")));
}

void TestCli::explainUnusedPort()
{
    const Result result = run({QStringLiteral("explain"), QStringLiteral("tcp/1024")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QStringLiteral("No Exchange service in the catalog uses TCP 1024.\n"));

    // A port that only falls into a dynamic range is not claimed as used, but the ranges are named.
    const Result inRange = run({QStringLiteral("explain"), QStringLiteral("tcp/12345")});
    QCOMPARE(inRange.exitCode, 0);
    QVERIFY(inRange.out.startsWith(QStringLiteral("No Exchange service in the catalog uses TCP 12345.\n")));
    QVERIFY(inRange.out.contains(QStringLiteral("Inside wider port ranges:")));
}

// The ports the audit of issue 9 added: the back-end web site (444) and the POP3/IMAP4 back-end services between
// Mailbox servers from 2016 on (1995/1993).
void TestCli::explainBackEndPorts_data()
{
    QTest::addColumn<QString>("port");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("service");
    QTest::newRow("444 in 2013") << QStringLiteral("444") << QStringLiteral("2013")
                                 << QStringLiteral("HTTPS (back-end web site)");
    QTest::newRow("444 in 2019") << QStringLiteral("444") << QStringLiteral("2019")
                                 << QStringLiteral("HTTPS (back-end web site)");
    QTest::newRow("1995 in 2019") << QStringLiteral("1995") << QStringLiteral("2019")
                                  << QStringLiteral("POP3 (back-end service)");
    QTest::newRow("1993 in se") << QStringLiteral("1993") << QStringLiteral("se")
                                << QStringLiteral("IMAP4 (back-end service)");
}

void TestCli::explainBackEndPorts()
{
    QFETCH(QString, port);
    QFETCH(QString, version);
    QFETCH(QString, service);
    const Result result = run({QStringLiteral("explain"), port, QStringLiteral("--version"), version});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QStringLiteral("TCP ") + port), qPrintable(result.out));
    QVERIFY2(result.out.contains(service), qPrintable(result.out));
    QVERIFY2(!result.out.startsWith(QStringLiteral("No Exchange service")), qPrintable(result.out));
}

void TestCli::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("named"); // what stderr must name

    QTest::newRow("no command") << QStringList() << QStringLiteral("Usage:");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("draw")} << QStringLiteral("\"draw\"");
    QTest::newRow("unknown global option") << QStringList{QStringLiteral("--verbose")} << QStringLiteral("--verbose");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("validate"), QStringLiteral("x.portolan"),
                                                   QStringLiteral("--strict")}
                                    << QStringLiteral("--strict");
    QTest::newRow("option without value")
        << QStringList{QStringLiteral("explain"), QStringLiteral("25"), QStringLiteral("--version")}
        << QStringLiteral("--version");
    QTest::newRow("matrix without file") << QStringList{QStringLiteral("matrix")} << QStringLiteral("matrix");
    QTest::newRow("explain without port") << QStringList{QStringLiteral("explain")} << QStringLiteral("explain");
    QTest::newRow("explain not a port") << QStringList{QStringLiteral("explain"), QStringLiteral("smtp")}
                                        << QStringLiteral("\"smtp\"");
    QTest::newRow("explain port out of range")
        << QStringList{QStringLiteral("explain"), QStringLiteral("70000")} << QStringLiteral("\"70000\"");
    QTest::newRow("explain bad protocol")
        << QStringList{QStringLiteral("explain"), QStringLiteral("icmp/25")} << QStringLiteral("\"icmp/25\"");
    QTest::newRow("explain unknown version") << QStringList{QStringLiteral("explain"), QStringLiteral("25"),
                                                            QStringLiteral("--version"), QStringLiteral("2020")}
                                             << QStringLiteral("2019");
    const QString scan = QStringLiteral("scan");
    const QString host = QStringLiteral("127.0.0.1");
    const QString ports = QStringLiteral("--ports");
    QTest::newRow("scan without host") << QStringList{scan, ports, QStringLiteral("25")} << QStringLiteral("no host");
    QTest::newRow("scan without ports") << QStringList{scan, host} << QStringLiteral("--ports");
    QTest::newRow("scan port out of range")
        << QStringList{scan, host, ports, QStringLiteral("25,70000")} << QStringLiteral("\"70000\"");
    QTest::newRow("scan word for a port")
        << QStringList{scan, host, ports, QStringLiteral("25,smtp,80")} << QStringLiteral("\"smtp\"");
    QTest::newRow("scan descending range")
        << QStringList{scan, host, ports, QStringLiteral("90-80")} << QStringLiteral("\"90-80\"");
    QTest::newRow("scan zero timeout")
        << QStringList{scan, host, ports, QStringLiteral("25"), QStringLiteral("--timeout"), QStringLiteral("0")}
        << QStringLiteral("--timeout");
    QTest::newRow("scan bad concurrency")
        << QStringList{scan, host, ports, QStringLiteral("25"), QStringLiteral("--concurrency"), QStringLiteral("many")}
        << QStringLiteral("\"many\"");
    QTest::newRow("scan unknown format")
        << QStringList{scan, host, ports, QStringLiteral("25"), QStringLiteral("--format"), QStringLiteral("xml")}
        << QStringLiteral("\"xml\"");
    QTest::newRow("scan flag with value")
        << QStringList{scan, host, ports, QStringLiteral("25"), QStringLiteral("--udp=yes")} << QStringLiteral("--udp");
    QTest::newRow("templates with argument")
        << QStringList{QStringLiteral("templates"), QStringLiteral("x")} << QStringLiteral("\"x\"");
}

void TestCli::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, named);
    const Result result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(named), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
}

void TestCli::badFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("problem");

    QTest::newRow("missing") << QStringLiteral("missing.portolan") << QString();
    QTest::newRow("broken JSON") << QStringLiteral("broken.portolan") << QStringLiteral("line 2");
    QTest::newRow("newer format") << QStringLiteral("newer.portolan") << QStringLiteral("newer");
    QTest::newRow("wrong type") << QStringLiteral("wrongtype.portolan") << QStringLiteral("servers[0]");
}

void TestCli::badFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, problem);
    const QString path = m_dir.filePath(file);
    for (const QString& command : {QStringLiteral("matrix"), QStringLiteral("validate")}) {
        const Result result = run({command, path});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.startsWith(u"portolan-cli: " + path + u": "), qPrintable(result.err));
        QVERIFY2(result.err.contains(problem), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
    }
    // render runs a second program; its messages read the same (after any note Qt itself prints).
    const QString picture = m_dir.filePath(QStringLiteral("never.png"));
    const Result render = run({QStringLiteral("render"), path, QStringLiteral("-o"), picture});
    QCOMPARE(render.exitCode, 2);
    QVERIFY2(render.err.contains(u"portolan-cli: " + path + u": "), qPrintable(render.err));
    QVERIFY2(render.err.contains(problem), qPrintable(render.err));
    QVERIFY(!QFile::exists(picture));
}

void TestCli::renderPng()
{
    const QString deployment = m_dir.filePath(QStringLiteral("edge.portolan"));
    const QString path = m_dir.filePath(QStringLiteral("edge.png"));
    const Result result = run({QStringLiteral("render"), deployment, QStringLiteral("-o"), path});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QImage image(path);
    QVERIFY(!image.isNull());
    // Three lanes and two firewalls at twice the screen scale: wider than tall, neither tiny nor huge.
    QVERIFY2(image.width() > 1000 && image.width() < 4000, qPrintable(QString::number(image.width())));
    QVERIFY2(image.height() > 400 && image.height() < image.width(), qPrintable(QString::number(image.height())));
    // The tinted lanes fill most of the upper half; the symbol legend below them is text and symbols on white.
    image = image.scaled(200, 100);
    const auto coloured = [&image](int top, int bottom) {
        int count = 0;
        for (int y = top; y < bottom; ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor colour = image.pixelColor(x, y);
                count += colour.red() < 240 || colour.green() < 240 || colour.blue() < 240;
            }
        }
        return count;
    };
    const int lanes = coloured(0, 50);
    QVERIFY2(lanes > image.width() * 50 / 2, qPrintable(QString::number(lanes)));
    const int legend = coloured(80, 100);
    QVERIFY2(legend > 0 && legend < image.width() * 20 / 2, qPrintable(QString::number(legend)));

    const Result narrow = run({QStringLiteral("render"), deployment, QStringLiteral("--output=") + path,
                               QStringLiteral("--width"), QStringLiteral("800")});
    QVERIFY2(narrow.exitCode == 0, qPrintable(narrow.err));
    QCOMPARE(QImage(path).width(), 800);
}

void TestCli::renderSvg()
{
    const QString path = m_dir.filePath(QStringLiteral("edge.svg"));
    const Result result =
        run({QStringLiteral("render"), m_dir.filePath(QStringLiteral("edge.portolan")), QStringLiteral("-o"), path});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QStringList texts;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"text")
            texts.append(xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified());
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    for (const char* name : {"Internet", "DMZ", "LAN", "EDGE01", "EX01", "DC01"})
        QVERIFY2(texts.contains(QString::fromUtf8(name)), name);
}

void TestCli::renderUnknownFormat()
{
    const QString path = m_dir.filePath(QStringLiteral("edge.jpg"));
    const Result result =
        run({QStringLiteral("render"), m_dir.filePath(QStringLiteral("edge.portolan")), QStringLiteral("-o"), path});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(u"portolan-cli: " + path + u": unknown picture format"), qPrintable(result.err));
    QVERIFY(result.err.contains(QStringLiteral(".png")));
    QVERIFY(result.err.contains(QStringLiteral(".svg")));
    QVERIFY(!QFile::exists(path));
}

void TestCli::renderUsage()
{
    const QString deployment = m_dir.filePath(QStringLiteral("edge.portolan"));
    const Result noOutput = run({QStringLiteral("render"), deployment});
    QCOMPARE(noOutput.exitCode, 2);
    QVERIFY2(noOutput.err.contains(QStringLiteral("-o")), qPrintable(noOutput.err));
    const Result badWidth =
        run({QStringLiteral("render"), deployment, QStringLiteral("-o"), m_dir.filePath(QStringLiteral("w.png")),
             QStringLiteral("--width"), QStringLiteral("0")});
    QCOMPARE(badWidth.exitCode, 2);
    QVERIFY2(badWidth.err.contains(QStringLiteral("--width")), qPrintable(badWidth.err));
    const Result unknown = run({QStringLiteral("render"), deployment, QStringLiteral("--colour"), QStringLiteral("x")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains(QStringLiteral("colour")), qPrintable(unknown.err));
}

namespace {

// A TCP port on 127.0.0.1 that nothing listens on: one the system just handed out and took back.
int closedTcpPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    return server.serverPort();
}

} // namespace

// Every scan below talks to 127.0.0.1 only. The listening QTcpServer never accepts: the kernel completes the
// handshake, which is all a connect scan needs, while run() blocks.
void TestCli::scanJson()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const int open = server.serverPort();
    const int closed = closedTcpPort();
    const Result result = run({QStringLiteral("scan"), QStringLiteral("127.0.0.1"), QStringLiteral("--ports"),
                               QString::number(open) + u',' + QString::number(closed), QStringLiteral("--format"),
                               QStringLiteral("json")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(result.outBytes, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(root.contains(QStringLiteral("vantage")));
    QVERIFY(root.value(QStringLiteral("vantage")).isNull());
    QVERIFY(QDateTime::fromString(root.value(QStringLiteral("started")).toString(), Qt::ISODateWithMs).isValid());
    const QJsonArray results = root.value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), 2);
    QHash<int, QJsonObject> byPort;
    for (const QJsonValue& value : results) {
        const QJsonObject object = value.toObject();
        QCOMPARE(object.value(QStringLiteral("host")).toString(), QStringLiteral("127.0.0.1"));
        QCOMPARE(object.value(QStringLiteral("protocol")).toString(), QStringLiteral("tcp"));
        QVERIFY(!object.contains(QStringLiteral("server")));
        QVERIFY(object.value(QStringLiteral("latencyMs")).toDouble(-1) >= 0);
        byPort.insert(object.value(QStringLiteral("port")).toInt(), object);
    }
    QCOMPARE(byPort.value(open).value(QStringLiteral("state")).toString(), QStringLiteral("open"));
    QCOMPARE(byPort.value(closed).value(QStringLiteral("state")).toString(), QStringLiteral("closed"));
}

void TestCli::scanText()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const int open = server.serverPort();
    const int closed = closedTcpPort();
    const Result result = run({QStringLiteral("scan"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                               QString::number(closed) + u',' + QString::number(open)});
    QCOMPARE(result.exitCode, 0);
    const QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2); // the open port and the summary; closed ports are not listed
    QVERIFY2(QRegularExpression(QStringLiteral("^%1/tcp +open +[0-9.]+ ms$").arg(open)).match(lines.at(0)).hasMatch(),
             qPrintable(lines.at(0)));
    QVERIFY2(QRegularExpression(QStringLiteral("^127\\.0\\.0\\.1: 2 ports scanned in [0-9.]+ s: 1 open, 1 closed\\.$"))
                 .match(lines.at(1))
                 .hasMatch(),
             qPrintable(lines.at(1)));
}

void TestCli::scanUdp()
{
    QUdpSocket socket;
    QVERIFY(socket.bind(QHostAddress::LocalHost));
    const int port = socket.localPort();
    socket.close();
    const Result result = run({QStringLiteral("scan"), QStringLiteral("127.0.0.1"), QStringLiteral("--udp"),
                               QStringLiteral("--ports"), QString::number(port), QStringLiteral("--format"),
                               QStringLiteral("json"), QStringLiteral("--timeout"), QStringLiteral("1500")});
    QCOMPARE(result.exitCode, 0);
    const QJsonArray results =
        QJsonDocument::fromJson(result.outBytes).object().value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.at(0)[QStringLiteral("protocol")].toString(), QStringLiteral("udp"));
    QCOMPARE(results.at(0)[QStringLiteral("state")].toString(), QStringLiteral("closed"));
}

// An empty label: refused inside Qt before any resolver is asked, so no query leaves the machine.
void TestCli::scanUnresolved()
{
    const Result result = run(
        {QStringLiteral("scan"), QStringLiteral("portolan..invalid"), QStringLiteral("--ports"), QStringLiteral("25")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QStringLiteral("cannot resolve \"portolan..invalid\"")), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
}

void TestCli::diffEqual()
{
    const QString path = writeFile(QStringLiteral("diff-equal.portolan"), EdgeDeployment);
    const Result result = run({QStringLiteral("diff"), path, path});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QStringLiteral("No differences")), qPrintable(result.out));
    QVERIFY(run({QStringLiteral("diff"), QStringLiteral("--help")}).out.contains(QStringLiteral("--version V")));

    // Two templates that differ: the text names servers as typed and actors by role and zone, never by id.
    const Result differ = run({QStringLiteral("diff"), QStringLiteral(":/templates/exchange2019-edge.portolan"),
                               QStringLiteral(":/templates/exchange2016-reverse-proxy.portolan")});
    QCOMPARE(differ.exitCode, 1);
    QVERIFY2(differ.out.contains(QStringLiteral("to Internet mail servers (Internet)")), qPrintable(differ.out));
    QVERIFY(differ.out.contains(QStringLiteral("to EDGE01")));
    QVERIFY(!differ.out.contains(QStringLiteral("internet:internet-mail")));
}

void TestCli::diffVersionJson()
{
    const QString output = m_dir.filePath(QStringLiteral("diff.json"));
    const Result result = run({QStringLiteral("diff"), QStringLiteral(":/templates/exchange2010-static-rpc.portolan"),
                               QStringLiteral("--version"), QStringLiteral("2019"), QStringLiteral("--format"),
                               QStringLiteral("json"), QStringLiteral("-o"), output});
    QCOMPARE(result.exitCode, 1);
    QFile file(output);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("portolan-diff"));
    QCOMPARE(root.value(QStringLiteral("b")).toObject().value(QStringLiteral("exchangeVersion")).toString(),
             QStringLiteral("2019"));
    int added = 0;
    int removed = 0;
    QStringList closed;
    for (const QJsonValue& boundary : root.value(QStringLiteral("boundaries")).toArray()) {
        for (const QJsonValue& rule : boundary.toObject().value(QStringLiteral("rules")).toArray()) {
            added += rule.toObject().value(QStringLiteral("change")).toString() == u"added" ? 1 : 0;
            removed += rule.toObject().value(QStringLiteral("change")).toString() == u"removed" ? 1 : 0;
        }
        if (boundary.toObject().value(QStringLiteral("from")).toString() == u"clients" &&
            boundary.toObject().value(QStringLiteral("to")).toString() == u"servers") {
            const QJsonObject close = boundary.toObject().value(QStringLiteral("close")).toObject();
            for (const QJsonValue& ports : close.value(QStringLiteral("tcp")).toArray())
                closed.append(ports.toString());
        }
    }
    const QJsonObject summary = root.value(QStringLiteral("summary")).toObject();
    QVERIFY(added > 0);
    QCOMPARE(summary.value(QStringLiteral("added")).toInt(), added);
    QCOMPARE(summary.value(QStringLiteral("removed")).toInt(), removed);
    // The static RPC ports of 2010 can be closed once the 2010 servers are gone.
    QVERIFY2(closed.contains(QStringLiteral("59532-59533")), qPrintable(closed.join(u' ')));
}

void TestCli::diffCsv()
{
    // A zone whose name starts like a formula: the CSV cell gets the apostrophe guard.
    QByteArray formulaZone(EdgeDeployment);
    formulaZone.replace(R"("name": "DMZ")", R"("name": "=DMZ")");
    const QString a = writeFile(QStringLiteral("diff-a.portolan"), CleanDeployment);
    const QString b = writeFile(QStringLiteral("diff-b.portolan"), formulaZone);
    const Result result = run({QStringLiteral("diff"), a, b, QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.outBytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines =
        QString::fromUtf8(result.outBytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 1);
    QVERIFY(lines.first().startsWith(QStringLiteral("Change,From zone,To zone,Protocol")));
    QVERIFY2(result.out.contains(QStringLiteral(",'=DMZ,")), qPrintable(result.out));
    QVERIFY(!result.out.contains(QStringLiteral(",=DMZ")));
}

void TestCli::diffBadInput()
{
    const QString path = writeFile(QStringLiteral("diff-good.portolan"), EdgeDeployment);
    const QString missing = m_dir.filePath(QStringLiteral("missing.portolan"));
    Result result = run({QStringLiteral("diff"), path, missing});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(missing), qPrintable(result.err));
    result = run({QStringLiteral("diff"), path, QStringLiteral("--version"), QStringLiteral("2042")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QStringLiteral("--version")) && result.err.contains(QStringLiteral("2042")),
             qPrintable(result.err));
    result = run({QStringLiteral("diff"), path});
    QCOMPARE(result.exitCode, 2);
}

void TestCli::firewallHelp()
{
    const Result result = run({QStringLiteral("firewall"), QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    for (const char* word : {"nftables", "asa", "windows", "--firewall", "--server", "Exit code"})
        QVERIFY2(result.out.contains(QLatin1String(word)), word);
    QVERIFY(run({QStringLiteral("--help")}).out.contains(QStringLiteral("firewall FILE --format")));
}

void TestCli::firewallFormats_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("output"); // file name; empty: standard output
    QTest::addColumn<QString>("expected");
    QTest::newRow("nftables to stdout") << QStringList{QStringLiteral("--format"), QStringLiteral("nftables")}
                                        << QString() << QStringLiteral("table inet portolan {");
    QTest::newRow("asa by extension") << QStringList{} << QStringLiteral("fw1.cfg")
                                      << QStringLiteral("access-group inside_access_in in interface inside");
    QTest::newRow("windows one server") << QStringList{QStringLiteral("--format"), QStringLiteral("windows"),
                                                       QStringLiteral("--server"), QStringLiteral("ex01")}
                                        << QStringLiteral("ex01.ps1")
                                        << QStringLiteral("if ($env:COMPUTERNAME -eq 'EX01') {");
}

void TestCli::firewallFormats()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, output);
    QFETCH(QString, expected);
    const QString path = writeFile(QStringLiteral("firewall.portolan"), FirewallDeployment);
    QStringList all{QStringLiteral("firewall"), path};
    all += arguments;
    if (!output.isEmpty())
        all += {QStringLiteral("-o"), m_dir.filePath(output)};
    const Result result = run(all);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QString text = result.out;
    if (!output.isEmpty()) {
        QFile file(m_dir.filePath(output));
        QVERIFY(file.open(QIODevice::ReadOnly));
        text = QString::fromUtf8(file.readAll());
    }
    QVERIFY2(text.contains(expected), qPrintable(text.left(2000)));
    QVERIFY2(text.contains(QStringLiteral("matrix row")), "every rule names its matrix row");
}

// Without firewalls, one sits between each pair of neighbouring zones: --firewall picks one, and is needed.
void TestCli::firewallChoosesTheFirewall()
{
    const QString path = writeFile(QStringLiteral("implicit.portolan"), EdgeDeployment);
    Result result = run({QStringLiteral("firewall"), path, QStringLiteral("--format"), QStringLiteral("asa")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QStringLiteral("--firewall")) &&
                 result.err.contains(QStringLiteral("fw-internet-dmz, fw-dmz-lan")),
             qPrintable(result.err));
    result = run({QStringLiteral("firewall"), path, QStringLiteral("--format"), QStringLiteral("windows")});
    QCOMPARE(result.exitCode, 2); // the LAN has no networks: the error says what to fill in
    QVERIFY2(result.err.contains(QStringLiteral("zone \"lan\"")), qPrintable(result.err));
}

void TestCli::firewallBadInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("deployment");
    QTest::addColumn<QString>("expected");
    const QByteArray good = FirewallDeployment;
    QByteArray dnsName = good;
    dnsName.replace("\"host\": \"198.51.100.10\"", "\"host\": \"edge01.contoso.example\"");
    QTest::newRow("unknown firewall") << QStringList{QStringLiteral("--format"), QStringLiteral("nftables"),
                                                     QStringLiteral("--firewall"), QStringLiteral("fw9")}
                                      << good
                                      << QStringLiteral("no firewall \"fw9\" in the deployment (its firewalls: fw1)");
    QTest::newRow("dns name in nftables")
        << QStringList{QStringLiteral("--format"), QStringLiteral("nftables")} << dnsName
        << QStringLiteral("server \"edge01\" in zone \"dmz\": its host \"edge01.contoso.example\" is a DNS name");
    QTest::newRow("unknown format") << QStringList{QStringLiteral("--format"), QStringLiteral("pf")} << good
                                    << QStringLiteral("unknown format \"pf\" (known: nftables, asa, windows)");
    QTest::newRow("no format") << QStringList{} << good << QStringLiteral("no format given");
    QTest::newRow("server with nftables") << QStringList{QStringLiteral("--format"), QStringLiteral("nftables"),
                                                         QStringLiteral("--server"), QStringLiteral("ex01")}
                                          << good << QStringLiteral("--server applies to windows");
    QTest::newRow("unknown server") << QStringList{QStringLiteral("--format"), QStringLiteral("windows"),
                                                   QStringLiteral("--server"), QStringLiteral("ex9")}
                                    << good << QStringLiteral("no server \"ex9\"");
}

// Exit 2, the place named, an existing OUT left as it was and no new one written.
void TestCli::firewallBadInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, deployment);
    QFETCH(QString, expected);
    const QString path = writeFile(QStringLiteral("firewall-bad.portolan"), deployment);
    const QString output = writeFile(QStringLiteral("firewall-bad.out"), "previous content\n");
    const Result result =
        run(QStringList{QStringLiteral("firewall"), path} + arguments + QStringList{QStringLiteral("-o"), output});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(expected), qPrintable(result.err));
    QFile file(output);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("previous content\n"));
    QVERIFY(result.out.isEmpty());
    // Nor does a new OUT appear.
    const QString fresh = m_dir.filePath(QStringLiteral("firewall-bad-new.out"));
    QCOMPARE(run(QStringList{QStringLiteral("firewall"), path} + arguments + QStringList{QStringLiteral("-o"), fresh})
                 .exitCode,
             2);
    QVERIFY(!QFile::exists(fresh));
}

void TestCli::lessons()
{
    const Result result = run({QStringLiteral("lessons")});
    QCOMPARE(result.exitCode, 0);
    const QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(lines.size() >= 8);
    QVERIFY2(lines.first().startsWith(QStringLiteral("seed-lan-published")), qPrintable(lines.first()));
    QVERIFY(lines.at(1).contains(QStringLiteral("An SMTP relay in the DMZ")));
    QVERIFY(run({QStringLiteral("help")}).out.contains(QStringLiteral("grade LESSON ANSWERS.json")));
}

void TestCli::gradeText()
{
    const QString answers = writeFile(QStringLiteral("relay-answers.json"), RelayAnswers);
    const Result result = run({QStringLiteral("grade"), QStringLiteral("seed-dmz-relay"), answers});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.out.contains(QStringLiteral("Learner: Anna")), qPrintable(result.out));
    QVERIFY(result.out.contains(QStringLiteral("attempts: 2")));
    QVERIFY(result.out.contains(QStringLiteral("✓ correct DMZ → LAN TCP 25 (SMTP)")));
    QVERIFY(result.out.contains(QStringLiteral("✗ extra DMZ → LAN TCP 135 (RPC endpoint mapper)")));
    QVERIFY(result.out.contains(QStringLiteral("✗ extra DMZ → LAN TCP 1025-5000")));
    QVERIFY(result.out.contains(QStringLiteral("Allowing it would expose")));
    QVERIFY(result.out.contains(QStringLiteral("✗ missing Internet → DMZ TCP 25 (SMTP)")));
    QVERIFY(result.out.contains(QStringLiteral("\nHint (internet-dmz")));
}

void TestCli::gradeJson()
{
    const QString answers = writeFile(QStringLiteral("relay-answers.json"), RelayAnswers);
    const QString out = m_dir.filePath(QStringLiteral("grade.json"));
    const Result result = run({QStringLiteral("grade"), QStringLiteral("seed-dmz-relay"), answers,
                               QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-o"), out});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.out.isEmpty());
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("portolan-grade"));
    QCOMPARE(root.value(QStringLiteral("fullyCorrect")).toBool(), false);
    const int score = root.value(QStringLiteral("score")).toInt();
    QVERIFY(score > 0 && score < 50);
    QCOMPARE(root.value(QStringLiteral("hint")).toObject().value(QStringLiteral("service")).toString(),
             QStringLiteral("SMTP"));
    const QJsonArray tasks = root.value(QStringLiteral("tasks")).toArray();
    const QJsonObject dmzLan = tasks.at(1).toObject();
    QCOMPARE(dmzLan.value(QStringLiteral("id")).toString(), QStringLiteral("dmz-lan"));
    QCOMPARE(dmzLan.value(QStringLiteral("correct")).toInt(), 2);
    QCOMPARE(dmzLan.value(QStringLiteral("extra")).toInt(), 2);
    QStringList extras;
    for (const QJsonValue& value : dmzLan.value(QStringLiteral("rules")).toArray()) {
        const QJsonObject rule = value.toObject();
        if (rule.value(QStringLiteral("verdict")).toString() != u"extra")
            continue;
        extras.append(rule.value(QStringLiteral("ports")).toString());
        QCOMPARE(rule.value(QStringLiteral("answerLines")).toArray(), QJsonArray{2});
        QVERIFY(!rule.value(QStringLiteral("exposes")).toString().isEmpty());
    }
    QCOMPARE(extras, (QStringList{QStringLiteral("135"), QStringLiteral("1025-5000")}));
}

// The answers a learner who gets everything right would write: exit code 0 and 100 %.
void TestCli::gradePerfectAnswer()
{
    const QString answers = writeFile(QStringLiteral("perfect.json"), R"({
  "format": "portolan-answers", "version": 1, "lesson": "exchange2019-edge",
  "answers": {
    "internet-dmz": {"rules": [{"from": "internet", "to": "dmz", "protocol": "tcp", "ports": "25"},
        {"from": "dmz", "to": "internet", "protocol": "tcp", "ports": "23,25,80,1080-1081,3128,6588,53"},
        {"from": "dmz", "to": "internet", "protocol": "udp", "ports": "53"}]},
    "dmz-lan": {"rules": [{"from": "dmz", "to": "lan", "protocol": "tcp", "ports": "25"},
                          {"from": "lan", "to": "dmz", "protocol": "tcp", "ports": "25,50636"}]},
    "edge-ports": {"ports": [{"protocol": "tcp", "ports": "25", "from": ["internet", "lan"]},
                             {"protocol": "tcp", "ports": "50636", "from": ["lan"]}]},
    "place-mailbox": {"placements": {"mailbox": "lan"}}}
})");
    const Result result = run({QStringLiteral("grade"), QStringLiteral("exchange2019-edge"), answers});
    QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
    QVERIFY(result.out.contains(QStringLiteral("Score: 100 %")));
    QVERIFY(!result.out.contains(QStringLiteral("✗")));
}

void TestCli::gradeBadInput_data()
{
    QTest::addColumn<QByteArray>("lesson");
    QTest::addColumn<QByteArray>("answers");
    QTest::addColumn<QString>("error");
    QTest::newRow("answer ports") << QByteArray("seed-dmz-relay") << QByteArray(R"({
  "format": "portolan-answers", "version": 1, "lesson": "seed-dmz-relay",
  "answers": {"dmz-lan": {"rules": [{"from": "dmz", "to": "lan", "protocol": "tcp", "ports": "70000"}]}}})")
                                  << QStringLiteral("answers.dmz-lan.rules[0].ports: expected ports");
    QTest::newRow("answer syntax") << QByteArray("seed-dmz-relay")
                                   << QByteArray("{\"format\": \"portolan-answers\",\n}")
                                   << QStringLiteral("line 2, column 1");
    QTest::newRow("lesson task") << QByteArray(R"({"format": "portolan-lesson", "version": 1, "id": "x",
  "title": "X", "description": "Y", "deployment": )" +
                                               QByteArray(EdgeDeployment) + R"(,
  "tasks": [{"id": "t", "kind": "firewall-rules", "from": "dmz2", "to": "lan", "question": "?"}]})")
                                 << QByteArray(R"({"format": "portolan-answers", "version": 1, "lesson": "x",
  "answers": {}})") << QStringLiteral("tasks[0].from: no zone \"dmz2\" in the deployment");
    QTest::newRow("lesson deployment") << QByteArray(R"({"format": "portolan-lesson", "version": 1, "id": "x",
  "title": "X", "description": "Y", "deployment": )" +
                                                     QByteArray(WrongType) + R"(, "tasks": []})")
                                       << QByteArray("{}")
                                       << QStringLiteral("deployment.servers[0] (\"ex01\").roles: expected an array");
}

// A bad lesson or answer file: exit code 2 and the file and place named on stderr.
void TestCli::gradeBadInput()
{
    QFETCH(QByteArray, lesson);
    QFETCH(QByteArray, answers);
    QFETCH(QString, error);
    const QString lessonArgument =
        lesson.startsWith('{') ? writeFile(QStringLiteral("bad.portolan-lesson"), lesson) : QString::fromUtf8(lesson);
    const QString answersPath = writeFile(QStringLiteral("bad-answers.json"), answers);
    const Result result = run({QStringLiteral("grade"), lessonArgument, answersPath});
    QCOMPARE(result.exitCode, 2);
    const QString file = lesson.startsWith('{') ? lessonArgument : answersPath;
    QVERIFY2(result.err.startsWith(QStringLiteral("portolan-cli: ") + file + QStringLiteral(": ") + error),
             qPrintable(result.err));
    QCOMPARE(run({QStringLiteral("grade"), lessonArgument}).exitCode, 2);
    QCOMPARE(run({QStringLiteral("grade"), QStringLiteral("seed-dmz-relay"), answersPath, QStringLiteral("--format"),
                  QStringLiteral("csv")})
                 .exitCode,
             2);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
