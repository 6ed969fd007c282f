#include "views/diagram/flowarrowitem.h"

#include <algorithm>
#include <cmath>

#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include "views/diagram/flowfamily.h"
#include "views/diagram/whatifmarks.h"

namespace {
constexpr qreal kHeadLength = 10;
constexpr qreal kHeadHalfWidth = 4.5;
constexpr qreal kPenWidth = 2;
constexpr qreal kBundledPenWidth = 3.2;
constexpr qreal kEmphasisedExtraWidth = 1.5;
constexpr qreal kClickWidth = 8; // how far from the line a click still hits it
} // namespace

FlowArrowItem::FlowArrowItem(const QPainterPath& path, const QString& family, const QString& title,
                             const QList<int>& rows, bool bundled, QGraphicsItem* parent)
    : QGraphicsItem(parent)
    , m_path(path)
    , m_family(family)
    , m_title(title)
    , m_colour(FlowFamily::colour(family))
    , m_rows(rows)
    , m_width(bundled ? kBundledPenWidth : kPenWidth)
{
    // The head points along the last segment (a curve's last control point to its end), its tip at the path's end.
    const int last = path.elementCount() - 1;
    const QPointF tip = path.elementAt(last);
    m_head = head(tip, tip - QPointF(path.elementAt(qMax(0, last - 1))));

    // Curves and straight runs are drawn apart, only where visible and the runs cut to the visible part: the
    // rasteriser walks a stroke's whole length even outside the clip, and an arrow can cross many lanes.
    for (int i = 0; i < path.elementCount(); ++i) {
        const QPainterPath::Element element = path.elementAt(i);
        if (element.isLineTo()) {
            const QPointF from = path.elementAt(i - 1);
            m_runs.append(QLineF(from, element));
        } else if (element.isCurveTo()) {
            QPainterPath curve(path.elementAt(i - 1));
            curve.cubicTo(path.elementAt(i), path.elementAt(i + 1), path.elementAt(i + 2));
            m_curves.append(curve);
            i += 2;
        }
    }
    setFlag(ItemUsesExtendedStyleOption);
}

QPolygonF FlowArrowItem::head(const QPointF& tip, QPointF along)
{
    along /= qMax(1e-6, std::hypot(along.x(), along.y()));
    const QPointF across(-along.y(), along.x());
    const QPointF base = tip - along * kHeadLength;
    return QPolygonF({tip, base + across * kHeadHalfWidth, base - across * kHeadHalfWidth});
}

QPen FlowArrowItem::linePen(const QColor& colour, qreal width)
{
    return QPen(colour, width, Qt::SolidLine, Qt::FlatCap);
}

void FlowArrowItem::paintHead(QPainter* painter, const QPolygonF& head, const QColor& colour)
{
    painter->setPen(QPen(colour, 1, Qt::SolidLine, Qt::RoundCap, Qt::MiterJoin));
    painter->setBrush(colour);
    painter->drawPolygon(head);
}

void FlowArrowItem::paintSample(QPainter* painter, const QLineF& line, const QString& family, bool bundled)
{
    const QColor colour = FlowFamily::colour(family);
    const QPolygonF tipHead = head(line.p2(), line.p2() - line.p1());
    painter->setPen(linePen(colour, bundled ? kBundledPenWidth : kPenWidth));
    painter->setBrush(Qt::NoBrush);
    painter->drawLine(line);
    paintHead(painter, tipHead, colour);
}

void FlowArrowItem::setEmphasis(Emphasis emphasis)
{
    if (emphasis == m_emphasis)
        return;
    m_emphasis = emphasis;
    setOpacity(emphasis == Emphasis::Dimmed ? 0.15 : 1.0);
    update();
}

void FlowArrowItem::setBlocked(bool blocked)
{
    if (blocked == m_blocked)
        return;
    m_blocked = blocked;
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

// Hit-testing without a scene index asks every arrow whose rectangle holds the point, and long arrows have wide
// rectangles: the stroked shape is tested only near one of the arrow's curves, runs or its head.
bool FlowArrowItem::contains(const QPointF& point) const
{
    const auto near = [&point](const QRectF& rect) {
        return rect.adjusted(-kClickWidth, -kClickWidth, kClickWidth, kClickWidth).contains(point);
    };
    const bool nearPart = near(m_head.boundingRect()) ||
                          std::any_of(m_curves.begin(), m_curves.end(),
                                      [&near](const QPainterPath& curve) { return near(curve.controlPointRect()); }) ||
                          std::any_of(m_runs.begin(), m_runs.end(), [&near](const QLineF& run) {
                              return near(QRectF(run.p1(), run.p2()).normalized());
                          });
    return nearPart && shape().contains(point);
}

void FlowArrowItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const qreal width = m_width + (m_emphasis == Emphasis::Emphasised ? kEmphasisedExtraWidth : 0);
    const QColor colour = m_blocked ? WhatIfMarks::blockedColour() : m_colour;
    QPen pen = linePen(colour, width);
    if (m_blocked)
        pen.setStyle(Qt::DashLine);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    QRectF visible = option->exposedRect;
    if (painter->hasClipping())
        visible &= painter->clipBoundingRect();
    visible.adjust(-width, -width, width, width);
    for (const QPainterPath& curve : std::as_const(m_curves)) {
        // A level curve has a flat rectangle, which intersects nothing: give it some height.
        if (curve.controlPointRect().adjusted(-1, -1, 1, 1).intersects(visible))
            painter->drawPath(curve);
    }
    for (const QLineF& run : std::as_const(m_runs)) {
        const qreal left = qMax(qMin(run.x1(), run.x2()), visible.left());
        const qreal right = qMin(qMax(run.x1(), run.x2()), visible.right());
        // Runs are level (they follow a channel between card rows), so cutting them by x is enough.
        if (left < right && run.y1() >= visible.top() && run.y1() <= visible.bottom())
            painter->drawLine(QLineF(left, run.y1(), right, run.y2()));
    }
    paintHead(painter, m_head, colour);
}
