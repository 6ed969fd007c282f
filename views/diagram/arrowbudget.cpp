#include "views/diagram/arrowbudget.h"

#include "model/portmatrix.h"

#include <QSet>
#include <QtAlgorithms>

namespace {

// Roles and families as small integers, so that a 50-zone matrix of tens of thousands of rules is counted without a
// string set per rule.
class Interned
{
public:
    int of(const QString& text)
    {
        const auto it = m_ids.constFind(text);
        return it != m_ids.cend() ? *it : int(*m_ids.insert(text, int(m_ids.size())));
    }

private:
    QHash<QString, int> m_ids;
};

// One end of the arrows of a (family, zone, zone) group.
struct End
{
    int zone = -1;
    QSet<QString> endpoints; // only for lanes that could keep an arrow per card
    quint64 roles = 0;       // bit per role (roles beyond 64 share the last bit: the count stays an upper bound)

    qsizetype arrows(const QList<bool>& bundled) const
    {
        // A bundled end is the lane's block and its actors' badges: at most one per role. The endpoints of a lane
        // too crowded for arrows per card are not collected.
        const qsizetype roleCount = qPopulationCount(roles);
        if (!bundled.at(zone))
            return endpoints.size();
        return endpoints.isEmpty() ? roleCount : qMin(roleCount, endpoints.size());
    }
};

struct Group
{
    End from;
    End to;

    qsizetype arrows(const QList<bool>& bundled) const { return from.arrows(bundled) * to.arrows(bundled); }
};

quint64 roleBits(Interned& roles, const QStringList& names)
{
    quint64 bits = 0;
    for (const QString& name : names)
        bits |= quint64(1) << qMin(roles.of(name), 63);
    return bits;
}

} // namespace

ArrowGrain arrowGrain(const PortMatrix& matrix, const RuleZones& ruleZones, const QList<qsizetype>& cardsPerLane,
                      int maxCardsWithOwnArrows, int budget)
{
    ArrowGrain grain;
    QList<bool>& bundled = grain.bundledLanes;
    bundled.fill(false, cardsPerLane.size());
    for (int z = 0; z < cardsPerLane.size(); ++z)
        bundled[z] = cardsPerLane.at(z) > maxCardsWithOwnArrows;

    const qsizetype lanes = bundled.size();
    Interned families;
    Interned roles;
    QHash<qint64, int> index; // (family, from zone, to zone) → group
    QList<Group> groups;
    for (int row = 0; row < matrix.rowCount(); ++row) {
        const MatrixRule& rule = *matrix.ruleAt(row);
        const auto [fromZone, toZone] = ruleZones.at(row);
        if (fromZone < 0 || toZone < 0 || fromZone >= lanes || toZone >= lanes)
            continue;
        const qint64 key = (qint64(families.of(rule.family)) * lanes + fromZone) * lanes + toZone;
        auto it = index.find(key);
        if (it == index.end()) {
            it = index.insert(key, int(groups.size()));
            groups.append(Group{End{fromZone, {}, 0}, End{toZone, {}, 0}});
        }
        Group& group = groups[*it];
        group.from.roles |= roleBits(roles, rule.sourceRoles);
        group.to.roles |= roleBits(roles, rule.destinationRoles);
        if (!bundled.at(fromZone)) {
            for (const QString& id : rule.sources)
                group.from.endpoints.insert(id);
        }
        if (!bundled.at(toZone)) {
            for (const QString& id : rule.destinations)
                group.to.endpoints.insert(id);
        }
    }

    QList<QList<int>> groupsOfLane(lanes);
    qsizetype total = 0;
    for (int g = 0; g < groups.size(); ++g) {
        total += groups.at(g).arrows(bundled);
        groupsOfLane[groups.at(g).from.zone].append(g);
        if (groups.at(g).to.zone != groups.at(g).from.zone)
            groupsOfLane[groups.at(g).to.zone].append(g);
    }
    while (total > budget) {
        int best = -1;
        qsizetype bestSaving = 0;
        for (int z = 0; z < lanes; ++z) {
            if (bundled.at(z))
                continue;
            qsizetype saving = 0;
            bundled[z] = true;
            for (const int g : std::as_const(groupsOfLane.at(z)))
                saving -= groups.at(g).arrows(bundled);
            bundled[z] = false;
            for (const int g : std::as_const(groupsOfLane.at(z)))
                saving += groups.at(g).arrows(bundled);
            if (saving > bestSaving) {
                best = z;
                bestSaving = saving;
            }
        }
        if (best < 0)
            break;
        bundled[best] = true;
        total -= bestSaving;
    }
    grain.lanePairs = total > budget;
    if (grain.lanePairs)
        bundled.fill(true);
    return grain;
}
