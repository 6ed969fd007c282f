#include "model/deploymentanalysis.h"

#include "model/deployment.h"
#include "model/flowengine.h"

#include <algorithm>

namespace {

QStringList zoneIds(const DeploymentData& data)
{
    QStringList ids;
    ids.reserve(data.zones.size());
    for (const Zone& zone : data.zones)
        ids.append(zone.id);
    return ids;
}

// Everything of a group but its servers.
bool sameGroup(const EndpointGroup& a, const EndpointGroup& b)
{
    return a.zoneIndex == b.zoneIndex && a.implicit == b.implicit && a.sharesServers == b.sharesServers &&
           a.zone == b.zone && a.role == b.role && a.version == b.version && a.dynamicRpcRange == b.dynamicRpcRange &&
           a.flags == b.flags;
}

bool sameFlow(const Flow& a, const Flow& b)
{
    return a.initiator == b.initiator && a.listener == b.listener && a.entry == b.entry && a.protocol == b.protocol &&
           a.ports == b.ports && a.dynamicRpc == b.dynamicRpc && a.published == b.published;
}

} // namespace

DeploymentAnalysis::DeploymentAnalysis(Deployment* deployment, const PortCatalog& catalog, QObject* parent)
    : QObject(parent)
    , m_deployment(deployment)
    , m_catalog(catalog)
{
    connect(m_deployment, &Deployment::changed, this, &DeploymentAnalysis::recompute);
    recompute();
}

// The flows are worked out again after every change (a few milliseconds even for thousands of servers). When they are
// the same but for the servers in their groups, and the zones are too, the matrix keeps its rows and only the servers
// of the rows of those groups are listed again: with 50 zones the matrix has tens of thousands of rows.
void DeploymentAnalysis::recompute()
{
    emit aboutToUpdate();
    const DeploymentData& data = m_deployment->data();
    FlowSet flows = FlowEngine(m_catalog).requiredFlows(data);
    QStringList zones = zoneIds(data);
    const MatrixBuilder builder(m_catalog);
    m_sameRows =
        !m_ruleGroups.isEmpty() && zones == m_zoneIds && flows.groups.size() == m_flows.groups.size() &&
        std::equal(flows.flows.begin(), flows.flows.end(), m_flows.flows.begin(), m_flows.flows.end(), sameFlow) &&
        std::equal(flows.groups.begin(), flows.groups.end(), m_flows.groups.begin(), sameGroup);
    if (m_sameRows) {
        QList<bool> changed(flows.groups.size());
        for (int g = 0; g < flows.groups.size(); ++g)
            changed[g] = flows.groups.at(g).servers != m_flows.groups.at(g).servers;
        m_flows = std::move(flows);
        builder.refresh(m_matrix, m_ruleGroups, data, m_flows, changed);
    } else {
        m_flows = std::move(flows);
        m_zoneIds = std::move(zones);
        m_matrix = builder.build(data, m_flows, &m_ruleGroups);
    }
    m_firewalls.emplace(data);
    emit updated();
}

QList<FirewallHop> DeploymentAnalysis::rowFirewalls(int row) const
{
    const MatrixRule* rule = m_matrix.ruleAt(row);
    if (!rule || rule->from == rule->to)
        return {};
    return m_firewalls->path(rule->from, rule->to).value_or(QList<FirewallHop>());
}

QList<int> DeploymentAnalysis::firewallRows(const QString& firewallId) const
{
    const int firewall = m_firewalls->firewallIndex(firewallId);
    QList<int> rows;
    if (firewall < 0)
        return rows;
    for (int row = 0; row < int(m_matrix.rules.size()); ++row) {
        const QList<FirewallHop> hops = rowFirewalls(row);
        if (std::any_of(hops.begin(), hops.end(),
                        [firewall](const FirewallHop& hop) { return hop.firewall == firewall; }))
            rows.append(row);
    }
    return rows;
}
