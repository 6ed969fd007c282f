#pragma once

#include <QHash>
#include <QList>
#include <QPainterPath>
#include <QRectF>
#include <QSet>
#include <QString>

struct PortMatrix;

// Matrix row (PortMatrix::ruleAt) → its (from, to) zone indexes, -1 for a zone not on the diagram; worked out once per
// rebuild of the diagram.
using RuleZones = QList<std::pair<int, int>>;

// Where flow arrows may start and end: a server card, an implicit actor's badge, or the block of all cards of a lane.
struct FlowAnchor
{
    QRectF rect;
    int zone = -1;
    QString label;
};

// What arrows may start and end on, lane by lane.
struct FlowAnchors
{
    QList<FlowAnchor> anchors;
    QHash<QString, int> ofEndpoint; // server id or implicit actor id → anchor; no entries for cards of crowded lanes
    QList<int> laneBlock;           // zone → anchor of the block of its cards, -1 for a lane without cards
    QList<bool> crowded;            // zone → one arrow per lane, not per card (ArrowGrain::bundledLanes)
    bool lanePairs = false;         // one arrow per pair of lanes for all families and actors (ArrowGrain::lanePairs)
    QSet<QString> actorRoles;       // roles of the implicit actors that have a badge
    QList<qreal> channels;          // heights of the gaps between card rows, every row of lanes', top down
    QList<int> laneRow;             // zone → the row of lanes it sits in (LaneLayout wraps many zones)
    QList<qreal> gutters;           // row → the height of the gutter under it, where arrows to another row run
};

struct FlowArrowSpec
{
    QPainterPath path;
    QString family;
    QStringList families; // of its rows, in legend order: family, or several where it is FlowFamily::several()
    QList<int> rows;      // matrix rows, as PortMatrix::ruleAt counts them
    int from = -1;        // anchors
    int to = -1;
    QString title;        // "Mail: DMZ → LAN", the first line of the tooltip (FlowRouter::title, FlowRouter::toolTip)
    bool bundled = false; // stands for a whole lane's servers
};

struct FlowRouting
{
    QList<FlowArrowSpec> arrows;
    QList<QRectF> buses; // bars beside a lane's block of cards where bundled arrows end
};

// Turns the matrix into arrows: one per (initiator anchor, listener anchor, family), or with lanePairs one per pair of
// lanes (the blocks of their cards; a lane without cards keeps its actors' badges), of the family
// FlowFamily::several() where it stands for more than one. Between a crowded lane and any
// other, both ends are whole lanes (the block of cards; implicit actors keep their badge), so that the count grows
// with zones and families, not servers. Arrows between zones leave the side of the anchor facing the other lane and
// enter the facing side of the other; arrows between two cards of a lane bow out to the right of its cards; an
// actor's arrows to its own crowded lane rise into the bottom of the block. Where several arrows meet one side of an
// anchor, their ends are spread along it, ordered by the far end's height so that they cross as little as possible.
class FlowRouter final
{
public:
    static constexpr qreal BusWidth = 4; // of a bar where bundled arrows end

    explicit FlowRouter(const FlowAnchors& anchors);

    FlowRouting route(const PortMatrix& matrix, const RuleZones& ruleZones) const;
    // "Mail: DMZ → LAN (3 servers)", "Mail, Web: …", or "Mail among LAN": an arrow's title from its anchors' labels.
    static QString title(const FlowArrowSpec& arrow, const FlowAnchors& anchors);
    // An arrow's tooltip: its title, then one line per distinct service and port of its rows. Written when the arrow
    // is hovered: a rebuild of tens of thousands of rules would otherwise format each of them every time.
    static QString toolTip(const QString& title, const QList<int>& rows, const PortMatrix& matrix);

private:
    qreal channelNear(qreal y) const;
    QList<int> anchorsOf(const QStringList& endpoints, const QStringList& roles, int zone, bool wholeLane) const;

    const FlowAnchors& m_anchors;
};
