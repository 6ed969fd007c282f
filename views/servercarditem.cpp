#include "views/servercarditem.h"

#include "model/deploymentdata.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace {
constexpr int kMaxDots = 12;
}

ServerCardItem::ServerCardItem(const Server& server, const QString& rolesText, int portCount, QGraphicsItem* parent)
    : QGraphicsObject(parent)
    , m_serverId(server.id)
    , m_name(server.name)
    , m_detail(server.host.isEmpty() ? rolesText : server.host + QStringLiteral(" · ") + rolesText)
    , m_portCount(portCount)
{
    setFlags(ItemIsSelectable | ItemIsMovable);
    setToolTip(m_name + u'\n' + m_detail);
}

QRectF ServerCardItem::boundingRect() const
{
    return {0, 0, Width, Height};
}

void ServerCardItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const bool selected = option->state & QStyle::State_Selected;
    painter->setPen(QPen(selected ? QColor(0x1f, 0x6f, 0xd1) : QColor(0x90, 0x90, 0x90), selected ? 2 : 1));
    painter->setBrush(Qt::white);
    painter->drawRoundedRect(boundingRect().adjusted(1, 1, -1, -1), 6, 6);

    QFont font = painter->font();
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(Qt::black);
    const QFontMetrics bold(font);
    painter->drawText(QRectF(10, 6, Width - 20, 20), Qt::AlignLeft | Qt::AlignVCenter,
                      bold.elidedText(m_name, Qt::ElideRight, int(Width - 20)));
    font.setBold(false);
    font.setPointSizeF(font.pointSizeF() * 0.85);
    painter->setFont(font);
    painter->setPen(QColor(0x50, 0x50, 0x50));
    painter->drawText(QRectF(10, 26, Width - 20, 18), Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(font).elidedText(m_detail, Qt::ElideRight, int(Width - 20)));

    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0xb0, 0xb0, 0xb0));
    for (int i = 0; i < qMin(m_portCount, kMaxDots); ++i)
        painter->drawEllipse(QRectF(10 + i * 12, 50, 7, 7));
}
