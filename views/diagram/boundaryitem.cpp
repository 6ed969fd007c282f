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
    m_font = chipFont();
    const QFontMetrics metrics(m_font);
    qreal y = kFirstChipTop;
    for (const QString& chip : m_chips) {
        const QRect textRect = metrics.boundingRect(QRect(0, 0, int(Width - 2 * kChipMargin - 2 * ChipPadding), 1000),
                                                    Qt::TextWordWrap, chip);
        m_chipRects.append(QRectF(kChipMargin, y, Width - 2 * kChipMargin, textRect.height() + 2 * ChipPadding));
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

void BoundaryItem::setChipMarks(const QList<ChipMark>& marks)
{
    if (marks == m_marks)
        return;
    m_marks = marks;
    update();
}

QRectF BoundaryItem::boundingRect() const
{
    return {0, 0, Width, m_height};
}

QFont BoundaryItem::chipFont()
{
    return diagramFont(0.85);
}

void BoundaryItem::paintBar(QPainter* painter, qreal x, qreal top, qreal height)
{
    // Brick red, the colour of a firewall.
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0xb5, 0x4a, 0x3c));
    painter->drawRect(QRectF(x - 4, top, 8, height));
}

void BoundaryItem::paintChip(QPainter* painter, const QRectF& box, const QString& text, const ChipLook& look)
{
    QPen border(QColor(0x70, 0x70, 0x70));
    QColor fill(0xff, 0xf8, 0xe1);
    QColor ink(Qt::black);
    if (look.mark.fill.isValid()) {
        border = QPen(look.mark.fill.darker(170), 1.5);
        fill = look.mark.fill;
    }
    if (look.state)
        border = QPen(probeStateColour(*look.state), 2.5);
    if (look.fresh) {
        border = QPen(QColor(0xe6, 0x8a, 0x00), 2);
        fill = QColor(0xff, 0xe0, 0x8a);
    } else if (look.emphasis == Emphasis::Emphasised) {
        border = QPen(QColor(0x1f, 0x6f, 0xd1), 2.5);
        fill = QColor(0xe8, 0xf1, 0xfc);
    } else if (look.emphasis == Emphasis::Dimmed) {
        // Opaque and grey rather than see-through: on a dark window the background would show through and swallow
        // the text.
        border = QPen(QColor(0xc4, 0xc4, 0xc4));
        fill = QColor(0xf2, 0xf2, 0xf2);
        ink = QColor(0x8c, 0x8c, 0x8c);
    }
    painter->setPen(border);
    painter->setBrush(fill);
    painter->drawRoundedRect(box, 5, 5);
    painter->setPen(ink);
    const QFont font = painter->font();
    if (look.mark.struck) {
        QFont struck = font;
        struck.setStrikeOut(true);
        painter->setFont(struck);
    }
    painter->drawText(box.adjusted(ChipPadding, ChipPadding, -ChipPadding, -ChipPadding),
                      Qt::TextWordWrap | Qt::AlignLeft, text);
    painter->setFont(font);
}

void BoundaryItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    painter->setRenderHint(QPainter::Antialiasing);
    paintBar(painter, Width / 2, 0, m_height);

    painter->setFont(m_font);
    for (int i = 0; i < m_chips.size(); ++i) {
        const ChipLook look{m_states.value(i), m_highlighted.contains(m_chips.at(i)),
                            m_emphasis.value(i, Emphasis::Normal), m_marks.value(i)};
        paintChip(painter, m_chipRects.at(i), m_chips.at(i), look);
    }
}
