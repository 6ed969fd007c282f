#pragma once

#include "model/deploymentdata.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// One firewall a flow crosses: in through the interface facing the zone it comes from, out through the one facing
// the zone it goes to. A flow from or to the firewall's local zone (the servers running on the firewall itself)
// starts or ends on the firewall: its ingress (from the host) or egress (to the host) is empty, and its leg is
// FirewallHop::Host.
struct FirewallHop
{
    static constexpr int Host = -1; // the leg of the firewall's local zone

    int firewall = -1; // into FirewallTopology::firewalls()
    QString ingress;   // interface names; empty: the firewall host itself
    QString egress;
    QString fromZone; // the zones on either side of this firewall on the path
    QString toZone;
    int ingressLeg = Host; // the interfaces' indexes in the firewall's interfaces, or Host
    int egressLeg = Host;

    bool fromHost() const { return ingress.isEmpty(); }
    bool toHost() const { return egress.isEmpty(); }

    friend bool operator==(const FirewallHop& a, const FirewallHop& b)
    {
        return a.firewall == b.firewall && a.ingress == b.ingress && a.egress == b.egress && a.fromZone == b.fromZone &&
               a.toZone == b.toZone;
    }
};

// The firewalls of a deployment and the way between its zones. Explicit firewalls (DeploymentData::firewalls) and
// zones form a graph, zone — firewall — zone; a flow takes the path that crosses the fewest firewalls, and among
// paths as short, the one met first when firewalls are tried in file order and zones in lane order. Without explicit
// firewalls, one implicit firewall joins each pair of neighbouring zones in lane order (id "fw-<left>-<right>",
// interfaces named after the zones' ids): a flow crosses every lane boundary between its zones, as the diagram draws
// it. A firewall's local zone is joined to it without an interface: paths into it end on the firewall (its input),
// paths out of it start there (its output). Paths are worked out once, in the constructor: zones × (zones + firewalls).
class FirewallTopology final
{
    Q_DECLARE_TR_FUNCTIONS(FirewallTopology)

public:
    explicit FirewallTopology(const DeploymentData& deployment);

    bool isImplicit() const { return m_implicit; }
    const QList<Firewall>& firewalls() const { return m_firewalls; }
    int firewallIndex(const QString& id) const;

    // The firewalls from one zone to another, in crossing order; empty for the same zone; nullopt when no chain of
    // firewalls joins them (or a zone is unknown).
    std::optional<QList<FirewallHop>> path(const QString& fromZone, const QString& toZone) const;
    std::optional<QList<FirewallHop>> path(int fromZone, int toZone) const;

    // Zones no firewall path joins to the first zone of the largest connected group, in lane order (empty with
    // implicit firewalls).
    QStringList unreachableZones() const;

    // The id and name of the implicit firewall between two neighbouring zones.
    static QString implicitFirewallId(const Zone& left, const Zone& right);
    static QString implicitFirewallName(const Zone& left, const Zone& right);

    // A firewall's leg by its index in a FirewallHop: the interface, or for FirewallHop::Host the local zone without
    // an interface name.
    static FirewallInterface leg(const Firewall& firewall, int leg);
    // A firewall's legs in the zones' lane order: its interfaces and, at its local zone's lane, the host's leg.
    QList<FirewallInterface> legsInLaneOrder(const Firewall& firewall) const;
    // An interface name as the window and the report show it: the name, or "this host" where a hop or rule has none
    // (the firewall's own side: the servers of its local zone run on it).
    static QString interfaceText(const QString& interfaceName);

private:
    void findPaths();

    QList<Zone> m_zones;
    QList<Firewall> m_firewalls;
    bool m_implicit = false;
    // For each source zone, each destination zone: the previous hop on the shortest path (-1: none / the source).
    QList<QList<FirewallHop>> m_lastHop;
    QList<QList<int>> m_previousZone;
};
