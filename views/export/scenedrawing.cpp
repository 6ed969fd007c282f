#include "views/export/scenedrawing.h"

#include <QGraphicsItem>
#include <QGraphicsScene>

QRectF SceneDrawing::bounds() const
{
    return m_scene.itemsBoundingRect().adjusted(-Margin, -Margin, Margin, Margin);
}

void SceneDrawing::paint(QPainter* painter, const QRectF& target) const
{
    const QList<QGraphicsItem*> selected = m_scene.selectedItems();
    m_scene.clearSelection();
    m_scene.render(painter, target, bounds(), Qt::KeepAspectRatio);
    for (QGraphicsItem* item : selected)
        item->setSelected(true);
}
