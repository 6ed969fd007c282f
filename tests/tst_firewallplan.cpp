// Networks, the firewalls a flow crosses and what each must allow: IpNetwork, FirewallTopology, EndpointAddresses
// and FirewallPlan on the layouts the firewall exporters meet (implicit firewalls, a three-legged firewall, two
// back-to-back firewalls, a ring), with addresses from hosts and from zones' networks, and missing ones.
#include "model/deploymentfile.h"
#include "model/firewallplan.h"
#include "model/firewalltopology.h"
#include "model/templatelibrary.h"

#include "deploymentbuilder.h"
#include "matrixquery.h"

#include <QTest>

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

// The rules of a firewall for a port of a matrix rule between two zones.
QList<FirewallRule> rulesOn(const FirewallPlan& plan, const char* firewall, const char* from, const char* to,
                            Protocol protocol, int port)
{
    QList<FirewallRule> found;
    const FirewallRules* rules = plan.firewall(s(firewall));
    if (!rules)
        return found;
    for (const FirewallRule& rule : rules->rules) {
        if (rule.fromZone == s(from) && rule.toZone == s(to) && rule.protocol == protocol && rule.ports.contains(port))
            found.append(rule);
    }
    return found;
}

FirewallPlan planOf(const DeploymentData& data, PortMatrix* matrix = nullptr)
{
    const PortMatrix built = MatrixBuilder(PortCatalog::builtin()).build(data);
    if (matrix)
        *matrix = built;
    return FirewallPlan::build(data, built);
}

// The 2019 Edge template with its two firewalls made explicit: Internet | outer | DMZ | inner | LAN.
DeploymentData edgeTemplateBackToBack()
{
    DeploymentReader reader(PortCatalog::builtin());
    auto data = reader.readFile(TemplateLibrary::find(QStringLiteral("exchange2019-edge"))->path);
    Q_ASSERT(data);
    data->firewalls = {{s("outer"), s("Outer"), {{s("internet"), s("outside")}, {s("dmz"), s("inside")}}},
                       {s("inner"), s("Inner"), {{s("dmz"), s("outside")}, {s("lan"), s("inside")}}}};
    return *data;
}

} // namespace

class TestFirewallPlan final : public QObject
{
    Q_OBJECT

private slots:
    void parsesNetworks_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("normalised"); // empty: refused
        QTest::addColumn<QString>("problem");
        QTest::newRow("IPv4") << s("192.0.2.0/24") << s("192.0.2.0/24") << QString();
        QTest::newRow("IPv4 host") << s("192.0.2.7/32") << s("192.0.2.7/32") << QString();
        QTest::newRow("everything") << s("0.0.0.0/0") << s("0.0.0.0/0") << QString();
        QTest::newRow("IPv6") << s("2001:db8::/64") << s("2001:db8::/64") << QString();
        QTest::newRow("IPv6 written long") << s("2001:0db8:0000::/48") << s("2001:db8::/48") << QString();
        QTest::newRow("prefix too long") << s("10.0.0.0/33") << QString() << s("is not a network");
        QTest::newRow("IPv6 prefix too long") << s("2001:db8::/129") << QString() << s("is not a network");
        QTest::newRow("no prefix") << s("192.0.2.0") << QString() << s("is not a network");
        QTest::newRow("empty prefix") << s("192.0.2.0/") << QString() << s("is not a network");
        QTest::newRow("signed prefix") << s("192.0.2.0/+24") << QString() << s("is not a network");
        QTest::newRow("name") << s("mail.example.com/24") << QString() << s("is not a network");
        QTest::newRow("scope id") << s("fe80::%eth0/64") << QString() << s("is not a network");
        QTest::newRow("host bits") << s("192.0.2.1/24") << QString() << s("did you mean 192.0.2.0/24?");
        QTest::newRow("IPv6 host bits") << s("2001:db8::1/64") << QString() << s("did you mean 2001:db8::/64?");
    }

    void parsesNetworks()
    {
        QFETCH(QString, text);
        QFETCH(QString, normalised);
        QFETCH(QString, problem);
        QString why;
        const auto network = IpNetwork::parse(text, &why);
        QCOMPARE(network.has_value(), !normalised.isEmpty());
        if (network)
            QCOMPARE(network->toCidr(), normalised);
        else
            QVERIFY2(why.contains(problem), qPrintable(why));
    }

    void containsAndOverlaps()
    {
        const IpNetwork lan = *IpNetwork::parse(s("198.51.100.0/24"));
        const IpNetwork half = *IpNetwork::parse(s("198.51.100.128/25"));
        const IpNetwork other = *IpNetwork::parse(s("203.0.113.0/24"));
        const IpNetwork v6 = *IpNetwork::parse(s("2001:db8:1::/64"));
        QVERIFY(lan.contains(QHostAddress(s("198.51.100.200"))));
        QVERIFY(!lan.contains(QHostAddress(s("198.51.101.1"))));
        QVERIFY(!lan.contains(QHostAddress(s("2001:db8:1::5"))));
        QVERIFY(v6.contains(QHostAddress(s("2001:db8:1::5"))));
        QVERIFY(lan.contains(half) && !half.contains(lan));
        QVERIFY(lan.overlaps(half) && half.overlaps(lan));
        QVERIFY(!lan.overlaps(other) && !lan.overlaps(v6));
        QCOMPARE(IpNetwork::ofAddress(QHostAddress(s("192.0.2.10"))).toString(), s("192.0.2.10"));
        QCOMPARE(lan.toString(), s("198.51.100.0/24"));
    }

    void tellsAddressesFromNames()
    {
        QCOMPARE(hostKind(QString()), HostKind::None);
        QCOMPARE(hostKind(s("192.0.2.10")), HostKind::Address);
        QCOMPARE(hostKind(s("2001:db8::10")), HostKind::Address);
        QCOMPARE(hostKind(s("ex01.contoso.example")), HostKind::DnsName);
        QCOMPARE(hostKind(s("ex01")), HostKind::DnsName);
    }

    // Without firewalls in the file: one per lane boundary, and a flow crosses each boundary between its zones.
    void implicitFirewallsFollowTheLanes()
    {
        auto b = DeploymentBuilder::threeZones("2019");
        b.server("edge01", "dmz", {"edge-transport"}).server("ex01", "lan", {"mailbox"});
        const FirewallTopology topology(b.data());
        QVERIFY(topology.isImplicit());
        QCOMPARE(topology.firewalls().size(), 2);
        QCOMPARE(topology.firewalls().at(0).id, s("fw-internet-dmz"));
        QCOMPARE(topology.firewalls().at(1).id, s("fw-dmz-lan"));
        QCOMPARE(topology.firewalls().at(1).name, s("Firewall between DMZ and LAN"));
        const auto path = topology.path(s("internet"), s("lan"));
        QVERIFY(path);
        QCOMPARE(path->size(), 2);
        QCOMPARE(path->at(0), (FirewallHop{0, s("internet"), s("dmz"), s("internet"), s("dmz"), 0, 1}));
        QCOMPARE(path->at(1), (FirewallHop{1, s("dmz"), s("lan"), s("dmz"), s("lan"), 0, 1}));
        const auto back = topology.path(s("lan"), s("internet"));
        QCOMPARE(back->at(0).firewall, 1);
        QCOMPARE(back->at(0).ingress, s("lan"));
        QVERIFY(topology.path(s("lan"), s("lan"))->isEmpty());
        QVERIFY(!topology.path(s("lan"), s("nowhere")));

        const FirewallPlan plan = planOf(b.data());
        QVERIFY(plan.implicitFirewalls);
        const auto smtp = rulesOn(plan, "fw-internet-dmz", "internet", "dmz", Tcp, 25);
        QCOMPARE(smtp.size(), 1);
        QCOMPARE(smtp.first().ingress, s("internet"));
        QCOMPARE(smtp.first().egress, s("dmz"));
        // Inbound mail goes to the Edge, not through the DMZ: the inner firewall has no Internet rule for it.
        QVERIFY(rulesOn(plan, "fw-dmz-lan", "internet", "dmz", Tcp, 25).isEmpty());
        QCOMPARE(rulesOn(plan, "fw-dmz-lan", "dmz", "lan", Tcp, 25).size(), 1);
    }

    void threeLeggedFirewall()
    {
        auto b = DeploymentBuilder::threeZones("2019");
        b.server("edge01", "dmz", {"edge-transport"}).host("192.0.2.10");
        b.server("ex01", "lan", {"mailbox"}).host("198.51.100.20");
        b.server("dc01", "lan", {"domain-controller"});
        b.networks("dmz", {"192.0.2.0/26"}).networks("lan", {"198.51.100.0/24"});
        b.firewall("fw1", {{"internet", "outside"}, {"dmz", "dmz"}, {"lan", "inside"}});
        PortMatrix matrix;
        const FirewallPlan plan = planOf(b.data(), &matrix);
        QVERIFY(!plan.implicitFirewalls);
        QCOMPARE(plan.firewalls.size(), 1);
        QVERIFY(plan.unroutedRows.isEmpty());

        const auto https = rulesOn(plan, "fw1", "internet", "lan", Tcp, 443);
        QCOMPARE(https.size(), 1);
        QCOMPARE(https.first().ingress, s("outside"));
        QCOMPARE(https.first().egress, s("inside"));
        const auto relay = rulesOn(plan, "fw1", "dmz", "lan", Tcp, 25);
        QCOMPARE(relay.size(), 1);
        QCOMPARE(relay.first().ingress, s("dmz"));
        QCOMPARE(relay.first().egress, s("inside"));
        QCOMPARE(relay.first().service, s("SMTP"));
        // The row it serves is the matrix's.
        const MatrixRule* row = matrix.ruleAt(relay.first().rows.value(0));
        QVERIFY(row && row->from == s("dmz") && row->to == s("lan") && row->ports.contains(25));

        // Every row between zones is on the firewall exactly once.
        int served = 0;
        for (const FirewallRule& rule : plan.firewalls.first().rules)
            served += int(rule.rows.size());
        QCOMPARE(served, int(matrix.rules.size()));
    }

    void backToBackFirewallsOfTheEdgeTemplate()
    {
        const DeploymentData data = edgeTemplateBackToBack();
        const FirewallTopology topology(data);
        const auto in = topology.path(s("internet"), s("lan"));
        QVERIFY(in);
        QCOMPARE(in->size(), 2);
        QCOMPARE(in->at(0), (FirewallHop{0, s("outside"), s("inside"), s("internet"), s("dmz"), 0, 1}));
        QCOMPARE(in->at(1), (FirewallHop{1, s("outside"), s("inside"), s("dmz"), s("lan"), 0, 1}));

        const FirewallPlan plan = planOf(data);
        // Internet mail reaches the Edge through the outer firewall only; the Edge relays it through the inner one.
        QCOMPARE(rulesOn(plan, "outer", "internet", "dmz", Tcp, 25).size(), 1);
        QVERIFY(rulesOn(plan, "inner", "internet", "dmz", Tcp, 25).isEmpty());
        const auto relay = rulesOn(plan, "inner", "dmz", "lan", Tcp, 25);
        QCOMPARE(relay.size(), 1);
        QCOMPARE(relay.first().ingress, s("outside"));
        const auto out = rulesOn(plan, "outer", "dmz", "internet", Tcp, 25);
        QCOMPARE(out.size(), 1);
        QCOMPARE(out.first().ingress, s("inside"));
        QCOMPARE(out.first().egress, s("outside"));
        // EdgeSync and the Mailbox servers' outbound SMTP share interfaces and addresses: one group, one service group.
        const FirewallRules* inner = plan.firewall(s("inner"));
        bool found = false;
        for (const FirewallRuleGroup& group : inner->groups) {
            const ServiceGroup& service = plan.serviceGroups.at(group.serviceGroup);
            if (group.ingress == s("inside") && service.ports == QList<PortRange>{{25, 25}, {50636, 50636}}) {
                found = true;
                QCOMPARE(service.name, s("tcp-25-50636"));
                QCOMPARE(group.rules.size(), 2);
            }
        }
        QVERIFY(found);
    }

    // The seed article's first layout: the mail server runs on the firewall host, its zone is the firewall's local
    // zone (docs/firewall-model.md). Flows to it end on the firewall, flows from it start there, and flows between the
    // Internet and the LAN still pass through.
    void mailServerOnTheFirewallHost()
    {
        DeploymentReader reader(PortCatalog::builtin());
        auto data = reader.readFile(QStringLiteral(PORTOLAN_SOURCE_DIR "/tests/data/firewall/firewall-host.portolan"));
        QVERIFY2(data, qPrintable(reader.errorString()));
        QCOMPARE(data->firewalls.first().localZone, s("firewall"));
        const FirewallTopology topology(*data);
        const auto in = topology.path(s("internet"), s("firewall"));
        QVERIFY(in && in->size() == 1);
        QCOMPARE(in->first().ingress, s("outside"));
        QVERIFY(in->first().toHost() && !in->first().fromHost());
        QCOMPARE(in->first().egressLeg, FirewallHop::Host);
        const auto out = topology.path(s("firewall"), s("lan"));
        QVERIFY(out && out->size() == 1);
        QVERIFY(out->first().fromHost());
        QCOMPARE(out->first().egress, s("inside"));
        const auto through = topology.path(s("internet"), s("lan"));
        QVERIFY(through && through->size() == 1);
        QCOMPARE(through->first().ingress, s("outside"));
        QCOMPARE(through->first().egress, s("inside"));

        PortMatrix matrix;
        const FirewallPlan plan = planOf(*data, &matrix);
        QVERIFY(!hasWarning(matrix, "zone-unreachable", Severity::Error));
        QVERIFY(!hasWarning(matrix, "firewall-local-zone-shared", Severity::Error));
        const auto smtp = rulesOn(plan, "fw1", "internet", "firewall", Tcp, 25);
        QCOMPARE(smtp.size(), 1);
        QCOMPARE(smtp.first().ingress, s("outside"));
        QVERIFY(smtp.first().egress.isEmpty());
        QVERIFY(!rulesOn(plan, "fw1", "internet", "firewall", Tcp, 443).isEmpty());
        // The mail server's own traffic to the domain controller leaves through the inside interface.
        const auto ldap = rulesOn(plan, "fw1", "firewall", "lan", Tcp, 389);
        QVERIFY(!ldap.isEmpty());
        QVERIFY(ldap.first().ingress.isEmpty());
        QCOMPARE(ldap.first().egress, s("inside"));
        // The host's own side needs no address on the firewall it runs on.
        DeploymentData unaddressed = *data;
        unaddressed.servers[0].host.clear();
        const FirewallPlan withoutAddress = planOf(unaddressed);
        QVERIFY(withoutAddress.firewall(s("fw1"))->missing.isEmpty());
    }

    // A zone that runs on a firewall is reached through that firewall only; the in-memory check names the conflict.
    void localZoneJoinedTwiceIsAnError()
    {
        DeploymentReader reader(PortCatalog::builtin());
        auto data = reader.readFile(QStringLiteral(PORTOLAN_SOURCE_DIR "/tests/data/firewall/firewall-host.portolan"));
        QVERIFY2(data, qPrintable(reader.errorString()));
        data->firewalls.append({s("fw2"), s("Second"), {{s("firewall"), s("eth0")}, {s("lan"), s("eth1")}}});
        PortMatrix matrix;
        planOf(*data, &matrix);
        QVERIFY(hasWarning(matrix, "firewall-local-zone-shared", Severity::Error));
        data->firewalls.removeLast();
        data->firewalls[0].interfaces.append({s("firewall"), s("dmz")});
        planOf(*data, &matrix);
        QVERIFY(hasWarning(matrix, "firewall-local-zone-shared", Severity::Error));
        data->firewalls[0].interfaces.removeLast();
        data->firewalls[0].localZone = s("gone");
        planOf(*data, &matrix);
        QVERIFY(hasWarning(matrix, "firewall-unknown-zone", Severity::Error));
    }

    // Zones and firewalls in a ring: the flow takes the way with the fewest firewalls.
    void shortestPathThroughARing()
    {
        DeploymentBuilder b("2019");
        b.zone("a", "lan").zone("b", "lan").zone("c", "lan").zone("d", "lan");
        b.firewall("ab", {{"a", "a"}, {"b", "b"}}).firewall("bc", {{"b", "b"}, {"c", "c"}});
        b.firewall("cd", {{"c", "c"}, {"d", "d"}}).firewall("da", {{"d", "d"}, {"a", "a"}});
        const FirewallTopology ring(b.data());
        auto path = ring.path(s("a"), s("d"));
        QCOMPARE(path->size(), 1);
        QCOMPARE(ring.firewalls().at(path->first().firewall).id, s("da"));
        // Two ways as short: the one through the firewall listed first.
        path = ring.path(s("a"), s("c"));
        QCOMPARE(path->size(), 2);
        QCOMPARE(ring.firewalls().at(path->at(0).firewall).id, s("ab"));
        QCOMPARE(ring.firewalls().at(path->at(1).firewall).id, s("bc"));
        QVERIFY(ring.unreachableZones().isEmpty());
    }

    void zoneNoFirewallJoinsIsUnrouted()
    {
        auto b = DeploymentBuilder::threeZones("2019");
        b.server("edge01", "dmz", {"edge-transport"}).server("ex01", "lan", {"mailbox"});
        b.firewall("outer", {{"internet", "outside"}, {"dmz", "inside"}});
        const FirewallTopology topology(b.data());
        QCOMPARE(topology.unreachableZones(), QStringList{s("lan")});
        QVERIFY(!topology.path(s("dmz"), s("lan")));
        PortMatrix matrix;
        const FirewallPlan plan = planOf(b.data(), &matrix);
        QVERIFY(!plan.unroutedRows.isEmpty());
        for (const int row : plan.unroutedRows)
            QVERIFY(matrix.ruleAt(row)->from == s("lan") || matrix.ruleAt(row)->to == s("lan"));
        QVERIFY(hasWarning(matrix, "zone-unreachable", Severity::Error));
    }

    void addressesFromHostsAndZoneNetworks()
    {
        auto b = DeploymentBuilder::threeZones("2019");
        b.server("edge01", "dmz", {"edge-transport"}).host("192.0.2.10");
        b.server("ex01", "lan", {"mailbox"}).host("ex01.contoso.example");
        b.server("dc01", "lan", {"domain-controller"});
        b.networks("dmz", {"192.0.2.0/26"}).networks("lan", {"198.51.100.0/24", "2001:db8:1::/64"});
        const FirewallPlan plan = planOf(b.data());
        const auto smtp = rulesOn(plan, "fw-internet-dmz", "internet", "dmz", Tcp, 25).value(0);
        const AddressSet& internet = plan.addressSets.at(smtp.sources);
        QCOMPARE(internet.kind, AddressSet::Kind::Any);
        QCOMPARE(internet.name, s("net-internet"));
        const AddressSet& edge = plan.addressSets.at(smtp.destinations);
        QCOMPARE(edge.kind, AddressSet::Kind::Servers);
        QCOMPARE(edge.name, s("hosts-dmz-edge-transport"));
        QCOMPARE(edge.networks, QList<IpNetwork>{IpNetwork::ofAddress(QHostAddress(s("192.0.2.10")))});
        // A DNS name cannot go into a rule: the zone's networks stand in for it.
        const auto relay = rulesOn(plan, "fw-dmz-lan", "dmz", "lan", Tcp, 25).value(0);
        const AddressSet& lan = plan.addressSets.at(relay.destinations);
        QCOMPARE(lan.kind, AddressSet::Kind::ZoneNetworks);
        QCOMPARE(lan.name, s("net-lan"));
        QCOMPARE(lan.networks.size(), 2);
        QVERIFY(lan.missing.isEmpty());
        QVERIFY(plan.firewall(s("fw-dmz-lan"))->missing.isEmpty());
    }

    void endpointsWithoutAddressAreMissing()
    {
        auto b = DeploymentBuilder::threeZones("2019");
        b.server("edge01", "dmz", {"edge-transport"}).host("192.0.2.10");
        b.server("ex01", "lan", {"mailbox"}).host("ex01.contoso.example");
        b.server("ex02", "lan", {"mailbox"}).host("198.51.100.21");
        b.networks("dmz", {"192.0.2.0/26"});
        const FirewallPlan plan = planOf(b.data());
        const auto relay = rulesOn(plan, "fw-dmz-lan", "dmz", "lan", Tcp, 25).value(0);
        const AddressSet& mailbox = plan.addressSets.at(relay.destinations);
        QCOMPARE(mailbox.kind, AddressSet::Kind::Servers);
        // The address that is known is kept; the other is to fill in, with its DNS name.
        QCOMPARE(mailbox.networks, QList<IpNetwork>{IpNetwork::ofAddress(QHostAddress(s("198.51.100.21")))});
        QCOMPARE(mailbox.missing, (QList<MissingAddress>{{s("ex01"), s("lan"), s("ex01.contoso.example")}}));
        const QList<MissingAddress>& missing = plan.firewall(s("fw-dmz-lan"))->missing;
        QVERIFY(missing.contains(MissingAddress{s("ex01"), s("lan"), s("ex01.contoso.example")}));
        // The outer firewall sees the LAN's servers only in rules between the Internet and the LAN; the Internet is
        // any address and the DMZ has networks, so whatever it misses is in the LAN.
        const QList<MissingAddress>& outer = plan.firewall(s("fw-internet-dmz"))->missing;
        QVERIFY(!outer.isEmpty());
        for (const MissingAddress& m : outer)
            QCOMPARE(m.zone, s("lan"));
    }

    void implicitActorsWithoutNetworksAreMissing()
    {
        auto b = DeploymentBuilder::threeZones("2019");
        b.zone("clients", "lan");
        b.server("ex01", "lan", {"mailbox"}).host("198.51.100.20");
        b.networks("lan", {"198.51.100.0/24"});
        const FirewallPlan plan = planOf(b.data());
        const auto https = rulesOn(plan, "fw-lan-clients", "clients", "lan", Tcp, 443);
        QVERIFY(!https.isEmpty());
        const AddressSet& clients = plan.addressSets.at(https.first().sources);
        QVERIFY(clients.networks.isEmpty());
        QVERIFY(!clients.missing.isEmpty());
        for (const MissingAddress& m : clients.missing) {
            QVERIFY2(m.server.startsWith(QStringLiteral("clients:")), qPrintable(m.server));
            QVERIFY(m.host.isEmpty());
        }
        QVERIFY(plan.firewall(s("fw-lan-clients"))->missing.contains(clients.missing.first()));
    }

    // The sets grow with zones and roles, not servers: forty Mailbox servers with addresses are one set.
    void addressSetsAreSharedAndCompact()
    {
        auto b = DeploymentBuilder::threeZones("2019");
        b.server("edge01", "dmz", {"edge-transport"}).host("192.0.2.10");
        for (int i = 1; i <= 40; ++i) {
            const QByteArray id = "ex" + QByteArray::number(i);
            const QByteArray address = "198.51.100." + QByteArray::number(i);
            b.server(id.constData(), "lan", {"mailbox"}).host(address.constData());
        }
        b.networks("dmz", {"192.0.2.0/26"}).networks("lan", {"198.51.100.0/24"});
        const FirewallPlan plan = planOf(b.data());
        const auto relay = rulesOn(plan, "fw-dmz-lan", "dmz", "lan", Tcp, 25).value(0);
        const AddressSet& mailboxes = plan.addressSets.at(relay.destinations);
        QCOMPARE(mailboxes.networks.size(), 40);
        QCOMPARE(mailboxes.endpoints.size(), 40);
        QVERIFY(plan.addressSets.size() < 10);
        QSet<QString> names;
        for (const AddressSet& set : plan.addressSets)
            names.insert(set.name);
        QCOMPARE(names.size(), plan.addressSets.size());
    }
};

QTEST_GUILESS_MAIN(TestFirewallPlan)
#include "tst_firewallplan.moc"
