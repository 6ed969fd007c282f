#include "model/firewallhostrules.h"

namespace {
QString zoneName(const DeploymentData& deployment, const QString& id)
{
    const Zone* zone = deployment.zone(id);
    return zone && !zone->name.isEmpty() ? zone->name : id;
}

QString firewallName(const Firewall& firewall)
{
    return firewall.name.isEmpty() ? firewall.id : firewall.name;
}
} // namespace

QString FirewallHostRules::localZoneProblem(const DeploymentData& deployment, const QString& firewallId,
                                            const QString& zoneId)
{
    const Firewall* firewall = deployment.firewall(firewallId);
    if (!firewall)
        return {};
    if (zoneId.isEmpty()) {
        if (firewall->interfaces.size() < 2)
            return tr("A firewall joins two or more zones: give it another interface first.");
        return {};
    }
    const Zone* zone = deployment.zone(zoneId);
    if (!zone)
        return tr("There is no zone \"%1\".").arg(zoneId);
    if (zone->kind == QLatin1String("internet"))
        return tr("%1 is an Internet zone: only a zone of servers runs on a firewall.")
            .arg(zoneName(deployment, zoneId));
    if (!firewall->interfaceTo(zoneId).isEmpty()) {
        return tr("%1 faces interface \"%2\" of this firewall: a zone that runs on the firewall is reached without an "
                  "interface.")
            .arg(zoneName(deployment, zoneId), firewall->interfaceTo(zoneId));
    }
    for (const Firewall& other : deployment.firewalls) {
        if (other.id == firewallId)
            continue;
        if (other.runs(zoneId)) {
            return tr("%1 already runs on %2: a zone runs on one firewall at most.")
                .arg(zoneName(deployment, zoneId), firewallName(other));
        }
        if (!other.interfaceTo(zoneId).isEmpty()) {
            return tr("%1 faces interface \"%2\" of %3: a zone that runs on a firewall is reached through that "
                      "firewall only.")
                .arg(zoneName(deployment, zoneId), other.interfaceTo(zoneId), firewallName(other));
        }
    }
    return {};
}

QString FirewallHostRules::interfaceProblem(const DeploymentData& deployment, const QString& firewallId,
                                            const QString& zoneId)
{
    for (const Firewall& other : deployment.firewalls) {
        if (!other.runs(zoneId))
            continue;
        if (other.id == firewallId) {
            return tr("%1 runs on this firewall: it is reached without an interface.")
                .arg(zoneName(deployment, zoneId));
        }
        return tr("%1 runs on %2: a zone that runs on a firewall is reached through that firewall only.")
            .arg(zoneName(deployment, zoneId), firewallName(other));
    }
    return {};
}
