#include "deploymentsamples.h"
#include "model/deploymentfile.h"
#include "model/portcatalog.h"
#include "model/templatelibrary.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

// A valid file with three zones and three servers that error cases change one thing in.
QJsonObject validFile()
{
    const auto zone = [](const char* id, const char* name, const char* kind) {
        return QJsonObject{{QStringLiteral("id"), QString::fromUtf8(id)},
                           {QStringLiteral("name"), QString::fromUtf8(name)},
                           {QStringLiteral("kind"), QString::fromUtf8(kind)}};
    };
    const auto server = [](const char* id, const char* zone, const char* role) {
        return QJsonObject{{QStringLiteral("id"), QString::fromUtf8(id)},
                           {QStringLiteral("name"), QString::fromUtf8(id).toUpper()},
                           {QStringLiteral("zone"), QString::fromUtf8(zone)},
                           {QStringLiteral("roles"), QJsonArray{QString::fromUtf8(role)}}};
    };
    return QJsonObject{
        {QStringLiteral("format"), QStringLiteral("portolan-deployment")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("name"), QStringLiteral("Contoso")},
        {QStringLiteral("exchangeVersion"), QStringLiteral("2019")},
        {QStringLiteral("zones"),
         QJsonArray{zone("internet", "Internet", "internet"), zone("dmz", "DMZ", "dmz"), zone("lan", "LAN", "lan")}},
        {QStringLiteral("servers"),
         QJsonArray{server("edge01", "dmz", "edge-transport"), server("dc01", "lan", "domain-controller"),
                    server("ex01", "lan", "mailbox")}},
        {QStringLiteral("options"),
         QJsonObject{{QStringLiteral("pop3"), false},
                     {QStringLiteral("staticRpc"), QJsonObject{{QStringLiteral("enabled"), false}}}}},
    };
}

// Sets (or with an undefined value removes) what a path like "servers/2/roles" names.
QJsonValue setAt(const QJsonValue& node, QStringList path, const QJsonValue& value)
{
    if (path.isEmpty())
        return value;
    const QString head = path.takeFirst();
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        const int index = head.toInt();
        if (path.isEmpty() && value.isUndefined())
            array.removeAt(index);
        else
            array[index] = setAt(array.at(index), path, value);
        return array;
    }
    QJsonObject object = node.toObject();
    if (path.isEmpty() && value.isUndefined())
        object.remove(head);
    else
        object[head] = setAt(object.value(head), path, value);
    return object;
}

QByteArray fileWith(const char* path, const QJsonValue& value)
{
    const QJsonValue root = setAt(validFile(), QString::fromUtf8(path).split(u'/'), value);
    return QJsonDocument(root.toObject()).toJson();
}

QByteArray fileWithout(const char* path)
{
    return fileWith(path, QJsonValue(QJsonValue::Undefined));
}

} // namespace

class TestDeploymentFile final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(!catalog().versions().isEmpty()); }

    void roundTrip_data()
    {
        QTest::addColumn<DeploymentData>("data");
        QTest::newRow("empty") << emptyDeployment();
        QTest::newRow("every field set") << fullDeployment();
        QTest::newRow("quotes, control characters, non-Latin text") << awkwardTextDeployment();
        QTest::newRow("networks and firewalls") << firewalledDeployment();
        // The DMZ's servers run on fw1 itself: no interface faces the DMZ.
        DeploymentData host = firewalledDeployment();
        host.firewalls[0].interfaces.removeAt(1);
        host.firewalls[0].localZone = QStringLiteral("dmz");
        QTest::newRow("a zone running on a firewall") << host;
    }

    void roundTrip()
    {
        QFETCH(DeploymentData, data);
        const QByteArray json = DeploymentWriter().toJson(data);
        DeploymentReader reader(catalog());
        const auto read = reader.read(json);
        QVERIFY2(read, qPrintable(reader.errorString()));
        QVERIFY(reader.errorString().isEmpty());
        COMPARE_DATA(*read, data);
        // Writing what was read gives the same bytes: saving an unchanged file does not change it.
        QCOMPARE(DeploymentWriter().toJson(*read), json);
    }

    void writerSpellsOutKeysInProductOrder()
    {
        DeploymentData data = fullDeployment();
        const QByteArray json = DeploymentWriter().toJson(data);
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(json, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);

        const QList<QByteArray> order = {"\"format\"",          "\"version\"", "\"name\"",    "\"description\"",
                                         "\"exchangeVersion\"", "\"zones\"",   "\"servers\"", "\"options\""};
        qsizetype last = -1;
        for (const QByteArray& key : order) {
            const qsizetype at = json.indexOf(key);
            QVERIFY2(at > last, key.constData());
            last = at;
        }
        QVERIFY(json.startsWith("{\n    \"format\": \"portolan-deployment\",\n    \"version\": 1,\n"));
        QVERIFY(json.endsWith("}\n"));

        const QJsonObject options = root.value(QStringLiteral("options")).toObject();
        for (const QString& flag : DeploymentOptions::flagNames())
            QVERIFY2(options.value(flag).isBool(), qPrintable(flag));
        const QJsonObject staticRpc = options.value(QStringLiteral("staticRpc")).toObject();
        QCOMPARE(staticRpc.value(QStringLiteral("enabled")).toBool(), true);
        QCOMPARE(staticRpc.value(QStringLiteral("rpcClientAccessPort")).toInt(), 6001);
        QCOMPARE(staticRpc.value(QStringLiteral("addressBookPort")).toInt(), 6002);
        const QJsonObject dag = options.value(QStringLiteral("dag")).toObject();
        QCOMPARE(dag.value(QStringLiteral("enabled")).toBool(), true);
        QCOMPARE(dag.value(QStringLiteral("replicationPort")).toInt(), 64000);
        QCOMPARE(options.value(QStringLiteral("dynamicRpcRange")).toString(), QStringLiteral("10000-20000"));
        QCOMPARE(options.value(QStringLiteral("umSecurity")).toString(), QStringLiteral("dual"));
        QCOMPARE(options.value(QStringLiteral("reverseProxyTls")).toString(), QStringLiteral("offload"));
        QCOMPARE(options.value(QStringLiteral("umRtpRange")).toString(), QStringLiteral("20000-29999"));

        data.options.dynamicRpcRange.reset();
        data.servers[1].dynamicRpcRange.reset();
        data.description.clear();
        const QByteArray plain = DeploymentWriter().toJson(data);
        QVERIFY(!plain.contains("dynamicRpcRange"));
        QVERIFY(!plain.contains("\"description\""));
    }

    void readsProductExample()
    {
        const QByteArray json =
            R"({ "format": "portolan-deployment", "version": 1, "name": "Contoso", "exchangeVersion": "2019",
  "zones":   [ {"id": "internet", "name": "Internet", "kind": "internet"},
               {"id": "dmz", "name": "DMZ", "kind": "dmz"}, {"id": "lan", "name": "LAN", "kind": "lan"} ],
  "servers": [ {"id": "edge01", "name": "EDGE01", "zone": "dmz", "roles": ["edge-transport"], "host": "192.0.2.10"},
               {"id": "ex01", "name": "EX01", "zone": "lan", "roles": ["mailbox"]},
               {"id": "dc01", "name": "DC01", "zone": "lan", "roles": ["domain-controller"]} ],
  "options": { "pop3": false, "imap4": false, "staticRpc": {"enabled": false} } })";
        DeploymentReader reader(catalog());
        const auto data = reader.read(json);
        QVERIFY2(data, qPrintable(reader.errorString()));
        QCOMPARE(data->name, QStringLiteral("Contoso"));
        QCOMPARE(data->exchangeVersion, QStringLiteral("2019"));
        QCOMPARE(data->zones.size(), 3);
        QVERIFY(data->zones.at(0).implicitActors); // default when the key is absent
        QVERIFY(data->zones.at(0).colour.isEmpty());
        QCOMPARE(data->servers.size(), 3);
        QCOMPARE(data->servers.at(0).host, QStringLiteral("192.0.2.10"));
        QCOMPARE(data->servers.at(1).roles, QStringList{QStringLiteral("mailbox")});
        QVERIFY(data->servers.at(1).version.isEmpty());
        QCOMPARE(data->options.staticRpc.rpcClientAccessPort, 59532);
        QVERIFY(!data->options.dynamicRpcRange);
    }

    // Flags the file leaves out take the defaults of the file's Exchange version, not of some other version.
    void serverKeysAreWrittenOnlyWhenSet()
    {
        DeploymentData data = emptyDeployment();
        data.zones = {makeZone(QStringLiteral("lan"), QStringLiteral("lan"))};
        data.servers = {
            makeServer(QStringLiteral("dc01"), QStringLiteral("lan"), {QStringLiteral("domain-controller")})};
        QByteArray json = DeploymentWriter().toJson(data);
        QVERIFY(!json.contains("dynamicRpcRange"));
        QVERIFY(!json.contains("hybridMailFlow"));
        QVERIFY(!json.contains("publicFolderDatabase"));
        data.servers[0].dynamicRpcRange = PortRange{1025, 5000};
        data.servers[0].setFlag(QStringLiteral("publicFolderDatabase"), true);
        data.servers[0].setFlag(QStringLiteral("hybridMailFlow"), true);
        json = DeploymentWriter().toJson(data);
        const QJsonObject server =
            QJsonDocument::fromJson(json).object().value(QStringLiteral("servers")).toArray().at(0).toObject();
        QCOMPARE(server.value(QStringLiteral("dynamicRpcRange")).toString(), QStringLiteral("1025-5000"));
        QCOMPARE(server.value(QStringLiteral("hybridMailFlow")).toBool(), true);
        QCOMPARE(server.value(QStringLiteral("publicFolderDatabase")).toBool(), true);
        // Flags keep the order of Server::flagNames(), whatever order they were set in.
        QCOMPARE(data.servers[0].flags,
                 (QStringList{QStringLiteral("hybridMailFlow"), QStringLiteral("publicFolderDatabase")}));
        // null means "not set", as for the deployment's range.
        const auto read = DeploymentReader(catalog()).read(fileWith("servers/1/dynamicRpcRange", QJsonValue()));
        QVERIFY(read);
        QVERIFY(!read->servers.at(1).dynamicRpcRange);
        QVERIFY(!read->servers.at(1).hasFlag(QStringLiteral("hybridMailFlow")));
    }

    void missingOptionsTakeVersionDefaults_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("withOptionsObject");
        QTest::newRow("2003, no options") << QStringLiteral("2003") << false;
        QTest::newRow("2003, partial options") << QStringLiteral("2003") << true;
        QTest::newRow("2019, no options") << QStringLiteral("2019") << false;
        QTest::newRow("2019, partial options") << QStringLiteral("2019") << true;
    }

    void missingOptionsTakeVersionDefaults()
    {
        QFETCH(QString, version);
        QFETCH(bool, withOptionsObject);
        QJsonObject root = validFile();
        root[QStringLiteral("exchangeVersion")] = version;
        if (withOptionsObject)
            root[QStringLiteral("options")] = QJsonObject{{QStringLiteral("nntp"), true}};
        else
            root.remove(QStringLiteral("options"));
        DeploymentReader reader(catalog());
        const auto data = reader.read(QJsonDocument(root).toJson());
        QVERIFY2(data, qPrintable(reader.errorString()));
        DeploymentOptions expected = DeploymentOptions::defaultsFor(version);
        if (withOptionsObject)
            expected.setFlag(QStringLiteral("nntp"), true);
        QVERIFY(data->options == expected);
        // Files from before the choice options and the RTP range get Microsoft's defaults.
        QCOMPARE(data->options.choice(QStringLiteral("umSecurity")), QStringLiteral("unsecured"));
        QCOMPARE(data->options.choice(QStringLiteral("reverseProxyTls")), QStringLiteral("bridging"));
        QCOMPARE(data->options.umRtpRange, (PortRange{1024, 65535}));
    }

    // The validator warns about these; the file itself is fine.
    void roleOutsideItsVersionLoads()
    {
        DeploymentReader reader(catalog());
        const auto data = reader.read(fileWith("servers/2/roles", QJsonArray{QStringLiteral("hub-transport")}));
        QVERIFY2(data, qPrintable(reader.errorString()));
        QCOMPARE(data->servers.at(2).roles, QStringList{QStringLiteral("hub-transport")});
    }

    // A deployment that uses nothing of version 2 is written as version 1, so an older Portolan still opens it.
    void versionIsTheOldestThatHoldsTheFile()
    {
        QCOMPARE(deploymentFormatVersionFor(fullDeployment()), 1);
        DeploymentData networks = fullDeployment();
        networks.zones[2].networks = {*IpNetwork::parse(QStringLiteral("198.51.100.0/24"))};
        QCOMPARE(deploymentFormatVersionFor(networks), 2);
        DeploymentData firewalls = fullDeployment();
        firewalls.firewalls = firewalledDeployment().firewalls;
        QCOMPARE(deploymentFormatVersionFor(firewalls), 2);
        QVERIFY(DeploymentWriter().toJson(firewalls).contains("\"version\": 2,\n"));
        const QByteArray v1 = DeploymentWriter().toJson(fullDeployment());
        QVERIFY(v1.contains("\"version\": 1,\n"));
        QVERIFY(!v1.contains("networks") && !v1.contains("firewalls"));
    }

    // Every template but the seed's firewall host is an old (version 1) file: it loads, means what it meant, and saves
    // as version 1. The firewall host lists its one firewall (running the mail server's zone) and stays version 2.
    void oldFilesLoadUnchanged()
    {
        for (const DeploymentTemplate& entry : TemplateLibrary::templates()) {
            DeploymentReader reader(catalog());
            const auto data = reader.readFile(entry.path);
            QVERIFY2(data, qPrintable(entry.path + u' ' + reader.errorString()));
            const bool firewallHost = entry.id == QLatin1String("seed-firewall-host");
            QCOMPARE(data->firewalls.size(), firewallHost ? 1 : 0);
            if (firewallHost)
                QCOMPARE(data->firewalls.constFirst().localZone, QStringLiteral("firewall"));
            for (const Zone& zone : data->zones)
                QVERIFY(zone.networks.isEmpty());
            const QByteArray json = DeploymentWriter().toJson(*data);
            QVERIFY2(json.contains(firewallHost ? "\"version\": 2,\n" : "\"version\": 1,\n"), qPrintable(entry.path));
            const auto again = reader.read(json);
            QVERIFY(again);
            COMPARE_DATA(*again, *data);
            QCOMPARE(DeploymentWriter().toJson(*again), json);
        }
    }

    void networksAndFirewallsAreWrittenAsDocumented()
    {
        const QByteArray json = DeploymentWriter().toJson(firewalledDeployment());
        QVERIFY(json.contains("\"networks\": [\"192.0.2.0/25\", \"2001:db8:1::/64\"]"));
        QVERIFY(json.contains("\"interfaces\": {\n                \"internet\": \"outside\",\n"));
        QVERIFY(json.contains("\"name\": \"Cloud \\\"edge\\\"\""));
        // Firewalls between the servers and the options.
        QVERIFY(json.indexOf("\"servers\"") < json.indexOf("\"firewalls\""));
        QVERIFY(json.indexOf("\"firewalls\"") < json.indexOf("\"options\""));
    }

    // JSON objects have no order: the interfaces take the zones' lane order, in memory and in the file.
    void interfacesTakeLaneOrder()
    {
        const QByteArray json =
            fileWith("firewalls",
                     QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("fw1")},
                                            {QStringLiteral("name"), QStringLiteral("Perimeter")},
                                            {QStringLiteral("interfaces"),
                                             QJsonObject{{QStringLiteral("lan"), QStringLiteral("inside")},
                                                         {QStringLiteral("dmz"), QStringLiteral("b-dmz")},
                                                         {QStringLiteral("internet"), QStringLiteral("outside")}}}}});
        DeploymentReader reader(catalog());
        const auto data = reader.read(json);
        QVERIFY2(data, qPrintable(reader.errorString()));
        QCOMPARE(data->firewalls.size(), 1);
        const QList<FirewallInterface> expected = {{QStringLiteral("internet"), QStringLiteral("outside")},
                                                   {QStringLiteral("dmz"), QStringLiteral("b-dmz")},
                                                   {QStringLiteral("lan"), QStringLiteral("inside")}};
        QVERIFY(data->firewalls.first().interfaces == expected);
        QCOMPARE(data->firewalls.first().interfaceTo(QStringLiteral("dmz")), QStringLiteral("b-dmz"));
        const QByteArray written = DeploymentWriter().toJson(*data);
        QVERIFY(written.indexOf("\"internet\": \"outside\"") < written.indexOf("\"lan\": \"inside\""));
    }

    void loadErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");

        const auto row = [](const char* name, const QByteArray& json, const QString& expected) {
            QTest::newRow(name) << json << expected;
        };
        const auto array = [](std::initializer_list<const char*> items) {
            QJsonArray result;
            for (const char* item : items)
                result.append(QString::fromUtf8(item));
            return result;
        };

        // The header.
        row("top level is an array", "[1, 2]", QStringLiteral("the top level is not a JSON object"));
        row("format missing", fileWithout("format"), QStringLiteral("format: required key is missing"));
        row("format wrong", fileWith("format", QStringLiteral("portolan-matrix")),
            QStringLiteral("format: expected \"portolan-deployment\""));
        row("version missing", fileWithout("version"), QStringLiteral("version: required key is missing"));
        row("version a string", fileWith("version", QStringLiteral("1")),
            QStringLiteral("version: expected an integer"));
        row("version a fraction", fileWith("version", 1.5), QStringLiteral("version: expected an integer"));
        row("version zero", fileWith("version", 0), QStringLiteral("version: unsupported format version 0"));
        row("unknown top-level key", fileWith("option", QJsonObject()),
            QStringLiteral("unknown key \"option\"; did you mean \"options\"?"));
        row("name missing", fileWithout("name"), QStringLiteral("name: required key is missing"));
        row("name a number", fileWith("name", 7), QStringLiteral("name: expected a string"));
        row("description an array", fileWith("description", QJsonArray()),
            QStringLiteral("description: expected a string"));
        row("exchangeVersion missing", fileWithout("exchangeVersion"),
            QStringLiteral("exchangeVersion: required key is missing"));
        row("exchangeVersion unknown", fileWith("exchangeVersion", QStringLiteral("2021")),
            QStringLiteral("exchangeVersion: unknown version \"2021\" (known: 2000, 2003, 2007, 2010, 2013, 2016, "
                           "2019, se)"));

        // Zones.
        row("zones missing", fileWithout("zones"), QStringLiteral("zones: required key is missing"));
        row("zones an object", fileWith("zones", QJsonObject()), QStringLiteral("zones: expected an array"));
        row("zone a string", fileWith("zones/1", QStringLiteral("dmz")),
            QStringLiteral("zones[1]: expected an object"));
        row("zone id missing", fileWithout("zones/0/id"), QStringLiteral("zones[0].id: required key is missing"));
        row("zone id empty", fileWith("zones/0/id", QString()), QStringLiteral("zones[0].id: must not be empty"));
        row("zone id with a colon", fileWith("zones/1/id", QStringLiteral("dmz:edge")),
            QStringLiteral("zones[1].id: invalid id \"dmz:edge\""));
        row("zone id with a space", fileWith("zones/1/id", QStringLiteral("my dmz")),
            QStringLiteral("zones[1].id: invalid id \"my dmz\""));
        row("duplicate zone id", fileWith("zones/2/id", QStringLiteral("dmz")),
            QStringLiteral("zones[2]: duplicate zone id \"dmz\""));
        row("zone name missing", fileWithout("zones/2/name"),
            QStringLiteral("zones[2] (\"lan\").name: required key is missing"));
        row("zone name blank", fileWith("zones/2/name", QStringLiteral("  ")),
            QStringLiteral("zones[2] (\"lan\").name: must not be empty"));
        row("zone kind unknown", fileWith("zones/0/kind", QStringLiteral("intranet")),
            QStringLiteral("zones[0] (\"internet\").kind: unknown zone kind \"intranet\" (known: internet, dmz, lan, "
                           "cloud)"));
        row("zone colour a name", fileWith("zones/1/colour", QStringLiteral("red")),
            QStringLiteral("zones[1] (\"dmz\").colour: expected a colour \"#rrggbb\", found \"red\""));
        row("zone colour too short", fileWith("zones/1/colour", QStringLiteral("#abc")),
            QStringLiteral("zones[1] (\"dmz\").colour: expected a colour"));
        row("implicitActors a string", fileWith("zones/0/implicitActors", QStringLiteral("yes")),
            QStringLiteral("zones[0] (\"internet\").implicitActors: expected true or false"));
        row("zone unknown key", fileWith("zones/0/color", QStringLiteral("#ffffff")),
            QStringLiteral("zones[0]: unknown key \"color\"; did you mean \"colour\"?"));

        // Servers.
        row("servers missing", fileWithout("servers"), QStringLiteral("servers: required key is missing"));
        row("server a number", fileWith("servers/0", 3), QStringLiteral("servers[0]: expected an object"));
        row("server id missing", fileWithout("servers/1/id"), QStringLiteral("servers[1].id: required key is missing"));
        row("server id a number", fileWith("servers/1/id", 1), QStringLiteral("servers[1].id: expected a string"));
        row("server id like an implicit actor", fileWith("servers/1/id", QStringLiteral("lan:outlook-client")),
            QStringLiteral("servers[1].id: invalid id \"lan:outlook-client\""));
        row("duplicate server id", fileWith("servers/2/id", QStringLiteral("edge01")),
            QStringLiteral("servers[2]: duplicate server id \"edge01\""));
        row("server name missing", fileWithout("servers/1/name"),
            QStringLiteral("servers[1] (\"dc01\").name: required key is missing"));
        row("server zone missing", fileWithout("servers/2/zone"),
            QStringLiteral("servers[2] (\"ex01\").zone: required key is missing"));
        row("server zone unknown", fileWith("servers/2/zone", QStringLiteral("dmz2")),
            QStringLiteral("servers[2] (\"ex01\").zone: unknown zone \"dmz2\" (known: internet, dmz, lan)"));
        row("roles missing", fileWithout("servers/0/roles"),
            QStringLiteral("servers[0] (\"edge01\").roles: required key is missing"));
        row("roles a string", fileWith("servers/0/roles", QStringLiteral("mailbox")),
            QStringLiteral("servers[0] (\"edge01\").roles: expected an array of strings"));
        row("roles hold a number", fileWith("servers/0/roles", QJsonArray{1}),
            QStringLiteral("servers[0] (\"edge01\").roles: expected an array of strings"));
        row("server dynamicRpcRange reversed", fileWith("servers/1/dynamicRpcRange", QStringLiteral("5000-1025")),
            QStringLiteral("servers[1] (\"dc01\").dynamicRpcRange: invalid port range \"5000-1025\""));
        row("server dynamicRpcRange port zero", fileWith("servers/1/dynamicRpcRange", QStringLiteral("0-5000")),
            QStringLiteral("servers[1] (\"dc01\").dynamicRpcRange: invalid port range \"0-5000\""));
        row("server dynamicRpcRange a number", fileWith("servers/1/dynamicRpcRange", 1025),
            QStringLiteral("servers[1] (\"dc01\").dynamicRpcRange: expected a port range string"));
        row("server dynamicRpcRange misspelt", fileWith("servers/1/dynamicRpcRanges", QStringLiteral("1025-5000")),
            QStringLiteral("servers[1]: unknown key \"dynamicRpcRanges\"; did you mean \"dynamicRpcRange\"?"));
        row("hybridMailFlow a string", fileWith("servers/2/hybridMailFlow", QStringLiteral("yes")),
            QStringLiteral("servers[2] (\"ex01\").hybridMailFlow: expected true or false"));
        row("role unknown", fileWith("servers/2/roles", array({"mailbx"})),
            QStringLiteral("servers[2] (\"ex01\"): unknown role \"mailbx\"; did you mean \"mailbox\"?"));
        row("role unknown, nothing close", fileWith("servers/2/roles", array({"mainframe-gateway"})),
            QStringLiteral("servers[2] (\"ex01\"): unknown role \"mainframe-gateway\""));
        row("role twice", fileWith("servers/2/roles", array({"mailbox", "mailbox"})),
            QStringLiteral("servers[2] (\"ex01\").roles: duplicate role \"mailbox\""));
        row("host a number", fileWith("servers/0/host", 10),
            QStringLiteral("servers[0] (\"edge01\").host: expected a string"));
        row("server version unknown", fileWith("servers/2/version", QStringLiteral("2021")),
            QStringLiteral("servers[2] (\"ex01\").version: unknown version \"2021\" (known: 2000,"));
        row("server unknown key", fileWith("servers/0/hots", QStringLiteral("192.0.2.1")),
            QStringLiteral("servers[0]: unknown key \"hots\"; did you mean \"host\"?"));

        // Options.
        row("options an array", fileWith("options", QJsonArray()), QStringLiteral("options: expected an object"));
        row("option unknown", fileWith("options/pop4", true),
            QStringLiteral("options: unknown key \"pop4\"; did you mean \"pop3\"?"));
        row("flag a string", fileWith("options/pop3", QStringLiteral("yes")),
            QStringLiteral("options.pop3: expected true or false"));
        row("staticRpc a bool", fileWith("options/staticRpc", true),
            QStringLiteral("options.staticRpc: expected an object"));
        row("staticRpc unknown key", fileWith("options/staticRpc/port", 6001),
            QStringLiteral("options.staticRpc: unknown key \"port\""));
        row("staticRpc enabled a number", fileWith("options/staticRpc/enabled", 1),
            QStringLiteral("options.staticRpc.enabled: expected true or false"));
        row("rpcClientAccessPort zero", fileWith("options/staticRpc/rpcClientAccessPort", 0),
            QStringLiteral("options.staticRpc.rpcClientAccessPort: expected a port number from 1 to 65535"));
        row("rpcClientAccessPort too big", fileWith("options/staticRpc/rpcClientAccessPort", 65536),
            QStringLiteral("options.staticRpc.rpcClientAccessPort: expected a port number from 1 to 65535"));
        row("addressBookPort a fraction", fileWith("options/staticRpc/addressBookPort", 59533.5),
            QStringLiteral("options.staticRpc.addressBookPort: expected a port number from 1 to 65535"));
        row("addressBookPort a string", fileWith("options/staticRpc/addressBookPort", QStringLiteral("59533")),
            QStringLiteral("options.staticRpc.addressBookPort: expected a port number from 1 to 65535"));
        row("dag an array", fileWith("options/dag", QJsonArray()), QStringLiteral("options.dag: expected an object"));
        row("replicationPort negative", fileWith("options/dag/replicationPort", -1),
            QStringLiteral("options.dag.replicationPort: expected a port number from 1 to 65535"));
        row("dynamicRpcRange reversed", fileWith("options/dynamicRpcRange", QStringLiteral("5000-1025")),
            QStringLiteral("options.dynamicRpcRange: invalid port range \"5000-1025\""));
        row("dynamicRpcRange words", fileWith("options/dynamicRpcRange", QStringLiteral("windows default")),
            QStringLiteral("options.dynamicRpcRange: invalid port range \"windows default\""));
        row("dynamicRpcRange beyond 65535", fileWith("options/dynamicRpcRange", QStringLiteral("49152-70000")),
            QStringLiteral("options.dynamicRpcRange: invalid port range \"49152-70000\""));
        row("dynamicRpcRange a number", fileWith("options/dynamicRpcRange", 49152),
            QStringLiteral("options.dynamicRpcRange: expected a port range string"));
        row("umSecurity unknown value", fileWith("options/umSecurity", QStringLiteral("tls")),
            QStringLiteral(
                "options.umSecurity: unknown value \"tls\" (allowed: unsecured, sipSecured, secured, dual)"));
        row("umSecurity in the wrong case", fileWith("options/umSecurity", QStringLiteral("Secured")),
            QStringLiteral("options.umSecurity: unknown value \"Secured\""));
        row("reverseProxyTls unknown value", fileWith("options/reverseProxyTls", QStringLiteral("passthrough")),
            QStringLiteral("options.reverseProxyTls: unknown value \"passthrough\" (allowed: bridging, offload)"));
        row("reverseProxyTls a bool", fileWith("options/reverseProxyTls", true),
            QStringLiteral("options.reverseProxyTls: expected a string"));
        row("umRtpRange reversed", fileWith("options/umRtpRange", QStringLiteral("2000-1000")),
            QStringLiteral("options.umRtpRange: invalid port range \"2000-1000\""));
        row("umRtpRange a number", fileWith("options/umRtpRange", 1024),
            QStringLiteral("options.umRtpRange: expected a port range string"));
        row("umRtpRange typo", fileWith("options/umRtpRang", QStringLiteral("1024-65535")),
            QStringLiteral("options: unknown key \"umRtpRang\"; did you mean \"umRtpRange\"?"));

        // Zones' networks.
        row("network prefix too long", fileWith("zones/1/networks", array({"192.0.2.0/24", "10.0.0.0/33"})),
            QStringLiteral("zones[1] (\"dmz\").networks[1]: \"10.0.0.0/33\" is not a network (CIDR such as "
                           "192.0.2.0/24)"));
        row("network with host bits", fileWith("zones/2/networks", array({"198.51.100.7/24"})),
            QStringLiteral("zones[2] (\"lan\").networks[0]: \"198.51.100.7/24\" has host bits set; did you mean "
                           "198.51.100.0/24?"));
        row("network not CIDR", fileWith("zones/2/networks", array({"lan.contoso.example"})),
            QStringLiteral("zones[2] (\"lan\").networks[0]: \"lan.contoso.example\" is not a network"));
        row("networks a string", fileWith("zones/2/networks", QStringLiteral("198.51.100.0/24")),
            QStringLiteral("zones[2] (\"lan\").networks: expected an array of networks"));
        row("network a number", fileWith("zones/2/networks", QJsonArray{24}),
            QStringLiteral("zones[2] (\"lan\").networks[0]: expected a string"));
        row("network twice", fileWith("zones/2/networks", array({"2001:db8::/64", "2001:0db8::/64"})),
            QStringLiteral("zones[2] (\"lan\").networks[1]: duplicate network \"2001:db8::/64\""));
        row("networks typo", fileWith("zones/2/network", array({"198.51.100.0/24"})),
            QStringLiteral("zones[2]: unknown key \"network\"; did you mean \"networks\"?"));

        // Firewalls.
        const auto firewall = [](const char* id, const QJsonObject& interfaces) {
            return QJsonObject{{QStringLiteral("id"), QString::fromUtf8(id)},
                               {QStringLiteral("name"), QString::fromUtf8(id).toUpper()},
                               {QStringLiteral("interfaces"), interfaces}};
        };
        const QJsonObject twoLegs{{QStringLiteral("internet"), QStringLiteral("outside")},
                                  {QStringLiteral("dmz"), QStringLiteral("inside")}};
        row("firewalls an object", fileWith("firewalls", twoLegs), QStringLiteral("firewalls: expected an array"));
        row("interface to an unknown zone",
            fileWith("firewalls", QJsonArray{firewall("fw1", {{QStringLiteral("internet"), QStringLiteral("outside")},
                                                              {QStringLiteral("dmz2"), QStringLiteral("dmz")}})}),
            QStringLiteral("firewalls[0] (\"fw1\").interfaces.dmz2: unknown zone \"dmz2\" (known: internet, dmz, "
                           "lan)"));
        row("duplicate firewall id",
            fileWith("firewalls", QJsonArray{firewall("fw1", twoLegs), firewall("fw1", twoLegs)}),
            QStringLiteral("firewalls[1]: duplicate firewall id \"fw1\""));
        row("firewall without interfaces",
            fileWith("firewalls", QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("fw1")},
                                                         {QStringLiteral("name"), QStringLiteral("FW1")}}}),
            QStringLiteral("firewalls[0] (\"fw1\").interfaces: required key is missing"));
        row("firewall with one interface",
            fileWith("firewalls", QJsonArray{firewall("fw1", {{QStringLiteral("dmz"), QStringLiteral("dmz")}})}),
            QStringLiteral("firewalls[0] (\"fw1\").interfaces: a firewall joins two or more zones"));
        row("two zones on one interface",
            fileWith("firewalls", QJsonArray{firewall("fw1", {{QStringLiteral("internet"), QStringLiteral("eth0")},
                                                              {QStringLiteral("dmz"), QStringLiteral("eth0")}})}),
            QStringLiteral("interface \"eth0\" already faces zone"));
        row("interface name with a space",
            fileWith("firewalls", QJsonArray{firewall("fw1", {{QStringLiteral("internet"), QStringLiteral("out side")},
                                                              {QStringLiteral("dmz"), QStringLiteral("dmz")}})}),
            QStringLiteral("firewalls[0] (\"fw1\").interfaces.internet: invalid interface name \"out side\""));
        row("interface name a number",
            fileWith("firewalls", QJsonArray{firewall("fw1", {{QStringLiteral("internet"), 1},
                                                              {QStringLiteral("dmz"), QStringLiteral("dmz")}})}),
            QStringLiteral("firewalls[0] (\"fw1\").interfaces.internet: expected the interface's name"));
        row("firewall id invalid", fileWith("firewalls", QJsonArray{firewall("fw 1", twoLegs)}),
            QStringLiteral("firewalls[0].id: invalid id \"fw 1\""));
        // A zone that runs on a firewall (local).
        const auto host = [&firewall](const char* id, const QJsonObject& interfaces, const QJsonValue& local) {
            QJsonObject object = firewall(id, interfaces);
            object.insert(QStringLiteral("local"), local);
            return object;
        };
        const QJsonObject outside{{QStringLiteral("internet"), QStringLiteral("outside")}};
        const QJsonObject lanLegs{{QStringLiteral("dmz"), QStringLiteral("dmz")},
                                  {QStringLiteral("lan"), QStringLiteral("inside")}};
        row("local zone unknown", fileWith("firewalls", QJsonArray{host("fw1", outside, QStringLiteral("dmz2"))}),
            QStringLiteral("firewalls[0] (\"fw1\").local: unknown zone \"dmz2\" (known: internet, dmz, lan)"));
        row("local zone a number", fileWith("firewalls", QJsonArray{host("fw1", outside, 2)}),
            QStringLiteral("firewalls[0] (\"fw1\").local: expected the id of the zone whose servers run on the "
                           "firewall"));
        row("local zone the Internet",
            fileWith("firewalls", QJsonArray{host("fw1", lanLegs, QStringLiteral("internet"))}),
            QStringLiteral("firewalls[0] (\"fw1\").local: zone \"internet\" is an Internet zone; only a zone of "
                           "servers runs on a firewall"));
        row("local zone also an interface",
            fileWith("firewalls", QJsonArray{host("fw1", twoLegs, QStringLiteral("dmz"))}),
            QStringLiteral("firewalls[0] (\"fw1\").interfaces.dmz: zone \"dmz\" runs on this firewall (local): it is "
                           "reached without an interface"));
        row("local zone alone", fileWith("firewalls", QJsonArray{host("fw1", {}, QStringLiteral("dmz"))}),
            QStringLiteral("firewalls[0] (\"fw1\").interfaces: a firewall joins two or more zones"));
        row("local zone on two firewalls",
            fileWith("firewalls", QJsonArray{host("fw1", outside, QStringLiteral("dmz")),
                                             host("fw2", {{QStringLiteral("lan"), QStringLiteral("inside")}},
                                                  QStringLiteral("dmz"))}),
            QStringLiteral("firewalls[1] (\"fw2\").local: zone \"dmz\" already runs on firewall \"fw1\"; a zone runs "
                           "on one firewall at most"));
        row("local zone faced by an earlier firewall",
            fileWith("firewalls", QJsonArray{firewall("fw1", lanLegs), host("fw2", outside, QStringLiteral("dmz"))}),
            QStringLiteral("firewalls[1] (\"fw2\").local: zone \"dmz\" faces interface \"dmz\" of firewall \"fw1\"; "
                           "a zone that runs on a firewall is reached through that firewall only"));
        row("local zone faced by a later firewall",
            fileWith("firewalls", QJsonArray{host("fw1", outside, QStringLiteral("dmz")), firewall("fw2", lanLegs)}),
            QStringLiteral("firewalls[1] (\"fw2\").interfaces.dmz: zone \"dmz\" runs on firewall \"fw1\"; a zone that "
                           "runs on a firewall is reached through that firewall only"));
        row("firewall key typo",
            fileWith("firewalls", QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("fw1")},
                                                         {QStringLiteral("name"), QStringLiteral("FW1")},
                                                         {QStringLiteral("interface"), twoLegs}}}),
            QStringLiteral("firewalls[0]: unknown key \"interface\"; did you mean \"interfaces\"?"));
    }

    void loadErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        DeploymentReader reader(catalog());
        const auto data = reader.read(json);
        QVERIFY2(!data, "a broken file must not load, not even in part");
        QVERIFY2(reader.errorString().startsWith(expected) || reader.errorString().contains(expected),
                 qPrintable(QStringLiteral("got: ") + reader.errorString()));
        // One message, one line: it goes into a status bar or a terminal as it is.
        QVERIFY(!reader.errorString().contains(u'\n'));
    }

    void parseErrorsGiveLineAndColumn_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing comma between keys")
            << QByteArray("{\n    \"format\": \"portolan-deployment\"\n    \"version\": 1\n}")
            << QStringLiteral("line 3, column 5: missing comma or closing '}'");
        QTest::newRow("missing comma in an array")
            << QByteArray("{\n  \"zones\": [\n    {\"id\": \"a\"}\n    {\"id\": \"b\"}\n  ]\n}")
            << QStringLiteral("line 4, column 5: missing comma");
        QTest::newRow("missing colon") << QByteArray("{\n  \"name\" \"x\"\n}")
                                       << QStringLiteral("line 2, column 10: missing colon after a key");
        QTest::newRow("columns count characters, not bytes")
            << QByteArray("{\"név\": \"Zürich\", \"x\": tru}") << QStringLiteral("line 1, column 24: invalid value");
        QTest::newRow("unterminated string")
            << QByteArray("{\n\"name\": \"Contoso\n}") << QStringLiteral("line 2, column 9: unterminated string");
        QTest::newRow("missing value") << QByteArray("{\n  \"zones\": [1,]\n}")
                                       << QStringLiteral("line 2, column 15: missing value");
        QTest::newRow("file ends early") << QByteArray("{\n  \"version\": 1")
                                         << QStringLiteral("line 2, column 15: unexpected end");
        QTest::newRow("text after the end")
            << QByteArray("{}\n{}") << QStringLiteral("line 2, column 1: unexpected text");
        QTest::newRow("empty file") << QByteArray() << QStringLiteral("the file is empty");
        QTest::newRow("blank file") << QByteArray(" \n\t\n") << QStringLiteral("the file is empty");
        QTest::newRow("invalid UTF-8") << QByteArray("{\"name\": \"\xff\xfe\"}") << QStringLiteral("line 1, column");
    }

    void parseErrorsGiveLineAndColumn()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        DeploymentReader reader(catalog());
        QVERIFY(!reader.read(json));
        QVERIFY2(reader.errorString().startsWith(expected), qPrintable(QStringLiteral("got: ") + reader.errorString()));
    }

    void newerVersionRefused_data()
    {
        QTest::addColumn<int>("version");
        QTest::addColumn<bool>("withNewKeys");
        QTest::newRow("next") << DeploymentFormatVersion + 1 << false;
        QTest::newRow("after next, with keys this Portolan does not know") << DeploymentFormatVersion + 2 << true;
    }

    void newerVersionRefused()
    {
        QFETCH(int, version);
        QFETCH(bool, withNewKeys);
        QJsonObject root = validFile();
        root[QStringLiteral("version")] = version;
        if (withNewKeys) {
            root[QStringLiteral("layout")] = QJsonObject{{QStringLiteral("edge01"), QJsonArray{10, 20}}};
            root[QStringLiteral("exchangeVersion")] = QStringLiteral("2028");
        }
        DeploymentReader reader(catalog());
        QVERIFY(!reader.read(QJsonDocument(root).toJson()));
        QCOMPARE(reader.errorString(), QStringLiteral("this file uses format version %1, newer than this Portolan "
                                                      "(%2); open it with a newer Portolan")
                                           .arg(version)
                                           .arg(DeploymentFormatVersion));
    }

    // A reader that failed once reads the next good file and forgets the old error.
    void readerRecoversAfterAnError()
    {
        DeploymentReader reader(catalog());
        QVERIFY(!reader.read("{"));
        QVERIFY(!reader.errorString().isEmpty());
        QVERIFY(reader.read(QJsonDocument(validFile()).toJson()));
        QVERIFY(reader.errorString().isEmpty());
    }

    // No input crashes the reader or loads half a file: every truncation and every single-byte change of a valid
    // file either loads completely or gives an error.
    void neverCrashesOnDamagedFiles()
    {
        const QByteArray json = DeploymentWriter().toJson(fullDeployment());
        DeploymentReader reader(catalog());
        // Every strict prefix fails, except the one that only lacks the final newline.
        for (int length = 0; length < json.size() - 1; ++length) {
            QVERIFY(!reader.read(json.left(length)));
            QVERIFY(!reader.errorString().isEmpty());
        }
        QVERIFY(reader.read(json.left(json.size() - 1)));
        const char replacements[] = {'"', ',', '}', ']', ':', '0', 'x', '\0', '\xc3'};
        for (int i = 0; i < json.size(); ++i) {
            for (const char replacement : replacements) {
                QByteArray damaged = json;
                damaged[i] = replacement;
                const auto data = reader.read(damaged);
                QCOMPARE(bool(data), reader.errorString().isEmpty());
            }
        }
    }

    void readFileOfMissingFileNamesIt()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("absent.portolan"));
        DeploymentReader reader(catalog());
        QVERIFY(!reader.readFile(path));
        QVERIFY2(reader.errorString().contains(QDir::toNativeSeparators(path)), qPrintable(reader.errorString()));
    }
};

QTEST_GUILESS_MAIN(TestDeploymentFile)
#include "tst_deploymentfile.moc"
