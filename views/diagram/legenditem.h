#pragma once

#include <QFont>
#include <QGraphicsItem>
#include <QStringList>

// The key to the arrow colours: one swatch per flow family the diagram draws, in a row below the lanes.
class LegendItem final : public QGraphicsItem
{
public:
    explicit LegendItem(const QStringList& families, QGraphicsItem* parent = nullptr);

    const QStringList& families() const { return m_families; }
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    QStringList m_families;
    QStringList m_names;
    QFont m_font;
    QList<qreal> m_offsets; // x of each swatch
    qreal m_width = 0;
};
