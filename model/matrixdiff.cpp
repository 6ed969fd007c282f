#include "model/matrixdiff.h"

#include <algorithm>
#include <array>
#include <tuple>

#include <QSet>

#include "model/deploymentdata.h"
#include "model/portmatrix.h"
#include "probe/portspec.h"

namespace {

// The rows of one side that share a rule's key.
struct Side
{
    QList<int> rows;
    PortSet ports;
    QSet<QString> sources;
    QSet<QString> destinations;
    QStringList services;
};

struct Rule
{
    RuleDiff diff; // the key fields filled
    Side a;
    Side b;
};

// The ports of each protocol on one boundary, per side.
struct BoundaryPorts
{
    std::array<PortSet, 2> a; // by Protocol
    std::array<PortSet, 2> b;
};

QString keyOf(const MatrixRule& row, QStringList* sortedRoles)
{
    *sortedRoles = row.destinationRoles;
    sortedRoles->sort();
    const QChar separator(0x1F);
    return row.from + separator + row.to + separator + protocolId(row.protocol) + separator + row.family + separator +
           sortedRoles->join(separator);
}

QList<PortRange> rangesOf(const PortSet& ports)
{
    QList<PortRange> ranges;
    for (const PortSet::Run& run : ports.runs())
        ranges.append({run.first, run.last});
    return ranges;
}

PortSet minus(PortSet ports, const PortSet& other)
{
    ports.subtract(other);
    return ports;
}

QStringList sortedDifference(const QSet<QString>& ids, const QSet<QString>& other)
{
    QStringList result = QSet<QString>(ids).subtract(other).values();
    result.sort();
    return result;
}

QString zoneName(const DeploymentData& preferred, const DeploymentData& other, const QString& id)
{
    for (const DeploymentData* data : {&preferred, &other}) {
        if (const Zone* zone = data->zone(id))
            return zone->name.isEmpty() ? id : zone->name;
    }
    return id;
}

RuleChange changeOf(const Rule& rule, const PortSet& opened, const PortSet& closed)
{
    if (rule.a.rows.isEmpty())
        return RuleChange::Added;
    if (rule.b.rows.isEmpty())
        return RuleChange::Removed;
    if (!opened.isEmpty() && !closed.isEmpty())
        return RuleChange::Changed;
    if (!opened.isEmpty())
        return RuleChange::Widened;
    if (!closed.isEmpty())
        return RuleChange::Narrowed;
    return rule.a.sources == rule.b.sources && rule.a.destinations == rule.b.destinations
               ? RuleChange::Same
               : RuleChange::EndpointsChanged;
}

void count(MatrixDiff::Summary& summary, RuleChange change)
{
    switch (change) {
    case RuleChange::Same:
        ++summary.unchanged;
        break;
    case RuleChange::Added:
        ++summary.added;
        break;
    case RuleChange::Removed:
        ++summary.removed;
        break;
    case RuleChange::Widened:
        ++summary.widened;
        break;
    case RuleChange::Narrowed:
        ++summary.narrowed;
        break;
    case RuleChange::Changed:
        ++summary.changed;
        break;
    case RuleChange::EndpointsChanged:
        ++summary.endpointsChanged;
        break;
    }
}

} // namespace

QString ruleChangeId(RuleChange change)
{
    switch (change) {
    case RuleChange::Same:
        return QStringLiteral("same");
    case RuleChange::Added:
        return QStringLiteral("added");
    case RuleChange::Removed:
        return QStringLiteral("removed");
    case RuleChange::Widened:
        return QStringLiteral("widened");
    case RuleChange::Narrowed:
        return QStringLiteral("narrowed");
    case RuleChange::Changed:
        return QStringLiteral("changed");
    case RuleChange::EndpointsChanged:
        return QStringLiteral("endpoints-changed");
    }
    return {};
}

bool MatrixDiff::isEmpty() const
{
    return m_boundaries.isEmpty() && m_zonesAdded.isEmpty() && m_zonesRemoved.isEmpty();
}

QList<int> MatrixDiff::removedRowsA() const
{
    QList<int> rows;
    for (int row = 0; row < m_rowChangesA.size(); ++row) {
        if (m_rowChangesA.at(row) == RuleChange::Removed)
            rows.append(row);
    }
    return rows;
}

MatrixDiff MatrixDiff::compare(const DeploymentData& deploymentA, const PortMatrix& matrixA,
                               const DeploymentData& deploymentB, const PortMatrix& matrixB)
{
    // B's rules first, so that the rules keep the order of B's matrix and A's removed ones follow.
    QList<Rule> rules;
    QHash<QString, int> index;
    const auto collect = [&rules, &index](const PortMatrix& matrix, bool isA) {
        for (int row = 0; row < matrix.rowCount(); ++row) {
            const MatrixRule& matrixRule = *matrix.ruleAt(row);
            QStringList roles;
            const QString key = keyOf(matrixRule, &roles);
            auto it = index.find(key);
            if (it == index.end()) {
                it = index.insert(key, int(rules.size()));
                Rule& rule = rules.emplace_back();
                rule.diff.from = matrixRule.from;
                rule.diff.to = matrixRule.to;
                rule.diff.protocol = matrixRule.protocol;
                rule.diff.family = matrixRule.family;
                rule.diff.destinationRoles = roles;
            }
            Side& side = isA ? rules[*it].a : rules[*it].b;
            side.rows.append(row);
            side.ports.insert(matrixRule.ports.first, matrixRule.ports.last);
            for (const QString& id : matrixRule.sources)
                side.sources.insert(id);
            for (const QString& id : matrixRule.destinations)
                side.destinations.insert(id);
            if (!side.services.contains(matrixRule.service))
                side.services.append(matrixRule.service);
        }
    };
    collect(matrixB, false);
    collect(matrixA, true);

    MatrixDiff diff;
    diff.m_rowChangesA.resize(matrixA.rowCount(), RuleChange::Same);
    diff.m_rowChangesB.resize(matrixB.rowCount(), RuleChange::Same);
    QHash<QString, int> boundaryIndex;
    QList<BoundaryDiff> boundaries;
    QList<BoundaryPorts> boundaryPorts;
    for (Rule& rule : rules) {
        const QString boundaryKey = rule.diff.from + QChar(0x1F) + rule.diff.to;
        auto at = boundaryIndex.find(boundaryKey);
        if (at == boundaryIndex.end()) {
            at = boundaryIndex.insert(boundaryKey, int(boundaries.size()));
            BoundaryDiff& boundary = boundaries.emplace_back();
            boundary.from = rule.diff.from;
            boundary.to = rule.diff.to;
            boundary.fromName = zoneName(deploymentB, deploymentA, rule.diff.from);
            boundary.toName = zoneName(deploymentB, deploymentA, rule.diff.to);
            boundaryPorts.emplace_back();
        }
        BoundaryPorts& ports = boundaryPorts[*at];
        ports.a[size_t(rule.diff.protocol)].unite(rule.a.ports);
        ports.b[size_t(rule.diff.protocol)].unite(rule.b.ports);

        const PortSet opened = minus(rule.b.ports, rule.a.ports);
        const PortSet closed = minus(rule.a.ports, rule.b.ports);
        RuleDiff& result = rule.diff;
        result.change = changeOf(rule, opened, closed);
        count(diff.m_summary, result.change);
        for (const int row : std::as_const(rule.a.rows))
            diff.m_rowChangesA[row] = result.change;
        for (const int row : std::as_const(rule.b.rows))
            diff.m_rowChangesB[row] = result.change;
        if (result.change == RuleChange::Same)
            continue;
        result.services = rule.a.services;
        for (const QString& service : std::as_const(rule.b.services)) {
            if (!result.services.contains(service))
                result.services.append(service);
        }
        result.portsA = rangesOf(rule.a.ports);
        result.portsB = rangesOf(rule.b.ports);
        result.opened = rangesOf(opened);
        result.closed = rangesOf(closed);
        result.sourcesAdded = sortedDifference(rule.b.sources, rule.a.sources);
        result.sourcesRemoved = sortedDifference(rule.a.sources, rule.b.sources);
        result.destinationsAdded = sortedDifference(rule.b.destinations, rule.a.destinations);
        result.destinationsRemoved = sortedDifference(rule.a.destinations, rule.b.destinations);
        const QSet<QString>& destinations = rule.b.rows.isEmpty() ? rule.a.destinations : rule.b.destinations;
        result.destinations = destinations.values();
        result.destinations.sort();
        result.rowsA = rule.a.rows;
        result.rowsB = rule.b.rows;
        boundaries[*at].rules.append(std::move(result));
    }

    for (qsizetype i = 0; i < boundaries.size(); ++i) {
        BoundaryDiff& boundary = boundaries[i];
        if (boundary.rules.isEmpty())
            continue;
        const BoundaryPorts& ports = boundaryPorts.at(i);
        const auto tcp = size_t(Protocol::Tcp);
        const auto udp = size_t(Protocol::Udp);
        boundary.openTcp = rangesOf(minus(ports.b[tcp], ports.a[tcp]));
        boundary.openUdp = rangesOf(minus(ports.b[udp], ports.a[udp]));
        boundary.closeTcp = rangesOf(minus(ports.a[tcp], ports.b[tcp]));
        boundary.closeUdp = rangesOf(minus(ports.a[udp], ports.b[udp]));
        diff.m_boundaries.append(std::move(boundary));
    }

    // Zone order: B's zones, then those only A has.
    QHash<QString, int> zoneOrder;
    for (const Zone& zone : deploymentB.zones)
        zoneOrder.insert(zone.id, int(zoneOrder.size()));
    for (const Zone& zone : deploymentA.zones) {
        if (!zoneOrder.contains(zone.id)) {
            zoneOrder.insert(zone.id, int(zoneOrder.size()));
            diff.m_zonesRemoved.append({zone.id, zone.name.isEmpty() ? zone.id : zone.name});
        }
    }
    for (const Zone& zone : deploymentB.zones) {
        if (!deploymentA.zone(zone.id))
            diff.m_zonesAdded.append({zone.id, zone.name.isEmpty() ? zone.id : zone.name});
    }
    std::stable_sort(diff.m_boundaries.begin(), diff.m_boundaries.end(),
                     [&zoneOrder](const BoundaryDiff& x, const BoundaryDiff& y) {
                         const auto rank = [&zoneOrder](const BoundaryDiff& boundary) {
                             return std::make_tuple(boundary.isIntraZone(), zoneOrder.value(boundary.from),
                                                    zoneOrder.value(boundary.to));
                         };
                         return rank(x) < rank(y);
                     });
    return diff;
}
