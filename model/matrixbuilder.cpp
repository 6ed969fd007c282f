#include "model/matrixbuilder.h"

#include "model/catalogentry.h"
#include "model/deploymentdata.h"
#include "model/flowengine.h"
#include "model/portcatalog.h"
#include "model/validator.h"

#include <QCoreApplication>
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
    QList<int> initiators; // group indexes, in first-seen order
    QList<int> listeners;
};

void appendOnce(QList<int>& list, int value)
{
    if (!list.contains(value))
        list.append(value);
}

QStringList rolesOf(const FlowSet& flows, const QList<int>& groups)
{
    QStringList roles;
    for (int group : groups) {
        const QString& role = flows.groups.at(group).role;
        if (!roles.contains(role))
            roles.append(role);
    }
    return roles;
}

} // namespace

MatrixBuilder::MatrixBuilder(const PortCatalog& catalog)
    : m_catalog(catalog)
{}

PortMatrix MatrixBuilder::build(const DeploymentData& deployment) const
{
    return build(deployment, FlowEngine(m_catalog).requiredFlows(deployment));
}

PortMatrix MatrixBuilder::build(const DeploymentData& deployment, const FlowSet& flows) const
{
    QHash<RuleKey, int> index;
    QList<PendingRule> pending;
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
            pending.append({key, &flow, {}, {}});
        }
        PendingRule& rule = pending[*it];
        appendOnce(rule.initiators, flow.initiator);
        appendOnce(rule.listeners, flow.listener);
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
    for (const PendingRule& pendingRule : std::as_const(pending)) {
        const CatalogEntry& entry = *pendingRule.key.entry;
        MatrixRule rule;
        rule.from = deployment.zones.at(pendingRule.key.from).id;
        rule.to = deployment.zones.at(pendingRule.key.to).id;
        rule.protocol = pendingRule.key.protocol;
        rule.ports = {pendingRule.key.first, pendingRule.key.last};
        rule.service = entry.service;
        rule.family = entry.family;
        rule.sources = serversOfGroups(flows, pendingRule.initiators);
        rule.destinations = serversOfGroups(flows, pendingRule.listeners);
        rule.sourceRoles = rolesOf(flows, pendingRule.initiators);
        rule.destinationRoles = rolesOf(flows, pendingRule.listeners);
        rule.purpose = entry.purpose;
        if (pendingRule.key.published)
            rule.purpose +=
                u' ' + QCoreApplication::translate("MatrixBuilder", "(Published through the reverse proxy.)");
        rule.encryption = entry.encryption;
        rule.ifBlocked = entry.ifBlocked;
        rule.references = entry.sources;
        rule.entry = entry.id;
        rule.confirmed = entry.confirmed;
        rule.dynamicRpc = pendingRule.flow->dynamicRpc;
        rule.published = pendingRule.key.published;
        if (rule.from == rule.to)
            matrix.intraZone.append(rule);
        else
            matrix.rules.append(rule);
    }
    matrix.warnings = Validator(m_catalog).validate(deployment, flows);
    return matrix;
}
