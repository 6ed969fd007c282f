#pragma once

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QProcess;

// One zone of a lab: a network namespace holding a bridge with the zone's IPv4 network, the servers' addresses on it,
// and one leg per firewall that joins the zone.
struct LabZone
{
    QString id;
    QString network;     // IPv4 CIDR, /28 or wider, e.g. "10.1.0.0/24" (private ranges: it exists in the lab alone)
    QStringList servers; // server addresses inside the network, below its top 8 addresses (the lab's own)
};

// One firewall of a lab: a network namespace that routes between the zones it joins, one interface per zone, named as
// the deployment names it (the nftables ruleset matches iifname/oifname).
struct LabFirewall
{
    QString id;
    QList<QPair<QString, QString>> interfaces; // (zone id, interface name)
    // A zone of the layout that runs on the firewall itself (Firewall::localZone): its addresses are the firewall's
    // own, on the loopback of the firewall's namespace, which is then the zone's namespace too.
    QString localZone = {};
};

struct LabLayout
{
    QList<LabZone> zones;
    QList<LabFirewall> firewalls;
};

// A deployment's zones and firewalls as Linux network namespaces, for tests that prove a firewall ruleset in the
// kernel. Zone Z is namespace "ptl-<pid>-z-Z" with a bridge br0 carrying the zone's client address (the network's
// .254: what a probe from the zone leaves with) and its servers' addresses; firewall F is "ptl-<pid>-f-F" with IPv4
// forwarding on and, per joined zone, a veth pair whose far end is a port of that zone's bridge and whose own end,
// named as F names the interface, has the address .253 - k (k: F's place among the zone's firewalls, at most 6). Every
// namespace gets a route to every zone network it does not touch, through the next firewall on the shortest path, so
// back-to-back firewalls route through the zone between them. A firewall's local zone has no namespace of its own:
// its addresses sit on the firewall's loopback, and what a test runs or listens on in that zone runs
// in the firewall's namespace, so its traffic passes the firewall's input and output chains. Traffic stays inside the
// lab: nothing links it to the host's own interfaces.
//
// Everything needs root; unavailableReason() says why not (tests QSKIP with it). The destructor and tearDown() stop the
// listeners and delete every namespace (which removes its veths); removeLeftovers() deletes what a killed test left.
class NetnsLab final
{
    Q_DISABLE_COPY_MOVE(NetnsLab)

public:
    struct Run
    {
        int exitCode = -1; // -1: did not start or finish
        QString out;
        QString err;
    };

    // listenHelper: the netns_listen program (built beside the tests).
    explicit NetnsLab(QString listenHelper);
    ~NetnsLab();

    // Why network namespaces cannot be used here (not root, no ip or nft, `ip netns add` refused), or empty.
    static QString unavailableReason();
    // Deletes the namespaces of earlier runs whose test process is gone ("ptl-<pid>-…" with no such pid), ending the
    // listeners still inside them.
    static void removeLeftovers();

    // Creates the namespaces, links, addresses and routes. False with errorString() set on any failure (what was
    // made is torn down again).
    bool build(const LabLayout& layout);
    // Loads an nftables ruleset into a firewall's namespace (`nft -f`), after `nft -c -f` accepts it.
    bool loadRuleset(const QString& firewall, const QString& ruleset);
    // Starts netns_listen in the zone's namespace on one address; with withPeers, the real test peers answer on their
    // well-known TCP ports among tcpPorts (tests/peers). Listeners start side by side: waitUntilListening() waits for
    // all of them.
    void listen(const QString& zone, const QString& address, const QList<int>& tcpPorts, const QList<int>& udpPorts,
                bool withPeers = false);
    bool waitUntilListening();
    // Makes what leaves the zone's namespace for other zones carry this source address (one of the zone's servers, or
    // clientAddress()): a rule from a server opens the firewall for that server's address only.
    bool useSource(const QString& zone, const QString& address);
    // Runs a program inside the zone's namespace.
    Run runInZone(const QString& zone, const QString& program, const QStringList& arguments, int timeoutMs = 60000);
    // One program run inside a zone's namespace.
    struct Job
    {
        QString zone;
        QString program;
        QStringList arguments;
    };
    // Runs the jobs all side by side (probes mostly wait for silent ports); the runs in the order of the jobs.
    QList<Run> runAll(const QList<Job>& jobs, int timeoutMs = 60000);
    // Stops the listeners and deletes the namespaces; safe to call twice.
    void tearDown();

    QString zoneNamespace(const QString& zone) const;
    QString firewallNamespace(const QString& firewall) const;
    // The address a probe from the zone's namespace leaves with (inside the zone's network).
    QString clientAddress(const QString& zone) const;
    QString errorString() const { return m_error; }

    // Runs a program inside a network namespace (`ip netns exec`), stdin closed.
    static Run runIn(const QString& ns, const QString& program, const QStringList& arguments, int timeoutMs = 60000);

private:
    struct Segment; // a zone's network as the lab numbers it

    bool addNamespace(const QString& name);
    bool ip(const QString& ns, const QStringList& batch);
    bool linkFirewall(const LabFirewall& firewall);
    bool addLocalZone(const LabFirewall& firewall);
    bool addRoutes(const LabLayout& layout);
    bool waitForCarrier();
    bool fail(const QString& why);

    QString m_listenHelper;
    QString m_prefix;
    QStringList m_namespaces;
    QHash<QString, std::shared_ptr<Segment>> m_segments; // by zone id
    QHash<QString, QStringList> m_routes;                // by namespace: "NETWORK via GATEWAY", "NETWORK dev NAME"
    QHash<QString, QString> m_hostOf;                    // local zone id → the firewall it runs on
    std::vector<std::unique_ptr<QProcess>> m_listeners;
    size_t m_listening = 0; // the first m_listening listeners said they are ready
    QString m_error;
};
