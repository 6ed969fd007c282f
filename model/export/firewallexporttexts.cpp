#include "model/export/firewallexporttexts.h"

#include <algorithm>

#include <QSet>

#include "model/deploymentdata.h"
#include "model/firewallplan.h"
#include "model/ipnetwork.h"
#include "model/portcatalog.h"

QString FirewallExportTexts::matrixRows(const QList<int>& rows)
{
    QList<int> sorted = rows;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    // Runs of consecutive rows as "5-12": a long service group stays short enough for a comment.
    QStringList runs;
    for (qsizetype i = 0; i < sorted.size();) {
        qsizetype last = i;
        while (last + 1 < sorted.size() && sorted.at(last + 1) == sorted.at(last) + 1)
            ++last;
        runs.append(last == i ? QString::number(sorted.at(i) + 1)
                              : QString::number(sorted.at(i) + 1) + u'-' + QString::number(sorted.at(last) + 1));
        i = last + 1;
    }
    return (sorted.size() == 1 ? QStringLiteral("matrix row ") : QStringLiteral("matrix rows ")) +
           runs.join(QStringLiteral(", "));
}

QString FirewallExportTexts::groupComment(const FirewallRules& rules, const FirewallRuleGroup& group)
{
    QStringList services;
    QList<int> rows;
    for (int index : group.rules) {
        const FirewallRule& rule = rules.rules.at(index);
        if (!services.contains(rule.service))
            services.append(rule.service);
        rows += rule.rows;
    }
    return matrixRows(rows) + QStringLiteral(": ") + services.join(QStringLiteral(", "));
}

QStringList FirewallExportTexts::references(const PortCatalog& catalog, const QStringList& tags)
{
    QStringList lines;
    for (const QString& tag : tags) {
        if (const SourceInfo* source = catalog.source(tag))
            lines.append(tag + u' ' + source->url);
    }
    return lines;
}

QStringList FirewallExportTexts::missingAddresses(const FirewallRules& rules, const FirewallPlan& plan,
                                                  const DeploymentData& deployment)
{
    QStringList problems = addressesOutsideZones(deployment);
    QSet<QString> named;
    QSet<int> checked;
    const QHash<QString, const Server*> servers = serversById(deployment);
    const auto dnsName = [&](const QString& endpoint) {
        const Server* server = servers.value(endpoint);
        if (!server || hostKind(server->host) != HostKind::DnsName || named.contains(endpoint))
            return;
        named.insert(endpoint);
        problems.append(tr("server \"%1\" in zone \"%2\": its host \"%3\" is a DNS name; a firewall rule needs its IP "
                           "address in host")
                            .arg(server->id, server->zone, server->host));
    };
    const auto checkSet = [&](int index) {
        if (index < 0 || index >= plan.addressSets.size() || checked.contains(index))
            return;
        checked.insert(index);
        const AddressSet& set = plan.addressSets.at(index);
        for (const QString& endpoint : set.endpoints)
            dnsName(endpoint);
        for (const MissingAddress& missing : set.missing) {
            if (named.contains(missing.server))
                continue;
            named.insert(missing.server);
            problems.append(describe(missing, deployment));
        }
    };
    // The firewall host's own side of a rule needs no address: it is the host the rules are loaded on.
    for (const FirewallRuleGroup& group : rules.groups) {
        if (!group.fromHost())
            checkSet(group.sources);
        if (!group.toHost())
            checkSet(group.destinations);
    }
    return problems;
}

QStringList FirewallExportTexts::addressesOutsideZones(const DeploymentData& deployment)
{
    QStringList problems;
    for (const Server& server : deployment.servers) {
        const Zone* zone = deployment.zone(server.zone);
        const auto address = hostAddress(server.host);
        if (!zone || zone->networks.isEmpty() || !address)
            continue;
        if (std::any_of(zone->networks.cbegin(), zone->networks.cend(),
                        [&](const IpNetwork& network) { return network.contains(*address); }))
            continue;
        QStringList networks;
        for (const IpNetwork& network : zone->networks)
            networks.append(network.toCidr());
        problems.append(tr("server \"%1\" in zone \"%2\": its address %3 is outside the zone's networks (%4); correct "
                           "host or the zone's networks")
                            .arg(server.id, server.zone, server.host, networks.join(QStringLiteral(", "))));
    }
    return problems;
}

QString FirewallExportTexts::describe(const MissingAddress& missing, const DeploymentData& deployment)
{
    if (!missing.host.isEmpty()) {
        return tr("server \"%1\" in zone \"%2\": its host \"%3\" is a DNS name; a firewall rule needs its IP address "
                  "in host, or the zone its networks")
            .arg(missing.server, missing.zone, missing.host);
    }
    if (deployment.server(missing.server)) {
        return tr("server \"%1\" in zone \"%2\": no address; give the server its IP address in host, or the zone its "
                  "networks")
            .arg(missing.server, missing.zone);
    }
    return tr("zone \"%1\" (for %2): no networks; give the zone its networks").arg(missing.zone, missing.server);
}

QString FirewallExportTexts::missingAddressError(const QString& firewall, const QStringList& missing)
{
    return tr("firewall \"%1\": the rules need addresses that the deployment does not give or contradicts; fill in or "
              "correct:\n  %2")
        .arg(firewall, missing.join(QStringLiteral("\n  ")));
}

QHash<QString, const Server*> FirewallExportTexts::serversById(const DeploymentData& deployment)
{
    QHash<QString, const Server*> servers;
    servers.reserve(deployment.servers.size());
    for (const Server& server : deployment.servers)
        servers.insert(server.id, &server);
    return servers;
}

QString FirewallExportTexts::firewallIds(const FirewallPlan& plan)
{
    QStringList ids;
    for (const FirewallRules& rules : plan.firewalls)
        ids.append(rules.firewall.id);
    return ids.join(QStringLiteral(", "));
}
