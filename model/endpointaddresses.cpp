#include "model/endpointaddresses.h"

#include <algorithm>

#include "model/deploymentdata.h"

EndpointAddresses::EndpointAddresses(const DeploymentData& deployment)
    : m_deployment(deployment)
{
    m_serverIndex.reserve(deployment.servers.size());
    for (int i = 0; i < deployment.servers.size(); ++i)
        m_serverIndex.insert(deployment.servers.at(i).id, i);
}

EndpointAddressList EndpointAddresses::resolve(const QString& zoneId, const QStringList& endpoints) const
{
    EndpointAddressList result;
    QList<MissingAddress> withoutAddress;
    for (const QString& endpoint : endpoints) {
        const int index = m_serverIndex.value(endpoint, -1);
        if (index < 0) { // an implicit actor: it has no address of its own
            withoutAddress.append({endpoint, zoneId, {}});
            continue;
        }
        const Server& server = m_deployment.servers.at(index);
        if (const auto address = hostAddress(server.host))
            result.networks.append(IpNetwork::ofAddress(*address));
        else
            withoutAddress.append({endpoint, zoneId, server.host});
    }
    if (!withoutAddress.isEmpty()) {
        const Zone* zone = m_deployment.zone(zoneId);
        if (zone && zone->isAnyAddress()) {
            result.any = true;
            result.networks.clear();
            return result;
        }
        if (zone && !zone->networks.isEmpty()) {
            result.zoneNetworks = true;
            // The servers' own addresses are kept only where the zone's networks miss them (the validator warns).
            result.networks.erase(std::remove_if(result.networks.begin(), result.networks.end(),
                                                 [&](const IpNetwork& host) {
                                                     return std::any_of(
                                                         zone->networks.cbegin(), zone->networks.cend(),
                                                         [&](const IpNetwork& net) { return net.contains(host); });
                                                 }),
                                  result.networks.end());
            result.networks += zone->networks;
        } else {
            result.missing = withoutAddress;
        }
    }
    std::sort(result.networks.begin(), result.networks.end());
    result.networks.erase(std::unique(result.networks.begin(), result.networks.end()), result.networks.end());
    return result;
}
