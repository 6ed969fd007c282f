#include "views/flowarrowitem.h"

#include "views/flowfamily.h"

#include <QPainter>
#include <QPainterPathStroker>
#include <QtMath>

namespace {
constexpr qreal kHeadLength = 10;
constexpr qreal kHeadHalfWidth = 4.5;
constexpr qreal kPenWidth = 2;
constexpr qreal kBundledPenWidth = 3.2;
constexpr qreal kEmphasisedExtraWidth = 1.5;
constexpr qreal kClickWidth = 8; // how far from the line a click still hits it
} // namespace

FlowArrowItem::FlowArrowItem(const QPainterPath& path, const QString& family, const QList<int>& rows, bool bundled,
                             QGraphicsItem* parent)
    : QGraphicsItem(parent)
    , m_path(path)
    , m_family(family)
    , m_colour(FlowFamily::colour(family))
    , m_rows(rows)
    , m_width(bundled ? kBundledPenWidth : kPenWidth)
{
    // The head points along the curve's last tangent, its tip at the path's end.
    const QPointF tip = path.pointAtPercent(1);
    const qreal angle = qDegreesToRadians(path.angleAtPercent(1));
    const QPointF along(std::cos(angle), -std::sin(angle));
    const QPointF across(-along.y(), along.x());
    const QPointF base = tip - along * kHeadLength;
    m_head << tip << base + across * kHeadHalfWidth << base - across * kHeadHalfWidth;
}

void FlowArrowItem::setEmphasis(Emphasis emphasis)
{
    if (emphasis == m_emphasis)
        return;
    m_emphasis = emphasis;
    setOpacity(emphasis == Emphasis::Dimmed ? 0.15 : 1.0);
    update();
}

QRectF FlowArrowItem::boundingRect() const
{
    const qreal margin = kClickWidth / 2 + 2;
    return (m_path.controlPointRect() | m_head.boundingRect()).adjusted(-margin, -margin, margin, margin);
}

QPainterPath FlowArrowItem::shape() const
{
    if (m_shape.isEmpty()) {
        QPainterPathStroker stroker;
        stroker.setWidth(kClickWidth);
        m_shape = stroker.createStroke(m_path);
        m_shape.addPolygon(m_head);
        m_shape.closeSubpath();
    }
    return m_shape;
}

void FlowArrowItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const qreal width = m_width + (m_emphasis == Emphasis::Emphasised ? kEmphasisedExtraWidth : 0);
    painter->setPen(QPen(m_colour, width, Qt::SolidLine, Qt::FlatCap));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_path);
    painter->setPen(QPen(m_colour, 1, Qt::SolidLine, Qt::RoundCap, Qt::MiterJoin));
    painter->setBrush(m_colour);
    painter->drawPolygon(m_head);
}
