#include "views/diagram/arrowbudget.h"

#include "model/portmatrix.h"

#include <QMap>
#include <QSet>

#include <tuple>

namespace {

// One end of the arrows of a (family, zone, zone) group.
struct End
{
    int zone = -1;
    QSet<QString> endpoints; // only for lanes that could keep an arrow per card
    QSet<QString> roles;

    qsizetype arrows(const QList<bool>& bundled) const
    {
        // A bundled end is the lane's block and its actors' badges: at most one per role. The endpoints of a lane
        // too crowded for arrows per card are not collected.
        if (!bundled.at(zone))
            return endpoints.size();
        return endpoints.isEmpty() ? roles.size() : qMin(roles.size(), endpoints.size());
    }
};

struct Group
{
    End from;
    End to;

    qsizetype arrows(const QList<bool>& bundled) const { return from.arrows(bundled) * to.arrows(bundled); }
};

} // namespace

QList<bool> bundledLanes(const PortMatrix& matrix, const QHash<QString, int>& zoneIndex,
                         const QList<qsizetype>& cardsPerLane, int maxCardsWithOwnArrows, int budget)
{
    QList<bool> bundled(cardsPerLane.size(), false);
    for (int z = 0; z < cardsPerLane.size(); ++z)
        bundled[z] = cardsPerLane.at(z) > maxCardsWithOwnArrows;

    QMap<std::tuple<QString, int, int>, int> index; // (family, from zone, to zone) → group
    QList<Group> groups;
    for (int row = 0; row < matrix.rowCount(); ++row) {
        const MatrixRule& rule = *matrix.ruleAt(row);
        const int fromZone = zoneIndex.value(rule.from, -1);
        const int toZone = zoneIndex.value(rule.to, -1);
        if (fromZone < 0 || toZone < 0 || fromZone >= bundled.size() || toZone >= bundled.size())
            continue;
        auto it = index.find({rule.family, fromZone, toZone});
        if (it == index.end()) {
            it = index.insert({rule.family, fromZone, toZone}, int(groups.size()));
            groups.append(Group{End{fromZone, {}, {}}, End{toZone, {}, {}}});
        }
        Group& group = groups[*it];
        for (const QString& role : rule.sourceRoles)
            group.from.roles.insert(role);
        for (const QString& role : rule.destinationRoles)
            group.to.roles.insert(role);
        if (!bundled.at(fromZone)) {
            for (const QString& id : rule.sources)
                group.from.endpoints.insert(id);
        }
        if (!bundled.at(toZone)) {
            for (const QString& id : rule.destinations)
                group.to.endpoints.insert(id);
        }
    }

    QList<QList<int>> groupsOfLane(bundled.size());
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
        for (int z = 0; z < bundled.size(); ++z) {
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
    return bundled;
}
