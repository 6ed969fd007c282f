#include "views/diagram/boundaryitem.h"

#include "views/diagram/diagramfont.h"
#include "views/probing/probestatestyle.h"

#include <QFontMetrics>
#include <QPainter>

namespace {
constexpr qreal kChipMargin = 6;
constexpr qreal kFirstChipTop = 40;
} // namespace

BoundaryItem::BoundaryItem(qreal height, const QStringList& chips, const QStringList& highlighted,
                           QGraphicsItem* parent)
    : QGraphicsItem(parent)
    , m_height(height)
    , m_chips(chips)
    , m_highlighted(highlighted)
{
    setToolTip(chips.join(u'\n'));
    m_font = diagramFont(0.85);
    const QFontMetrics metrics(m_font);
    qreal y = kFirstChipTop;
    for (const QString& chip : m_chips) {
        const QRect textRect =
            metrics.boundingRect(QRect(0, 0, int(Width - 2 * kChipMargin - 8), 1000), Qt::TextWordWrap, chip);
        m_chipRects.append(QRectF(kChipMargin, y, Width - 2 * kChipMargin, textRect.height() + 8));
        y = m_chipRects.constLast().bottom() + 6;
    }
}

int BoundaryItem::chipAt(const QPointF& pos) const
{
    for (int i = 0; i < m_chipRects.size(); ++i) {
        if (m_chipRects.at(i).contains(pos))
            return i;
    }
    return -1;
}

void BoundaryItem::clearHighlight()
{
    m_highlighted.clear();
    update();
}

void BoundaryItem::setChipEmphasis(const QList<Emphasis>& emphasis)
{
    if (emphasis == m_emphasis)
        return;
    m_emphasis = emphasis;
    update();
}

void BoundaryItem::setChipStates(const QList<std::optional<ProbeState>>& states)
{
    if (states == m_states)
        return;
    m_states = states;
    update();
}

QRectF BoundaryItem::boundingRect() const
{
    return {0, 0, Width, m_height};
}

void BoundaryItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    painter->setRenderHint(QPainter::Antialiasing);
    // The firewall bar itself, brick red down the middle.
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0xb5, 0x4a, 0x3c));
    painter->drawRect(QRectF(Width / 2 - 4, 0, 8, m_height));

    painter->setFont(m_font);
    const qreal opacity = painter->opacity();
    for (int i = 0; i < m_chips.size(); ++i) {
        const QRectF& box = m_chipRects.at(i);
        const Emphasis emphasis = m_emphasis.value(i, Emphasis::Normal);
        const bool fresh = m_highlighted.contains(m_chips.at(i));
        QPen border(QColor(0x70, 0x70, 0x70));
        QColor fill(0xff, 0xf8, 0xe1);
        if (const std::optional<ProbeState> state = m_states.value(i))
            border = QPen(probeStateColour(*state), 2.5);
        if (fresh) {
            border = QPen(QColor(0xe6, 0x8a, 0x00), 2);
            fill = QColor(0xff, 0xe0, 0x8a);
        } else if (emphasis == Emphasis::Emphasised) {
            border = QPen(QColor(0x1f, 0x6f, 0xd1), 2.5);
            fill = QColor(0xe8, 0xf1, 0xfc);
        }
        painter->setOpacity(emphasis == Emphasis::Dimmed ? opacity * 0.4 : opacity);
        painter->setPen(border);
        painter->setBrush(fill);
        painter->drawRoundedRect(box, 5, 5);
        painter->setPen(Qt::black);
        painter->drawText(box.adjusted(4, 4, -4, -4), Qt::TextWordWrap | Qt::AlignLeft, m_chips.at(i));
    }
    painter->setOpacity(opacity);
}
