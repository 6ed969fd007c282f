#include "model/firewalltopology.h"

#include <algorithm>

#include <QHash>

FirewallTopology::FirewallTopology(const DeploymentData& deployment)
    : m_zones(deployment.zones)
    , m_firewalls(deployment.firewalls)
    , m_implicit(deployment.firewalls.isEmpty())
{
    if (m_implicit) {
        for (int i = 0; i + 1 < m_zones.size(); ++i) {
            const Zone& left = m_zones.at(i);
            const Zone& right = m_zones.at(i + 1);
            m_firewalls.append({implicitFirewallId(left, right),
                                implicitFirewallName(left, right),
                                {{left.id, left.id}, {right.id, right.id}}});
        }
    }
    findPaths();
}

QString FirewallTopology::implicitFirewallId(const Zone& left, const Zone& right)
{
    return QStringLiteral("fw-%1-%2").arg(left.id, right.id);
}

QString FirewallTopology::implicitFirewallName(const Zone& left, const Zone& right)
{
    return tr("Firewall between %1 and %2").arg(left.name, right.name);
}

FirewallInterface FirewallTopology::leg(const Firewall& firewall, int leg)
{
    return leg == FirewallHop::Host ? FirewallInterface{firewall.localZone, QString()} : firewall.interfaces.at(leg);
}

QList<FirewallInterface> FirewallTopology::legsInLaneOrder(const Firewall& firewall) const
{
    QList<FirewallInterface> legs = firewall.interfaces;
    if (firewall.localZone.isEmpty())
        return legs;
    const auto lane = [this](const QString& zone) {
        const auto found =
            std::find_if(m_zones.cbegin(), m_zones.cend(), [&zone](const Zone& z) { return z.id == zone; });
        return int(found - m_zones.cbegin());
    };
    const int local = lane(firewall.localZone);
    const auto after =
        std::find_if(legs.begin(), legs.end(), [&](const FirewallInterface& face) { return lane(face.zone) > local; });
    legs.insert(after, leg(firewall, FirewallHop::Host));
    return legs;
}

QString FirewallTopology::interfaceText(const QString& interfaceName)
{
    return interfaceName.isEmpty() ? tr("this host", "the firewall's own side of a rule, instead of an interface name")
                                   : interfaceName;
}

int FirewallTopology::firewallIndex(const QString& id) const
{
    for (int i = 0; i < m_firewalls.size(); ++i) {
        if (m_firewalls.at(i).id == id)
            return i;
    }
    return -1;
}

// A breadth-first search from every zone over zone → firewall → zone steps: the first time a zone is reached is by a
// path with the fewest firewalls, and the visiting order (firewalls in file order, their interfaces in lane order)
// makes the choice among equally short paths stable.
void FirewallTopology::findPaths()
{
    const int zoneCount = int(m_zones.size());
    QHash<QString, int> zoneIndex;
    for (int z = 0; z < zoneCount; ++z)
        zoneIndex.insert(m_zones.at(z).id, z);
    // For each firewall its legs: (zone, interface index or FirewallHop::Host), interfaces in lane order, the local
    // zone last; for each zone the (firewall, leg) pairs into it, in firewall order.
    QList<QList<std::pair<int, int>>> legsOf(m_firewalls.size());
    QList<QList<std::pair<int, int>>> legs(zoneCount);
    for (int f = 0; f < m_firewalls.size(); ++f) {
        const Firewall& firewall = m_firewalls.at(f);
        for (int i = 0; i < firewall.interfaces.size(); ++i)
            legsOf[f].append({zoneIndex.value(firewall.interfaces.at(i).zone, -1), i});
        if (!firewall.localZone.isEmpty())
            legsOf[f].append({zoneIndex.value(firewall.localZone, -1), FirewallHop::Host});
        for (const auto& [z, leg] : std::as_const(legsOf.at(f))) {
            if (z >= 0)
                legs[z].append({f, leg});
        }
    }
    const auto interfaceName = [&](int f, int leg) {
        return leg == FirewallHop::Host ? QString() : m_firewalls.at(f).interfaces.at(leg).name;
    };

    m_lastHop = QList<QList<FirewallHop>>(zoneCount, QList<FirewallHop>(zoneCount));
    m_previousZone = QList<QList<int>>(zoneCount, QList<int>(zoneCount, -1));
    for (int source = 0; source < zoneCount; ++source) {
        QList<bool> seen(zoneCount, false);
        QList<bool> firewallSeen(m_firewalls.size(), false);
        QList<int> queue{source};
        seen[source] = true;
        for (int next = 0; next < queue.size(); ++next) {
            const int zone = queue.at(next);
            for (const auto& [f, in] : std::as_const(legs.at(zone))) {
                if (firewallSeen.at(f))
                    continue;
                firewallSeen[f] = true;
                for (const auto& [to, out] : std::as_const(legsOf.at(f))) {
                    if (to < 0 || seen.at(to))
                        continue;
                    seen[to] = true;
                    m_previousZone[source][to] = zone;
                    m_lastHop[source][to] = {
                        f,  interfaceName(f, in), interfaceName(f, out), m_zones.at(zone).id, m_zones.at(to).id, in,
                        out};
                    queue.append(to);
                }
            }
        }
    }
}

std::optional<QList<FirewallHop>> FirewallTopology::path(int fromZone, int toZone) const
{
    const int zoneCount = int(m_zones.size());
    if (fromZone < 0 || toZone < 0 || fromZone >= zoneCount || toZone >= zoneCount)
        return std::nullopt;
    QList<FirewallHop> hops;
    for (int zone = toZone; zone != fromZone; zone = m_previousZone.at(fromZone).at(zone)) {
        if (m_previousZone.at(fromZone).at(zone) < 0)
            return std::nullopt;
        hops.prepend(m_lastHop.at(fromZone).at(zone));
    }
    return hops;
}

std::optional<QList<FirewallHop>> FirewallTopology::path(const QString& fromZone, const QString& toZone) const
{
    const auto index = [&](const QString& id) {
        for (int z = 0; z < m_zones.size(); ++z) {
            if (m_zones.at(z).id == id)
                return z;
        }
        return -1;
    };
    return path(index(fromZone), index(toZone));
}

QStringList FirewallTopology::unreachableZones() const
{
    const int zoneCount = int(m_zones.size());
    // The largest group of zones joined to each other; on a tie, the one holding the earliest lane.
    int best = -1;
    int bestSize = 0;
    for (int z = 0; z < zoneCount; ++z) {
        int size = 0;
        for (int to = 0; to < zoneCount; ++to)
            size += to == z || m_previousZone.at(z).at(to) >= 0 ? 1 : 0;
        if (size > bestSize) {
            best = z;
            bestSize = size;
        }
    }
    QStringList unreachable;
    for (int z = 0; z < zoneCount; ++z) {
        if (z != best && m_previousZone.at(best).at(z) < 0)
            unreachable.append(m_zones.at(z).id);
    }
    return unreachable;
}
