#include "views/diagram/legenditem.h"

#include "views/diagram/diagramfont.h"
#include "views/diagram/flowarrowitem.h"
#include "views/diagram/flowfamily.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

namespace {
constexpr qreal kHeight = 26;
constexpr qreal kSwatch = 22;
constexpr qreal kPadding = 8;
constexpr qreal kSpacing = 16;
} // namespace

LegendItem::LegendItem(const QStringList& families, QGraphicsItem* parent)
    : QGraphicsItem(parent)
    , m_families(families)
    , m_font(diagramFont())
{
    m_names.append(QCoreApplication::translate("LegendItem", "Flows:"));
    for (const QString& family : families)
        m_names.append(FlowFamily::displayName(family));
    const QFontMetricsF metrics(m_font);
    qreal x = kPadding + metrics.horizontalAdvance(m_names.constFirst()) + kSpacing;
    for (int i = 0; i < families.size(); ++i) {
        m_offsets.append(x);
        x += kSwatch + 6 + metrics.horizontalAdvance(m_names.at(i + 1)) + kSpacing;
    }
    m_width = x - kSpacing + kPadding;
}

QRectF LegendItem::boundingRect() const
{
    return {0, 0, m_width, kHeight};
}

void LegendItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QColor(0xb0, 0xb0, 0xb0));
    painter->setBrush(Qt::white);
    painter->drawRoundedRect(boundingRect().adjusted(0.5, 0.5, -0.5, -0.5), 5, 5);
    painter->setFont(m_font);
    painter->setPen(QColor(0x44, 0x44, 0x44));
    painter->drawText(QRectF(kPadding, 0, m_width, kHeight), Qt::AlignLeft | Qt::AlignVCenter, m_names.constFirst());
    for (int i = 0; i < m_families.size(); ++i) {
        const qreal x = m_offsets.at(i);
        FlowArrowItem::paintSample(painter, QLineF(x, kHeight / 2, x + kSwatch, kHeight / 2), m_families.at(i), false);
        painter->setPen(Qt::black);
        painter->drawText(QRectF(x + kSwatch + 6, 0, m_width, kHeight), Qt::AlignLeft | Qt::AlignVCenter,
                          m_names.at(i + 1));
    }
}
