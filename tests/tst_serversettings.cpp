// The registry values a deployment asks of its servers (issue 13): which servers get which static RPC value, with
// which type, data and service to restart; nothing, and why, where static RPC is off or not modelled (2000/2003/2007);
// and the .reg and PowerShell files, against golden files in tests/data/golden/.
#include "model/serversettings.h"

#include "model/deploymentfile.h"
#include "model/export/exporterregistry.h"
#include "model/export/exportinput.h"
#include "model/export/serversettingsregwriter.h"
#include "model/export/serversettingsscriptwriter.h"
#include "model/matrixbuilder.h"
#include "model/portcatalog.h"
#include "model/registrysettings.h"
#include "model/templatelibrary.h"

#include "deploymentbuilder.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

namespace {

const PortCatalog& catalog()
{
    return PortCatalog::builtin();
}

DeploymentData staticRpcTemplate()
{
    DeploymentReader reader(catalog());
    return *reader.readFile(TemplateLibrary::find(QStringLiteral("exchange2010-static-rpc"))->path);
}

// The template with public folders, held by MBX01 only.
DeploymentData withPublicFolders()
{
    DeploymentData data = staticRpcTemplate();
    data.options.setFlag(QStringLiteral("publicFolders"), true);
    for (Server& server : data.servers) {
        if (server.id == u"mbx01")
            server.setFlag(QStringLiteral("publicFolderDatabase"), true);
    }
    return data;
}

// "cas01 TCP/IP Port REG_DWORD 59532 MSExchangeRPC" for each value.
QStringList summary(const ServerSettingsPlan& plan)
{
    QStringList lines;
    for (const ServerSetting& setting : plan.settings) {
        lines.append(
            QStringList{setting.serverId, setting.valueName, setting.type, setting.dataText(), setting.restart.service}
                .join(u' '));
    }
    return lines;
}

QByteArray golden(const char* name)
{
    QFile file(QStringLiteral(PORTOLAN_SOURCE_DIR "/tests/data/golden/") + QString::fromUtf8(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QByteArray written(Exporter& exporter)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!exporter.write(&buffer))
        return {};
    return buffer.data();
}

// The servers that some matrix rule lets reach on this fixed TCP port (not as part of a dynamic RPC range).
QStringList reachableOn(const PortMatrix& matrix, int port)
{
    QStringList servers;
    for (int row = 0; row < matrix.rowCount(); ++row) {
        const MatrixRule& rule = *matrix.ruleAt(row);
        if (rule.protocol == Protocol::Tcp && !rule.dynamicRpc && rule.ports.contains(port))
            servers += rule.destinations;
    }
    return servers;
}

} // namespace

class TestServerSettings final : public QObject
{
    Q_OBJECT

private slots:
    void clientAccessServersGetBothValues();
    void publicFolderMailboxGetsTheRpcClientAccessPort();
    void everyValuePinsAPortTheMatrixOpens();
    void dataFollowsTheOption();
    void staticRpcOffSetsNothing();
    void legacyVersionsAreNotModelled_data();
    void legacyVersionsAreNotModelled();
    void legacyValuesCarryTheirSources();
    void oneServer();
    void registryFile();
    void registryFileRefusesSeveralServers();
    void dwordAsRegeditWritesIt_data();
    void dwordAsRegeditWritesIt();
    void scriptForOneServer();
    void scriptForEveryServer();
    void scriptQuotesServerNames();
    void registeredFormats();
};

void TestServerSettings::clientAccessServersGetBothValues()
{
    DeploymentData data = staticRpcTemplate();
    data.options.setFlag(QStringLiteral("publicFolders"), false);
    const ServerSettingsPlan plan = ServerSettings::plan(catalog(), data);
    QCOMPARE(summary(plan), (QStringList{QStringLiteral("cas01 TCP/IP Port REG_DWORD 59532 MSExchangeRPC"),
                                         QStringLiteral("cas01 RpcTcpPort REG_SZ 59533 MSExchangeAB"),
                                         QStringLiteral("cas02 TCP/IP Port REG_DWORD 59532 MSExchangeRPC"),
                                         QStringLiteral("cas02 RpcTcpPort REG_SZ 59533 MSExchangeAB")}));
    QCOMPARE(plan.settings.at(0).key,
             QStringLiteral("HKLM\\SYSTEM\\CurrentControlSet\\Services\\MSExchangeRPC\\ParametersSystem"));
    QCOMPARE(plan.settings.at(1).key,
             QStringLiteral("HKLM\\SYSTEM\\CurrentControlSet\\Services\\MSExchangeAB\\Parameters"));
    QCOMPARE(plan.settings.at(0).restart.displayName, QStringLiteral("Microsoft Exchange RPC Client Access"));
    QCOMPARE(plan.settings.at(0).serverName, QStringLiteral("CAS01"));
    QVERIFY(plan.nothingToSet.isEmpty());
    QCOMPARE(plan.serverIds(), (QStringList{QStringLiteral("cas01"), QStringLiteral("cas02")}));
}

void TestServerSettings::publicFolderMailboxGetsTheRpcClientAccessPort()
{
    const ServerSettingsPlan flagged = ServerSettings::plan(catalog(), withPublicFolders());
    QCOMPARE(summary(flagged).mid(4), QStringList{QStringLiteral("mbx01 TCP/IP Port REG_DWORD 59532 MSExchangeRPC")});

    // Public folders (on by default in 2010) without a marked server: every Mailbox server may hold them, as the
    // catalog's rules say.
    const ServerSettingsPlan plan = ServerSettings::plan(catalog(), staticRpcTemplate());
    QCOMPARE(plan.serverIds(), (QStringList{QStringLiteral("cas01"), QStringLiteral("cas02"), QStringLiteral("mbx01"),
                                            QStringLiteral("mbx02")}));
    QCOMPARE(plan.forServer(QStringLiteral("mbx02")).size(), 1);
}

// The server settings and the firewall rules name the same ports: a server that got a value is one the matrix opens
// that port to, and the reverse.
void TestServerSettings::everyValuePinsAPortTheMatrixOpens()
{
    DeploymentData data = withPublicFolders();
    data.options.staticRpc.rpcClientAccessPort = 60100;
    data.options.staticRpc.addressBookPort = 60200;
    const PortMatrix matrix = MatrixBuilder(catalog()).build(data);
    const ServerSettingsPlan plan = ServerSettings::plan(catalog(), data);
    for (const int port : {60100, 60200}) {
        QStringList withValue;
        for (const ServerSetting& setting : plan.settings) {
            if (setting.port == port)
                withValue.append(setting.serverId);
        }
        QStringList opened = reachableOn(matrix, port);
        opened.removeDuplicates();
        std::sort(opened.begin(), opened.end());
        std::sort(withValue.begin(), withValue.end());
        QVERIFY(!withValue.isEmpty());
        QCOMPARE(withValue, opened);
    }
}

void TestServerSettings::dataFollowsTheOption()
{
    DeploymentData data = staticRpcTemplate();
    data.options.staticRpc.rpcClientAccessPort = 60001;
    data.options.staticRpc.addressBookPort = 60002;
    const ServerSettingsPlan plan = ServerSettings::plan(catalog(), data);
    QCOMPARE(plan.settings.at(0).dataText(), QStringLiteral("60001"));
    QCOMPARE(plan.settings.at(1).dataText(), QStringLiteral("60002"));
}

void TestServerSettings::staticRpcOffSetsNothing()
{
    DeploymentData data = staticRpcTemplate();
    data.options.staticRpc.enabled = false;
    const ServerSettingsPlan plan = ServerSettings::plan(catalog(), data);
    QVERIFY(plan.isEmpty());
    QVERIFY2(plan.nothingToSet.startsWith(QStringLiteral("Static RPC ports are off")), qPrintable(plan.nothingToSet));
    ServerSettingsScriptWriter script(plan, catalog());
    QVERIFY(written(script).isEmpty());
    QVERIFY(script.errorString().contains(QStringLiteral("Nothing to set")));
}

// Static RPC switched on in a 2003 or 2007 deployment: the plan keeps the dynamic range for Outlook, so the values
// that would pin the store, NSPI and referral ports are named but not set.
void TestServerSettings::legacyVersionsAreNotModelled_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("role");
    QTest::newRow("2003 back-end") << QStringLiteral("2003") << QStringLiteral("back-end");
    QTest::newRow("2000 back-end") << QStringLiteral("2000") << QStringLiteral("back-end");
    QTest::newRow("2007 mailbox") << QStringLiteral("2007") << QStringLiteral("mailbox");
}

void TestServerSettings::legacyVersionsAreNotModelled()
{
    QFETCH(QString, version);
    QFETCH(QString, role);
    const QByteArray versionId = version.toUtf8();
    const QByteArray roleId = role.toUtf8();
    auto builder = DeploymentBuilder::threeZones(versionId.constData());
    builder.server("be01", "lan", {roleId.constData()}).server("dc01", "lan", {"domain-controller"});
    DeploymentData data = builder.data();
    data.options.staticRpc.enabled = true;
    const ServerSettingsPlan plan = ServerSettings::plan(catalog(), data);
    QVERIFY(plan.isEmpty());
    QVERIFY2(plan.nothingToSet.contains(QStringLiteral("Exchange 2010 only")), qPrintable(plan.nothingToSet));
    QVERIFY2(plan.nothingToSet.contains(QStringLiteral("BE01")), qPrintable(plan.nothingToSet));
    for (const char* value :
         {"ParametersSystem \"TCP/IP Port\"", "Parameters \"TCP/IP NSPI Port\"", "Parameters \"TCP/IP Port\""})
        QVERIFY2(plan.nothingToSet.contains(QString::fromUtf8(value)), qPrintable(plan.nothingToSet));
    // The matrix opens Outlook the server's dynamic range (1025-5000 on the Windows of that era): a value pinning
    // 59532 would make the server listen where no rule lets Outlook in.
    const PortMatrix matrix = MatrixBuilder(catalog()).build(data);
    QVERIFY(!reachableOn(matrix, 59532).contains(QStringLiteral("be01")));
    bool dynamicForOutlook = false;
    for (int row = 0; row < matrix.rowCount(); ++row) {
        const MatrixRule& rule = *matrix.ruleAt(row);
        dynamicForOutlook |= rule.dynamicRpc && rule.destinations.contains(QStringLiteral("be01")) &&
                             rule.sourceRoles.contains(QStringLiteral("outlook-client"));
    }
    QVERIFY(dynamicForOutlook);
}

void TestServerSettings::legacyValuesCarryTheirSources()
{
    int legacy = 0;
    for (const RegistrySetting& setting : RegistrySettings::staticRpc()) {
        QVERIFY(!setting.references.isEmpty());
        for (const QString& tag : setting.references + setting.restart.sources)
            QVERIFY2(catalog().source(tag), qPrintable(tag));
        QVERIFY(setting.type == u"REG_DWORD" || setting.type == u"REG_SZ");
        if (setting.isModelled())
            continue;
        ++legacy;
        QVERIFY(setting.versions.contains(QStringLiteral("2003")) || setting.versions.contains(QStringLiteral("2007")));
        // Only the System Attendant has a source naming the service to restart (R1); the others say so.
        if (setting.key.endsWith(QStringLiteral("MSExchangeSA\\Parameters")) && setting.valueName == u"TCP/IP Port")
            QCOMPARE(setting.restart.service, QStringLiteral("MSExchangeSA"));
        else
            QVERIFY(!setting.restart.isConfirmed() && !setting.restart.note.isEmpty());
        QCOMPARE(setting.confirmed, !setting.versions.contains(QStringLiteral("2007")));
    }
    QCOMPARE(legacy, 6);
}

void TestServerSettings::oneServer()
{
    const DeploymentData data = withPublicFolders();
    QCOMPARE(summary(ServerSettings::plan(catalog(), data, QStringLiteral("mbx01"))),
             QStringList{QStringLiteral("mbx01 TCP/IP Port REG_DWORD 59532 MSExchangeRPC")});
    const ServerSettingsPlan hub = ServerSettings::plan(catalog(), data, QStringLiteral("hub01"));
    QVERIFY(hub.isEmpty());
    QCOMPARE(hub.nothingToSet, QStringLiteral("HUB01 needs no registry value for static RPC ports; the values are for "
                                              "CAS01, CAS02, MBX01."));
}

void TestServerSettings::registryFile()
{
    ServerSettingsRegWriter writer(ServerSettings::plan(catalog(), staticRpcTemplate(), QStringLiteral("cas01")),
                                   catalog());
    const QByteArray bytes = written(writer);
    QVERIFY2(!bytes.isEmpty(), qPrintable(writer.errorString()));
    QVERIFY(bytes.startsWith("\xFF\xFE")); // UTF-16LE with a byte order mark, as regedit writes
    QCOMPARE(bytes, golden("server-settings-cas01.reg"));
}

void TestServerSettings::registryFileRefusesSeveralServers()
{
    ServerSettingsRegWriter writer(ServerSettings::plan(catalog(), staticRpcTemplate()), catalog());
    QVERIFY(written(writer).isEmpty());
    QVERIFY2(writer.errorString().contains(QStringLiteral("4 servers need values (cas01, cas02, mbx01, mbx02)")),
             qPrintable(writer.errorString()));
}

void TestServerSettings::dwordAsRegeditWritesIt_data()
{
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("line");
    QTest::newRow("recommended") << 59532 << QStringLiteral("\"TCP/IP Port\"=dword:0000e88c");
    QTest::newRow("low") << 1024 << QStringLiteral("\"TCP/IP Port\"=dword:00000400");
    QTest::newRow("highest") << 65535 << QStringLiteral("\"TCP/IP Port\"=dword:0000ffff");
}

void TestServerSettings::dwordAsRegeditWritesIt()
{
    QFETCH(int, port);
    QFETCH(QString, line);
    DeploymentData data = staticRpcTemplate();
    data.options.staticRpc.rpcClientAccessPort = port;
    ServerSettingsRegWriter writer(ServerSettings::plan(catalog(), data, QStringLiteral("cas02")), catalog());
    const QStringList lines = writer.text().split(QStringLiteral("\r\n"));
    QVERIFY2(lines.contains(line), qPrintable(lines.join(u'\n')));
    QVERIFY(lines.contains(QStringLiteral("\"RpcTcpPort\"=\"59533\"")));
}

void TestServerSettings::scriptForOneServer()
{
    ServerSettingsScriptWriter writer(ServerSettings::plan(catalog(), staticRpcTemplate(), QStringLiteral("cas01")),
                                      catalog());
    const QByteArray bytes = written(writer);
    QVERIFY2(!bytes.isEmpty(), qPrintable(writer.errorString()));
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF#Requires -RunAsAdministrator\r\n"));
    QVERIFY(!bytes.contains("$env:COMPUTERNAME -eq"));
    QCOMPARE(bytes, golden("server-settings-cas01.ps1"));
}

void TestServerSettings::scriptForEveryServer()
{
    ServerSettingsScriptWriter writer(ServerSettings::plan(catalog(), withPublicFolders()), catalog());
    const QByteArray bytes = written(writer);
    QCOMPARE(bytes.count("if ($env:COMPUTERNAME -eq "), 3);
    QCOMPARE(bytes, golden("server-settings-all.ps1"));
}

void TestServerSettings::scriptQuotesServerNames()
{
    DeploymentData data = staticRpcTemplate();
    data.name = QStringLiteral("Contoso\r\n#> Write-Host 'x'");
    data.servers[0].name = QStringLiteral("O'BRIEN\u2019S");
    ServerSettingsScriptWriter writer(ServerSettings::plan(catalog(), data), catalog());
    const QString text = writer.text();
    QVERIFY(text.contains(QStringLiteral("if ($env:COMPUTERNAME -eq 'O''BRIEN\u2019\u2019S') {")));
    // The name stays inside its comment line.
    QVERIFY(text.contains(QStringLiteral("# Server settings from Portolan for the deployment \"Contoso #> Write-Host "
                                         "'x'\".\r\n")));
}

void TestServerSettings::registeredFormats()
{
    const ExporterRegistry& registry = ExporterRegistry::instance();
    QCOMPARE(registry.names(ExportDocument::ServerSettings), QStringLiteral("ps1, reg"));
    const ExportFormat* reg = registry.forPath(ExportDocument::ServerSettings, QStringLiteral("cas01.REG"));
    QVERIFY(reg);
    const DeploymentData data = staticRpcTemplate();
    ExportInput input;
    input.catalog = &catalog();
    input.deployment = &data;
    input.serverId = QStringLiteral("cas01");
    const std::unique_ptr<Exporter> exporter = reg->create(input);
    QCOMPARE(exporter->id(), QStringLiteral("server-settings-reg"));
    QCOMPARE(written(*exporter), golden("server-settings-cas01.reg"));
}

QTEST_GUILESS_MAIN(TestServerSettings)
#include "tst_serversettings.moc"
