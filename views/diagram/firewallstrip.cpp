#include "views/diagram/firewallstrip.h"

#include "model/deploymentdata.h"
#include "model/firewalltopology.h"
#include "views/diagram/firewallitem.h"
#include "views/diagram/lanelayout.h"

#include <QHash>

#include <algorithm>

namespace {
constexpr qreal kBlockOverhang = 16; // the block reaches this far past its outermost legs
constexpr qreal kLabelSpacing = 6;   // between the labels of legs side by side

// The lanes a firewall faces: every one (for the bars it spans), and those of the first row (its legs).
struct FirewallLanes
{
    QList<QPair<int, QString>> legs; // first-row lane → interface name (empty: the local zone's)
    int first = -1;                  // lowest and highest lane of any row
    int last = -1;
    int legFirst() const { return legs.isEmpty() ? -1 : legs.constFirst().first; }
    int legLast() const { return legs.isEmpty() ? -1 : legs.constLast().first; }
};

// The order of the legs meeting one lane, left to right: firewalls reaching only left of it, the narrowest first;
// those reaching both ways (or nowhere else); those reaching only right of it, the widest first. So an outer firewall's
// legs stand outside those of a firewall nested in it.
int legGroup(const FirewallLanes& lanes, int lane)
{
    const bool left = lanes.legFirst() < lane;
    const bool right = lanes.legLast() > lane;
    return left && !right ? 0 : !left && right ? 2 : 1;
}
} // namespace

FirewallStrip layOutFirewalls(const QList<Firewall>& firewalls, const LaneLayout& layout)
{
    FirewallStrip strip;
    if (firewalls.isEmpty())
        return strip;
    QHash<QString, int> laneOf;
    for (int lane = 0; lane < layout.lanes.size(); ++lane)
        laneOf.insert(layout.lanes.at(lane).zoneId, lane);

    QList<FirewallLanes> lanes(firewalls.size());
    QList<QList<int>> legsAt(layout.lanes.size()); // lane → firewalls with a leg there
    for (int f = 0; f < firewalls.size(); ++f) {
        QList<FirewallInterface> faces = firewalls.at(f).interfaces;
        if (!firewalls.at(f).localZone.isEmpty())
            faces.append(FirewallTopology::leg(firewalls.at(f), FirewallHop::Host));
        for (const FirewallInterface& face : std::as_const(faces)) {
            const int lane = laneOf.value(face.zone, -1);
            if (lane < 0)
                continue; // a zone removed in memory: the validator reports it
            lanes[f].first = lanes[f].first < 0 ? lane : qMin(lanes[f].first, lane);
            lanes[f].last = qMax(lanes[f].last, lane);
            if (layout.lanes.at(lane).row == 0)
                lanes[f].legs.append({lane, face.name});
        }
        std::sort(lanes[f].legs.begin(), lanes[f].legs.end());
        for (const auto& leg : std::as_const(lanes.at(f).legs))
            legsAt[leg.first].append(f);
    }

    for (int f = 0; f < firewalls.size(); ++f)
        strip.firewalls.append({firewalls.at(f).id, firewalls.at(f).name, 0, {}, {}});
    const qreal labelTop = -FirewallStrip::LabelGap - FirewallStrip::LabelHeight;
    for (int lane = 0; lane < legsAt.size(); ++lane) {
        QList<int>& here = legsAt[lane];
        std::stable_sort(here.begin(), here.end(), [&lanes, lane](int a, int b) {
            const int groupA = legGroup(lanes.at(a), lane);
            const int groupB = legGroup(lanes.at(b), lane);
            if (groupA != groupB)
                return groupA < groupB;
            if (groupA == 0)
                return lanes.at(a).legFirst() > lanes.at(b).legFirst();
            if (groupA == 2)
                return lanes.at(a).legLast() > lanes.at(b).legLast();
            return false;
        });
        const LaneSpec& spec = layout.lanes.at(lane);
        const qreal spacing = spec.width / qreal(here.size() + 1);
        for (int k = 0; k < here.size(); ++k) {
            const int f = here.at(k);
            FirewallLeg leg;
            leg.lane = lane;
            for (const auto& [legLane, name] : std::as_const(lanes.at(f).legs)) {
                if (legLane == lane) {
                    leg.host = name.isEmpty();
                    leg.interfaceName = FirewallTopology::interfaceText(name);
                }
            }
            leg.x = spec.x + spacing * (k + 1);
            const qreal width = qMin(FirewallItem::labelWidth(leg.interfaceName), spacing - kLabelSpacing);
            leg.labelRect = QRectF(leg.x - width / 2, labelTop, width, FirewallStrip::LabelHeight);
            strip.firewalls[f].legs.append(leg);
        }
    }

    // Blocks: over their legs, wide enough for their names; the narrowest nearest the lanes.
    QList<int> order;
    for (int f = 0; f < firewalls.size(); ++f) {
        FirewallPlacement& placement = strip.firewalls[f];
        std::sort(placement.legs.begin(), placement.legs.end(),
                  [](const FirewallLeg& a, const FirewallLeg& b) { return a.x < b.x; });
        qreal left = placement.legs.isEmpty() ? 0 : placement.legs.constFirst().x - kBlockOverhang;
        qreal right = placement.legs.isEmpty() ? 0 : placement.legs.constLast().x + kBlockOverhang;
        const qreal needed = FirewallItem::blockWidth(placement.name);
        if (right - left < needed) {
            const qreal grow = (needed - (right - left)) / 2;
            left -= grow;
            right += grow;
        }
        placement.blockRect = QRectF(left, 0, right - left, FirewallStrip::BlockHeight);
        order.append(f);
    }
    std::stable_sort(order.begin(), order.end(), [&strip](int a, int b) {
        return strip.firewalls.at(a).blockRect.width() < strip.firewalls.at(b).blockRect.width();
    });
    QList<QList<QPair<qreal, qreal>>> taken; // row → blocks' spans
    for (const int f : std::as_const(order)) {
        FirewallPlacement& placement = strip.firewalls[f];
        const qreal left = placement.blockRect.left() - FirewallStrip::BlockGap;
        const qreal right = placement.blockRect.right() + FirewallStrip::BlockGap;
        int row = 0;
        while (row < taken.size() && std::any_of(taken.at(row).begin(), taken.at(row).end(), [&](const auto& span) {
                   return span.first < right && left < span.second;
               }))
            ++row;
        if (row == taken.size())
            taken.emplaceBack();
        taken[row].append({left, right});
        placement.row = row;
        placement.blockRect.moveTop(labelTop - FirewallStrip::LegRoom - FirewallStrip::BlockHeight -
                                    row * (FirewallStrip::BlockHeight + FirewallStrip::RowGap));
    }

    for (int boundary = 0; boundary + 1 < layout.lanes.size(); ++boundary) {
        QStringList names;
        for (int f = 0; f < firewalls.size(); ++f) {
            if (lanes.at(f).first >= 0 && lanes.at(f).first <= boundary && boundary < lanes.at(f).last)
                names.append(firewalls.at(f).name);
        }
        strip.boundaryFirewalls.append(names);
    }
    return strip;
}
