#include "model/portexposure.h"

#include <algorithm>

#include "model/catalogentry.h"
#include "model/deploymentdata.h"
#include "model/portcatalog.h"

namespace {

// Who listens in a zone: each server's roles in its version, and the actors the zone implicitly holds.
struct Listener
{
    QString role;
    QString version;
    std::optional<PortRange> dynamicRpcRange;
};

QList<Listener> listenersIn(const DeploymentData& deployment, const PortCatalog& catalog, const QString& zoneId)
{
    QList<Listener> listeners;
    for (const Server& server : deployment.servers) {
        if (server.zone != zoneId)
            continue;
        for (const QString& role : server.roles)
            listeners.append({role, deployment.effectiveVersion(server), server.dynamicRpcRange});
    }
    const Zone* zone = deployment.zone(zoneId);
    if (!zone || !zone->implicitActors)
        return listeners;
    for (const ImplicitActorRule& rule : catalog.implicitActors()) {
        const bool excluded =
            !rule.unlessZoneKind.isEmpty() && std::any_of(deployment.zones.cbegin(), deployment.zones.cend(),
                                                          [&](const Zone& z) { return z.kind == rule.unlessZoneKind; });
        const bool optionsHold = std::all_of(rule.options.cbegin(), rule.options.cend(),
                                             [&](const OptionExpression& e) { return e.holds(deployment.options); });
        if (rule.zoneKinds.contains(zone->kind) && !excluded && optionsHold)
            listeners.append({rule.role, deployment.exchangeVersion, std::nullopt});
    }
    return listeners;
}

// The ports of one spec for one listener, resolved as the flow engine does.
PortRange resolve(const PortSpec& spec, const Listener& listener, const DeploymentData& deployment,
                  const PortCatalog& catalog)
{
    const DeploymentOptions& options = deployment.options;
    switch (spec.kind) {
    case PortSpec::Kind::Fixed:
        break;
    case PortSpec::Kind::RpcDynamic:
        if (listener.dynamicRpcRange)
            return *listener.dynamicRpcRange;
        if (options.dynamicRpcRange)
            return *options.dynamicRpcRange;
        return catalog.dynamicRpcDefault(listener.version, listener.role).range;
    case PortSpec::Kind::StaticRpcClientAccess:
        return {options.staticRpc.rpcClientAccessPort, options.staticRpc.rpcClientAccessPort};
    case PortSpec::Kind::StaticRpcAddressBook:
        return {options.staticRpc.addressBookPort, options.staticRpc.addressBookPort};
    case PortSpec::Kind::DagReplication:
        return {options.dag.replicationPort, options.dag.replicationPort};
    case PortSpec::Kind::UmRtpRange:
        return options.umRtpRange;
    }
    return spec.range;
}

} // namespace

QList<const CatalogEntry*> entriesExposedBy(const DeploymentData& deployment, const PortCatalog& catalog,
                                            const QString& toZone, Protocol protocol, int port)
{
    const QList<Listener> listeners = listenersIn(deployment, catalog, toZone);
    QList<const CatalogEntry*> exposed;
    for (const CatalogEntry& entry : catalog.entries()) {
        if (entry.protocol != protocol || !entry.optionsHold(deployment.options))
            continue;
        const bool listens = std::any_of(listeners.cbegin(), listeners.cend(), [&](const Listener& listener) {
            if (!entry.listeners.contains(listener.role))
                return false;
            const RoleInfo* role = catalog.role(listener.role);
            const QString& version = role && role->isExchange() ? listener.version : deployment.exchangeVersion;
            if (!entry.versions.contains(version))
                return false;
            return std::any_of(entry.ports.cbegin(), entry.ports.cend(), [&](const PortSpec& spec) {
                return resolve(spec, listener, deployment, catalog).contains(port);
            });
        });
        if (listens)
            exposed.append(&entry);
    }
    return exposed;
}
