#include "views/export/legendstrip.h"

#include "views/diagram/diagramfont.h"

#include <QFontMetricsF>
#include <QPainter>

namespace {
constexpr qreal kPadding = 10;
constexpr qreal kSymbolGap = 5;  // between a symbol and its text
constexpr qreal kEntryGap = 18;  // between entries on a line
constexpr qreal kLineGap = 4;    // between lines of a section
constexpr qreal kSectionGap = 8; // between sections
} // namespace

LegendStrip::LegendStrip(qreal width)
    : m_font(diagramFont(0.85))
    , m_titleFont(diagramFont(0.85))
{
    m_titleFont.setBold(true);
    const QFontMetricsF metrics(m_font);
    const QFontMetricsF titleMetrics(m_titleFont);
    const qreal right = width - kPadding;
    qreal y = kPadding;
    QList<Placed> line; // placed at y, centred on the line's height once it is full
    const auto endLine = [&] {
        qreal height = 0;
        for (const Placed& placed : std::as_const(line))
            height = qMax(height, placed.rect.height());
        for (Placed& placed : line) {
            placed.rect.moveTop(y + (height - placed.rect.height()) / 2);
            m_placed.append(placed);
        }
        line.clear();
        y += height;
    };
    for (const SymbolLegend::Section& section : SymbolLegend::sections(SymbolLegend::Contents::WithoutFamilies)) {
        const QRectF title(kPadding, y, titleMetrics.horizontalAdvance(section.title) + 1, titleMetrics.height());
        line.append({title, section.title, std::nullopt, true});
        const qreal indent = title.right() + kEntryGap;
        qreal x = indent;
        for (const SymbolLegend::Entry& entry : section.entries) {
            const QSizeF symbol = SymbolLegend::symbolSize(entry);
            // A text wider than the room left on a line wraps within it.
            const qreal room = qMax(right - indent - symbol.width() - kSymbolGap, 60.0);
            const QRectF text = metrics.boundingRect(QRectF(0, 0, room, 1000), Qt::TextWordWrap, entry.text);
            // Some slack: a printer or PDF measures the same text a little wider than the screen.
            const qreal textWidth = text.width() * 1.03 + 2;
            const qreal entryWidth = symbol.width() + kSymbolGap + textWidth;
            if (x > indent && x + entryWidth > right) {
                endLine();
                y += kLineGap;
                x = indent;
            }
            line.append({QRectF(QPointF(x, y), symbol), {}, entry, false});
            line.append({QRectF(x + symbol.width() + kSymbolGap, y, textWidth, text.height()), entry.text, std::nullopt,
                         false});
            x += entryWidth + kEntryGap;
        }
        endLine();
        y += kSectionGap;
    }
    m_size = QSizeF(width, y - kSectionGap + kPadding);
}

void LegendStrip::paint(QPainter* painter, const QPointF& topLeft) const
{
    painter->save();
    painter->translate(topLeft);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QColor(0xb0, 0xb0, 0xb0));
    painter->setBrush(Qt::white);
    painter->drawRoundedRect(QRectF(QPointF(0, 0), m_size).adjusted(0.5, 0.5, -0.5, -0.5), 5, 5);
    for (const Placed& placed : m_placed) {
        if (placed.symbol) {
            SymbolLegend::paintSymbol(painter, placed.rect, *placed.symbol);
            continue;
        }
        painter->setFont(placed.title ? m_titleFont : m_font);
        painter->setPen(placed.title ? QColor(0x44, 0x44, 0x44) : QColor(Qt::black));
        painter->drawText(placed.rect, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignVCenter, placed.text);
    }
    painter->restore();
}
