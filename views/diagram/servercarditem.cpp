#include "views/diagram/servercarditem.h"

#include "model/deploymentdata.h"
#include "views/probing/probestatestyle.h"
#include "views/diagram/diagramfont.h"
#include "views/diagram/roleicon.h"
#include "views/diagram/whatifmarks.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace {
constexpr int kMaxDots = 12;
constexpr qreal kIconSize = 30;
constexpr qreal kTextLeft = 48; // right of the icon

QString detailOf(const Server& server, const QString& rolesText)
{
    return server.host.isEmpty() ? rolesText : server.host + QStringLiteral(" · ") + rolesText;
}
} // namespace

ServerCardItem::ServerCardItem(const Server& server, const QString& rolesText, int portCount, QGraphicsItem* parent)
    : QGraphicsObject(parent)
    , m_serverId(server.id)
    , m_roleId(server.roles.value(0))
    , m_name(server.name)
    , m_detail(detailOf(server, rolesText))
    , m_portCount(portCount)
{
    setFlags(ItemIsSelectable | ItemIsMovable);
    setToolTip(m_name + u'\n' + m_detail);
}

bool ServerCardItem::shows(const Server& server, const QString& rolesText, int portCount) const
{
    return server.id == m_serverId && server.roles.value(0) == m_roleId && server.name == m_name &&
           portCount == m_portCount && detailOf(server, rolesText) == m_detail;
}

QString ServerCardItem::PortDot::text() const
{
    const ProbeResult& result = observation.result;
    QStringList lines{transportId(result.transport) + u'/' + QString::number(result.port) + u' ' +
                      ProbeObservations::describe(observation, vantageName)};
    if (!result.banner.isEmpty())
        lines.append(QStringLiteral("  ") + result.banner);
    if (result.tls && !result.tls->subject.isEmpty())
        lines.append(QCoreApplication::translate("ServerCardItem", "  certificate %1, valid until %2")
                         .arg(result.tls->subject, QLocale().toString(result.tls->notAfter, QLocale::ShortFormat)));
    return lines.join(u'\n');
}

void ServerCardItem::setPortDots(const QList<PortDot>& dots)
{
    if (dots.isEmpty() && m_dots.isEmpty())
        return;
    m_dots = dots;
    update();
}

QString ServerCardItem::toolTipText() const
{
    QStringList lines{m_name, m_detail};
    for (const PortDot& dot : m_dots)
        lines.append(dot.text());
    return lines.join(u'\n');
}

void ServerCardItem::setEmphasis(Emphasis emphasis)
{
    if (emphasis == m_emphasis)
        return;
    m_emphasis = emphasis;
    setOpacity(emphasis == Emphasis::Dimmed ? 0.4 : 1.0);
    update();
}

void ServerCardItem::setLosesFlow(bool loses)
{
    if (loses == m_losesFlow)
        return;
    m_losesFlow = loses;
    update();
}

QRectF ServerCardItem::boundingRect() const
{
    return {0, 0, Width, Height};
}

void ServerCardItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const bool selected = option->state & QStyle::State_Selected;
    QPen border(QColor(0x90, 0x90, 0x90), 1);
    if (selected)
        border = QPen(QColor(0x1f, 0x6f, 0xd1), 2);
    else if (m_emphasis == Emphasis::Emphasised)
        border = QPen(QColor(0x1f, 0x6f, 0xd1), 3);
    painter->setPen(border);
    painter->setBrush(m_emphasis == Emphasis::Emphasised ? QColor(0xe8, 0xf1, 0xfc) : QColor(Qt::white));
    painter->drawRoundedRect(boundingRect().adjusted(1, 1, -1, -1), 6, 6);

    paintRoleIcon(painter, QRectF(9, (Height - kIconSize) / 2, kIconSize, kIconSize), m_roleId);
    if (m_losesFlow)
        WhatIfMarks::paintLossBadge(painter, QRectF(Width - 22, Height - 20, 16, 14));

    // Eliding measures text: done once per font, not on every frame.
    const qreal textWidth = Width - kTextLeft - 8;
    QFont bold = diagramFont();
    bold.setBold(true);
    const QFont small = diagramFont(0.85);
    if (!m_elidedFor || *m_elidedFor != bold) {
        m_elidedFor = bold;
        m_elidedName = QFontMetrics(bold).elidedText(m_name, Qt::ElideRight, int(textWidth));
        m_elidedDetail = QFontMetrics(small).elidedText(m_detail, Qt::ElideRight, int(textWidth));
    }
    painter->setFont(bold);
    painter->setPen(Qt::black);
    painter->drawText(QRectF(kTextLeft, 6, textWidth, 20), Qt::AlignLeft | Qt::AlignVCenter, m_elidedName);
    painter->setFont(small);
    painter->setPen(QColor(0x50, 0x50, 0x50));
    painter->drawText(QRectF(kTextLeft, 26, textWidth, 18), Qt::AlignLeft | Qt::AlignVCenter, m_elidedDetail);

    // Probed ports first, in their state's colour (an outline when not verified from here), then the rest grey.
    const int dots = qMin(qMax(m_portCount, int(m_dots.size())), kMaxDots);
    for (int i = 0; i < dots; ++i) {
        const QRectF dot(kTextLeft + i * 12, 50, DotSize, DotSize);
        if (i < m_dots.size())
            paintPortDot(painter, dot, m_dots.at(i).state(), m_dots.at(i).verified);
        else
            paintPortDot(painter, dot, std::nullopt, false);
    }
}

void ServerCardItem::paintPortDot(QPainter* painter, const QRectF& dot, std::optional<ProbeState> state, bool verified)
{
    if (!state) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0xb0, 0xb0, 0xb0));
        painter->drawEllipse(dot);
        return;
    }
    const QColor colour = probeStateColour(*state);
    painter->setPen(QPen(colour, 1.6));
    painter->setBrush(verified ? QBrush(colour) : QBrush(Qt::white));
    painter->drawEllipse(dot.adjusted(0.5, 0.5, -0.5, -0.5));
}
