#include "model/matrixbuilder.h"

#include "model/catalogentry.h"
#include "model/deploymentdata.h"
#include "model/flowengine.h"
#include "model/portcatalog.h"
#include "model/validator.h"

#include <QHash>

#include <algorithm>

namespace {

struct RuleKey
{
    int from;
    int to;
    const CatalogEntry* entry;
    Protocol protocol;
    int first;
    int last;
    bool published;

    friend bool operator==(const RuleKey& a, const RuleKey& b)
    {
        return a.from == b.from && a.to == b.to && a.entry == b.entry && a.protocol == b.protocol &&
               a.first == b.first && a.last == b.last && a.published == b.published;
    }
};

size_t qHash(const RuleKey& key, size_t seed = 0)
{
    return qHashMulti(seed, key.from, key.to, key.entry, int(key.protocol), key.first, key.last, key.published);
}

struct PendingRule
{
    RuleKey key;
    const Flow* flow = nullptr;
    RuleGroups groups;
};

void appendOnce(QList<int>& list, int value)
{
    if (!list.contains(value))
        list.append(value);
}

} // namespace

MatrixBuilder::MatrixBuilder(const PortCatalog& catalog)
    : m_catalog(catalog)
{}

PortMatrix MatrixBuilder::build(const DeploymentData& deployment) const
{
    return build(deployment, FlowEngine(m_catalog).requiredFlows(deployment));
}

PortMatrix MatrixBuilder::build(const DeploymentData& deployment, const FlowSet& flows, QList<RuleGroups>* groups) const
{
    QHash<RuleKey, int> index;
    QList<PendingRule> pending;
    index.reserve(flows.flows.size());
    pending.reserve(flows.flows.size());
    for (const Flow& flow : flows.flows) {
        const RuleKey key{flows.groups.at(flow.initiator).zoneIndex,
                          flows.groups.at(flow.listener).zoneIndex,
                          flow.entry,
                          flow.protocol,
                          flow.ports.first,
                          flow.ports.last,
                          flow.published};
        auto it = index.find(key);
        if (it == index.end()) {
            it = index.insert(key, int(pending.size()));
            pending.append({key, &flow, {}});
        }
        PendingRule& rule = pending[*it];
        appendOnce(rule.groups.initiators, flow.initiator);
        appendOnce(rule.groups.listeners, flow.listener);
    }

    std::sort(pending.begin(), pending.end(), [](const PendingRule& a, const PendingRule& b) {
        const RuleKey& x = a.key;
        const RuleKey& y = b.key;
        if (x.from != y.from)
            return x.from < y.from;
        if (x.to != y.to)
            return x.to < y.to;
        if (x.protocol != y.protocol)
            return x.protocol < y.protocol;
        if (x.first != y.first)
            return x.first < y.first;
        if (x.last != y.last)
            return x.last < y.last;
        if (x.entry->service != y.entry->service)
            return x.entry->service < y.entry->service;
        return x.entry->id < y.entry->id;
    });

    PortMatrix matrix;
    matrix.deploymentName = deployment.name;
    matrix.exchangeVersion = deployment.exchangeVersion;
    const qsizetype inside = std::count_if(pending.cbegin(), pending.cend(),
                                           [](const PendingRule& rule) { return rule.key.from == rule.key.to; });
    matrix.rules.reserve(pending.size() - inside);
    matrix.intraZone.reserve(inside);
    // A group's role list, made once: most rules have one group at each end and share it.
    QList<QStringList> groupRoles;
    groupRoles.reserve(flows.groups.size());
    for (const EndpointGroup& group : flows.groups)
        groupRoles.append({group.role});
    const auto rolesOf = [&flows, &groupRoles](const QList<int>& groups) {
        if (groups.size() == 1)
            return groupRoles.at(groups.constFirst());
        QStringList roles;
        for (int group : groups) {
            const QString& role = flows.groups.at(group).role;
            if (!roles.contains(role))
                roles.append(role);
        }
        return roles;
    };
    for (const PendingRule& pendingRule : std::as_const(pending)) {
        const CatalogEntry& entry = *pendingRule.key.entry;
        MatrixRule& rule =
            (pendingRule.key.from == pendingRule.key.to ? matrix.intraZone : matrix.rules).emplace_back();
        rule.from = deployment.zones.at(pendingRule.key.from).id;
        rule.to = deployment.zones.at(pendingRule.key.to).id;
        rule.protocol = pendingRule.key.protocol;
        rule.ports = {pendingRule.key.first, pendingRule.key.last};
        rule.service = entry.service;
        rule.family = entry.family;
        rule.sources = serversOfGroups(flows, pendingRule.groups.initiators);
        rule.destinations = serversOfGroups(flows, pendingRule.groups.listeners);
        rule.sourceRoles = rolesOf(pendingRule.groups.initiators);
        rule.destinationRoles = rolesOf(pendingRule.groups.listeners);
        rule.encryption = entry.encryption;
        rule.ifBlocked = entry.ifBlocked;
        rule.references = entry.sources;
        rule.entry = entry.id;
        rule.confirmed = entry.confirmed;
        rule.dynamicRpc = pendingRule.flow->dynamicRpc;
        rule.published = pendingRule.key.published;
        rule.purpose = rule.withPublishedRemark(entry.purpose);
    }
    matrix.warnings = Validator(m_catalog).validate(deployment, flows);
    if (groups) {
        // In row order: the rules between zones, then those inside zones.
        groups->clear();
        groups->reserve(pending.size());
        for (int inside = 0; inside < 2; ++inside) {
            for (const PendingRule& rule : std::as_const(pending)) {
                if ((rule.key.from == rule.key.to) == bool(inside))
                    groups->append(rule.groups);
            }
        }
    }
    return matrix;
}

void MatrixBuilder::refresh(PortMatrix& matrix, const QList<RuleGroups>& groups, const DeploymentData& deployment,
                            const FlowSet& flows, const QList<bool>& changedGroups) const
{
    const auto changed = [&changedGroups](const QList<int>& list) {
        return std::any_of(list.begin(), list.end(), [&changedGroups](int group) { return changedGroups.at(group); });
    };
    for (int row = 0; row < groups.size(); ++row) {
        const RuleGroups& rule = groups.at(row);
        MatrixRule& target =
            row < matrix.rules.size() ? matrix.rules[row] : matrix.intraZone[row - matrix.rules.size()];
        if (changed(rule.initiators))
            target.sources = serversOfGroups(flows, rule.initiators);
        if (changed(rule.listeners))
            target.destinations = serversOfGroups(flows, rule.listeners);
    }
    matrix.deploymentName = deployment.name;
    matrix.warnings = Validator(m_catalog).validate(deployment, flows);
}
