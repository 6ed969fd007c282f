#include "views/export/scenedrawing.h"

#include "views/diagram/boundaryitem.h"
#include "views/export/legendstrip.h"

#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QPainter>

namespace {
qreal legendWidth(const QRectF& scene)
{
    return qMax(scene.width() - 2 * SceneDrawing::Margin, SceneDrawing::LegendMinWidth);
}

// The scene, then the legend a margin in from the left and a margin above the bottom edge.
QRectF pictureBounds(const QRectF& scene, const QSizeF& legend)
{
    return QRectF(scene.topLeft(), QSizeF(qMax(scene.width(), legend.width() + 2 * SceneDrawing::Margin),
                                          scene.height() + legend.height() + SceneDrawing::Margin));
}
} // namespace

QRectF SceneDrawing::sceneBounds() const
{
    return m_scene.itemsBoundingRect().adjusted(-Margin, -Margin, Margin, Margin);
}

QRectF SceneDrawing::bounds() const
{
    const QRectF scene = sceneBounds();
    return pictureBounds(scene, LegendStrip(legendWidth(scene)).size());
}

void SceneDrawing::paint(QPainter* painter, const QRectF& target) const
{
    const QRectF scene = sceneBounds();
    const LegendStrip legend(legendWidth(scene));
    const QRectF source = pictureBounds(scene, legend.size());
    // Keeping the aspect ratio: the whole picture centred in target at one scale.
    const qreal scale = qMin(target.width() / source.width(), target.height() / source.height());
    const QPointF origin = target.center() - QPointF(source.width(), source.height()) * scale / 2;

    const QList<QGraphicsItem*> selected = m_scene.selectedItems();
    m_scene.clearSelection();
    // A comparison's marks on the chips are a view state of the window, not part of the deployment's picture.
    QList<std::pair<BoundaryItem*, QList<ChipMark>>> marked;
    for (QGraphicsItem* item : m_scene.items()) {
        auto* boundary = dynamic_cast<BoundaryItem*>(item);
        if (boundary && !boundary->chipMarks().isEmpty()) {
            marked.append({boundary, boundary->chipMarks()});
            boundary->setChipMarks({});
        }
    }
    m_scene.render(painter, QRectF(origin, scene.size() * scale), scene, Qt::KeepAspectRatio);
    for (QGraphicsItem* item : selected)
        item->setSelected(true);
    for (const auto& [boundary, marks] : std::as_const(marked))
        boundary->setChipMarks(marks);

    painter->save();
    painter->translate(origin);
    painter->scale(scale, scale);
    legend.paint(painter, QPointF(Margin, scene.height()));
    painter->restore();
}
