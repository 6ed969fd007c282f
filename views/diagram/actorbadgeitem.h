#pragma once

#include "views/diagram/emphasis.h"

#include <QGraphicsItem>

// An implicit actor of a lane (Internet mail servers, Outlook clients, ...): it has no server card, so the lane lists
// it as a small badge with its icon, and its flow arrows start or end there.
class ActorBadgeItem final : public QGraphicsItem
{
public:
    static constexpr qreal Height = 24;

    // actorId is the pseudo server id "<zone>:<role>" the matrix uses.
    ActorBadgeItem(const QString& actorId, const QString& roleId, const QString& name, qreal width,
                   QGraphicsItem* parent = nullptr);

    const QString& actorId() const { return m_actorId; }
    Emphasis emphasis() const { return m_emphasis; }
    void setEmphasis(Emphasis emphasis);
    // What-if: the actor loses a flow; a warning badge at the right end.
    bool losesFlow() const { return m_losesFlow; }
    void setLosesFlow(bool loses);
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    QString m_actorId;
    QString m_roleId;
    QString m_name;
    qreal m_width;
    Emphasis m_emphasis = Emphasis::Normal;
    bool m_losesFlow = false;
};
