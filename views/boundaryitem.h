#pragma once

#include <QGraphicsItem>
#include <QStringList>

// The firewall between two neighbouring zones: a bar carrying one chip per direction and protocol, listing the
// ports every crossing rule needs ("→ TCP 25, 443").
class BoundaryItem final : public QGraphicsItem
{
public:
    static constexpr qreal Width = 132;

    BoundaryItem(qreal height, const QStringList& chips, const QStringList& highlighted,
                 QGraphicsItem* parent = nullptr);

    const QStringList& chips() const { return m_chips; }
    // Chips that just appeared are drawn highlighted until this is called.
    void clearHighlight();
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    qreal m_height;
    QStringList m_chips;
    QStringList m_highlighted;
};
