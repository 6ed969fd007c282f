#include "model/deploymentcommands.h"
#include "model/deployment.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <functional>

namespace {

using CommandFactory = std::function<QUndoCommand*(Deployment*)>;
using DataEdit = std::function<void(DeploymentData&)>;

Server makeServer(const char* id, const char* zone, const char* role)
{
    const QString serverId = QString::fromUtf8(id);
    return Server{
        serverId, serverId.toUpper(), QString::fromUtf8(zone), {QString::fromUtf8(role)}, {}, {}, std::nullopt, {}};
}

// Servers of one zone are interleaved with others' so that restoring them "at their indexes" is a real test.
DeploymentData sample()
{
    DeploymentData data;
    data.name = QStringLiteral("Contoso");
    data.exchangeVersion = QStringLiteral("2016");
    data.options = DeploymentOptions::defaultsFor(data.exchangeVersion);
    data.zones = {Zone{QStringLiteral("internet"), QStringLiteral("Internet"), QStringLiteral("internet"), {}, true},
                  Zone{QStringLiteral("dmz"), QStringLiteral("DMZ"), QStringLiteral("dmz"), {}, true},
                  Zone{QStringLiteral("lan"), QStringLiteral("LAN"), QStringLiteral("lan"), {}, true}};
    data.servers = {makeServer("edge01", "dmz", "edge-transport"), makeServer("ex01", "lan", "mailbox"),
                    makeServer("proxy01", "dmz", "reverse-proxy"), makeServer("dc01", "lan", "domain-controller"),
                    makeServer("ex02", "lan", "mailbox")};
    data.servers[1].host = QStringLiteral("192.0.2.20");
    data.firewalls = {{QStringLiteral("fw1"),
                       QStringLiteral("Perimeter"),
                       {{QStringLiteral("internet"), QStringLiteral("outside")},
                        {QStringLiteral("dmz"), QStringLiteral("dmz")},
                        {QStringLiteral("lan"), QStringLiteral("inside")}}}};
    return data;
}

bool sameData(const DeploymentData& a, const DeploymentData& b)
{
    return a.name == b.name && a.description == b.description && a.exchangeVersion == b.exchangeVersion &&
           a.zones == b.zones && a.servers == b.servers && a.options == b.options && a.firewalls == b.firewalls;
}

QString describe(const DeploymentData& data)
{
    QStringList parts;
    for (const Zone& zone : data.zones)
        parts << QStringLiteral("zone %1 \"%2\" %3").arg(zone.id, zone.name, zone.kind);
    for (const Firewall& firewall : data.firewalls) {
        QStringList legs;
        for (const FirewallInterface& leg : firewall.interfaces)
            legs << leg.zone + u'=' + leg.name;
        parts << QStringLiteral("firewall %1 \"%2\" %3").arg(firewall.id, firewall.name, legs.join(u','));
    }
    for (const Server& server : data.servers)
        parts << QStringLiteral("server %1 \"%2\" in %3 [%4] host %5 version %6")
                     .arg(server.id, server.name, server.zone, server.roles.join(u','), server.host, server.version);
    parts << QStringLiteral("version %1, name %2").arg(data.exchangeVersion, data.name);
    return parts.join(u'\n');
}

// The document's own id lookup must follow every insert and removal.
bool indexConsistent(const Deployment& document)
{
    for (int i = 0; i < document.servers().size(); ++i) {
        if (document.serverIndex(document.servers().at(i).id) != i)
            return false;
    }
    return true;
}

#define VERIFY_DOCUMENT(document, expected)                                                                            \
    do {                                                                                                               \
        QVERIFY2(sameData((document).data(), (expected)),                                                              \
                 qPrintable(QStringLiteral("\nactual:\n") + describe((document).data()) +                              \
                            QStringLiteral("\nexpected:\n") + describe(expected)));                                    \
        QVERIFY(indexConsistent(document));                                                                            \
    } while (false)

} // namespace

Q_DECLARE_METATYPE(CommandFactory)
Q_DECLARE_METATYPE(DataEdit)

class TestDeploymentCommands final : public QObject
{
    Q_OBJECT

private slots:
    // Each command: redo gives exactly the expected document, undo exactly the original, and again.
    void undoRedoRestoresDocument_data()
    {
        QTest::addColumn<CommandFactory>("factory");
        QTest::addColumn<DataEdit>("edit");
        QTest::addColumn<QString>("text");

        Server newServer = makeServer("ex03", "lan", "mailbox");
        newServer.host = QStringLiteral("ex03.corp");
        QTest::newRow("add server, appended")
            << CommandFactory([newServer](Deployment* d) { return new AddServerCommand(d, newServer); })
            << DataEdit([newServer](DeploymentData& data) { data.servers.append(newServer); })
            << QStringLiteral("Add EX03");
        QTest::newRow("add server at index")
            << CommandFactory([newServer](Deployment* d) { return new AddServerCommand(d, newServer, 1); })
            << DataEdit([newServer](DeploymentData& data) { data.servers.insert(1, newServer); })
            << QStringLiteral("Add EX03");
        QTest::newRow("remove server") << CommandFactory([](Deployment* d) {
            return new RemoveServerCommand(d, QStringLiteral("proxy01"));
        }) << DataEdit([](DeploymentData& data) { data.servers.removeAt(2); })
                                       << QStringLiteral("Remove PROXY01");
        QTest::newRow("move server to another zone") << CommandFactory([](Deployment* d) {
            return EditServerCommand::moveServer(d, QStringLiteral("ex01"), QStringLiteral("dmz")).release();
        }) << DataEdit([](DeploymentData& data) { data.servers[1].zone = QStringLiteral("dmz"); })
                                                     << QStringLiteral("Move EX01 to DMZ");
        QTest::newRow("change roles") << CommandFactory([](Deployment* d) {
            return EditServerCommand::setServerRoles(d, QStringLiteral("ex02"),
                                                     {QStringLiteral("mailbox"), QStringLiteral("edge-transport")})
                .release();
        }) << DataEdit([](DeploymentData& data) { data.servers[4].roles << QStringLiteral("edge-transport"); })
                                      << QStringLiteral("Change roles of EX02");
        QTest::newRow("set host") << CommandFactory([](Deployment* d) {
            return EditServerCommand::setServerHost(d, QStringLiteral("edge01"), QStringLiteral(" 192.0.2.10 "))
                .release();
        }) << DataEdit([](DeploymentData& data) { data.servers[0].host = QStringLiteral("192.0.2.10"); })
                                  << QStringLiteral("Change address of EDGE01");
        QTest::newRow("clear host") << CommandFactory([](Deployment* d) {
            return EditServerCommand::setServerHost(d, QStringLiteral("ex01"), QString()).release();
        }) << DataEdit([](DeploymentData& data) { data.servers[1].host.clear(); })
                                    << QStringLiteral("Change address of EX01");
        QTest::newRow("version override") << CommandFactory([](Deployment* d) {
            return EditServerCommand::setServerVersion(d, QStringLiteral("ex02"), QStringLiteral("2019")).release();
        }) << DataEdit([](DeploymentData& data) { data.servers[4].version = QStringLiteral("2019"); })
                                          << QStringLiteral("Change Exchange version of EX02");
        QTest::newRow("server dynamic RPC range") << CommandFactory([](Deployment* d) {
            return EditServerCommand::setServerDynamicRpcRange(d, QStringLiteral("dc01"), PortRange{1025, 5000})
                .release();
        }) << DataEdit([](DeploymentData& data) {
            data.servers[3].dynamicRpcRange = PortRange{1025, 5000};
        }) << QStringLiteral("Change dynamic RPC range of DC01");
        QTest::newRow("hybrid mail flow") << CommandFactory([](Deployment* d) {
            return EditServerCommand::setServerFlag(d, QStringLiteral("ex01"), QStringLiteral("hybridMailFlow"), true)
                .release();
        }) << DataEdit([](DeploymentData& data) { data.servers[1].setFlag(QStringLiteral("hybridMailFlow"), true); })
                                          << QStringLiteral("Let EX01 carry hybrid mail flow");
        QTest::newRow("public folder database") << CommandFactory([](Deployment* d) {
            return EditServerCommand::setServerFlag(d, QStringLiteral("ex01"), QStringLiteral("publicFolderDatabase"),
                                                    true)
                .release();
        }) << DataEdit([](DeploymentData& data) {
            data.servers[1].setFlag(QStringLiteral("publicFolderDatabase"), true);
        }) << QStringLiteral("Mark EX01 as holding a public folder database");
        QTest::newRow("rename server") << CommandFactory([](Deployment* d) {
            return EditServerCommand::renameServer(d, QStringLiteral("dc01"), QStringLiteral("DC-HQ-01")).release();
        }) << DataEdit([](DeploymentData& data) { data.servers[3].name = QStringLiteral("DC-HQ-01"); })
                                       << QStringLiteral("Rename DC01");

        const Zone cloud{QStringLiteral("o365"), QStringLiteral("Exchange Online"), QStringLiteral("cloud"), {}, true};
        QTest::newRow("add zone, appended")
            << CommandFactory([cloud](Deployment* d) { return new AddZoneCommand(d, cloud); })
            << DataEdit([cloud](DeploymentData& data) { data.zones.append(cloud); })
            << QStringLiteral("Add zone Exchange Online");
        QTest::newRow("add zone at index")
            << CommandFactory([cloud](Deployment* d) { return new AddZoneCommand(d, cloud, 0); })
            << DataEdit([cloud](DeploymentData& data) { data.zones.prepend(cloud); })
            << QStringLiteral("Add zone Exchange Online");
        QTest::newRow("remove zone with servers") << CommandFactory([](Deployment* d) {
            return new RemoveZoneCommand(d, QStringLiteral("lan"));
        }) << DataEdit([](DeploymentData& data) {
            data.zones.removeAt(2);
            data.servers = {data.servers.at(0), data.servers.at(2)};
            data.firewalls[0].interfaces.removeAt(2);
        }) << QStringLiteral("Remove zone LAN");
        QTest::newRow("remove empty zone") << CommandFactory([](Deployment* d) {
            return new RemoveZoneCommand(d, QStringLiteral("internet"));
        }) << DataEdit([](DeploymentData& data) {
            data.zones.removeAt(0);
            data.firewalls[0].interfaces.removeAt(0);
        }) << QStringLiteral("Remove zone Internet");
        QTest::newRow("rename zone") << CommandFactory([](Deployment* d) {
            return EditZoneCommand::renameZone(d, QStringLiteral("dmz"), QStringLiteral("Perimeter")).release();
        }) << DataEdit([](DeploymentData& data) { data.zones[1].name = QStringLiteral("Perimeter"); })
                                     << QStringLiteral("Rename zone DMZ");
        QTest::newRow("zone kind") << CommandFactory([](Deployment* d) {
            return EditZoneCommand::setZoneKind(d, QStringLiteral("dmz"), QStringLiteral("lan")).release();
        }) << DataEdit([](DeploymentData& data) { data.zones[1].kind = QStringLiteral("lan"); })
                                   << QStringLiteral("Change kind of zone DMZ");
        QTest::newRow("zone colour") << CommandFactory([](Deployment* d) {
            return EditZoneCommand::setZoneColour(d, QStringLiteral("lan"), QStringLiteral("#123456")).release();
        }) << DataEdit([](DeploymentData& data) { data.zones[2].colour = QStringLiteral("#123456"); })
                                     << QStringLiteral("Change colour of zone LAN");
        QTest::newRow("zone implicit actors") << CommandFactory([](Deployment* d) {
            return EditZoneCommand::setZoneImplicitActors(d, QStringLiteral("lan"), false).release();
        }) << DataEdit([](DeploymentData& data) { data.zones[2].implicitActors = false; })
                                              << QStringLiteral("Assume no clients or mail servers in zone LAN");
        QTest::newRow("generic zone edit") << CommandFactory([](Deployment* d) {
            Zone after = *d->zone(QStringLiteral("internet"));
            after.name = QStringLiteral("Outside");
            after.implicitActors = false;
            return new EditZoneCommand(d, *d->zone(QStringLiteral("internet")), after, QStringLiteral("Edit zone"));
        }) << DataEdit([](DeploymentData& data) {
            data.zones[0].name = QStringLiteral("Outside");
            data.zones[0].implicitActors = false;
        }) << QStringLiteral("Edit zone");
        QTest::newRow("reorder zone forward") << CommandFactory([](Deployment* d) {
            return new ReorderZoneCommand(d, QStringLiteral("internet"), 2);
        }) << DataEdit([](DeploymentData& data) {
            data.zones.move(0, 2);
            data.firewalls[0].interfaces.move(0, 2);
        }) << QStringLiteral("Move zone Internet");
        QTest::newRow("reorder zone backward") << CommandFactory([](Deployment* d) {
            return new ReorderZoneCommand(d, QStringLiteral("lan"), 1);
        }) << DataEdit([](DeploymentData& data) {
            data.zones.move(2, 1);
            data.firewalls[0].interfaces.move(2, 1);
        }) << QStringLiteral("Move zone LAN");
        QTest::newRow("zone networks") << CommandFactory([](Deployment* d) {
            return EditZoneCommand::setZoneNetworks(d, QStringLiteral("lan"),
                                                    {*IpNetwork::parse(QStringLiteral("198.51.100.0/24")),
                                                     *IpNetwork::parse(QStringLiteral("2001:db8:1::/64"))})
                .release();
        }) << DataEdit([](DeploymentData& data) {
            data.zones[2].networks = {*IpNetwork::parse(QStringLiteral("198.51.100.0/24")),
                                      *IpNetwork::parse(QStringLiteral("2001:db8:1::/64"))};
        }) << QStringLiteral("Change networks of zone LAN");

        // Interfaces given out of lane order are kept in lane order.
        const Firewall inner{
            QStringLiteral("fw2"),
            QStringLiteral("Inner"),
            {{QStringLiteral("lan"), QStringLiteral("inside")}, {QStringLiteral("dmz"), QStringLiteral("outside")}}};
        QTest::newRow("add firewall") << CommandFactory([inner](Deployment* d) {
            return new AddFirewallCommand(d, inner);
        }) << DataEdit([inner](DeploymentData& data) {
            Firewall sorted = inner;
            sorted.interfaces.move(1, 0);
            data.firewalls.append(sorted);
        }) << QStringLiteral("Add firewall Inner");
        QTest::newRow("add firewall at index") << CommandFactory([inner](Deployment* d) {
            return new AddFirewallCommand(d, inner, 0);
        }) << DataEdit([inner](DeploymentData& data) {
            Firewall sorted = inner;
            sorted.interfaces.move(1, 0);
            data.firewalls.prepend(sorted);
        }) << QStringLiteral("Add firewall Inner");
        QTest::newRow("remove firewall") << CommandFactory([](Deployment* d) {
            return new RemoveFirewallCommand(d, QStringLiteral("fw1"));
        }) << DataEdit([](DeploymentData& data) { data.firewalls.clear(); })
                                         << QStringLiteral("Remove firewall Perimeter");
        QTest::newRow("rename firewall") << CommandFactory([](Deployment* d) {
            return EditFirewallCommand::renameFirewall(d, QStringLiteral("fw1"), QStringLiteral("Edge firewall"))
                .release();
        }) << DataEdit([](DeploymentData& data) { data.firewalls[0].name = QStringLiteral("Edge firewall"); })
                                         << QStringLiteral("Rename firewall Perimeter");
        QTest::newRow("firewall interfaces") << CommandFactory([](Deployment* d) {
            return EditFirewallCommand::setFirewallInterfaces(d, QStringLiteral("fw1"),
                                                              {{QStringLiteral("lan"), QStringLiteral("eth2")},
                                                               {QStringLiteral("internet"), QStringLiteral("eth0")}})
                .release();
        }) << DataEdit([](DeploymentData& data) {
            data.firewalls[0].interfaces = {{QStringLiteral("internet"), QStringLiteral("eth0")},
                                            {QStringLiteral("lan"), QStringLiteral("eth2")}};
        }) << QStringLiteral("Change interfaces of firewall Perimeter");
        // The command carries the local zone only; which zone may run on a firewall is FirewallHostRules' business.
        QTest::newRow("firewall local zone") << CommandFactory([](Deployment* d) {
            return EditFirewallCommand::setFirewallLocalZone(d, QStringLiteral("fw1"), QStringLiteral("dmz")).release();
        }) << DataEdit([](DeploymentData& data) { data.firewalls[0].localZone = QStringLiteral("dmz"); })
                                             << QStringLiteral("Change servers run by firewall Perimeter");

        QTest::newRow("set options") << CommandFactory([](Deployment* d) {
            DeploymentOptions options = d->options();
            options.setFlag(QStringLiteral("pop3"), true);
            options.staticRpc = {true, 6001, 6002};
            options.dynamicRpcRange = PortRange{1025, 5000};
            return new SetOptionsCommand(d, options);
        }) << DataEdit([](DeploymentData& data) {
            data.options.setFlag(QStringLiteral("pop3"), true);
            data.options.staticRpc = {true, 6001, 6002};
            data.options.dynamicRpcRange = PortRange{1025, 5000};
        }) << QStringLiteral("Change options");
        QTest::newRow("set Exchange version")
            << CommandFactory([](Deployment* d) { return new SetExchangeVersionCommand(d, QStringLiteral("2019")); })
            << DataEdit([](DeploymentData& data) { data.exchangeVersion = QStringLiteral("2019"); })
            << QStringLiteral("Change Exchange version to 2019");
        QTest::newRow("rename deployment")
            << CommandFactory([](Deployment* d) { return new SetDeploymentNameCommand(d, QStringLiteral("Fabrikam")); })
            << DataEdit([](DeploymentData& data) { data.name = QStringLiteral("Fabrikam"); })
            << QStringLiteral("Rename deployment");
    }

    void undoRedoRestoresDocument()
    {
        QFETCH(CommandFactory, factory);
        QFETCH(DataEdit, edit);
        QFETCH(QString, text);

        Deployment document;
        document.reset(sample());
        const DeploymentData before = document.data();
        DeploymentData after = before;
        edit(after);
        QVERIFY(!sameData(before, after));

        QSignalSpy changed(&document, &Deployment::changed);
        QUndoStack* stack = document.undoStack();
        QUndoCommand* command = factory(&document);
        QCOMPARE(command->text(), text);
        stack->push(command);
        QCOMPARE(stack->count(), 1);
        QCOMPARE(stack->undoText(), text);
        VERIFY_DOCUMENT(document, after);
        QVERIFY(changed.count() > 0);

        for (int round = 0; round < 2; ++round) {
            changed.clear();
            stack->undo();
            VERIFY_DOCUMENT(document, before);
            QVERIFY(changed.count() > 0);
            changed.clear();
            stack->redo();
            VERIFY_DOCUMENT(document, after);
            QVERIFY(changed.count() > 0);
        }
        QCOMPARE(stack->count(), 1);
    }

    // Commands that would change nothing, or could not apply, leave no step in the history and touch nothing.
    void noOpCommandsAreDropped_data()
    {
        QTest::addColumn<CommandFactory>("factory");
        QTest::newRow("move unknown server") << CommandFactory([](Deployment* d) {
            return EditServerCommand::moveServer(d, QStringLiteral("nope"), QStringLiteral("dmz")).release();
        });
        QTest::newRow("move to unknown zone") << CommandFactory([](Deployment* d) {
            return EditServerCommand::moveServer(d, QStringLiteral("ex01"), QStringLiteral("dmz2")).release();
        });
        QTest::newRow("move to its own zone") << CommandFactory([](Deployment* d) {
            return EditServerCommand::moveServer(d, QStringLiteral("ex01"), QStringLiteral("lan")).release();
        });
        QTest::newRow("same host") << CommandFactory([](Deployment* d) {
            return EditServerCommand::setServerHost(d, QStringLiteral("ex01"), QStringLiteral("192.0.2.20")).release();
        });
        QTest::newRow("server already on the deployment's range") << CommandFactory([](Deployment* d) {
            return EditServerCommand::setServerDynamicRpcRange(d, QStringLiteral("dc01"), std::nullopt).release();
        });
        QTest::newRow("hybrid mail flow already off") << CommandFactory([](Deployment* d) {
            return EditServerCommand::setServerFlag(d, QStringLiteral("ex01"), QStringLiteral("hybridMailFlow"), false)
                .release();
        });
        QTest::newRow("edit changing the id") << CommandFactory([](Deployment* d) {
            Server after = *d->server(QStringLiteral("ex01"));
            after.id = QStringLiteral("ex99");
            return new EditServerCommand(d, *d->server(QStringLiteral("ex01")), after, QStringLiteral("x"));
        });
        QTest::newRow("add duplicate server id") << CommandFactory(
            [](Deployment* d) { return new AddServerCommand(d, makeServer("ex01", "lan", "mailbox")); });
        QTest::newRow("add server to unknown zone") << CommandFactory(
            [](Deployment* d) { return new AddServerCommand(d, makeServer("ex09", "nowhere", "mailbox")); });
        QTest::newRow("remove unknown server")
            << CommandFactory([](Deployment* d) { return new RemoveServerCommand(d, QStringLiteral("nope")); });
        QTest::newRow("add duplicate zone id") << CommandFactory([](Deployment* d) {
            return new AddZoneCommand(
                d, Zone{QStringLiteral("lan"), QStringLiteral("LAN 2"), QStringLiteral("lan"), {}, true});
        });
        QTest::newRow("remove unknown zone")
            << CommandFactory([](Deployment* d) { return new RemoveZoneCommand(d, QStringLiteral("nope")); });
        QTest::newRow("rename unknown zone") << CommandFactory([](Deployment* d) {
            return EditZoneCommand::renameZone(d, QStringLiteral("nope"), QStringLiteral("X")).release();
        });
        QTest::newRow("reorder to same index")
            << CommandFactory([](Deployment* d) { return new ReorderZoneCommand(d, QStringLiteral("dmz"), 1); });
        QTest::newRow("reorder out of range")
            << CommandFactory([](Deployment* d) { return new ReorderZoneCommand(d, QStringLiteral("dmz"), 3); });
        QTest::newRow("same options") << CommandFactory(
            [](Deployment* d) { return new SetOptionsCommand(d, d->options()); });
        QTest::newRow("same zone networks") << CommandFactory(
            [](Deployment* d) { return EditZoneCommand::setZoneNetworks(d, QStringLiteral("lan"), {}).release(); });
        QTest::newRow("add duplicate firewall id") << CommandFactory([](Deployment* d) {
            return new AddFirewallCommand(d, Firewall{QStringLiteral("fw1"), QStringLiteral("Again"), {}});
        });
        QTest::newRow("add firewall without id") << CommandFactory([](Deployment* d) {
            return new AddFirewallCommand(d, Firewall{QString(), QStringLiteral("Nameless"), {}});
        });
        QTest::newRow("remove unknown firewall")
            << CommandFactory([](Deployment* d) { return new RemoveFirewallCommand(d, QStringLiteral("fw9")); });
        QTest::newRow("rename unknown firewall") << CommandFactory([](Deployment* d) {
            return EditFirewallCommand::renameFirewall(d, QStringLiteral("fw9"), QStringLiteral("X")).release();
        });
        QTest::newRow("same interfaces in another order") << CommandFactory([](Deployment* d) {
            return EditFirewallCommand::setFirewallInterfaces(d, QStringLiteral("fw1"),
                                                              {{QStringLiteral("lan"), QStringLiteral("inside")},
                                                               {QStringLiteral("dmz"), QStringLiteral("dmz")},
                                                               {QStringLiteral("internet"), QStringLiteral("outside")}})
                .release();
        });
        QTest::newRow("same local zone") << CommandFactory([](Deployment* d) {
            return EditFirewallCommand::setFirewallLocalZone(d, QStringLiteral("fw1"), QString()).release();
        });
        QTest::newRow("same Exchange version")
            << CommandFactory([](Deployment* d) { return new SetExchangeVersionCommand(d, QStringLiteral("2016")); });
    }

    void noOpCommandsAreDropped()
    {
        QFETCH(CommandFactory, factory);
        Deployment document;
        document.reset(sample());
        QSignalSpy changed(&document, &Deployment::changed);
        document.undoStack()->push(factory(&document));
        QCOMPARE(document.undoStack()->count(), 0);
        QCOMPARE(changed.count(), 0);
        VERIFY_DOCUMENT(document, sample());
    }

    void addAndRemoveServerSignals()
    {
        Deployment document;
        document.reset(sample());
        QSignalSpy aboutToInsert(&document, &Deployment::serverAboutToBeInserted);
        QSignalSpy inserted(&document, &Deployment::serverInserted);
        QSignalSpy removed(&document, &Deployment::serverRemoved);

        document.undoStack()->push(new AddServerCommand(&document, makeServer("ex03", "lan", "mailbox"), 2));
        QCOMPARE(aboutToInsert.count(), 1);
        QCOMPARE(aboutToInsert.at(0).at(0).toInt(), 2);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(0).toInt(), 2);
        QCOMPARE(document.serverIndex(QStringLiteral("ex03")), 2);

        document.undoStack()->undo();
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(0).toInt(), 2);
        QCOMPARE(document.serverIndex(QStringLiteral("ex03")), -1);

        removed.clear();
        inserted.clear();
        document.undoStack()->push(new RemoveServerCommand(&document, QStringLiteral("dc01")));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(0).toInt(), 3);
        document.undoStack()->undo();
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(0).toInt(), 3);
    }

    void editServerSignalsItsIndex()
    {
        Deployment document;
        document.reset(sample());
        QSignalSpy serverChanged(&document, &Deployment::serverChanged);
        document.undoStack()->push(
            EditServerCommand::moveServer(&document, QStringLiteral("dc01"), QStringLiteral("dmz")).release());
        QCOMPARE(serverChanged.count(), 1);
        QCOMPARE(serverChanged.at(0).at(0).toInt(), 3);
        QCOMPARE(document.serversInZone(QStringLiteral("dmz")),
                 QStringList({QStringLiteral("edge01"), QStringLiteral("proxy01"), QStringLiteral("dc01")}));
        document.undoStack()->undo();
        QCOMPARE(serverChanged.count(), 2);
        QCOMPARE(serverChanged.at(1).at(0).toInt(), 3);
    }

    // A removed zone that ran on a firewall (local) is no longer named by it; undo puts it back.
    void removeZoneClearsTheFirewallsLocalZone()
    {
        DeploymentData host = sample();
        host.firewalls[0].interfaces.removeAt(1);
        host.firewalls[0].localZone = QStringLiteral("dmz");
        Deployment document;
        document.reset(host);
        document.undoStack()->push(new RemoveZoneCommand(&document, QStringLiteral("dmz")));
        QVERIFY(document.firewalls().first().localZone.isEmpty());
        QCOMPARE(document.firewalls().first().interfaces.size(), 2);
        document.undoStack()->undo();
        VERIFY_DOCUMENT(document, host);
        QCOMPARE(document.firewalls().first().localZone, QStringLiteral("dmz"));
    }

    // The servers of a removed zone come back at the very indexes they had, interleaved with the others.
    void removeZoneRestoresServersAtTheirIndexes()
    {
        Deployment document;
        document.reset(sample());
        QSignalSpy serverRemoved(&document, &Deployment::serverRemoved);
        QSignalSpy serverInserted(&document, &Deployment::serverInserted);
        QSignalSpy zoneAboutToBeRemoved(&document, &Deployment::zoneAboutToBeRemoved);
        QSignalSpy zoneRemoved(&document, &Deployment::zoneRemoved);
        QSignalSpy zoneInserted(&document, &Deployment::zoneInserted);

        document.undoStack()->push(new RemoveZoneCommand(&document, QStringLiteral("lan")));
        QCOMPARE(document.zones().size(), 2);
        QCOMPARE(document.servers().size(), 2);
        QVERIFY(document.serversInZone(QStringLiteral("lan")).isEmpty());
        // Servers go before their zone, so no view ever sees a server in a zone that is gone.
        QCOMPARE(serverRemoved.count(), 3);
        QCOMPARE(zoneAboutToBeRemoved.count(), 1);
        QCOMPARE(zoneRemoved.count(), 1);
        QCOMPARE(zoneRemoved.at(0).at(0).toInt(), 2);

        document.undoStack()->undo();
        VERIFY_DOCUMENT(document, sample());
        QCOMPARE(zoneInserted.count(), 1);
        QCOMPARE(zoneInserted.at(0).at(0).toInt(), 2);
        QCOMPARE(serverInserted.count(), 3);
        QList<int> indexes;
        for (const QList<QVariant>& arguments : std::as_const(serverInserted))
            indexes << arguments.at(0).toInt();
        QCOMPARE(indexes, QList<int>({1, 3, 4}));
        QCOMPARE(document.servers().at(1).id, QStringLiteral("ex01"));
        QCOMPARE(document.servers().at(3).id, QStringLiteral("dc01"));
        QCOMPARE(document.servers().at(4).id, QStringLiteral("ex02"));
    }

    void reorderZoneSignals()
    {
        Deployment document;
        document.reset(sample());
        QSignalSpy aboutToMove(&document, &Deployment::zoneAboutToBeMoved);
        QSignalSpy moved(&document, &Deployment::zoneMoved);
        document.undoStack()->push(new ReorderZoneCommand(&document, QStringLiteral("internet"), 2));
        QCOMPARE(aboutToMove.count(), 1);
        QCOMPARE(moved.count(), 1);
        QCOMPARE(moved.at(0).at(0).toInt(), 0);
        QCOMPARE(moved.at(0).at(1).toInt(), 2);
        document.undoStack()->undo();
        QCOMPARE(moved.count(), 2);
        QCOMPARE(moved.at(1).at(0).toInt(), 2);
        QCOMPARE(moved.at(1).at(1).toInt(), 0);
    }

    void deploymentWideSignals()
    {
        Deployment document;
        document.reset(sample());
        QSignalSpy optionsChanged(&document, &Deployment::optionsChanged);
        QSignalSpy propertiesChanged(&document, &Deployment::propertiesChanged);
        QSignalSpy zoneChanged(&document, &Deployment::zoneChanged);

        DeploymentOptions options = document.options();
        options.dag.enabled = true;
        document.undoStack()->push(new SetOptionsCommand(&document, options));
        QCOMPARE(optionsChanged.count(), 1);
        QVERIFY(document.options().dag.enabled);
        document.undoStack()->undo();
        QCOMPARE(optionsChanged.count(), 2);
        QVERIFY(!document.options().dag.enabled);

        document.undoStack()->push(new SetExchangeVersionCommand(&document, QStringLiteral("se")));
        QCOMPARE(propertiesChanged.count(), 1);
        QCOMPARE(document.exchangeVersion(), QStringLiteral("se"));
        QCOMPARE(optionsChanged.count(), 2); // the version alone: options the user chose stay

        document.undoStack()->push(
            EditZoneCommand::renameZone(&document, QStringLiteral("lan"), QStringLiteral("HQ")).release());
        QCOMPARE(zoneChanged.count(), 1);
        QCOMPARE(zoneChanged.at(0).at(0).toInt(), 2);
    }

    // Typing an address pushes one command per keystroke; the history shows one step.
    void consecutiveHostEditsMerge()
    {
        Deployment document;
        document.reset(sample());
        QUndoStack* stack = document.undoStack();
        const QStringList typed = {QStringLiteral("1"), QStringLiteral("19"), QStringLiteral("192.0.2.1"),
                                   QStringLiteral("192.0.2.10")};
        for (const QString& host : typed)
            stack->push(EditServerCommand::setServerHost(&document, QStringLiteral("edge01"), host).release());
        QCOMPARE(stack->count(), 1);
        QCOMPARE(stack->undoText(), QStringLiteral("Change address of EDGE01"));
        QCOMPARE(document.server(QStringLiteral("edge01"))->host, QStringLiteral("192.0.2.10"));

        stack->undo();
        VERIFY_DOCUMENT(document, sample());
        stack->redo();
        QCOMPARE(document.server(QStringLiteral("edge01"))->host, QStringLiteral("192.0.2.10"));
    }

    void mergeOnlySameFieldOfSameId_data()
    {
        QTest::addColumn<CommandFactory>("second");
        QTest::addColumn<int>("expectedCount");
        QTest::newRow("host of the same server") << CommandFactory([](Deployment* d) {
            return EditServerCommand::setServerHost(d, QStringLiteral("ex01"), QStringLiteral("ex01.corp")).release();
        }) << 1;
        QTest::newRow("host of another server") << CommandFactory([](Deployment* d) {
            return EditServerCommand::setServerHost(d, QStringLiteral("ex02"), QStringLiteral("ex02.corp")).release();
        }) << 2;
        QTest::newRow("name of the same server") << CommandFactory([](Deployment* d) {
            return EditServerCommand::renameServer(d, QStringLiteral("ex01"), QStringLiteral("EXCH01")).release();
        }) << 2;
        QTest::newRow("zone of the same server") << CommandFactory([](Deployment* d) {
            return EditServerCommand::moveServer(d, QStringLiteral("ex01"), QStringLiteral("dmz")).release();
        }) << 2;
        QTest::newRow("name of a zone") << CommandFactory([](Deployment* d) {
            return EditZoneCommand::renameZone(d, QStringLiteral("lan"), QStringLiteral("HQ")).release();
        }) << 2;
    }

    void mergeOnlySameFieldOfSameId()
    {
        QFETCH(CommandFactory, second);
        QFETCH(int, expectedCount);
        Deployment document;
        document.reset(sample());
        QUndoStack* stack = document.undoStack();
        stack->push(
            EditServerCommand::setServerHost(&document, QStringLiteral("ex01"), QStringLiteral("10.0.0.1")).release());
        stack->push(second(&document));
        QCOMPARE(stack->count(), expectedCount);
        stack->setIndex(0);
        VERIFY_DOCUMENT(document, sample());
    }

    void renamesMerge()
    {
        Deployment document;
        document.reset(sample());
        QUndoStack* stack = document.undoStack();
        stack->push(EditServerCommand::renameServer(&document, QStringLiteral("ex01"), QStringLiteral("E")).release());
        stack->push(EditServerCommand::renameServer(&document, QStringLiteral("ex01"), QStringLiteral("EX")).release());
        QCOMPARE(stack->count(), 1);
        QCOMPARE(stack->undoText(), QStringLiteral("Rename EX01")); // the name it had, not a keystroke's
        stack->push(EditZoneCommand::renameZone(&document, QStringLiteral("dmz"), QStringLiteral("P")).release());
        stack->push(
            EditZoneCommand::renameZone(&document, QStringLiteral("dmz"), QStringLiteral("Perimeter")).release());
        stack->push(new SetDeploymentNameCommand(&document, QStringLiteral("F")));
        stack->push(new SetDeploymentNameCommand(&document, QStringLiteral("Fabrikam")));
        QSignalSpy firewallsChanged(&document, &Deployment::firewallsChanged);
        stack->push(
            EditFirewallCommand::renameFirewall(&document, QStringLiteral("fw1"), QStringLiteral("E")).release());
        stack->push(
            EditFirewallCommand::renameFirewall(&document, QStringLiteral("fw1"), QStringLiteral("Edge")).release());
        QCOMPARE(firewallsChanged.count(), 2);
        QCOMPARE(stack->count(), 4);
        QCOMPARE(stack->undoText(), QStringLiteral("Rename firewall Perimeter"));
        QCOMPARE(document.firewall(QStringLiteral("fw1"))->name, QStringLiteral("Edge"));
        QCOMPARE(document.zone(QStringLiteral("dmz"))->name, QStringLiteral("Perimeter"));
        QCOMPARE(document.name(), QStringLiteral("Fabrikam"));
        stack->setIndex(0);
        VERIFY_DOCUMENT(document, sample());
    }

    // Typing a value and then typing it back leaves nothing to undo.
    void mergeBackToOriginalDropsTheStep()
    {
        Deployment document;
        document.reset(sample());
        QUndoStack* stack = document.undoStack();
        stack->push(
            EditServerCommand::setServerHost(&document, QStringLiteral("ex01"), QStringLiteral("192.0.2.2")).release());
        stack->push(EditServerCommand::setServerHost(&document, QStringLiteral("ex01"), QStringLiteral("192.0.2.20"))
                        .release());
        QCOMPARE(stack->count(), 0);
        VERIFY_DOCUMENT(document, sample());
    }

    // A whole sequence of different edits unwinds to the start and replays to the end.
    void longHistoryUnwindsAndReplays()
    {
        Deployment document;
        document.reset(sample());
        QUndoStack* stack = document.undoStack();
        stack->push(new AddZoneCommand(
            &document, Zone{QStringLiteral("branch"), QStringLiteral("Branch"), QStringLiteral("lan"), {}, true}, 1));
        stack->push(new AddServerCommand(&document, makeServer("br01", "branch", "mailbox"), 0));
        stack->push(
            EditServerCommand::moveServer(&document, QStringLiteral("ex01"), QStringLiteral("branch")).release());
        stack->push(new ReorderZoneCommand(&document, QStringLiteral("branch"), 3));
        stack->push(new RemoveZoneCommand(&document, QStringLiteral("lan")));
        stack->push(new RemoveServerCommand(&document, QStringLiteral("edge01")));
        stack->push(new SetExchangeVersionCommand(&document, QStringLiteral("2019")));
        QCOMPARE(stack->count(), 7);
        const DeploymentData end = document.data();

        stack->setIndex(0);
        VERIFY_DOCUMENT(document, sample());
        stack->setIndex(stack->count());
        VERIFY_DOCUMENT(document, end);
        QCOMPARE(document.serversInZone(QStringLiteral("branch")),
                 QStringList({QStringLiteral("br01"), QStringLiteral("ex01")}));
    }
};

QTEST_GUILESS_MAIN(TestDeploymentCommands)
#include "tst_deploymentcommands.moc"
