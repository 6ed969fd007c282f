#include "views/diagram/boundaryitem.h"

#include "views/diagram/diagramfont.h"
#include "views/probing/probestatestyle.h"

#include <QCoreApplication>
#include <QFontMetrics>
#include <QPainter>

namespace {
constexpr qreal kChipMargin = 6;
constexpr qreal kFirstChipTop = 40;
constexpr qreal kCaptionTop = 10; // the caption sits level with the lanes' titles, above the first chip
constexpr qreal kCaptionHeight = 22;
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

void BoundaryItem::setChipBlocks(const QList<ChipBlock>& blocks)
{
    if (blocks == m_blocks)
        return;
    m_blocks = blocks;
    update();
}

void BoundaryItem::setFirewallNames(const std::optional<QStringList>& names)
{
    if (names == m_firewallNames)
        return;
    m_firewallNames = names;
    QStringList tip;
    if (names) {
        tip.append(
            names->isEmpty()
                ? QCoreApplication::translate("BoundaryItem", "No firewall joins these zones")
                : QCoreApplication::translate("BoundaryItem", "Firewall: %1").arg(names->join(QStringLiteral(", "))));
    }
    tip.append(m_chips);
    setToolTip(tip.join(u'\n'));
    update();
}

QRectF BoundaryItem::captionRect() const
{
    return {kChipMargin, kCaptionTop, Width - 2 * kChipMargin, kCaptionHeight};
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
    if (look.blocked != ChipBlock::None) {
        border = QPen(WhatIfMarks::blockedColour(), 2, look.blocked == ChipBlock::Fully ? Qt::SolidLine : Qt::DashLine);
        ink = look.blocked == ChipBlock::Fully ? WhatIfMarks::blockedColour() : ink;
    }
    painter->setPen(border);
    painter->setBrush(fill);
    painter->drawRoundedRect(box, 5, 5);
    painter->setPen(ink);
    const QFont font = painter->font();
    if (look.mark.struck || look.blocked == ChipBlock::Fully) {
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
    if (m_firewallNames) {
        // A boundary no firewall spans is a gap in the plan (its rows are unrouted): a dashed grey caption.
        const bool none = m_firewallNames->isEmpty();
        painter->setPen(none ? QPen(QColor(0x80, 0x80, 0x80), 1, Qt::DashLine) : QPen(QColor(0xb5, 0x4a, 0x3c), 1));
        painter->setBrush(Qt::white);
        painter->drawRoundedRect(captionRect(), 4, 4);
        QFont font = m_font;
        font.setItalic(none);
        painter->setFont(font);
        painter->setPen(none ? QColor(0x60, 0x60, 0x60) : QColor(0x3a, 0x14, 0x10));
        const QString text = none ? QCoreApplication::translate("BoundaryItem", "No firewall")
                                  : m_firewallNames->join(QStringLiteral(", "));
        const QRectF box = captionRect().adjusted(ChipPadding, 0, -ChipPadding, 0);
        painter->drawText(box, Qt::AlignCenter, QFontMetricsF(font).elidedText(text, Qt::ElideRight, box.width()));
        painter->setFont(m_font);
    }
    for (int i = 0; i < m_chips.size(); ++i) {
        const ChipLook look{m_states.value(i), m_highlighted.contains(m_chips.at(i)),
                            m_emphasis.value(i, Emphasis::Normal), m_marks.value(i),
                            m_blocks.value(i, ChipBlock::None)};
        paintChip(painter, m_chipRects.at(i), m_chips.at(i), look);
    }
}
