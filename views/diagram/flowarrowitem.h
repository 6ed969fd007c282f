#pragma once

#include "views/diagram/emphasis.h"

#include <QColor>
#include <QGraphicsItem>
#include <QLineF>
#include <QList>
#include <QPainterPath>
#include <QPolygonF>

// A required flow on the diagram: a curve from initiator to listener in its family's colour, ending in an arrowhead.
// It stands for one or more matrix rows (all rules of one family between two cards, or between two whole lanes) and
// is drawn behind the cards and the firewall chips so that it never hides their text.
class FlowArrowItem final : public QGraphicsItem
{
public:
    // A bundled arrow stands for the servers of a whole lane and is drawn thicker.
    // title: the first line of its tooltip, which the scene writes when the arrow is hovered (FlowRouter::toolTip).
    FlowArrowItem(const QPainterPath& path, const QString& family, const QString& title, const QList<int>& rows,
                  bool bundled, QGraphicsItem* parent = nullptr);

    const QPainterPath& path() const { return m_path; }
    const QString& family() const { return m_family; }
    const QString& title() const { return m_title; }
    void setTitle(const QString& title) { m_title = title; }
    const QColor& colour() const { return m_colour; }
    const QList<int>& rows() const { return m_rows; }
    Emphasis emphasis() const { return m_emphasis; }
    void setEmphasis(Emphasis emphasis);
    // What-if: the arrow carries a blocked rule a flow needs; drawn red and dashed.
    bool isBlocked() const { return m_blocked; }
    void setBlocked(bool blocked);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    bool contains(const QPointF& point) const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    // A straight arrow of this family along line, as the diagram draws its arrows: the legend's sample.
    static void paintSample(QPainter* painter, const QLineF& line, const QString& family, bool bundled);

private:
    static QPolygonF head(const QPointF& tip, QPointF along);
    static void paintHead(QPainter* painter, const QPolygonF& head, const QColor& colour);
    static QPen linePen(const QColor& colour, qreal width);

    QPainterPath m_path;
    QList<QPainterPath> m_curves; // m_path cut into its curves and its straight runs

    QList<QLineF> m_runs;
    QPolygonF m_head;
    QString m_family;
    QString m_title;
    QColor m_colour;
    QList<int> m_rows;
    qreal m_width;
    Emphasis m_emphasis = Emphasis::Normal;
    bool m_blocked = false;
    mutable QPainterPath m_shape; // computed on the first hit test: most arrows are never hit-tested
};
