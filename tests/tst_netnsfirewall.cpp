#include "model/deploymentfile.h"
#include "model/firewalltopology.h"
#include "model/ipnetwork.h"
#include "model/matrixbuilder.h"
#include "model/portcatalog.h"
#include "model/portmatrix.h"
#include "model/probeplan.h"
#include "tests/netns/netnslab.h"
#include "tests/netns/seenports.h"
#include "tests/peers/peerfixture.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <set>

// Issue 13's proof in a kernel firewall: the nftables ruleset `portolan-cli firewall` generates lets through exactly
// the port matrix. The deployment's zones and firewalls become network namespaces (NetnsLab); every server address
// listens on every port the matrix requires of it and on decoy ports it does not; each firewall's generated ruleset
// is loaded into its namespace; then, from each zone and from each address a rule may come from (a server of the
// zone, or the zone's other hosts), `portolan-cli probe FILE --from ZONE` must read every port a rule allows from
// there open and every other port of a server behind a firewall filtered, and `scan` must read the decoys, and the
// required ports of rules that do not come from there, filtered. Traffic stays inside the namespaces the test makes.

namespace {

// Every answer comes from a namespace of this machine: a connect answers in well under a millisecond, so a scan waits
// little for the silent ports. The probe's wait is also the time its service checks get from a peer's daemon, which
// a busy machine (a sanitizer build, tests side by side) can slow down; it costs about one wait per probe, since all
// ports are probed at once and a silent TCP port's wait follows the round-trip times measured on its host.
const QString ScanTimeoutMs = QStringLiteral("300");
const QString ProbeTimeoutMs = QStringLiteral("1000");
// Ports no rule of the test deployments opens: every address listens on them too, and they must read filtered (the
// expectation comes from the matrix all the same).
const QList<int> DecoyTcp = {21, 22, 3389, 5900, 8080};
const QList<int> DecoyUdp = {69, 161, 5353};

// The ports where a test peer greets or answers the probe's service check (postfix, dovecot, nginx).
const QList<int> GreetingPorts = {25, 80, 110, 143, 443, 993, 995};

// The Internet's hosts when the deployment leaves the Internet zone "any address".
const QString InternetLabNetwork = QStringLiteral("172.16.0.0/24");

struct Layout
{
    QString templateId;
    QHash<QString, QString> networks; // zone id → CIDR
    QHash<QString, QString> hosts;    // server id → address
    QList<Firewall> firewalls;        // none: the implicit firewalls between neighbouring zones
};

Firewall firewall(const QString& id, const QString& name, const QList<FirewallInterface>& interfaces,
                  const QString& localZone = {})
{
    Firewall result;
    result.id = id;
    result.name = name;
    result.interfaces = interfaces;
    result.localZone = localZone;
    return result;
}

// One port of one address, as a probe or scan reports it: "10.3.0.11 tcp/25".
QString portKey(const QString& host, Protocol protocol, int port)
{
    return host + (protocol == Protocol::Tcp ? QStringLiteral(" tcp/") : QStringLiteral(" udp/")) +
           QString::number(port);
}

// What the matrix allows between the zones of a deployment, address by address.
class Expectations
{
public:
    // clients: each zone's client address in the lab, which stands for the zone's hosts that are no server.
    Expectations(const DeploymentData& deployment, const PortMatrix& matrix, const QHash<QString, QString>& clients)
        : m_deployment(deployment)
        , m_matrix(matrix)
        , m_clients(clients)
    {}

    // The rules that let `port` of `host` be reached from `source` (an address in zone `from`): the rule comes
    // from that zone, goes to the host's zone, covers the port, and its destinations cover the host and its sources
    // the source address (EndpointAddresses: a server with an address covers that address; a server without one, or
    // an implicit actor, stands for its zone's networks, which hold every address of the zone in the lab).
    QList<int> rulesAllowing(const QString& from, const QString& source, const QString& host, Protocol protocol,
                             int port) const
    {
        const QString to = zoneOf(host);
        QList<int> rules;
        for (int i = 0; i < m_matrix.rules.size(); ++i) {
            const MatrixRule& rule = m_matrix.rules.at(i);
            if (rule.from == from && rule.to == to && rule.protocol == protocol && rule.ports.contains(port) &&
                covers(rule.destinations, host) && covers(rule.sources, source))
                rules << i;
        }
        return rules;
    }

    // Every rule between zones: each must be seen open from one of its sources, to one of its destinations (a server's
    // address, or the client address of the zone when its destinations include hosts that are no server).
    QSet<int> allRules() const
    {
        QSet<int> rules;
        for (int i = 0; i < m_matrix.rules.size(); ++i)
            rules.insert(i);
        return rules;
    }

    // Whether a rule from an Internet zone that is any address (no networks) lets this port of this host through.
    bool allowsFromAnyAddress(const QString& host, Protocol protocol, int port) const
    {
        const QString to = zoneOf(host);
        for (const MatrixRule& rule : m_matrix.rules) {
            const Zone* zone = m_deployment.zone(rule.from);
            if (zone && zone->isAnyAddress() && rule.to == to && rule.protocol == protocol &&
                rule.ports.contains(port) && covers(rule.destinations, host))
                return true;
        }
        return false;
    }

    // The zone of the server(s) or client at an address.
    QString zoneOf(const QString& host) const
    {
        for (const Server& server : m_deployment.servers)
            if (server.host == host)
                return server.zone;
        return m_clients.key(host);
    }

private:
    bool covers(const QStringList& endpoints, const QString& address) const
    {
        return std::any_of(endpoints.begin(), endpoints.end(), [&](const QString& id) {
            const Server* server = m_deployment.server(id);
            return !server || !hostAddress(server->host) || server->host == address;
        });
    }

    const DeploymentData& m_deployment;
    const PortMatrix& m_matrix;
    const QHash<QString, QString> m_clients;
};

// The ports each address listens on: the probe plan's, the first and last of each port range too wide for the plan
// (the dynamic RPC range), and the decoys.
using PortsByHost = std::map<QString, std::map<Protocol, std::set<int>>>;

// The ports each address listens on: the probe plan's; for a rule to hosts that are no server (the Internet's mail
// servers, clients), its ports on the client address of their zone; the first and last port of each range too wide
// to probe port by port (the dynamic RPC range); and the decoys.
PortsByHost listeningPorts(const DeploymentData& deployment, const PortMatrix& matrix, const ProbePlan& plan,
                           const QHash<QString, QString>& clients)
{
    PortsByHost ports;
    for (const PlannedProbe& probe : plan.probes)
        ports[probe.host][probe.protocol].insert(probe.port);
    const auto add = [&ports](const QString& host, const MatrixRule& rule) {
        std::set<int>& listening = ports[host][rule.protocol];
        if (rule.ports.count() > ProbePlan::MaxRangePorts) {
            listening.insert({rule.ports.first, rule.ports.last});
            return;
        }
        for (int port = rule.ports.first; port <= rule.ports.last; ++port)
            listening.insert(port);
    };
    for (const MatrixRule& rule : matrix.rules) {
        for (const QString& id : rule.destinations) {
            const Server* server = deployment.server(id);
            if (!server || !hostAddress(server->host))
                add(clients.value(rule.to), rule);
            else if (rule.ports.count() > ProbePlan::MaxRangePorts)
                add(server->host, rule);
        }
    }
    for (auto& [host, byProtocol] : ports) {
        byProtocol[Protocol::Tcp].insert(DecoyTcp.begin(), DecoyTcp.end());
        byProtocol[Protocol::Udp].insert(DecoyUdp.begin(), DecoyUdp.end());
    }
    return ports;
}

// A namespace per zone (its first network, or the lab's own for an Internet that is any address) holding its servers'
// addresses, and one per firewall, explicit or implicit, with its interfaces.
LabLayout labLayoutOf(const DeploymentData& deployment, const FirewallTopology& topology)
{
    LabLayout lab;
    for (const Zone& zone : deployment.zones) {
        LabZone labZone{zone.id, zone.networks.isEmpty() ? InternetLabNetwork : zone.networks.first().toCidr(), {}};
        for (const Server& server : deployment.servers)
            if (server.zone == zone.id && !server.host.isEmpty() && !labZone.servers.contains(server.host))
                labZone.servers << server.host;
        lab.zones << labZone;
    }
    for (const Firewall& wall : topology.firewalls()) {
        LabFirewall labFirewall{wall.id, {}, wall.localZone};
        for (const FirewallInterface& interface : wall.interfaces)
            labFirewall.interfaces.append({interface.zone, interface.name});
        lab.firewalls << labFirewall;
    }
    return lab;
}

QString portList(const std::set<int>& ports)
{
    QStringList items;
    for (const int port : ports)
        items << QString::number(port);
    return items.join(u',');
}

} // namespace

class TestNetnsFirewall final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void generatedRulesetAllowsExactlyTheMatrix_data();
    void generatedRulesetAllowsExactlyTheMatrix();

private:
    struct Tally
    {
        int open = 0;
        int dropped = 0;
        QStringList wrong;
        // Open where the matrix says filtered, on a port some rule opens to the Internet as "any address".
        QStringList openToAny;
        QSet<int> seenOpen; // rules (PortMatrix::rules) seen open from one of their sources
    };
    // Where probes and scans start from: a zone's namespace, sending from one of its addresses.
    struct Vantage
    {
        QString zone;
        QString source;
    };
    static QList<QStringList> runsFrom(const QString& zone, const QString& file, const Expectations& expected,
                                       const ProbePlan& plan, const PortsByHost& listening);
    void check(const Vantage& vantage, const QStringList& arguments, const NetnsLab::Run& run,
               const Expectations& expected, Tally& tally) const;

    QString m_unavailable;
    bool m_withPeers = false;
    QTemporaryDir m_dir;
    NetnsLab m_lab{QStringLiteral(PORTOLAN_NETNS_LISTEN)};
};

Q_DECLARE_METATYPE(Layout)

void TestNetnsFirewall::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_unavailable = NetnsLab::unavailableReason();
    if (m_unavailable.isEmpty())
        NetnsLab::removeLeftovers();
}

void TestNetnsFirewall::init()
{
    if (!m_unavailable.isEmpty())
        QSKIP(qPrintable(m_unavailable));
}

void TestNetnsFirewall::cleanup()
{
    m_lab.tearDown();
}

void TestNetnsFirewall::generatedRulesetAllowsExactlyTheMatrix_data()
{
    QTest::addColumn<Layout>("layout");
    const QHash<QString, QString> dmzAndLan = {{QStringLiteral("dmz"), QStringLiteral("10.2.0.0/24")},
                                               {QStringLiteral("lan"), QStringLiteral("10.3.0.0/24")}};
    // The default layout with two firewalls back to back: the Internet reaches the LAN through the DMZ.
    QTest::newRow("2019 Edge, back-to-back firewalls")
        << Layout{QStringLiteral("exchange2019-edge"),
                  dmzAndLan,
                  {{QStringLiteral("edge01"), QStringLiteral("10.2.0.10")},
                   {QStringLiteral("ex01"), QStringLiteral("10.3.0.11")},
                   {QStringLiteral("ex02"), QStringLiteral("10.3.0.12")},
                   {QStringLiteral("dc01"), QStringLiteral("10.3.0.20")}},
                  {firewall(QStringLiteral("fw-outer"), QStringLiteral("Outer"),
                            {{QStringLiteral("internet"), QStringLiteral("outside")},
                             {QStringLiteral("dmz"), QStringLiteral("dmz")}}),
                   firewall(QStringLiteral("fw-inner"), QStringLiteral("Inner"),
                            {{QStringLiteral("dmz"), QStringLiteral("dmz")},
                             {QStringLiteral("lan"), QStringLiteral("inside")}})}};
    // The seed article's relay in the DMZ, with the firewalls the diagram draws (no explicit ones) and the Internet
    // narrowed to a network of its own.
    QHash<QString, QString> relayNetworks = dmzAndLan;
    relayNetworks.insert(QStringLiteral("internet"), QStringLiteral("172.16.1.0/24"));
    QTest::newRow("seed DMZ relay, implicit firewalls")
        << Layout{QStringLiteral("seed-dmz-relay"),
                  relayNetworks,
                  {{QStringLiteral("relay01"), QStringLiteral("10.2.0.10")},
                   {QStringLiteral("mail01"), QStringLiteral("10.3.0.11")},
                   {QStringLiteral("dc01"), QStringLiteral("10.3.0.20")}},
                  {}};
    // One firewall with three legs: the front-end in the DMZ reaches the back-ends through the same box.
    QTest::newRow("2003 front-end, three-legged firewall")
        << Layout{QStringLiteral("exchange2003-frontend-backend"),
                  dmzAndLan,
                  {{QStringLiteral("fe01"), QStringLiteral("10.2.0.10")},
                   {QStringLiteral("be01"), QStringLiteral("10.3.0.11")},
                   {QStringLiteral("be02"), QStringLiteral("10.3.0.12")},
                   {QStringLiteral("dc01"), QStringLiteral("10.3.0.20")}},
                  {firewall(QStringLiteral("fw1"), QStringLiteral("Perimeter"),
                            {{QStringLiteral("internet"), QStringLiteral("outside")},
                             {QStringLiteral("dmz"), QStringLiteral("dmz")},
                             {QStringLiteral("lan"), QStringLiteral("inside")}})}};
    // The seed article's first layout: the mail server runs on the firewall host itself, so the Internet's and the
    // LAN's connections to it pass the firewall's input chain and its own connections the output chain.
    QHash<QString, QString> hostNetworks = {{QStringLiteral("firewall"), QStringLiteral("10.9.0.0/24")},
                                            {QStringLiteral("lan"), QStringLiteral("10.3.0.0/24")}};
    QTest::newRow("seed mail server on the firewall host")
        << Layout{QStringLiteral("seed-firewall-host"),
                  hostNetworks,
                  {{QStringLiteral("mail01"), QStringLiteral("10.9.0.10")},
                   {QStringLiteral("dc01"), QStringLiteral("10.3.0.20")}},
                  {firewall(QStringLiteral("fw1"), QStringLiteral("Firewall host"),
                            {{QStringLiteral("internet"), QStringLiteral("outside")},
                             {QStringLiteral("lan"), QStringLiteral("inside")}},
                            QStringLiteral("firewall"))}};
}

void TestNetnsFirewall::generatedRulesetAllowsExactlyTheMatrix()
{
    QFETCH(const Layout, layout);
    QElapsedTimer clock;
    clock.start();

    // The template, given addresses and firewalls, written where portolan-cli reads it.
    const PortCatalog& catalog = PortCatalog::builtin();
    DeploymentReader reader(catalog);
    auto read =
        reader.readFile(QStringLiteral(PORTOLAN_SOURCE_DIR "/resources/templates/%1.portolan").arg(layout.templateId));
    QVERIFY2(read, qPrintable(reader.errorString()));
    DeploymentData deployment = *read;
    for (Zone& zone : deployment.zones)
        if (const QString network = layout.networks.value(zone.id); !network.isEmpty())
            zone.networks = {*IpNetwork::parse(network)};
    for (Server& server : deployment.servers)
        server.host = layout.hosts.value(server.id);
    deployment.firewalls = layout.firewalls;
    const QString file = m_dir.filePath(layout.templateId + QStringLiteral(".portolan"));
    DeploymentWriter writer;
    QVERIFY2(writer.writeFile(deployment, file), qPrintable(writer.errorString()));

    // The lab: a namespace per zone and per firewall (explicit or implicit, as FirewallTopology has them).
    const FirewallTopology topology(deployment);
    const LabLayout lab = labLayoutOf(deployment, topology);
    QVERIFY2(m_lab.build(lab), qPrintable(m_lab.errorString()));

    const PortMatrix matrix = MatrixBuilder(catalog).build(deployment);
    const ProbePlan plan = ProbePlan::build(deployment, matrix, catalog);
    QHash<QString, QString> clients;
    for (const LabZone& zone : lab.zones)
        clients.insert(zone.id, m_lab.clientAddress(zone.id));
    const Expectations expected(deployment, matrix, clients);
    const PortsByHost listening = listeningPorts(deployment, matrix, plan, clients);
    // The real test peers answer where a service check applies (SMTP, IMAP4, POP3, HTTP(S), LDAP), when they can run.
    const QString noPeers = PeerFixture::unavailableReason();
    m_withPeers = noPeers.isEmpty();
    if (!m_withPeers)
        qInfo("plain listeners instead of the test peers: %s", qPrintable(noPeers));
    for (const auto& [host, byProtocol] : listening) {
        const auto ports = [&byProtocol = byProtocol](Protocol protocol) {
            const auto found = byProtocol.find(protocol);
            return found == byProtocol.end() ? QList<int>() : QList<int>(found->second.begin(), found->second.end());
        };
        const QString zone = expected.zoneOf(host);
        m_lab.listen(zone, host, ports(Protocol::Tcp), ports(Protocol::Udp),
                     m_withPeers && clients.value(zone) != host);
    }
    QVERIFY2(m_lab.waitUntilListening(), qPrintable(m_lab.errorString()));

    // Each firewall's generated ruleset, loaded into its namespace (nft -c first).
    for (const Firewall& wall : topology.firewalls()) {
        QProcess cli;
        cli.start(QStringLiteral(PORTOLAN_CLI), {QStringLiteral("firewall"), file, QStringLiteral("--format"),
                                                 QStringLiteral("nftables"), QStringLiteral("--firewall"), wall.id});
        QVERIFY(cli.waitForFinished(30000));
        const QString ruleset = QString::fromUtf8(cli.readAllStandardOutput());
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        QVERIFY2(m_lab.loadRuleset(wall.id, ruleset), qPrintable(m_lab.errorString() + u'\n' + ruleset));
    }

    // From every zone, as each address a rule may come from: the zone's other hosts (its client address), and each of
    // its servers. Round r sends from the r-th address of every zone that has one, all zones side by side.
    Tally tally;
    for (qsizetype round = 0;; ++round) {
        QList<Vantage> vantages;
        for (const LabZone& zone : lab.zones) {
            // The firewall host's own traffic comes from its servers' addresses: no other host is in its zone.
            const bool onFirewall = std::any_of(lab.firewalls.cbegin(), lab.firewalls.cend(),
                                                [&](const LabFirewall& wall) { return wall.localZone == zone.id; });
            const QStringList sources =
                (onFirewall ? QStringList() : QStringList{m_lab.clientAddress(zone.id)}) + zone.servers;
            if (round < sources.size()) {
                vantages.append({zone.id, sources.at(round)});
                QVERIFY2(m_lab.useSource(zone.id, sources.at(round)), qPrintable(m_lab.errorString()));
            }
        }
        if (vantages.isEmpty())
            break;
        QList<NetnsLab::Job> jobs;
        QList<Vantage> jobVantages;
        for (const Vantage& vantage : std::as_const(vantages)) {
            for (const QStringList& arguments : runsFrom(vantage.zone, file, expected, plan, listening)) {
                jobs.append({vantage.zone, QStringLiteral(PORTOLAN_CLI), arguments});
                jobVantages.append(vantage);
            }
        }
        const QList<NetnsLab::Run> runs = m_lab.runAll(jobs);
        for (qsizetype i = 0; i < runs.size(); ++i)
            check(jobVantages.at(i), jobs.at(i).arguments, runs.at(i), expected, tally);
    }
    QVERIFY2(tally.wrong.isEmpty(), qPrintable(tally.wrong.join(u'\n')));
    // Behind back-to-back firewalls the inner one sees Internet traffic arrive from the DMZ: a rule from an Internet of
    // "any address" must not match the DMZ's own addresses.
    QVERIFY2(tally.openToAny.isEmpty(), qPrintable(tally.openToAny.join(u'\n')));
    // Every rule was seen open from one of its sources: nothing missing.
    QStringList unseen;
    for (const int row : expected.allRules() - tally.seenOpen) {
        const MatrixRule& rule = matrix.rules.at(row);
        unseen << QStringLiteral("%1 -> %2 %3 %4 (%5)")
                      .arg(rule.from, rule.to, protocolId(rule.protocol), rule.ports.toString(), rule.service);
    }
    QVERIFY2(unseen.isEmpty(), qPrintable(QStringLiteral("never seen open: ") + unseen.join(QStringLiteral("; "))));
    QVERIFY(tally.dropped > 0);
    qInfo("%d ports open and %d filtered as the matrix says, in %lld ms", tally.open, tally.dropped, clock.elapsed());
}

// One `probe --from ZONE` and, per address of another zone and protocol, one `scan` of the listening ports the probe
// does not cover (decoys, the ends of wide ranges, the ports of rules to hosts that are no server).
QList<QStringList> TestNetnsFirewall::runsFrom(const QString& zone, const QString& file, const Expectations& expected,
                                               const ProbePlan& plan, const PortsByHost& listening)
{
    QSet<QString> planned;
    for (const PlannedProbe& probe : plan.probes)
        planned.insert(portKey(probe.host, probe.protocol, probe.port));
    QList<QStringList> runs = {
        {QStringLiteral("probe"), file, QStringLiteral("--from"), zone, QStringLiteral("--timeout"), ProbeTimeoutMs}};
    for (const auto& [host, byProtocol] : listening) {
        if (expected.zoneOf(host) == zone)
            continue;
        for (const auto& [protocol, ports] : byProtocol) {
            std::set<int> unprobed;
            for (const int port : ports)
                if (!planned.contains(portKey(host, protocol, port)))
                    unprobed.insert(port);
            if (unprobed.empty())
                continue;
            runs.append({QStringLiteral("scan"), host, QStringLiteral("--ports"), portList(unprobed),
                         QStringLiteral("--timeout"), ScanTimeoutMs, QStringLiteral("--format"),
                         QStringLiteral("json")});
            if (protocol == Protocol::Udp)
                runs.last() << QStringLiteral("--udp");
        }
    }
    return runs;
}

// Each port a run saw: open exactly when a rule allows it from the vantage's zone and address, else filtered.
void TestNetnsFirewall::check(const Vantage& vantage, const QStringList& arguments, const NetnsLab::Run& run,
                              const Expectations& expected, Tally& tally) const
{
    const QString command = arguments.first();
    const QString from = vantage.zone + u'/' + vantage.source;
    QString error;
    const QList<SeenPort> seen = seenPorts(run.out, &error);
    if (!error.isEmpty() || seen.isEmpty()) {
        tally.wrong << QStringLiteral("%1 from %2: %3 %4").arg(arguments.join(u' '), from, error, run.err);
        return;
    }
    for (const SeenPort& port : seen) {
        const Protocol protocol = port.protocol == u"udp" ? Protocol::Udp : Protocol::Tcp;
        if (expected.zoneOf(port.host) == vantage.zone)
            continue; // no firewall between
        const QList<int> rules = expected.rulesAllowing(vantage.zone, vantage.source, port.host, protocol, port.port);
        const bool allowed = !rules.isEmpty();
        if (allowed && port.state == u"open")
            tally.seenOpen.unite(QSet<int>(rules.begin(), rules.end()));
        if (allowed ? port.state != u"open" : !port.dropped()) {
            const QString what = QStringLiteral("%1 from %2: %3 %4 reads %5, expected %6")
                                     .arg(command, from, port.key(), port.server, port.state,
                                          allowed ? QStringLiteral("open") : QStringLiteral("filtered"));
            (!allowed && expected.allowsFromAnyAddress(port.host, protocol, port.port) ? tally.openToAny : tally.wrong)
                << what;
        }
        // Through the firewall the probe's service checks talk to the real peers: the greeting or status line comes
        // back (a scan runs no service check).
        if (command == u"probe" && m_withPeers && allowed && port.state == u"open" && protocol == Protocol::Tcp &&
            GreetingPorts.contains(port.port) && port.banner.isEmpty())
            tally.wrong << QStringLiteral("probe from %1: %2 %3 is open but its service check read nothing")
                               .arg(from, port.key(), port.server);
        ++(allowed ? tally.open : tally.dropped);
    }
}

QTEST_GUILESS_MAIN(TestNetnsFirewall)
#include "tst_netnsfirewall.moc"
