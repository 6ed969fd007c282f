#include "model/flowengine.h"

#include <algorithm>

#include "model/catalogentry.h"
#include "model/deploymentdata.h"
#include "model/portcatalog.h"

#include <QHash>
#include <QSet>

namespace {

bool isOutside(const QString& zoneKind)
{
    return zoneKind == u"internet" || zoneKind == u"cloud";
}

struct FlowKey
{
    int initiator;
    int listener;
    const CatalogEntry* entry;
    int first;
    int last;
    bool published;

    friend bool operator==(const FlowKey& a, const FlowKey& b)
    {
        return a.initiator == b.initiator && a.listener == b.listener && a.entry == b.entry && a.first == b.first &&
               a.last == b.last && a.published == b.published;
    }
};

size_t qHash(const FlowKey& key, size_t seed = 0)
{
    return qHashMulti(seed, key.initiator, key.listener, key.entry, key.first, key.last, key.published);
}

// The state of one requiredFlows() run: the groups, indexes over them, and the flows found so far.
class FlowCollector
{
public:
    FlowCollector(const PortCatalog& catalog, const DeploymentData& deployment)
        : m_catalog(catalog)
        , m_deployment(deployment)
    {
        buildGroups();
    }

    void apply(const CatalogEntry& entry);
    FlowSet take() { return std::move(m_result); }

private:
    void buildGroups();
    int groupFor(int zoneIndex, const QString& role, const QString& version, const Server* server);
    bool takesPart(const CatalogEntry& entry, const EndpointGroup& group) const;
    bool present(const CatalogEntry& entry, const QString& role) const;
    bool versionsMatch(const CatalogEntry& entry, const EndpointGroup& a, const EndpointGroup& b) const;
    QList<int> reachable(const CatalogEntry& entry, const EndpointGroup& initiator, const QList<int>& listeners) const;
    void addFlows(const CatalogEntry& entry, int initiator, int listener, bool published, bool tlsOffloaded = false);
    bool offloaded(const CatalogEntry& entry, const EndpointGroup& listener) const;
    std::optional<PortRange> resolve(const PortSpec& spec, const EndpointGroup& initiator,
                                     const EndpointGroup& listener) const;
    const QString& zoneKind(const EndpointGroup& group) const { return m_deployment.zones.at(group.zoneIndex).kind; }

    const PortCatalog& m_catalog;
    const DeploymentData& m_deployment;
    FlowSet m_result;
    QHash<QString, int> m_groupIndex;    // "zone\nrole\nversion\nrange\nflags" or "zone\nrole\nversion\ni" → group
    QSet<QString> m_flagsInUse;          // server flags some server carries
    QHash<QString, QList<int>> m_byRole; // role → groups
    QSet<FlowKey> m_published;           // published hops already added (several listeners share one)
};

// server: the server the group is for; nullptr for an implicit actor.
int FlowCollector::groupFor(int zoneIndex, const QString& role, const QString& version, const Server* server)
{
    QString key = QString::number(zoneIndex) + u'\n' + role + u'\n' + version;
    QStringList flags;
    if (server) {
        for (const QString& flag : Server::flagNames()) {
            if (server->hasFlag(flag))
                flags.append(flag);
        }
        key += u'\n' + (server->dynamicRpcRange ? server->dynamicRpcRange->toString() : QString()) + u'\n' +
               flags.join(u',');
    } else {
        key += QStringLiteral("\ni");
    }
    const auto it = m_groupIndex.constFind(key);
    if (it != m_groupIndex.constEnd())
        return *it;
    const int index = int(m_result.groups.size());
    EndpointGroup group;
    group.zone = m_deployment.zones.at(zoneIndex).id;
    group.zoneIndex = zoneIndex;
    group.role = role;
    group.version = version;
    group.implicit = !server;
    if (server)
        group.dynamicRpcRange = server->dynamicRpcRange;
    group.flags = flags;
    m_result.groups.append(group);
    m_groupIndex.insert(key, index);
    m_byRole[role].append(index);
    return index;
}

void FlowCollector::buildGroups()
{
    QHash<QString, int> zoneIndex;
    QSet<QString> zoneKinds;
    for (int i = 0; i < m_deployment.zones.size(); ++i) {
        zoneIndex.insert(m_deployment.zones.at(i).id, i);
        zoneKinds.insert(m_deployment.zones.at(i).kind);
    }
    for (const Server& server : m_deployment.servers) {
        const int zone = zoneIndex.value(server.zone, -1);
        if (zone < 0)
            continue; // the reader refuses such files; a document mid-edit may still hold one
        const QString version = m_deployment.effectiveVersion(server);
        for (const QString& flag : Server::flagNames()) {
            if (server.hasFlag(flag))
                m_flagsInUse.insert(flag);
        }
        for (const QString& role : server.roles) {
            EndpointGroup& group = m_result.groups[groupFor(zone, role, version, &server)];
            group.servers.append(server.id);
            group.sharesServers = group.sharesServers || server.roles.size() > 1;
        }
    }
    for (int zone = 0; zone < m_deployment.zones.size(); ++zone) {
        const Zone& z = m_deployment.zones.at(zone);
        if (!z.implicitActors)
            continue;
        for (const ImplicitActorRule& rule : m_catalog.implicitActors()) {
            if (!rule.zoneKinds.contains(z.kind))
                continue;
            if (!rule.unlessZoneKind.isEmpty() && zoneKinds.contains(rule.unlessZoneKind))
                continue;
            const bool optionsHold =
                std::all_of(rule.options.begin(), rule.options.end(),
                            [&](const OptionExpression& e) { return e.holds(m_deployment.options); });
            if (!optionsHold)
                continue;
            const int group = groupFor(zone, rule.role, m_deployment.exchangeVersion, nullptr);
            if (m_result.groups.at(group).servers.isEmpty())
                m_result.groups[group].servers.append(implicitActorId(z.id, rule.role));
        }
    }
}

// Each Exchange end must run a version the entry covers; between two non-Exchange ends the deployment's version counts.
bool FlowCollector::versionsMatch(const CatalogEntry& entry, const EndpointGroup& a, const EndpointGroup& b) const
{
    bool anyExchange = false;
    for (const EndpointGroup* group : {&a, &b}) {
        const RoleInfo* role = m_catalog.role(group->role);
        if (role && role->isExchange()) {
            anyExchange = true;
            if (!entry.versions.contains(group->version))
                return false;
        }
    }
    return anyExchange || entry.versions.contains(m_deployment.exchangeVersion);
}

QList<int> FlowCollector::reachable(const CatalogEntry& entry, const EndpointGroup& initiator,
                                    const QList<int>& listeners) const
{
    if (entry.reach == Reach::All)
        return listeners;
    QList<int> sameZone;
    for (int index : listeners) {
        if (m_result.groups.at(index).zoneIndex == initiator.zoneIndex)
            sameZone.append(index);
    }
    if (!sameZone.isEmpty() || entry.reach == Reach::SameZone)
        return sameZone;
    if (entry.reach == Reach::SameZoneElseAll)
        return listeners;
    QList<int> internet;
    for (int index : listeners) {
        if (zoneKind(m_result.groups.at(index)) == u"internet")
            internet.append(index);
    }
    return internet;
}

std::optional<PortRange> FlowCollector::resolve(const PortSpec& spec, const EndpointGroup& initiator,
                                                const EndpointGroup& listener) const
{
    const DeploymentOptions& options = m_deployment.options;
    switch (spec.kind) {
    case PortSpec::Kind::Fixed:
        return spec.range;
    case PortSpec::Kind::RpcDynamic: {
        if (listener.dynamicRpcRange)
            return *listener.dynamicRpcRange;
        if (options.dynamicRpcRange)
            return *options.dynamicRpcRange;
        // A domain controller's range follows the Windows generation of the Exchange servers it serves.
        const RoleInfo* role = m_catalog.role(listener.role);
        const QString& version = role && role->isExchange() ? listener.version : initiator.version;
        return m_catalog.dynamicRpcDefault(version, listener.role).range;
    }
    case PortSpec::Kind::StaticRpcClientAccess:
        return PortRange{options.staticRpc.rpcClientAccessPort, options.staticRpc.rpcClientAccessPort};
    case PortSpec::Kind::StaticRpcAddressBook:
        return PortRange{options.staticRpc.addressBookPort, options.staticRpc.addressBookPort};
    case PortSpec::Kind::DagReplication:
        return PortRange{options.dag.replicationPort, options.dag.replicationPort};
    case PortSpec::Kind::UmRtpRange:
        return options.umRtpRange;
    }
    return std::nullopt;
}

// The proxy ends TLS and speaks plain HTTP to the listener only where the catalog says Microsoft supports it for the
// listener's version; elsewhere the hop keeps the entry's ports and the validator reports the offload.
bool FlowCollector::offloaded(const CatalogEntry& entry, const EndpointGroup& listener) const
{
    return entry.offloadPort != 0 && entry.offloadVersions.contains(listener.version) &&
           m_deployment.options.choice(QStringLiteral("reverseProxyTls")) == u"offload";
}

void FlowCollector::addFlows(const CatalogEntry& entry, int initiator, int listener, bool published, bool tlsOffloaded)
{
    const EndpointGroup& from = m_result.groups.at(initiator);
    const EndpointGroup& to = m_result.groups.at(listener);
    const QList<PortSpec> offloadedPorts = {PortSpec{PortSpec::Kind::Fixed, {entry.offloadPort, entry.offloadPort}}};
    for (const PortSpec& spec : tlsOffloaded ? offloadedPorts : entry.ports) {
        const auto range = resolve(spec, from, to);
        if (!range || !range->isValid())
            continue; // an out-of-range option value: the validator reports it
        if (published) {
            const FlowKey key{initiator, listener, &entry, range->first, range->last, true};
            if (m_published.contains(key))
                continue;
            m_published.insert(key);
        }
        Flow flow;
        flow.initiator = initiator;
        flow.listener = listener;
        flow.entry = &entry;
        flow.protocol = entry.protocol;
        flow.ports = *range;
        flow.dynamicRpc = spec.kind == PortSpec::Kind::RpcDynamic;
        flow.published = published;
        m_result.flows.append(flow);
    }
}

// An entry restricted to a server flag ("onlyServersFlagged") involves, once any server carries the flag, only the
// Exchange servers that carry it; actors and infrastructure take part as always.
bool FlowCollector::takesPart(const CatalogEntry& entry, const EndpointGroup& group) const
{
    if (entry.onlyServersFlagged.isEmpty() || group.implicit || !m_flagsInUse.contains(entry.onlyServersFlagged))
        return true;
    const RoleInfo* role = m_catalog.role(group.role);
    return !role || !role->isExchange() || group.flags.contains(entry.onlyServersFlagged);
}

// For "requires" and "absent": servers of the role that take part in the entry.
bool FlowCollector::present(const CatalogEntry& entry, const QString& role) const
{
    const QList<int> groups = m_byRole.value(role);
    return std::any_of(groups.begin(), groups.end(),
                       [&](int index) { return takesPart(entry, m_result.groups.at(index)); });
}

void FlowCollector::apply(const CatalogEntry& entry)
{
    if (!entry.optionsHold(m_deployment.options))
        return;
    for (const QString& role : entry.requiredRoles) {
        if (!present(entry, role))
            return;
    }
    for (const QString& role : entry.absentRoles) {
        if (present(entry, role))
            return;
    }
    const QList<int> proxies = entry.publishedVia.isEmpty() ? QList<int>() : m_byRole.value(entry.publishedVia);

    for (const QString& initiatorRole : entry.initiators) {
        const QList<int> initiators = m_byRole.value(initiatorRole);
        for (int initiator : initiators) {
            const EndpointGroup& from = m_result.groups.at(initiator);
            if (!takesPart(entry, from))
                continue;
            if (!entry.fromZoneKinds.isEmpty() && !entry.fromZoneKinds.contains(zoneKind(from)))
                continue;
            QList<int> candidates;
            for (const QString& listenerRole : entry.listeners) {
                const QList<int> listeners = m_byRole.value(listenerRole);
                for (int listener : listeners) {
                    const EndpointGroup& to = m_result.groups.at(listener);
                    if (!takesPart(entry, to))
                        continue;
                    // One server talking to itself (two roles of one machine) is not a network flow.
                    if (from.servers.size() == 1 && to.servers == from.servers)
                        continue;
                    if (versionsMatch(entry, from, to))
                        candidates.append(listener);
                }
            }
            const QList<int> targets = reachable(entry, from, candidates);
            for (int listener : targets) {
                const EndpointGroup& to = m_result.groups.at(listener);
                if (!proxies.isEmpty() && isOutside(zoneKind(from)) && !isOutside(zoneKind(to))) {
                    for (int proxy : proxies) {
                        addFlows(entry, initiator, proxy, true);
                        addFlows(entry, proxy, listener, true, offloaded(entry, to));
                    }
                } else {
                    addFlows(entry, initiator, listener, false);
                }
            }
        }
    }
}

} // namespace

FlowEngine::FlowEngine(const PortCatalog& catalog)
    : m_catalog(catalog)
{}

FlowSet FlowEngine::requiredFlows(const DeploymentData& deployment) const
{
    FlowCollector collector(m_catalog, deployment);
    for (const CatalogEntry& entry : m_catalog.entries())
        collector.apply(entry);
    return collector.take();
}

QStringList serversOfGroups(const FlowSet& flows, const QList<int>& groups)
{
    if (groups.size() == 1)
        return flows.groups.at(groups.first()).servers;
    QStringList servers;
    QSet<QString> shared;
    for (int index : groups) {
        const EndpointGroup& group = flows.groups.at(index);
        if (!group.sharesServers) {
            servers += group.servers;
            continue;
        }
        for (const QString& id : group.servers) {
            if (!shared.contains(id)) {
                shared.insert(id);
                servers.append(id);
            }
        }
    }
    return servers;
}
