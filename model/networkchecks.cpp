#include "model/networkchecks.h"

#include <algorithm>

#include <QSet>

#include "model/deploymentdata.h"
#include "model/firewalltopology.h"
#include "model/flow.h"
#include "model/portcatalog.h"

namespace {

// A message names at most this many servers; the warning's server list holds them all.
constexpr int kNamed = 5;

QString networksText(const QList<IpNetwork>& networks)
{
    QStringList texts;
    for (const IpNetwork& network : networks)
        texts.append(network.toCidr());
    return texts.join(QStringLiteral(", "));
}

} // namespace

NetworkChecks::NetworkChecks(const PortCatalog& catalog, const DeploymentData& deployment, const FlowSet& flows)
    : m_catalog(catalog)
    , m_deployment(deployment)
    , m_flows(flows)
{}

QList<ValidationWarning> NetworkChecks::run()
{
    hostsOutsideZones();
    overlappingZones();
    firewallInterfaces();
    unreachableZones();
    missingAddresses();
    return m_warnings;
}

QString NetworkChecks::zoneName(const QString& id) const
{
    const Zone* zone = m_deployment.zone(id);
    return zone ? zone->name : id;
}

void NetworkChecks::hostsOutsideZones()
{
    for (const Server& server : m_deployment.servers) {
        const Zone* zone = m_deployment.zone(server.zone);
        const auto address = hostAddress(server.host);
        if (!zone || zone->networks.isEmpty() || !address)
            continue;
        const bool inside = std::any_of(zone->networks.cbegin(), zone->networks.cend(),
                                        [&](const IpNetwork& network) { return network.contains(*address); });
        if (!inside)
            m_warnings.append({Severity::Warning,
                               QStringLiteral("host-outside-zone"),
                               tr("%1's address %2 is outside the networks of its zone %3 (%4): the firewall rules "
                                  "for the zone will not match it. Correct the address or the zone's networks.")
                                   .arg(server.name, server.host, zone->name, networksText(zone->networks)),
                               {server.id}});
    }
}

void NetworkChecks::overlappingZones()
{
    const QList<Zone>& zones = m_deployment.zones;
    for (int a = 0; a < zones.size(); ++a) {
        for (int b = a + 1; b < zones.size(); ++b) {
            for (const IpNetwork& x : zones.at(a).networks) {
                const auto overlap = std::find_if(zones.at(b).networks.cbegin(), zones.at(b).networks.cend(),
                                                  [&](const IpNetwork& y) { return x.overlaps(y); });
                if (overlap == zones.at(b).networks.cend())
                    continue;
                m_warnings.append({Severity::Error,
                                   QStringLiteral("zone-networks-overlap"),
                                   tr("The networks of zones %1 (%2) and %3 (%4) overlap: a firewall cannot tell "
                                      "the two zones apart by address.")
                                       .arg(zones.at(a).name, x.toCidr(), zones.at(b).name, overlap->toCidr()),
                                   {}});
                break;
            }
        }
    }
}

void NetworkChecks::firewallInterfaces()
{
    for (const Firewall& firewall : m_deployment.firewalls) {
        int known = 0;
        for (const FirewallInterface& leg : firewall.interfaces) {
            if (m_deployment.zone(leg.zone))
                ++known;
            else
                m_warnings.append({Severity::Error,
                                   QStringLiteral("firewall-unknown-zone"),
                                   tr("Interface %1 of firewall %2 faces zone \"%3\", which the deployment does not "
                                      "have.")
                                       .arg(leg.name, firewall.name, leg.zone),
                                   {}});
        }
        if (!firewall.localZone.isEmpty()) {
            if (m_deployment.zone(firewall.localZone))
                ++known;
            else
                m_warnings.append({Severity::Error,
                                   QStringLiteral("firewall-unknown-zone"),
                                   tr("Firewall %1 runs zone \"%2\", which the deployment does not have.")
                                       .arg(firewall.name, firewall.localZone),
                                   {}});
            localZoneShared(firewall);
        }
        if (known < 2)
            m_warnings.append(
                {Severity::Error,
                 QStringLiteral("firewall-joins-too-few-zones"),
                 tr("Firewall %1 joins %n zone(s); a firewall joins two or more.", nullptr, known).arg(firewall.name),
                 {}});
    }
}

// A zone that runs on a firewall is reached through that firewall only.
void NetworkChecks::localZoneShared(const Firewall& host)
{
    for (const Firewall& other : m_deployment.firewalls) {
        const bool self = other.id == host.id;
        if (self ? other.interfaceTo(host.localZone).isEmpty() : !other.joins(host.localZone))
            continue;
        const QString text =
            self ? tr("Firewall %1 runs zone %2 and also faces it through interface %3: the servers running on a "
                      "firewall are reached without an interface.")
                       .arg(host.name, zoneName(host.localZone), host.interfaceTo(host.localZone))
                 : tr("Zone %1 runs on firewall %2 and is also joined by firewall %3: a zone that runs on a firewall "
                      "is reached through that firewall only.")
                       .arg(zoneName(host.localZone), host.name, other.name);
        m_warnings.append({Severity::Error, QStringLiteral("firewall-local-zone-shared"), text, {}});
    }
}

void NetworkChecks::unreachableZones()
{
    if (m_deployment.firewalls.isEmpty())
        return;
    const QStringList unreachable = FirewallTopology(m_deployment).unreachableZones();
    for (const QString& zone : unreachable)
        m_warnings.append({Severity::Error,
                           QStringLiteral("zone-unreachable"),
                           tr("No firewall joins zone %1 to the others: flows to and from it cross no firewall that "
                              "could allow them. Give a firewall an interface facing it.")
                               .arg(zoneName(zone)),
                           {}});
}

void NetworkChecks::missingAddresses()
{
    const bool usesAddresses =
        !m_deployment.firewalls.isEmpty() || std::any_of(m_deployment.zones.cbegin(), m_deployment.zones.cend(),
                                                         [](const Zone& zone) { return !zone.networks.isEmpty(); });
    if (!usesAddresses)
        return;
    // The groups at either end of a flow between zones, in a zone that cannot stand in for their addresses.
    QSet<int> crossing;
    for (const Flow& flow : m_flows.flows) {
        const EndpointGroup& initiator = m_flows.groups.at(flow.initiator);
        const EndpointGroup& listener = m_flows.groups.at(flow.listener);
        if (initiator.zone != listener.zone) {
            crossing.insert(flow.initiator);
            crossing.insert(flow.listener);
        }
    }
    QList<int> groups(crossing.cbegin(), crossing.cend());
    std::sort(groups.begin(), groups.end());
    for (const Zone& zone : m_deployment.zones) {
        if (!zone.networks.isEmpty() || zone.isAnyAddress())
            continue;
        QStringList ids;
        QStringList names;
        for (const int g : std::as_const(groups)) {
            const EndpointGroup& group = m_flows.groups.at(g);
            if (group.zone != zone.id)
                continue;
            for (const QString& id : group.servers) {
                if (ids.contains(id))
                    continue;
                const Server* server = m_deployment.server(id);
                if (server && hostKind(server->host) == HostKind::Address)
                    continue;
                const RoleInfo* role = m_catalog.role(group.role);
                ids.append(id);
                names.append(server ? server->name : role ? role->name : id);
            }
        }
        if (ids.isEmpty())
            continue;
        QString named = names.mid(0, kNamed).join(QStringLiteral(", "));
        if (names.size() > kNamed)
            named = tr("%1 and %n more", "endpoints", int(names.size() - kNamed)).arg(named);
        m_warnings.append(
            {Severity::Info, QStringLiteral("address-missing"),
             tr("No address is known for %2 in zone %1, which has no networks: the firewall rules for them "
                "cannot name their addresses, and the firewall export lists them to fill in. Give the "
                "zone its networks or the servers their IP addresses.")
                 .arg(zone.name, named),
             ids});
    }
}
