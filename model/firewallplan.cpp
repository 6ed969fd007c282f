#include "model/firewallplan.h"

#include <algorithm>

#include <QHash>
#include <QSet>

#include "model/firewalltopology.h"
#include "model/portmatrix.h"

namespace {

// Service group names longer than this become "<protocol>-group-<n>": a name is for reading, not a port list.
constexpr int MaxServiceGroupNameLength = 40;

QString nameWord(QString text)
{
    for (QChar& c : text) {
        if (c == u'.' || c == u'_' || c == u':' || c == u' ')
            c = u'-';
    }
    return text;
}

QString portsName(const QList<PortRange>& ports)
{
    QStringList parts;
    for (const PortRange& range : ports)
        parts.append(range.isSingle()
                         ? QString::number(range.first)
                         : QString::number(range.first) + QStringLiteral("to") + QString::number(range.last));
    return parts.join(u'-');
}

// The rules of one firewall that become one group: same interfaces, address sets and protocol.
struct GroupKey
{
    int ingress;
    int egress;
    int sources;
    int destinations;
    Protocol protocol;

    friend bool operator==(const GroupKey& a, const GroupKey& b)
    {
        return a.ingress == b.ingress && a.egress == b.egress && a.sources == b.sources &&
               a.destinations == b.destinations && a.protocol == b.protocol;
    }
    friend size_t qHash(const GroupKey& key, size_t seed = 0)
    {
        return qHashMulti(seed, key.ingress, key.egress, key.sources, key.destinations, int(key.protocol));
    }
};

class PlanBuilder final
{
public:
    PlanBuilder(const DeploymentData& deployment, const PortMatrix& matrix)
        : m_deployment(deployment)
        , m_matrix(matrix)
        , m_topology(deployment)
        , m_addresses(deployment)
    {}

    FirewallPlan build();

private:
    int addressSet(const QString& zone, const QStringList& endpoints, const QStringList& roles);
    int serviceGroup(Protocol protocol, const QList<PortRange>& ports);
    // rowKey: what makes two matrix rows one firewall rule apart from the interfaces (rowKeyOf).
    void addRule(const FirewallHop& hop, const MatrixRule& rule, int row, int rowKey, int sources, int destinations);
    int rowKeyOf(const MatrixRule& rule, int sources, int destinations);
    void groupRules(int firewall);
    void collectMissing(FirewallRules& firewall) const;

    const DeploymentData& m_deployment;
    const PortMatrix& m_matrix;
    FirewallTopology m_topology;
    EndpointAddresses m_addresses;
    FirewallPlan m_plan;
    QHash<QString, int> m_resolved;     // zone + endpoints → address set
    QHash<QString, int> m_setByContent; // zone + addresses → address set
    QSet<QString> m_setNames;
    QHash<QString, int> m_serviceGroups; // protocol + ports → service group
    QHash<QString, int> m_rowKeys;
    // Per firewall: (row key, ingress leg, egress leg) → index in its rules; the legs of each rule.
    QList<QHash<quint64, int>> m_ruleIndex;
    QList<QList<std::pair<int, int>>> m_ruleLegs;
};

int PlanBuilder::addressSet(const QString& zone, const QStringList& endpoints, const QStringList& roles)
{
    const QString endpointKey = zone + u'\n' + endpoints.join(u'\n');
    if (const auto it = m_resolved.constFind(endpointKey); it != m_resolved.cend())
        return *it;
    const EndpointAddressList list = m_addresses.resolve(zone, endpoints);
    AddressSet::Kind kind = list.any            ? AddressSet::Kind::Any
                            : list.zoneNetworks ? AddressSet::Kind::ZoneNetworks
                                                : AddressSet::Kind::Servers;
    QStringList content{QString::number(int(kind)), zone};
    for (const IpNetwork& network : list.networks)
        content.append(network.toCidr());
    for (const MissingAddress& missing : list.missing)
        content.append(u'?' + missing.server);
    const QString contentKey = content.join(u'\n');
    int index = m_setByContent.value(contentKey, -1);
    if (index < 0) {
        QString name = kind == AddressSet::Kind::Servers
                           ? QStringLiteral("hosts-%1-%2").arg(nameWord(zone), nameWord(roles.join(u'-')))
                           : QStringLiteral("net-%1").arg(nameWord(zone));
        const QString base = name;
        for (int n = 2; m_setNames.contains(name); ++n)
            name = base + u'-' + QString::number(n);
        m_setNames.insert(name);
        index = int(m_plan.addressSets.size());
        m_plan.addressSets.append({name, kind, zone, {}, list.networks, list.missing});
        m_setByContent.insert(contentKey, index);
    }
    QStringList& known = m_plan.addressSets[index].endpoints;
    for (const QString& endpoint : endpoints) {
        if (!known.contains(endpoint))
            known.append(endpoint);
    }
    m_resolved.insert(endpointKey, index);
    return index;
}

int PlanBuilder::serviceGroup(Protocol protocol, const QList<PortRange>& ports)
{
    const QString name = protocolId(protocol) + u'-' + portsName(ports);
    if (const auto it = m_serviceGroups.constFind(name); it != m_serviceGroups.cend())
        return *it;
    const int index = int(m_plan.serviceGroups.size());
    const QString shown = name.size() <= MaxServiceGroupNameLength
                              ? name
                              : protocolId(protocol) + QStringLiteral("-group-") + QString::number(index + 1);
    m_plan.serviceGroups.append({shown, protocol, ports});
    m_serviceGroups.insert(name, index);
    return index;
}

int PlanBuilder::rowKeyOf(const MatrixRule& rule, int sources, int destinations)
{
    const QString key = QStringList{protocolId(rule.protocol),
                                    rule.ports.toString(),
                                    rule.entry,
                                    rule.published ? QStringLiteral("p") : QString(),
                                    QString::number(sources),
                                    QString::number(destinations)}
                            .join(u'\n');
    return *m_rowKeys.insert(key, m_rowKeys.value(key, int(m_rowKeys.size())));
}

void PlanBuilder::addRule(const FirewallHop& hop, const MatrixRule& rule, int row, int rowKey, int sources,
                          int destinations)
{
    FirewallRules& firewall = m_plan.firewalls[hop.firewall];
    QHash<quint64, int>& index = m_ruleIndex[hop.firewall];
    const quint64 key =
        quint64(rowKey) << 32 | quint64(hop.ingressLeg & 0xffff) << 16 | quint64(hop.egressLeg & 0xffff);
    if (const auto it = index.constFind(key); it != index.cend()) {
        firewall.rules[*it].rows.append(row);
        return;
    }
    index.insert(key, int(firewall.rules.size()));
    m_ruleLegs[hop.firewall].append({hop.ingressLeg, hop.egressLeg});
    firewall.rules.append({hop.ingress,
                           hop.egress,
                           rule.from,
                           rule.to,
                           rule.protocol,
                           rule.ports,
                           rule.service,
                           rule.entry,
                           {row},
                           sources,
                           destinations,
                           rule.dynamicRpc,
                           rule.published});
}

void PlanBuilder::groupRules(int f)
{
    FirewallRules& firewall = m_plan.firewalls[f];
    QHash<GroupKey, int> groupIndex;
    QList<QList<PortRange>> groupPorts;
    QList<Protocol> groupProtocols;
    for (int r = 0; r < firewall.rules.size(); ++r) {
        const FirewallRule& rule = firewall.rules.at(r);
        const auto [ingress, egress] = m_ruleLegs.at(f).at(r);
        const GroupKey key{ingress, egress, rule.sources, rule.destinations, rule.protocol};
        auto it = groupIndex.constFind(key);
        if (it == groupIndex.cend()) {
            it = groupIndex.insert(key, int(firewall.groups.size()));
            firewall.groups.append(
                FirewallRuleGroup{rule.ingress, rule.egress, rule.sources, rule.destinations, -1, {}});
            groupPorts.append(QList<PortRange>());
            groupProtocols.append(rule.protocol);
        }
        firewall.groups[*it].rules.append(r);
        if (!groupPorts.at(*it).contains(rule.ports))
            groupPorts[*it].append(rule.ports);
    }
    for (int g = 0; g < firewall.groups.size(); ++g) {
        std::sort(groupPorts[g].begin(), groupPorts[g].end());
        firewall.groups[g].serviceGroup = serviceGroup(groupProtocols.at(g), groupPorts.at(g));
    }
}

void PlanBuilder::collectMissing(FirewallRules& firewall) const
{
    QSet<int> sets;
    for (const FirewallRule& rule : std::as_const(firewall.rules)) {
        for (const int set :
             {rule.ingress.isEmpty() ? -1 : rule.sources, rule.egress.isEmpty() ? -1 : rule.destinations}) {
            if (set < 0 || sets.contains(set))
                continue;
            sets.insert(set);
            for (const MissingAddress& missing : m_plan.addressSets.at(set).missing) {
                if (!firewall.missing.contains(missing))
                    firewall.missing.append(missing);
            }
        }
    }
}

FirewallPlan PlanBuilder::build()
{
    m_plan.implicitFirewalls = m_topology.isImplicit();
    for (const Firewall& firewall : m_topology.firewalls())
        m_plan.firewalls.append({firewall, {}, {}, {}});
    m_ruleIndex = QList<QHash<quint64, int>>(m_plan.firewalls.size());
    m_ruleLegs = QList<QList<std::pair<int, int>>>(m_plan.firewalls.size());

    QHash<QString, int> zoneIndex;
    for (int z = 0; z < m_deployment.zones.size(); ++z)
        zoneIndex.insert(m_deployment.zones.at(z).id, z);
    for (int row = 0; row < m_matrix.rules.size(); ++row) {
        const MatrixRule& rule = m_matrix.rules.at(row);
        const auto path = m_topology.path(zoneIndex.value(rule.from, -1), zoneIndex.value(rule.to, -1));
        if (!path) {
            m_plan.unroutedRows.append(row);
            continue;
        }
        const int sources = addressSet(rule.from, rule.sources, rule.sourceRoles);
        const int destinations = addressSet(rule.to, rule.destinations, rule.destinationRoles);
        const int rowKey = rowKeyOf(rule, sources, destinations);
        for (const FirewallHop& hop : *path)
            addRule(hop, rule, row, rowKey, sources, destinations);
    }
    for (int f = 0; f < m_plan.firewalls.size(); ++f) {
        groupRules(f);
        collectMissing(m_plan.firewalls[f]);
    }
    return std::move(m_plan);
}

} // namespace

const FirewallRules* FirewallPlan::firewall(const QString& id) const
{
    for (const FirewallRules& rules : firewalls) {
        if (rules.firewall.id == id)
            return &rules;
    }
    return nullptr;
}

FirewallPlan FirewallPlan::build(const DeploymentData& deployment, const PortMatrix& matrix)
{
    return PlanBuilder(deployment, matrix).build();
}
