#include <QDir>
#include <QFile>
#include <QFileInfo>
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

#include "clitest.h"
#include "model/catalogentry.h"
#include "model/catalogtexts.h"
#include "model/portcatalog.h"
#include "model/portolanversion.h"

using namespace CliSamples;
using Result = CliResult;

class TestCli final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
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
    return runCli(arguments);
}

QString TestCli::writeFile(const QString& name, const QByteArray& content)
{
    return writeTestFile(m_dir.filePath(name), content);
}

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(PORTOLAN_CLI)), PORTOLAN_CLI);
    writeCliSamples(m_dir.path());
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

    // portolan-render's own help (its man page is made from it) lists its two commands as portolan-cli lists them.
    QProcess render;
    render.start(QFileInfo(QStringLiteral(PORTOLAN_CLI)).dir().filePath(QStringLiteral("portolan-render")),
                 {QStringLiteral("--help")});
    QVERIFY(render.waitForFinished(30000));
    QCOMPARE(render.exitCode(), 0);
    const QString renderOut = QString::fromUtf8(render.readAllStandardOutput());
    QVERIFY2(renderOut.startsWith(QStringLiteral("Usage: portolan-render COMMAND")), qPrintable(renderOut));
    for (const char* command : {"render", "report"}) {
        const QString entry = u"\n  " + QString::fromUtf8(command) + u' ';
        const qsizetype start = result.out.indexOf(entry);
        QVERIFY2(start >= 0, command);
        // The command's two lines: its usage and, indented below it, what it does.
        const qsizetype end = result.out.indexOf(u'\n', result.out.indexOf(u'\n', start + 1) + 1);
        QVERIFY2(renderOut.contains(result.out.mid(start, end - start + 1)), command);
    }
}

void TestCli::version()
{
    // The program's version: the project's, as model/portolanversion.h gives it, for each of the three programs.
    QVERIFY(QRegularExpression(QStringLiteral("^\\d+\\.\\d+\\.\\d+$")).match(portolanVersion()).hasMatch());
    const Result result = run({QStringLiteral("--version")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QStringLiteral("portolan-cli %1\n").arg(portolanVersion()));
    const QDir programs = QFileInfo(QStringLiteral(PORTOLAN_CLI)).dir();
    const QList<std::pair<QString, QString>> others{
        {QStringLiteral("portolan-render"), QStringLiteral("portolan-render")},
        {QStringLiteral("portolan"), QStringLiteral("Portolan")}};
    for (const auto& [program, name] : others) {
        QProcess process;
        process.start(programs.filePath(program), {QStringLiteral("--version")});
        QVERIFY2(process.waitForFinished(30000), qPrintable(program));
        QCOMPARE(process.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(process.readAllStandardOutput()),
                 QStringLiteral("%1 %2\n").arg(name, portolanVersion()));
    }
    // The window's --version and --help print and quit without a display, as over SSH.
    QProcessEnvironment noDisplay = QProcessEnvironment::systemEnvironment();
    for (const char* variable : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
        noDisplay.remove(QString::fromLatin1(variable));
    for (const char* option : {"--version", "-v", "--help"}) {
        QProcess process;
        process.setProcessEnvironment(noDisplay);
        process.start(programs.filePath(QStringLiteral("portolan")), {QString::fromLatin1(option)});
        QVERIFY2(process.waitForFinished(30000), option);
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
                 qPrintable(QString::fromLatin1(option) + u' ' + QString::fromUtf8(process.readAllStandardError())));
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        if (qstrcmp(option, "--help") == 0)
            QVERIFY2(out.startsWith(QStringLiteral("Usage: ")), qPrintable(out));
        else
            QCOMPARE(out, QStringLiteral("Portolan %1\n").arg(portolanVersion()));
    }

    // After a command, --version keeps its meaning there: the Exchange version.
    const Result exchange =
        run({QStringLiteral("explain"), QStringLiteral("25"), QStringLiteral("--version"), QStringLiteral("2019")});
    QCOMPARE(exchange.exitCode, 0);
    QVERIFY2(!exchange.out.contains(portolanVersion()) && exchange.out.contains(QStringLiteral("2019")),
             qPrintable(exchange.out));
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

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
