#include "views/boundaryitem.h"

#include <QFontMetrics>
#include <QPainter>

namespace {
constexpr qreal kChipMargin = 6;
}

BoundaryItem::BoundaryItem(qreal height, const QStringList& chips, const QStringList& highlighted,
                           QGraphicsItem* parent)
    : QGraphicsItem(parent)
    , m_height(height)
    , m_chips(chips)
    , m_highlighted(highlighted)
{
    setToolTip(chips.join(u'\n'));
}

void BoundaryItem::clearHighlight()
{
    m_highlighted.clear();
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

    QFont font = painter->font();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    painter->setFont(font);
    const QFontMetrics metrics(font);
    qreal y = 40;
    for (const QString& chip : m_chips) {
        const QRect textRect =
            metrics.boundingRect(QRect(0, 0, int(Width - 2 * kChipMargin - 8), 1000), Qt::TextWordWrap, chip);
        const QRectF box(kChipMargin, y, Width - 2 * kChipMargin, textRect.height() + 8);
        const bool fresh = m_highlighted.contains(chip);
        painter->setPen(fresh ? QPen(QColor(0xe6, 0x8a, 0x00), 2) : QPen(QColor(0x70, 0x70, 0x70)));
        painter->setBrush(fresh ? QColor(0xff, 0xe0, 0x8a) : QColor(0xff, 0xf8, 0xe1));
        painter->drawRoundedRect(box, 5, 5);
        painter->setPen(Qt::black);
        painter->drawText(box.adjusted(4, 4, -4, -4), Qt::TextWordWrap | Qt::AlignLeft, chip);
        y = box.bottom() + 6;
    }
}
