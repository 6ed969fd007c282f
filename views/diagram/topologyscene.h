#pragma once

#include "probe/proberesult.h"
#include "views/diagram/arrowbudget.h"
#include "views/diagram/chipmark.h"
#include "views/diagram/firewallstrip.h"
#include "views/diagram/flowrouter.h"
#include "views/diagram/lanelayout.h"

#include <QGraphicsScene>
#include <QHash>
#include <QSet>
#include <QStringList>

#include <optional>

class ActorBadgeItem;
class AnswerMask;
class BoundaryItem;
class Deployment;
class DeploymentAnalysis;
class FirewallItem;
class FlowArrowItem;
class LegendItem;
class PortCatalog;
class QGraphicsRectItem;
class ProbeObservations;
struct ProbePlan;
class ServerCardItem;
class WhatIfState;

// The topology diagram as a view of the document: zones as lanes left to right, tinted by kind, with a header;
// server cards laid out in a grid inside their lane; a firewall bar between neighbouring zones carrying the port
// chips of every rule that crosses it; flow arrows from initiator to listener coloured by family, with a legend
// below the lanes. Implicit actors (Internet mail, clients, ...) have no card: each is a small badge under its lane's
// cards, and its arrows start or end there. A lane with more than a handful of cards gets one arrow per (lane, lane,
// family) instead of one per card so that large deployments stay readable, and so do more lanes, and then families
// together, when the arrows of the whole diagram would exceed a budget (arrowGrain). Rebuilt from the analysis after
// each document change. A deployment that lists its firewalls gets them drawn as blocks in a strip above the lanes,
// with a leg down to each zone they face (FirewallStrip); the bars between lanes stay and name the firewalls spanning
// them.
class TopologyScene final : public QGraphicsScene
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopologyScene)

public:
    TopologyScene(Deployment* document, DeploymentAnalysis* analysis, const PortCatalog& catalog,
                  QObject* parent = nullptr);
    ~TopologyScene() override;

    // Learner mode: the rules the mask hides get no chips (a "?" instead), no arrows of their own and no tooltip lines,
    // and while it is active the diagram refuses edits. The mask belongs to the window and outlives the scene.
    void setAnswerMask(const AnswerMask* mask);
    // Whether the diagram refuses edits now (learner mode).
    bool readOnly() const;
    // The chips of the boundary between zone index and index + 1, e.g. "→ TCP 25, 443".
    QStringList boundaryChips(int boundary) const;
    // Chips of that boundary that appeared with the last change and are still highlighted.
    QStringList highlightedChips(int boundary) const;
    // The zone whose lane holds this point, or an empty string.
    QString zoneAt(const QPointF& scenePos) const;
    // The rectangle of a zone's lane; empty for an unknown zone.
    QRectF laneRect(const QString& zoneId) const;

    // Places a new server with this role into the zone at scenePos as one undoable command. Returns an empty string,
    // or why it refused (outside any zone, a role the version lacks).
    QString placeRole(const QString& roleId, const QPointF& scenePos);
    // The same for a zone (the palette's Enter); the new card is selected.
    QString placeRoleInZone(const QString& roleId, const QString& zoneId);

    // Selects those cards without emitting serverSelected (the caller already knows).
    void selectServers(const QStringList& ids);
    void selectAllServers();
    QStringList selectedServerIds() const;
    // The scene rectangle around those servers' cards (empty if none is on the diagram), for ensureVisible.
    QRectF itemsRect(const QStringList& serverIds) const;
    // Emphasises the arrows, chips, cards, actors and firewalls of these matrix rows and dims the rest; an empty list
    // draws everything normally. Kept until the next call or the next document change (rows are renumbered then).
    void highlightRules(const QList<int>& rows);
    QList<int> highlightedRules() const { return m_highlightedRows; }
    // Marks an explicit firewall's block selected and highlights the rules that cross it (those the answer mask
    // shows), as a click on it does; an unknown id selects nothing. Kept as highlightRules is.
    void selectFirewall(const QString& firewallId);
    QString selectedFirewall() const { return m_selectedFirewall; }
    // The matrix rows that cross a firewall (DeploymentAnalysis::firewallRows) less those the answer mask hides.
    QList<int> firewallRules(const QString& firewallId) const;
    // The explicit firewalls' blocks as drawn now (none with implicit firewalls), in file order.
    QList<FirewallItem*> firewallItems() const { return m_firewallItems; }
    // A firewall's tooltip: its interfaces and, per (ingress → egress), how many rules cross it and their ports, e.g.
    // "outside → dmz: 4 rules (TCP 25, 443)"; without the rules the answer mask hides.
    QString firewallToolTip(const QString& firewallId) const;
    // The live probe's results on the diagram: the cards of these hosts (trimmed, lower case) show their probed ports
    // as coloured dots, and each chip's border takes the worst state of its rules. Read against the plan of the
    // current document, which must stay the same until the next rebuild; that draws every card grey again.
    void showObservations(const ProbeObservations& observations, const ProbePlan& plan, const QSet<QString>& hosts);
    // A view state's marks of the chips (boundary → chip, as chipRows), kept across rebuilds until replaced; the
    // state sets them again after each change of the document.
    void setChipMarks(const QList<QList<ChipMark>>& marks);
    // The what-if the diagram shows from now on, after each of its changes: chips of blocked rules struck through,
    // arrows that carry one red and dashed, servers and actors that lose a flow with a warning badge. Null: none.
    void setWhatIf(const WhatIfState* whatIf);
    // The card of a server, or nullptr.
    ServerCardItem* card(const QString& serverId) const { return m_cards.value(serverId); }

    // The flow arrows and the legend as drawn now (for tests and exports).
    QList<FlowArrowItem*> flowArrows() const { return m_arrows; }
    LegendItem* legend() const { return m_legend; }
    QList<BoundaryItem*> boundaries() const { return m_boundaries; }
    // The matrix rows behind each chip of a boundary, in chip order.
    QList<QList<int>> chipRows(int boundary) const { return m_chipRows.value(boundary); }
    // Every matrix row of a boundary's chips, ascending: the rules its firewall must allow in both directions,
    // including those that pass through it on the way to a farther zone.
    QList<int> boundaryRows(int boundary) const;

signals:
    void dropRefused(const QString& reason);
    void serverSelected(const QString& serverId); // a single card became the selection
    void zoneSelected(const QString& zoneId);     // a click on a lane (header or empty area)
    void rulesSelected(const QList<int>& rows);   // a click on a boundary chip or an arrow: its matrix rows
    void selectionCleared();                      // a click outside every lane
    // A right click on a firewall bar or one of its chips: the zones left and right of it, its rows (boundaryRows),
    // where the menu goes, in screen coordinates, and the rows of the chip clicked (empty on the bar).
    void boundaryMenuRequested(const QString& leftZoneId, const QString& rightZoneId, const QList<int>& rows,
                               const QPoint& screenPos, const QList<int>& chipRows);
    // A right click on cards (the selection, which the card joined), a flow arrow (its rows) or a lane.
    void serverMenuRequested(const QStringList& serverIds, const QPoint& screenPos);
    void flowMenuRequested(const QList<int>& rows, const QPoint& screenPos);
    void zoneMenuRequested(const QString& zoneId, const QPoint& screenPos);
    // A click or a right click on an explicit firewall's block, a leg or a leg's label.
    void firewallSelected(const QString& firewallId);
    void firewallMenuRequested(const QString& firewallId, const QPoint& screenPos);

protected:
    void dragEnterEvent(QGraphicsSceneDragDropEvent* event) override;
    void dragMoveEvent(QGraphicsSceneDragDropEvent* event) override;
    void dropEvent(QGraphicsSceneDragDropEvent* event) override;
    // A lane is dragged by its header to another place, as one ReorderZoneCommand on release.
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent* event) override;
    // Delete removes the selected cards; the arrow keys move the selection to the nearest card that way, or with no
    // card selected (or none that way) Left and Right walk the zones; Escape clears the selection.
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QGraphicsSceneContextMenuEvent* event) override;
    // A card's tooltip lists its probed ports and an arrow's its services and ports: each is written when asked for,
    // not after every probe result or rebuild.
    void helpEvent(QGraphicsSceneHelpEvent* event) override;

private:
    void rebuild();
    void addLanes(const LaneLayout& layout, const QList<QStringList>& fresh);
    void updateCards(const LaneLayout& layout);
    FlowAnchors anchorsOf(const LaneLayout& layout, const ArrowGrain& grain) const;
    void addArrows(const FlowAnchors& anchors, const RuleZones& ruleZones);
    bool addLegend(qreal top);
    // The explicit firewalls' strip for these lanes, and the bars' captions; returns whether the strip changed.
    bool updateFirewalls(const LaneLayout& layout);
    void applyHighlight();
    void applyFirewallHighlight(const QSet<int>& rows);
    void applyWhatIf();
    void onSelectionChanged();
    void handleClick(const QPointF& scenePos);
    int laneHeaderAt(const QPointF& scenePos) const;
    int laneIndexAt(const QPointF& scenePos) const;
    void moveSelection(int key);
    QList<int> shownRows(const QList<int>& rows) const; // without those the answer mask hides

    Deployment* m_document;
    DeploymentAnalysis* m_analysis;
    const PortCatalog& m_catalog;
    const AnswerMask* m_answers = nullptr;
    QList<QStringList> m_chips;
    QList<QList<QList<int>>> m_chipRows; // boundary → chip → matrix rows
    QList<QStringList> m_highlighted;
    QList<QList<ChipMark>> m_chipMarks;
    QList<QPair<QRectF, QString>> m_lanes; // lane rectangle → zone id
    QHash<QString, ServerCardItem*> m_cards;
    QList<QList<ActorBadgeItem*>> m_badges; // by lane
    QList<QGraphicsItem*> m_laneItems;      // lane rectangles and their texts
    QList<BoundaryItem*> m_boundaries;
    QList<FlowArrowItem*> m_arrows; // as m_routing.arrows
    QList<QGraphicsRectItem*> m_buses;
    QList<FirewallItem*> m_firewallItems;
    FirewallStrip m_strip;
    QString m_selectedFirewall;
    LegendItem* m_legend = nullptr;
    // What the last build was made of, for the next to keep what it can; m_built is false until the first build of
    // a document.
    bool m_built = false;
    LaneLayout m_layout;
    ArrowGrain m_grain;
    QList<QStringList> m_ownArrowLanes;
    FlowAnchors m_anchors;
    FlowRouting m_routing;
    QList<int> m_highlightedRows;
    const WhatIfState* m_whatIf = nullptr;
    // The shown state of each planned probe (by index in the plan) and the probes of each matrix row, so that an
    // update of a few hosts recomputes the chips without reading every observation again.
    QList<std::optional<ProbeState>> m_probeStates;
    QHash<int, QList<int>> m_rowProbes;
    int m_generation = 0; // counts rebuilds, so that a late timer leaves newer items alone
    bool m_selectingProgrammatically = false;
    int m_draggedLane = -1; // whose header the left button went down on
    QString m_keyboardZone; // the zone the arrow keys selected last
    QGraphicsRectItem* m_laneDropMarker = nullptr;
};
