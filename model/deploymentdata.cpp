#include "model/deploymentdata.h"

#include <algorithm>

const QStringList& Server::flagNames()
{
    static const QStringList names = {QStringLiteral("hybridMailFlow"), QStringLiteral("publicFolderDatabase")};
    return names;
}

void Server::setFlag(const QString& name, bool on)
{
    if (on == hasFlag(name))
        return;
    if (!on) {
        flags.removeAll(name);
        return;
    }
    flags.append(name);
    const QStringList& order = flagNames();
    std::sort(flags.begin(), flags.end(),
              [&](const QString& a, const QString& b) { return order.indexOf(a) < order.indexOf(b); });
}

int DeploymentData::zoneIndex(const QString& id) const
{
    for (int i = 0; i < zones.size(); ++i) {
        if (zones.at(i).id == id)
            return i;
    }
    return -1;
}

const Zone* DeploymentData::zone(const QString& id) const
{
    const int index = zoneIndex(id);
    return index >= 0 ? &zones.at(index) : nullptr;
}

int DeploymentData::serverIndex(const QString& id) const
{
    for (int i = 0; i < servers.size(); ++i) {
        if (servers.at(i).id == id)
            return i;
    }
    return -1;
}

const Server* DeploymentData::server(const QString& id) const
{
    const int index = serverIndex(id);
    return index >= 0 ? &servers.at(index) : nullptr;
}

QString Firewall::interfaceTo(const QString& zone) const
{
    for (const FirewallInterface& leg : interfaces) {
        if (leg.zone == zone)
            return leg.name;
    }
    return {};
}

int DeploymentData::firewallIndex(const QString& id) const
{
    for (int i = 0; i < firewalls.size(); ++i) {
        if (firewalls.at(i).id == id)
            return i;
    }
    return -1;
}

const Firewall* DeploymentData::firewall(const QString& id) const
{
    const int index = firewallIndex(id);
    return index >= 0 ? &firewalls.at(index) : nullptr;
}

void DeploymentData::sortInterfaces(Firewall& firewall) const
{
    const auto lane = [&](const FirewallInterface& leg) {
        const int index = zoneIndex(leg.zone);
        return index >= 0 ? index : int(zones.size());
    };
    std::stable_sort(firewall.interfaces.begin(), firewall.interfaces.end(),
                     [&](const FirewallInterface& a, const FirewallInterface& b) { return lane(a) < lane(b); });
}
