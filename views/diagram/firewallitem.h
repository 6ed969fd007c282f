#pragma once

#include "views/diagram/emphasis.h"
#include "views/diagram/firewallstrip.h"

#include <QFont>
#include <QGraphicsItem>

// An explicit firewall of the deployment, above the lanes: a block with a firewall symbol and its name, and one leg
// down to each zone it faces, labelled with the interface name ("outside", "dmz", "inside"), and a filled label "this
// host" on the leg to the zone whose servers run on it. It draws in scene
// coordinates (its position stays 0, 0) and is hit where it draws (shape), not in the empty room between its legs.
class FirewallItem final : public QGraphicsItem
{
public:
    explicit FirewallItem(const FirewallPlacement& placement, QGraphicsItem* parent = nullptr);

    const QString& firewallId() const { return m_placement.id; }
    const FirewallPlacement& placement() const { return m_placement; }
    // Selected: its rules are the ones highlighted; emphasised: some highlighted rule crosses it.
    void setEmphasis(Emphasis emphasis);
    Emphasis emphasis() const { return m_emphasis; }
    void setSelected(bool selected);
    bool isSelected() const { return m_selected; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    // The room a block needs for this name, symbol and padding included, and a leg's label for its interface name.
    static qreal blockWidth(const QString& name);
    static qreal labelWidth(const QString& interfaceName);
    static QFont nameFont();
    // A block as the diagram draws it; the legend draws its sample with the same code.
    static void paintBlock(QPainter* painter, const QRectF& box, const QString& name, Emphasis emphasis, bool selected);
    static void paintLeg(QPainter* painter, qreal x, qreal top, qreal bottom, Emphasis emphasis);

private:
    FirewallPlacement m_placement;
    Emphasis m_emphasis = Emphasis::Normal;
    bool m_selected = false;
};
