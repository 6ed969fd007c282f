#include "model/matrixdiff.h"

#include <algorithm>
#include <array>
#include <tuple>

#include <QSet>

#include "model/catalogtexts.h"
#include "model/deploymentdata.h"
#include "model/portmatrix.h"

namespace {

// What identifies a rule across A and B (see RuleDiff).
struct Key
{
    QString from;
    QString to;
    Protocol protocol;
    QString family;
    QStringList roles; // sorted

    friend bool operator==(const Key& x, const Key& y)
    {
        return x.protocol == y.protocol && x.from == y.from && x.to == y.to && x.family == y.family &&
               x.roles == y.roles;
    }
    friend size_t qHash(const Key& key, size_t seed = 0)
    {
        return qHashMulti(seed, key.from, key.to, int(key.protocol), key.family, key.roles);
    }
};

Key keyOf(const MatrixRule& row)
{
    Key key{row.from, row.to, row.protocol, row.family, row.destinationRoles};
    if (key.roles.size() > 1)
        key.roles.sort();
    return key;
}

// Ports as ascending ranges that neither overlap nor touch; a handful per rule, so that the arithmetic is on ranges,
// never on 65,536 bits.
using Ranges = QList<PortRange>;

void normalise(Ranges& ranges)
{
    if (ranges.size() < 2)
        return;
    std::sort(ranges.begin(), ranges.end());
    qsizetype last = 0;
    for (qsizetype i = 1; i < ranges.size(); ++i) {
        PortRange& merged = ranges[last];
        const PortRange& next = ranges.at(i);
        if (next.first <= merged.last + 1)
            merged.last = std::max(merged.last, next.last);
        else
            ranges[++last] = next;
    }
    ranges.resize(last + 1);
}

// x − y, both normalised.
Ranges minus(const Ranges& x, const Ranges& y)
{
    Ranges result;
    auto other = y.cbegin();
    for (PortRange range : x) {
        while (other != y.cend() && other->last < range.first)
            ++other;
        for (auto cut = other; cut != y.cend() && cut->first <= range.last; ++cut) {
            if (cut->first > range.first)
                result.append({range.first, cut->first - 1});
            range.first = cut->last + 1;
            if (range.first > range.last)
                break;
        }
        if (range.first <= range.last)
            result.append(range);
    }
    return result;
}

bool sameId(const QString& x, const QString& y)
{
    return x.size() == y.size() && (x.constData() == y.constData() || x == y);
}

QStringList sortedList(QStringList ids)
{
    ids.sort();
    return ids;
}

// The ids only in x and only in y, sorted; x and y without repeats. The lists of two matrices of related deployments
// list most of their ids in the same order (the servers' order in the deployment), often in the very same strings: a
// walk through both pairs them up without hashing or sorting any of them, and only those it could not pair are
// compared as sets.
struct IdDifference
{
    QStringList onlyX;
    QStringList onlyY;

    bool isEmpty() const { return onlyX.isEmpty() && onlyY.isEmpty(); }
};

IdDifference difference(const QStringList& x, const QStringList& y)
{
    if (x.size() == y.size() && std::equal(x.cbegin(), x.cend(), y.cbegin(), sameId))
        return {};
    constexpr qsizetype lookAhead = 8;
    QStringList unpairedX;
    QStringList unpairedY;
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < x.size() && j < y.size()) {
        if (sameId(x.at(i), y.at(j))) {
            ++i;
            ++j;
            continue;
        }
        qsizetype skip = 1;
        for (; skip <= lookAhead; ++skip) {
            if (j + skip < y.size() && sameId(x.at(i), y.at(j + skip))) {
                unpairedY.append(y.mid(j, skip));
                j += skip;
                break;
            }
            if (i + skip < x.size() && sameId(x.at(i + skip), y.at(j))) {
                unpairedX.append(x.mid(i, skip));
                i += skip;
                break;
            }
        }
        if (skip > lookAhead) {
            unpairedX.append(x.at(i++));
            unpairedY.append(y.at(j++));
        }
    }
    unpairedX.append(x.mid(i));
    unpairedY.append(y.mid(j));
    // An id the walk left in both lists (they list it in another order) is in both sets.
    if (!unpairedX.isEmpty() && !unpairedY.isEmpty()) {
        const QSet<QString> inX(unpairedX.cbegin(), unpairedX.cend());
        const QSet<QString> inY(unpairedY.cbegin(), unpairedY.cend());
        unpairedX.removeIf([&inY](const QString& id) { return inY.contains(id); });
        unpairedY.removeIf([&inX](const QString& id) { return inX.contains(id); });
    }
    return {sortedList(std::move(unpairedX)), sortedList(std::move(unpairedY))};
}

// difference() of each pair of lists once: the rows of a matrix share their endpoint groups' lists, and the rules
// between two zones in both matrices are mostly those of the same groups. Keyed by where the lists' data lives; the
// lists outlive the comparison's rules, so no other list can take their place.
class IdDifferences final
{
public:
    // The reference holds until the next call (the table may grow and move its entries).
    const IdDifference& of(const QStringList& x, const QStringList& y)
    {
        const Key key{x.constData(), y.constData(), x.size(), y.size()};
        auto it = m_known.find(key);
        if (it == m_known.end())
            it = m_known.insert(key, difference(x, y));
        return *it;
    }

private:
    struct Key
    {
        const QString* x;
        const QString* y;
        qsizetype xSize;
        qsizetype ySize;

        friend bool operator==(const Key& a, const Key& b)
        {
            return a.x == b.x && a.y == b.y && a.xSize == b.xSize && a.ySize == b.ySize;
        }
        friend size_t qHash(const Key& key, size_t seed = 0) { return qHashMulti(seed, key.x, key.y, key.xSize); }
    };
    QHash<Key, IdDifference> m_known;
};

bool sameList(const QStringList& x, const QStringList& y)
{
    return x.size() == y.size() && std::equal(x.cbegin(), x.cend(), y.cbegin(), sameId);
}

// The ids of one side's rows: the distinct lists of its rows, as the matrix holds them (not copied: a row may list
// thousands of servers), and their union once asked for. Rows of one rule mostly list the same servers.
class Ids final
{
public:
    void add(const QStringList& ids)
    {
        if (std::none_of(m_lists.cbegin(), m_lists.cend(),
                         [&ids](const QStringList* list) { return sameList(*list, ids); }))
            m_lists.append(&ids);
    }
    const QList<const QStringList*>& lists() const { return m_lists; }

    // In row order. A short list is looked up in the union by walking it, a longer one through a set.
    const QStringList& all()
    {
        if (m_lists.size() == 1)
            return *m_lists.first();
        if (m_all || m_lists.isEmpty())
            return m_union;
        m_all = true;
        constexpr qsizetype walkLimit = 256;
        QSet<QString> seen;
        for (const QStringList* list : std::as_const(m_lists)) {
            if (seen.isEmpty() && list->size() * m_union.size() > walkLimit)
                seen = QSet<QString>(m_union.cbegin(), m_union.cend());
            for (const QString& id : *list) {
                const bool known = seen.isEmpty()
                                       ? std::any_of(m_union.cbegin(), m_union.cend(),
                                                     [&id](const QString& other) { return sameId(id, other); })
                                       : seen.contains(id);
                if (known)
                    continue;
                m_union.append(id);
                if (!seen.isEmpty())
                    seen.insert(id);
            }
        }
        return m_union;
    }

private:
    QList<const QStringList*> m_lists;
    QStringList m_union; // kept while the comparison runs: IdDifferences knows it by where its data lives
    bool m_all = false;
};

// The rows of one side that share a rule's key.
struct Side
{
    QList<int> rows;
    Ranges ports;
    Ids sources;
    Ids destinations;
    QStringList services;

    void add(int row, const MatrixRule& rule)
    {
        rows.append(row);
        ports.append(rule.ports);
        sources.add(rule.sources);
        destinations.add(rule.destinations);
        // In the user's language in the window; the command line's is English.
        if (const QString service = CatalogTexts::user().service(rule); !services.contains(service))
            services.append(service);
    }
};

// Whether two sides list the same ids, list by list: their rows mostly list the same groups of servers, so that
// an unchanged rule is found without a union of its lists.
bool sameIds(const Ids& x, const Ids& y, IdDifferences& differences)
{
    const QList<const QStringList*>& xs = x.lists();
    const QList<const QStringList*>& ys = y.lists();
    if (xs.size() != ys.size())
        return false;
    for (qsizetype i = 0; i < xs.size(); ++i) {
        if (!differences.of(*xs.at(i), *ys.at(i)).isEmpty())
            return false;
    }
    return true;
}

struct Rule
{
    RuleDiff diff; // the key fields filled
    Side a;
    Side b;
};

// The ports of each protocol on one boundary, per side.
struct BoundaryPorts
{
    std::array<Ranges, 2> a; // by Protocol
    std::array<Ranges, 2> b;
};

QString zoneName(const DeploymentData& preferred, const DeploymentData& other, const QString& id)
{
    for (const DeploymentData* data : {&preferred, &other}) {
        if (const Zone* zone = data->zone(id))
            return zone->name.isEmpty() ? id : zone->name;
    }
    return id;
}

RuleChange changeOf(const Rule& rule, const Ranges& opened, const Ranges& closed, bool sameEndpoints)
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
    return sameEndpoints ? RuleChange::Same : RuleChange::EndpointsChanged;
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

QString portsText(Protocol protocol, const QList<PortRange>& ranges)
{
    QStringList texts;
    texts.reserve(ranges.size());
    for (const PortRange& range : ranges)
        texts.append(range.toString());
    return protocolId(protocol).toUpper() + u' ' + texts.join(QStringLiteral(", "));
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

// Fast enough to run after every edit of a 10,000-server deployment: rules are found by a hashed key, ports are
// ranges, and the servers of the rows are paired up by a walk through both lists (difference()).
MatrixDiff MatrixDiff::compare(const DeploymentData& deploymentA, const PortMatrix& matrixA,
                               const DeploymentData& deploymentB, const PortMatrix& matrixB)
{
    // B's rules first, so that the rules keep the order of B's matrix and A's removed ones follow.
    QList<Rule> rules;
    QHash<Key, int> index;
    index.reserve(matrixB.rowCount());
    rules.reserve(matrixB.rowCount());
    const auto collect = [&rules, &index](const PortMatrix& matrix, bool isA) {
        for (int row = 0; row < matrix.rowCount(); ++row) {
            const MatrixRule& matrixRule = *matrix.ruleAt(row);
            Key key = keyOf(matrixRule);
            auto it = index.find(key);
            if (it == index.end()) {
                Rule& rule = rules.emplace_back();
                rule.diff.from = key.from;
                rule.diff.to = key.to;
                rule.diff.protocol = key.protocol;
                rule.diff.family = key.family;
                rule.diff.destinationRoles = key.roles;
                it = index.insert(std::move(key), int(rules.size() - 1));
            }
            (isA ? rules[*it].a : rules[*it].b).add(row, matrixRule);
        }
    };
    collect(matrixB, false);
    collect(matrixA, true);

    MatrixDiff diff;
    diff.m_rowChangesA.resize(matrixA.rowCount(), RuleChange::Same);
    diff.m_rowChangesB.resize(matrixB.rowCount(), RuleChange::Same);
    IdDifferences differences;
    QHash<std::pair<QString, QString>, int> boundaryIndex;
    QList<BoundaryDiff> boundaries;
    QList<BoundaryPorts> boundaryPorts;
    for (Rule& rule : rules) {
        normalise(rule.a.ports);
        normalise(rule.b.ports);
        auto at = boundaryIndex.find({rule.diff.from, rule.diff.to});
        if (at == boundaryIndex.end()) {
            at = boundaryIndex.insert({rule.diff.from, rule.diff.to}, int(boundaries.size()));
            BoundaryDiff& boundary = boundaries.emplace_back();
            boundary.from = rule.diff.from;
            boundary.to = rule.diff.to;
            boundary.fromName = zoneName(deploymentB, deploymentA, rule.diff.from);
            boundary.toName = zoneName(deploymentB, deploymentA, rule.diff.to);
            boundaryPorts.emplace_back();
        }
        BoundaryPorts& ports = boundaryPorts[*at];
        ports.a[size_t(rule.diff.protocol)].append(rule.a.ports);
        ports.b[size_t(rule.diff.protocol)].append(rule.b.ports);

        const Ranges opened = minus(rule.b.ports, rule.a.ports);
        const Ranges closed = minus(rule.a.ports, rule.b.ports);
        const bool sameEndpoints = sameIds(rule.a.sources, rule.b.sources, differences) &&
                                   sameIds(rule.a.destinations, rule.b.destinations, differences);
        RuleChange change = changeOf(rule, opened, closed, sameEndpoints);
        // Copies: the next of() may move what the last returned.
        IdDifference sources;
        IdDifference destinations;
        if (change != RuleChange::Same) {
            sources = differences.of(rule.a.sources.all(), rule.b.sources.all());
            destinations = differences.of(rule.a.destinations.all(), rule.b.destinations.all());
            // Lists that differ one by one may still hold the same ids between them.
            if (change == RuleChange::EndpointsChanged && sources.isEmpty() && destinations.isEmpty())
                change = RuleChange::Same;
        }
        RuleDiff& result = rule.diff;
        result.change = change;
        count(diff.m_summary, change);
        for (const int row : std::as_const(rule.a.rows))
            diff.m_rowChangesA[row] = change;
        for (const int row : std::as_const(rule.b.rows))
            diff.m_rowChangesB[row] = change;
        if (change == RuleChange::Same)
            continue;
        result.services = rule.a.services;
        for (const QString& service : std::as_const(rule.b.services)) {
            if (!result.services.contains(service))
                result.services.append(service);
        }
        result.portsA = rule.a.ports;
        result.portsB = rule.b.ports;
        result.opened = opened;
        result.closed = closed;
        result.sourcesAdded = std::move(sources.onlyY);
        result.sourcesRemoved = std::move(sources.onlyX);
        result.destinationsAdded = std::move(destinations.onlyY);
        result.destinationsRemoved = std::move(destinations.onlyX);
        result.destinations = (rule.b.rows.isEmpty() ? rule.a.destinations : rule.b.destinations).all();
        result.rowsA = rule.a.rows;
        result.rowsB = rule.b.rows;
        boundaries[*at].rules.append(std::move(result));
    }

    for (qsizetype i = 0; i < boundaries.size(); ++i) {
        BoundaryDiff& boundary = boundaries[i];
        if (boundary.rules.isEmpty())
            continue;
        BoundaryPorts& ports = boundaryPorts[i];
        for (Ranges& ranges : ports.a)
            normalise(ranges);
        for (Ranges& ranges : ports.b)
            normalise(ranges);
        const auto tcp = size_t(Protocol::Tcp);
        const auto udp = size_t(Protocol::Udp);
        boundary.openTcp = minus(ports.b[tcp], ports.a[tcp]);
        boundary.openUdp = minus(ports.b[udp], ports.a[udp]);
        boundary.closeTcp = minus(ports.a[tcp], ports.b[tcp]);
        boundary.closeUdp = minus(ports.a[udp], ports.b[udp]);
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
