#pragma once

#include <QColor>
#include <QHash>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

class Deployment;
class PortCatalog;
struct FlowSet;
struct Server;

// An implicit actor a lane stands for (Internet mail servers, Outlook clients, ...), drawn as a badge under its cards.
struct LaneActor
{
    QString id; // "<zone>:<role>", as the matrix names it
    QString role;
    QString name;

    friend bool operator==(const LaneActor& a, const LaneActor& b)
    {
        return a.id == b.id && a.role == b.role && a.name == b.name;
    }
};

// What a lane draws besides its cards: its rectangle, header and actors.
struct LaneSpec
{
    QString zoneId;
    QString name;
    QString kindName;
    QColor tint;
    qreal x = 0;
    qreal y = 0; // the top of its row
    qreal width = 0;
    int row = 0;
    qreal actorsTop = 0; // where "Stands for:" and the badges start, under the cards (from the row's top)
    QList<LaneActor> actors;

    friend bool operator==(const LaneSpec& a, const LaneSpec& b)
    {
        return a.zoneId == b.zoneId && a.name == b.name && a.kindName == b.kindName && a.tint == b.tint && a.x == b.x &&
               a.width == b.width && a.actorsTop == b.actorsTop && a.actors == b.actors;
    }
};

// Where everything of the topology diagram goes: zones as lanes left to right, each followed by its firewall bar;
// server cards in columns inside their lane, every lane with the same column height (at least 8 cards, and about as
// many down as across in the most crowded lane, so that the diagram does not become a long strip); actor badges
// under the cards. More than MaxLanesInOneRow zones wrap onto rows, as text wraps, about twice as wide as high: the
// firewall after a row's last lane stands at the row's end, and the next row goes on from the left.
struct LaneLayout
{
    static constexpr qreal HeaderHeight = 64;
    static constexpr qreal Gap = 14;
    static constexpr qreal LoopRoom = 44;    // right of the cards, where arrows between two cards of one lane bow out
    static constexpr qreal ActorsTitle = 22; // the "Stands for:" line above the actor badges
    static constexpr qreal ActorGap = 6;
    static constexpr int MaxLanesInOneRow = 12;
    static constexpr qreal RowGap = 60; // between rows of lanes: the gutter arrows from row to row run in

    QList<LaneSpec> lanes;
    QList<QList<const Server*>> servers; // by lane, in document order
    int perColumn = 8;
    qreal height = 0; // of every lane
    int rows = 1;

    QRectF laneRect(int lane) const { return {lanes.at(lane).x, lanes.at(lane).y, lanes.at(lane).width, height}; }
    // The bottom of the last row.
    qreal bottom() const { return (rows - 1) * (height + RowGap) + height; }
    // The middle of the gutter under a row (arrows going down from it) or above it (going up).
    qreal gutterBelow(int row) const { return row * (height + RowGap) + height + RowGap / 2; }
    qreal boundaryX(int lane) const { return lanes.at(lane).x + lanes.at(lane).width; }
    // The rectangle of the card of servers[lane][index], and of the lane's actor badge index.
    QRectF cardRect(int lane, int index) const;
    QRectF badgeRect(int lane, int index) const;
    // The heights of the gaps between card rows, the same in every lane of a row, top down, every row's
    // (FlowAnchors::channels).
    QList<qreal> channels() const;
    // Same lanes at the same places (the cards may differ).
    bool sameLanes(const LaneLayout& other) const { return lanes == other.lanes && height == other.height; }
};

// zoneIndex: zone id → lane.
LaneLayout layOutLanes(const Deployment& deployment, const FlowSet& flows, const PortCatalog& catalog,
                       const QHash<QString, int>& zoneIndex);
