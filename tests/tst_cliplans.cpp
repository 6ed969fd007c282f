#include "clitest.h"

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

// The commands that plan from a deployment: diff, firewall, server-config, lessons and grade.
using namespace CliSamples;
using Result = CliResult;

class TestCliPlans final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void diffEqual();
    void diffVersionJson();
    void diffCsv();
    void diffBadInput();
    void firewallHelp();
    void firewallFormats_data();
    void firewallFormats();
    void firewallChoosesTheFirewall();
    void firewallBadInput_data();
    void firewallBadInput();
    void serverConfigScript();
    void serverConfigReg();
    void serverConfigNothingToSet();
    void serverConfigBadInput();
    void lessons();
    void gradeText();
    void gradeJson();
    void gradePerfectAnswer();
    void gradeBadInput_data();
    void gradeBadInput();

private:
    Result run(const QStringList& arguments) { return runCli(arguments); }
    QString writeFile(const QString& name, const QByteArray& content)
    {
        return writeTestFile(m_dir.filePath(name), content);
    }
    // The built-in static RPC template as a file (Exchange 2010, CAS01 and CAS02 need values).
    QString staticRpcFile();

    QTemporaryDir m_dir;
};

void TestCliPlans::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(PORTOLAN_CLI)), PORTOLAN_CLI);
    writeCliSamples(m_dir.path());
}

void TestCliPlans::diffEqual()
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

void TestCliPlans::diffVersionJson()
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

void TestCliPlans::diffCsv()
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

void TestCliPlans::diffBadInput()
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

void TestCliPlans::firewallHelp()
{
    const Result result = run({QStringLiteral("firewall"), QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    for (const char* word : {"nftables", "asa", "windows", "--firewall", "--server", "Exit code"})
        QVERIFY2(result.out.contains(QLatin1String(word)), word);
    QVERIFY(run({QStringLiteral("--help")}).out.contains(QStringLiteral("firewall FILE --format")));
}

void TestCliPlans::firewallFormats_data()
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

void TestCliPlans::firewallFormats()
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
void TestCliPlans::firewallChoosesTheFirewall()
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

void TestCliPlans::firewallBadInput_data()
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
    // EX01's address is in the DMZ's network: the rules would take it for a DMZ host, so none are written.
    QByteArray outside = good;
    outside.replace("\"host\": \"192.0.2.11\"", "\"host\": \"198.51.100.11\"");
    const QString outsideText = QStringLiteral("server \"ex01\" in zone \"lan\": its address 198.51.100.11 is outside "
                                               "the zone's networks (192.0.2.0/24)");
    for (const char* format : {"nftables", "asa", "windows"}) {
        QTest::addRow("host outside its zone, %s", format)
            << QStringList{QStringLiteral("--format"), QString::fromLatin1(format)} << outside << outsideText;
    }
    QTest::newRow("invalid network") << QStringList{QStringLiteral("--format"), QStringLiteral("nftables")}
                                     << QByteArray(good).replace("192.0.2.0/24", "192.0.2.0/33")
                                     << QStringLiteral("zones[2] (\"lan\").networks[0]: \"192.0.2.0/33\" is not a "
                                                       "network");
    // The Edge's zone runs on fw1 itself: an ASA cannot host it, and the export says so instead of writing half.
    QByteArray firewallHost = good;
    firewallHost.replace("\"interfaces\": {\"internet\": \"outside\", \"dmz\": \"dmz\", \"lan\": \"inside\"}",
                         "\"local\": \"dmz\", \"interfaces\": {\"internet\": \"outside\", \"lan\": \"inside\"}");
    QTest::newRow("asa on a firewall host")
        << QStringList{QStringLiteral("--format"), QStringLiteral("asa")} << firewallHost
        << QStringLiteral("firewall \"fw1\" runs the servers of zone \"dmz\" on itself (local); a Cisco ASA cannot "
                          "run them");
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
void TestCliPlans::firewallBadInput()
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

QString TestCliPlans::staticRpcFile()
{
    const QString path = m_dir.filePath(QStringLiteral("static-rpc.portolan"));
    if (!QFile::exists(path))
        run({QStringLiteral("new"), QStringLiteral("exchange2010-static-rpc"), QStringLiteral("-o"), path});
    return path;
}

// Without --server: one PowerShell script with a section per server, run where the computer name matches.
void TestCliPlans::serverConfigScript()
{
    const Result result =
        run({QStringLiteral("server-config"), staticRpcFile(), QStringLiteral("--format"), QStringLiteral("ps1")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.outBytes.startsWith("\xEF\xBB\xBF#Requires -RunAsAdministrator\r\n"));
    QCOMPARE(result.outBytes.count("if ($env:COMPUTERNAME -eq 'CAS0"), 2);
    QVERIFY(result.out.contains(QStringLiteral("-Name 'TCP/IP Port' -Type DWord -Value 59532")));
    QVERIFY(result.out.contains(QStringLiteral("-Name 'RpcTcpPort' -Type String -Value '59533'")));
    QVERIFY(result.out.contains(QStringLiteral("$restart += 'MSExchangeAB'")));
    QVERIFY(result.err.isEmpty());
    const Result help = run({QStringLiteral("server-config"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.startsWith(QStringLiteral("Usage: portolan-cli server-config FILE")));
    QVERIFY(run({QStringLiteral("--help")}).out.contains(QStringLiteral("server-config FILE [--server ID]")));
}

// A .reg file is for one server: -o writes it atomically, UTF-16 as regedit writes; the format follows OUT's suffix.
void TestCliPlans::serverConfigReg()
{
    const QString out = m_dir.filePath(QStringLiteral("cas02.reg"));
    const Result result = run({QStringLiteral("server-config"), staticRpcFile(), QStringLiteral("--server"),
                               QStringLiteral("cas02"), QStringLiteral("-o"), out});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.outBytes.isEmpty());
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xFF\xFE"));
    const QString text =
        QString::fromUtf16(reinterpret_cast<const char16_t*>(bytes.constData() + 2), (bytes.size() - 2) / 2);
    QVERIFY(text.startsWith(QStringLiteral("Windows Registry Editor Version 5.00\r\n\r\n")));
    QVERIFY(text.contains(QStringLiteral("; Server: CAS02 (cas02), Exchange 2010.")));
    QVERIFY(text.contains(QStringLiteral("[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\MSExchangeRPC\\"
                                         "ParametersSystem]\r\n\"TCP/IP Port\"=dword:0000e88c\r\n")));
    QVERIFY(text.contains(QStringLiteral("\"RpcTcpPort\"=\"59533\"")));

    // Several servers need values and no --server: refused, naming them, and the file is left as it was.
    const Result several = run({QStringLiteral("server-config"), staticRpcFile(), QStringLiteral("--format"),
                                QStringLiteral("reg"), QStringLiteral("-o"), out});
    QCOMPARE(several.exitCode, 2);
    QVERIFY2(several.err.contains(QStringLiteral("--server")) && several.err.contains(QStringLiteral("cas01, cas02")),
             qPrintable(several.err));
    QFile again(out);
    QVERIFY(again.open(QIODevice::ReadOnly));
    QCOMPARE(again.readAll(), bytes);
}

void TestCliPlans::serverConfigNothingToSet()
{
    const QString out = m_dir.filePath(QStringLiteral("nothing.ps1"));
    Result result = run(
        {QStringLiteral("server-config"), m_dir.filePath(QStringLiteral("edge.portolan")), QStringLiteral("-o"), out});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.startsWith(QStringLiteral("Nothing to set: Static RPC ports are off")), qPrintable(result.err));
    QVERIFY(!QFile::exists(out));
    // A server that needs nothing, in a deployment where others do.
    result =
        run({QStringLiteral("server-config"), staticRpcFile(), QStringLiteral("--server"), QStringLiteral("hub01")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.outBytes.isEmpty());
    QVERIFY2(result.err.contains(QStringLiteral("HUB01 needs no registry value")), qPrintable(result.err));
}

void TestCliPlans::serverConfigBadInput()
{
    const QString out = writeFile(QStringLiteral("kept.ps1"), "previous content");
    Result result = run({QStringLiteral("server-config"), staticRpcFile(), QStringLiteral("--server"),
                         QStringLiteral("cas09"), QStringLiteral("-o"), out});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QStringLiteral("\"cas09\"")) && result.err.contains(QStringLiteral("cas01, cas02")),
             qPrintable(result.err));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("previous content"));

    result = run({QStringLiteral("server-config"), m_dir.filePath(QStringLiteral("broken.portolan")),
                  QStringLiteral("-o"), out});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QStringLiteral("broken.portolan")), qPrintable(result.err));
    result = run({QStringLiteral("server-config"), staticRpcFile(), QStringLiteral("--format"), QStringLiteral("bat")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QStringLiteral("\"bat\" (known: ps1, reg)")), qPrintable(result.err));
    QCOMPARE(run({QStringLiteral("server-config")}).exitCode, 2);
}

void TestCliPlans::lessons()
{
    const Result result = run({QStringLiteral("lessons")});
    QCOMPARE(result.exitCode, 0);
    const QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(lines.size() >= 8);
    QVERIFY2(lines.first().startsWith(QStringLiteral("seed-lan-published")), qPrintable(lines.first()));
    QVERIFY(lines.at(1).contains(QStringLiteral("An SMTP relay in the DMZ")));
    QVERIFY(run({QStringLiteral("help")}).out.contains(QStringLiteral("grade LESSON ANSWERS.json")));
}

void TestCliPlans::gradeText()
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

void TestCliPlans::gradeJson()
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
void TestCliPlans::gradePerfectAnswer()
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

void TestCliPlans::gradeBadInput_data()
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
void TestCliPlans::gradeBadInput()
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

QTEST_GUILESS_MAIN(TestCliPlans)
#include "tst_cliplans.moc"
