#include "views/diagram/actorbadgeitem.h"

#include "views/diagram/diagramfont.h"
#include "views/diagram/roleicon.h"
#include "views/diagram/whatifmarks.h"

#include <QFontMetricsF>
#include <QPainter>

ActorBadgeItem::ActorBadgeItem(const QString& actorId, const QString& roleId, const QString& name, qreal width,
                               QGraphicsItem* parent)
    : QGraphicsItem(parent)
    , m_actorId(actorId)
    , m_roleId(roleId)
    , m_name(name)
    , m_width(width)
{
    setToolTip(name);
}

void ActorBadgeItem::setEmphasis(Emphasis emphasis)
{
    if (emphasis == m_emphasis)
        return;
    m_emphasis = emphasis;
    setOpacity(emphasis == Emphasis::Dimmed ? 0.35 : 1.0);
    update();
}

void ActorBadgeItem::setLosesFlow(bool loses)
{
    if (loses == m_losesFlow)
        return;
    m_losesFlow = loses;
    update();
}

QRectF ActorBadgeItem::boundingRect() const
{
    return {0, 0, m_width, Height};
}

void ActorBadgeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const bool emphasised = m_emphasis == Emphasis::Emphasised;
    painter->setPen(QPen(emphasised ? QColor(0x1f, 0x6f, 0xd1) : QColor(0x99, 0x99, 0x99), emphasised ? 2 : 1,
                         emphasised ? Qt::SolidLine : Qt::DashLine));
    painter->setBrush(QColor(255, 255, 255, 190));
    painter->drawRoundedRect(boundingRect().adjusted(0.5, 0.5, -0.5, -0.5), Height / 2, Height / 2);
    paintRoleIcon(painter, QRectF(3, 3, Height - 6, Height - 6), m_roleId);
    QFont font = diagramFont();
    font.setItalic(true);
    painter->setFont(font);
    painter->setPen(QColor(0x33, 0x33, 0x33));
    const qreal badge = m_losesFlow ? 18 : 0; // room for the warning badge at the right end
    const QRectF text(Height + 2, 0, m_width - Height - 10 - badge, Height);
    painter->drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetricsF(font).elidedText(m_name, Qt::ElideRight, text.width()));
    if (m_losesFlow)
        WhatIfMarks::paintLossBadge(painter, QRectF(m_width - 22, 5, 16, 14));
}
