#pragma once

#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

struct Firewall;
struct LaneLayout;

// One leg of a firewall: a line from its block down to the top of a lane it faces, labelled with the interface; or to
// the lane of its local zone, whose servers run on the firewall itself, labelled "this host" (host).
struct FirewallLeg
{
    int lane = -1;
    QString interfaceName; // for the host's leg, the text of its label
    bool host = false;
    qreal x = 0;      // where it meets the lane, in scene coordinates
    QRectF labelRect; // the interface name's pill just above the lane, in scene coordinates

    friend bool operator==(const FirewallLeg& a, const FirewallLeg& b)
    {
        return a.lane == b.lane && a.interfaceName == b.interfaceName && a.host == b.host && a.x == b.x &&
               a.labelRect == b.labelRect;
    }
};

struct FirewallPlacement
{
    QString id;
    QString name;
    int row = 0;      // 0: nearest the lanes
    QRectF blockRect; // in scene coordinates
    QList<FirewallLeg> legs;

    friend bool operator==(const FirewallPlacement& a, const FirewallPlacement& b)
    {
        return a.id == b.id && a.name == b.name && a.row == b.row && a.blockRect == b.blockRect && a.legs == b.legs;
    }
};

// Where the explicit firewalls go: a strip above the lanes (negative y, so the lanes stay where they are without
// it). Each firewall is a block spanning the lanes it faces or runs, with one leg down to each of them; where several
// legs meet one lane they stand side by side, those of firewalls reaching left first and, among those, the widest
// outermost, so that nested firewalls' legs do not cross each other's blocks. Blocks whose spans overlap stack in
// rows, the narrowest nearest the lanes. Legs reach only the first row of lanes: with wrapped rows (more than
// LaneLayout::MaxLanesInOneRow zones) an interface facing a later row is listed in the block's tooltip only.
struct FirewallStrip
{
    static constexpr qreal LabelHeight = 18;
    static constexpr qreal LabelGap = 4; // between a leg's label and the lane under it
    static constexpr qreal LegRoom = 14; // the leg shown between a block and its labels
    static constexpr qreal BlockHeight = 32;
    static constexpr qreal RowGap = 22;   // between rows of blocks, where the upper rows' legs pass
    static constexpr qreal BlockGap = 16; // between blocks side by side

    QList<FirewallPlacement> firewalls; // in file order
    // For each lane boundary (between lanes b and b + 1 of one row), the names of the firewalls spanning it.
    QList<QStringList> boundaryFirewalls;

    friend bool operator==(const FirewallStrip& a, const FirewallStrip& b)
    {
        return a.firewalls == b.firewalls && a.boundaryFirewalls == b.boundaryFirewalls;
    }
};

// firewalls: the deployment's explicit firewalls (none: an empty strip, as with implicit firewalls).
FirewallStrip layOutFirewalls(const QList<Firewall>& firewalls, const LaneLayout& layout);
