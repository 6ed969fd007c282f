#include "tests/netns/netnslab.h"

#include <QDeadlineTimer>
#include <QHostAddress>
#include <QProcess>
#include <QQueue>
#include <QStandardPaths>
#include <QThread>

#include <algorithm>
#include <cerrno>
#include <csignal>

#include <sys/prctl.h>
#include <unistd.h>

namespace {

const QString Prefix = QStringLiteral("ptl-");
// The top 8 addresses of a zone's network are the lab's: broadcast, the client, and up to 6 firewalls.
constexpr int MaxFirewallsPerZone = 6;
const QStringList SystemBinDirs = {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"), QStringLiteral("/usr/bin"),
                                   QStringLiteral("/bin")};

QString findProgram(const QString& name)
{
    const QString onPath = QStandardPaths::findExecutable(name);
    return onPath.isEmpty() ? QStandardPaths::findExecutable(name, SystemBinDirs) : onPath;
}

QString joinPorts(const QList<int>& ports)
{
    QStringList items;
    for (const int port : ports)
        items << QString::number(port);
    return items.join(u',');
}

NetnsLab::Run runProgram(const QString& program, const QStringList& arguments, const QByteArray& input, int timeoutMs)
{
    QProcess process;
    process.start(program, arguments);
    NetnsLab::Run run;
    if (!process.waitForStarted()) {
        run.err = process.errorString();
        return run;
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("%1 did not finish within %2 ms").arg(program).arg(timeoutMs);
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QStringList namespacesNamed(const QString& prefix)
{
    QStringList names;
    const NetnsLab::Run list = runProgram(findProgram(QStringLiteral("ip")), {QStringLiteral("netns")}, {}, 10000);
    for (const QString& line : list.out.split(u'\n', Qt::SkipEmptyParts)) {
        const QString name = line.section(u' ', 0, 0);
        if (name.startsWith(prefix))
            names << name;
    }
    return names;
}

void deleteNamespace(const QString& name)
{
    const QString ip = findProgram(QStringLiteral("ip"));
    // A namespace lives on while a process holds it: end what an earlier run left inside (its listeners) first.
    const NetnsLab::Run pids = runProgram(ip, {QStringLiteral("netns"), QStringLiteral("pids"), name}, {}, 10000);
    for (const QString& pid : pids.out.split(u'\n', Qt::SkipEmptyParts))
        ::kill(pid_t(pid.toLongLong()), SIGKILL);
    runProgram(ip, {QStringLiteral("netns"), QStringLiteral("delete"), name}, {}, 10000);
}

} // namespace

// A zone's IPv4 network and the addresses the lab gives itself in it, counted down from the top.
struct NetnsLab::Segment
{
    quint32 base = 0;
    int prefixLength = 0;
    QHash<QString, int> firewallIndex; // firewall id → its place among the zone's firewalls
    QStringList servers;

    QString address(quint32 fromTop) const
    {
        const quint32 size = prefixLength == 0 ? 0 : (quint32(1) << (32 - prefixLength));
        return QHostAddress(base + size - 1 - fromTop).toString();
    }
    QString client() const { return address(1); }
    QString firewall(const QString& id) const { return address(2 + quint32(firewallIndex.value(id))); }
    QString withPrefix(const QString& address) const { return address + u'/' + QString::number(prefixLength); }
    QString network() const { return QHostAddress(base).toString() + u'/' + QString::number(prefixLength); }
};

NetnsLab::NetnsLab(QString listenHelper)
    : m_listenHelper(std::move(listenHelper))
    , m_prefix(Prefix + QString::number(::getpid()) + u'-')
{}

NetnsLab::~NetnsLab()
{
    tearDown();
}

QString NetnsLab::unavailableReason()
{
    if (::geteuid() != 0)
        return QStringLiteral("network namespaces need root (uid is %1)").arg(::geteuid());
    for (const QString& program : {QStringLiteral("ip"), QStringLiteral("nft")})
        if (findProgram(program).isEmpty())
            return QStringLiteral("%1 is not installed (run scripts/install-deps)").arg(program);
    const QString probe = Prefix + QString::number(::getpid()) + QStringLiteral("-check");
    const Run add = runProgram(findProgram(QStringLiteral("ip")),
                               {QStringLiteral("netns"), QStringLiteral("add"), probe}, {}, 10000);
    if (add.exitCode != 0)
        return QStringLiteral("ip netns add is not permitted here: %1").arg(add.err.trimmed());
    const Run nft =
        runIn(probe, findProgram(QStringLiteral("nft")),
              {QStringLiteral("add"), QStringLiteral("table"), QStringLiteral("inet"), QStringLiteral("t")});
    deleteNamespace(probe);
    if (nft.exitCode != 0)
        return QStringLiteral("nftables cannot filter inside a namespace: %1").arg(nft.err.trimmed());
    return {};
}

void NetnsLab::removeLeftovers()
{
    for (const QString& name : namespacesNamed(Prefix)) {
        bool ok = false;
        const pid_t pid = pid_t(name.mid(Prefix.size()).section(u'-', 0, 0).toLongLong(&ok));
        if (ok && pid != ::getpid() && ::kill(pid, 0) != 0 && errno == ESRCH)
            deleteNamespace(name);
    }
}

QString NetnsLab::zoneNamespace(const QString& zone) const
{
    if (const QString host = m_hostOf.value(zone); !host.isEmpty())
        return firewallNamespace(host);
    return m_prefix + QStringLiteral("z-") + zone;
}

QString NetnsLab::firewallNamespace(const QString& firewall) const
{
    return m_prefix + QStringLiteral("f-") + firewall;
}

QString NetnsLab::clientAddress(const QString& zone) const
{
    const auto segment = m_segments.value(zone);
    return segment ? segment->client() : QString();
}

bool NetnsLab::fail(const QString& why)
{
    m_error = why;
    tearDown();
    return false;
}

bool NetnsLab::addNamespace(const QString& name)
{
    const Run add = runProgram(findProgram(QStringLiteral("ip")),
                               {QStringLiteral("netns"), QStringLiteral("add"), name}, {}, 10000);
    if (add.exitCode != 0)
        return fail(QStringLiteral("ip netns add %1: %2").arg(name, add.err.trimmed()));
    m_namespaces << name;
    return ip(name, {QStringLiteral("link set lo up")});
}

bool NetnsLab::ip(const QString& ns, const QStringList& batch)
{
    const Run run = runProgram(findProgram(QStringLiteral("ip")),
                               {QStringLiteral("-n"), ns, QStringLiteral("-batch"), QStringLiteral("-")},
                               batch.join(u'\n').toUtf8() + '\n', 10000);
    if (run.exitCode != 0)
        return fail(QStringLiteral("ip -n %1: %2 (commands: %3)").arg(ns, run.err.trimmed(), batch.join(u"; ")));
    return true;
}

bool NetnsLab::build(const LabLayout& layout)
{
    tearDown();
    m_error.clear();
    for (const LabFirewall& firewall : layout.firewalls) {
        if (!firewall.localZone.isEmpty())
            m_hostOf.insert(firewall.localZone, firewall.id);
    }
    for (const LabZone& zone : layout.zones) {
        const QPair<QHostAddress, int> subnet = QHostAddress::parseSubnet(zone.network);
        if (subnet.first.protocol() != QAbstractSocket::IPv4Protocol || subnet.second > 28)
            return fail(
                QStringLiteral("zone %1: %2 is not an IPv4 network of /28 or wider").arg(zone.id, zone.network));
        auto segment = std::make_shared<Segment>();
        segment->base = subnet.first.toIPv4Address();
        segment->prefixLength = subnet.second;
        segment->servers = zone.servers;
        for (const QString& server : zone.servers) {
            const QHostAddress address(server);
            if (!address.isInSubnet(subnet) ||
                address.toIPv4Address() >= QHostAddress(segment->address(7)).toIPv4Address())
                return fail(QStringLiteral("zone %1: server address %2 is not in %3 below the lab's top 8 addresses")
                                .arg(zone.id, server, zone.network));
        }
        m_segments.insert(zone.id, segment);
        if (m_hostOf.contains(zone.id))
            continue; // its addresses go on its firewall (addLocalZone)
        const QString ns = zoneNamespace(zone.id);
        if (!addNamespace(ns))
            return false;
        // The client address first: the kernel picks the primary address of the network as a probe's source.
        QStringList batch = {QStringLiteral("link add br0 type bridge"), QStringLiteral("link set br0 up"),
                             QStringLiteral("address add %1 dev br0").arg(segment->withPrefix(segment->client()))};
        for (const QString& server : zone.servers)
            batch << QStringLiteral("address add %1 dev br0").arg(segment->withPrefix(server));
        if (!ip(ns, batch))
            return false;
    }
    for (const LabFirewall& firewall : layout.firewalls) {
        for (const auto& [zone, name] : firewall.interfaces) {
            const auto segment = m_segments.value(zone);
            if (!segment)
                return fail(QStringLiteral("firewall %1: no zone %2 in the lab").arg(firewall.id, zone));
            segment->firewallIndex.insert(firewall.id, int(segment->firewallIndex.size()));
            if (segment->firewallIndex.size() > MaxFirewallsPerZone)
                return fail(QStringLiteral("zone %1: more than %2 firewalls").arg(zone).arg(MaxFirewallsPerZone));
        }
        if (!linkFirewall(firewall) || !addLocalZone(firewall))
            return false;
    }
    return addRoutes(layout) && waitForCarrier();
}

// A new veth leg has no carrier until the kernel's link watch gets round to it (up to a second later); until then it
// drops what is sent, and a probe would read a port filtered that the firewall lets through.
bool NetnsLab::waitForCarrier()
{
    const QString ip = findProgram(QStringLiteral("ip"));
    QStringList waiting = m_namespaces;
    for (int round = 0; round < 100 && !waiting.isEmpty(); ++round) {
        if (round > 0)
            QThread::msleep(50);
        waiting.removeIf([&ip](const QString& ns) {
            const Run links =
                runProgram(ip, {QStringLiteral("-n"), ns, QStringLiteral("-o"), QStringLiteral("link")}, {}, 10000);
            const QStringList lines = links.out.split(u'\n', Qt::SkipEmptyParts);
            return links.exitCode == 0 && std::all_of(lines.begin(), lines.end(), [](const QString& line) {
                       return line.contains(u"LOOPBACK") ||
                              (line.contains(u" state UP ") && !line.contains(u"NO-CARRIER"));
                   });
        });
    }
    if (!waiting.isEmpty())
        return fail(QStringLiteral("the links of %1 did not come up within 5 s").arg(waiting.join(u", ")));
    return true;
}

bool NetnsLab::linkFirewall(const LabFirewall& firewall)
{
    const QString ns = firewallNamespace(firewall.id);
    if (!addNamespace(ns))
        return false;
    const Run forward = runIn(ns, findProgram(QStringLiteral("sysctl")),
                              {QStringLiteral("-qw"), QStringLiteral("net.ipv4.ip_forward=1")});
    if (forward.exitCode != 0)
        return fail(QStringLiteral("cannot turn on forwarding in %1: %2").arg(ns, forward.err.trimmed()));
    QStringList batch;
    for (const auto& [zone, name] : firewall.interfaces) {
        const auto segment = m_segments.value(zone);
        const QString zoneNs = zoneNamespace(zone);
        // Both ends are made inside their namespaces: the host's own namespace never sees them.
        const QString leg = QStringLiteral("v%1").arg(segment->firewallIndex.value(firewall.id));
        batch << QStringLiteral("link add %1 type veth peer name %2 netns %3").arg(name, leg, zoneNs)
              << QStringLiteral("address add %1 dev %2").arg(segment->withPrefix(segment->firewall(firewall.id)), name)
              << QStringLiteral("link set %1 up").arg(name);
        if (!ip(ns, batch) ||
            !ip(zoneNs, {QStringLiteral("link set %1 master br0").arg(leg), QStringLiteral("link set %1 up").arg(leg)}))
            return false;
        batch.clear();
    }
    return true;
}

// The servers of the firewall's local zone: the zone's addresses (its client's too), each on its own (/32), on the
// loopback of the firewall's namespace, which makes them the firewall's own; and the firewall's connected routes
// kept so that useSource() can set their source.
bool NetnsLab::addLocalZone(const LabFirewall& firewall)
{
    const QString ns = firewallNamespace(firewall.id);
    for (const auto& [zone, name] : firewall.interfaces)
        m_routes[ns] << QStringLiteral("%1 dev %2").arg(m_segments.value(zone)->network(), name);
    if (firewall.localZone.isEmpty())
        return true;
    const auto segment = m_segments.value(firewall.localZone);
    if (!segment)
        return fail(QStringLiteral("firewall %1: no zone %2 in the lab").arg(firewall.id, firewall.localZone));
    QStringList batch;
    for (const QString& address : QStringList{segment->client()} + segment->servers)
        batch << QStringLiteral("address add %1/32 dev lo").arg(address);
    return ip(ns, batch);
}

// Every namespace gets a route to each zone network it is not on, through the first firewall of the shortest path.
bool NetnsLab::addRoutes(const LabLayout& layout)
{
    // The graph: zones and firewalls ("z:ID", "f:ID"), a firewall linked to each zone it joins.
    QHash<QString, QStringList> neighbours;
    for (const LabFirewall& firewall : layout.firewalls) {
        QStringList zones;
        for (const auto& interface : firewall.interfaces)
            zones << interface.first;
        if (!firewall.localZone.isEmpty())
            zones << firewall.localZone;
        for (const QString& zone : std::as_const(zones)) {
            neighbours[u"f:" + firewall.id] << u"z:" + zone;
            neighbours[u"z:" + zone] << u"f:" + firewall.id;
        }
    }
    QStringList nodes;
    for (const LabZone& zone : layout.zones)
        nodes << u"z:" + zone.id;
    for (const LabFirewall& firewall : layout.firewalls)
        nodes << u"f:" + firewall.id;
    for (const QString& node : std::as_const(nodes)) {
        if (m_hostOf.contains(node.mid(2)) && node.startsWith(u"z:"))
            continue; // a local zone routes as its firewall does
        // Breadth first from the node: the first hop towards each other node.
        QHash<QString, QString> firstHop;
        QHash<QString, QString> previous = {{node, QString()}};
        QQueue<QString> queue;
        queue.enqueue(node);
        while (!queue.isEmpty()) {
            const QString at = queue.dequeue();
            for (const QString& next : neighbours.value(at)) {
                if (previous.contains(next))
                    continue;
                previous.insert(next, at);
                firstHop.insert(next, at == node ? next : firstHop.value(at));
                queue.enqueue(next);
            }
        }
        QStringList batch; // "NETWORK via GATEWAY"
        for (const LabZone& zone : layout.zones) {
            const QString target = u"z:" + zone.id;
            if (target == node || !firstHop.contains(target) || neighbours.value(node).contains(target))
                continue;
            // From a zone, the first hop is a firewall on the zone's own network; from a firewall, the first hop is a
            // zone and the gateway is the next firewall on the path, on that zone's network.
            QString gateway;
            if (node.startsWith(u"z:")) {
                gateway = m_segments.value(node.mid(2))->firewall(firstHop.value(target).mid(2));
            } else {
                QString hop = target;
                while (previous.value(previous.value(hop)) != node)
                    hop = previous.value(hop);
                gateway = m_segments.value(firstHop.value(target).mid(2))->firewall(hop.mid(2));
            }
            batch << QStringLiteral("%1 via %2").arg(m_segments.value(zone.id)->network(), gateway);
        }
        const QString ns = node.startsWith(u"z:") ? zoneNamespace(node.mid(2)) : firewallNamespace(node.mid(2));
        m_routes[ns] += batch;
        QStringList commands;
        for (const QString& route : std::as_const(batch))
            commands << QStringLiteral("route add ") + route;
        if (!commands.isEmpty() && !ip(ns, commands))
            return false;
    }
    return true;
}

bool NetnsLab::loadRuleset(const QString& firewall, const QString& ruleset)
{
    const QString ns = firewallNamespace(firewall);
    const QString nft = findProgram(QStringLiteral("nft"));
    for (const QString& mode : {QStringLiteral("-c"), QString()}) {
        QStringList arguments = {QStringLiteral("netns"), QStringLiteral("exec"), ns, nft};
        if (!mode.isEmpty())
            arguments << mode;
        arguments << QStringLiteral("-f") << QStringLiteral("-");
        const Run run = runProgram(findProgram(QStringLiteral("ip")), arguments, ruleset.toUtf8(), 30000);
        if (run.exitCode != 0)
            return fail(QStringLiteral("nft %1-f in %2: %3")
                            .arg(mode.isEmpty() ? QString() : mode + u' ', ns, run.err.trimmed()));
    }
    return true;
}

void NetnsLab::listen(const QString& zone, const QString& address, const QList<int>& tcpPorts,
                      const QList<int>& udpPorts, bool withPeers)
{
    auto process = std::make_unique<QProcess>();
    // SIGKILL when the test process dies however it dies; normally it ends when we close its standard input.
    process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    QStringList arguments = {QStringLiteral("netns"), QStringLiteral("exec"), zoneNamespace(zone), m_listenHelper,
                             address};
    if (!tcpPorts.isEmpty())
        arguments << QStringLiteral("--tcp") << joinPorts(tcpPorts);
    if (!udpPorts.isEmpty())
        arguments << QStringLiteral("--udp") << joinPorts(udpPorts);
    if (withPeers)
        arguments << QStringLiteral("--peers");
    process->setObjectName(QStringLiteral("netns_listen %1 in zone %2").arg(address, zone));
    process->start(findProgram(QStringLiteral("ip")), arguments);
    m_listeners.push_back(std::move(process));
}

bool NetnsLab::waitUntilListening()
{
    // The peers take about a second to start; all of netns_listen's own ports are bound at once.
    const QDeadlineTimer deadline(std::chrono::seconds(30));
    for (; m_listening < m_listeners.size(); ++m_listening) {
        QProcess& process = *m_listeners.at(m_listening);
        QByteArray output;
        while (!output.contains('\n') && process.waitForReadyRead(int(std::max<qint64>(deadline.remainingTime(), 1))))
            output += process.readAllStandardOutput();
        if (!output.startsWith("ready")) {
            process.waitForFinished(2000);
            return fail(QStringLiteral("%1 did not start: %2")
                            .arg(process.objectName(), QString::fromUtf8(process.readAllStandardError()).trimmed()));
        }
    }
    return true;
}

bool NetnsLab::useSource(const QString& zone, const QString& address)
{
    const QString ns = zoneNamespace(zone);
    QStringList batch;
    for (const QString& route : m_routes.value(ns))
        batch << QStringLiteral("route replace %1 src %2").arg(route, address);
    return batch.isEmpty() || ip(ns, batch);
}

NetnsLab::Run NetnsLab::runInZone(const QString& zone, const QString& program, const QStringList& arguments,
                                  int timeoutMs)
{
    return runIn(zoneNamespace(zone), program, arguments, timeoutMs);
}

QList<NetnsLab::Run> NetnsLab::runAll(const QList<Job>& jobs, int timeoutMs)
{
    std::vector<std::unique_ptr<QProcess>> processes;
    for (const Job& job : jobs) {
        processes.push_back(std::make_unique<QProcess>());
        processes.back()->setStandardInputFile(QProcess::nullDevice());
        processes.back()->start(
            findProgram(QStringLiteral("ip")),
            QStringList{QStringLiteral("netns"), QStringLiteral("exec"), zoneNamespace(job.zone), job.program} +
                job.arguments);
    }
    const QDeadlineTimer deadline(timeoutMs);
    QList<Run> runs;
    for (const auto& process : processes) {
        Run run;
        if (process->waitForFinished(int(std::max<qint64>(deadline.remainingTime(), 1))) &&
            process->exitStatus() == QProcess::NormalExit) {
            run.exitCode = process->exitCode();
            run.out = QString::fromUtf8(process->readAllStandardOutput());
            run.err = QString::fromUtf8(process->readAllStandardError());
        } else {
            process->kill();
            process->waitForFinished();
            run.err = QStringLiteral("did not finish within %1 ms").arg(timeoutMs);
        }
        runs << run;
    }
    return runs;
}

NetnsLab::Run NetnsLab::runIn(const QString& ns, const QString& program, const QStringList& arguments, int timeoutMs)
{
    return runProgram(findProgram(QStringLiteral("ip")),
                      QStringList{QStringLiteral("netns"), QStringLiteral("exec"), ns, program} + arguments, {},
                      timeoutMs);
}

void NetnsLab::tearDown()
{
    // All at once: each stops its peers' daemons, which takes a second or so.
    for (const auto& listener : m_listeners)
        listener->closeWriteChannel();
    const QDeadlineTimer deadline(std::chrono::seconds(10));
    for (const auto& listener : m_listeners) {
        if (!listener->waitForFinished(int(std::max<qint64>(deadline.remainingTime(), 1)))) {
            listener->kill();
            listener->waitForFinished(2000);
        }
    }
    m_listeners.clear();
    m_listening = 0;
    for (const QString& name : std::as_const(m_namespaces))
        deleteNamespace(name);
    m_namespaces.clear();
    m_segments.clear();
    m_routes.clear();
    m_hostOf.clear();
}
