#include "views/diagram/firewallitem.h"

#include "views/diagram/boundaryitem.h"
#include "views/diagram/diagramfont.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

namespace {
constexpr qreal kPadding = 8;
constexpr qreal kSymbolWidth = 18;
constexpr qreal kSymbolHeight = 14;
constexpr qreal kLegWidth = 3;
const QColor Brick(0xb5, 0x4a, 0x3c); // the firewall bars' colour
const QColor Selected(0x1f, 0x6f, 0xd1);

// A small brick wall: the firewall symbol.
void paintWall(QPainter* painter, const QRectF& box, const QColor& colour)
{
    painter->setPen(QPen(Qt::white, 1));
    painter->setBrush(colour);
    painter->drawRect(box);
    const qreal course = box.height() / 3;
    for (int i = 1; i < 3; ++i)
        painter->drawLine(QLineF(box.left(), box.top() + i * course, box.right(), box.top() + i * course));
    for (int i = 0; i < 3; ++i) {
        const qreal offset = (i % 2) ? box.width() / 4 : box.width() / 2;
        for (qreal x = box.left() + offset; x < box.right() - 1; x += box.width() / 2)
            painter->drawLine(QLineF(x, box.top() + i * course, x, box.top() + (i + 1) * course));
    }
}

QColor legColour(Emphasis emphasis)
{
    return emphasis == Emphasis::Emphasised ? Selected
           : emphasis == Emphasis::Dimmed   ? QColor(0xc4, 0xc4, 0xc4)
                                            : Brick;
}
} // namespace

FirewallItem::FirewallItem(const FirewallPlacement& placement, QGraphicsItem* parent)
    : QGraphicsItem(parent)
    , m_placement(placement)
{}

void FirewallItem::setEmphasis(Emphasis emphasis)
{
    if (emphasis == m_emphasis)
        return;
    m_emphasis = emphasis;
    update();
}

void FirewallItem::setSelected(bool selected)
{
    if (selected == m_selected)
        return;
    m_selected = selected;
    update();
}

QFont FirewallItem::nameFont()
{
    QFont font = diagramFont();
    font.setBold(true);
    return font;
}

qreal FirewallItem::blockWidth(const QString& name)
{
    return kPadding + kSymbolWidth + 6 + QFontMetricsF(nameFont()).horizontalAdvance(name) + kPadding;
}

qreal FirewallItem::labelWidth(const QString& interfaceName)
{
    return QFontMetricsF(BoundaryItem::chipFont()).horizontalAdvance(interfaceName) + 2 * BoundaryItem::ChipPadding + 4;
}

QRectF FirewallItem::boundingRect() const
{
    QRectF rect = m_placement.blockRect;
    for (const FirewallLeg& leg : m_placement.legs)
        rect |= QRectF(leg.x - kLegWidth, rect.top(), 2 * kLegWidth, -rect.top()) | leg.labelRect;
    return rect.adjusted(-2, -2, 2, 2);
}

QPainterPath FirewallItem::shape() const
{
    QPainterPath path;
    path.setFillRule(Qt::WindingFill); // a leg runs under its label: the overlap is part of the item too
    path.addRect(m_placement.blockRect);
    for (const FirewallLeg& leg : m_placement.legs) {
        path.addRect(
            QRectF(leg.x - kLegWidth, m_placement.blockRect.bottom(), 2 * kLegWidth, -m_placement.blockRect.bottom()));
        path.addRect(leg.labelRect);
    }
    return path;
}

void FirewallItem::paintBlock(QPainter* painter, const QRectF& box, const QString& name, Emphasis emphasis,
                              bool selected)
{
    QPen border(Brick, 1.5);
    QColor fill(0xfb, 0xea, 0xe6);
    QColor ink(0x3a, 0x14, 0x10);
    QColor wall = Brick;
    if (selected) {
        border = QPen(Selected, 3);
        fill = QColor(0xe8, 0xf1, 0xfc);
    } else if (emphasis == Emphasis::Emphasised) {
        border = QPen(Selected, 2);
    } else if (emphasis == Emphasis::Dimmed) {
        border = QPen(QColor(0xc4, 0xc4, 0xc4));
        fill = QColor(0xf2, 0xf2, 0xf2);
        ink = QColor(0x8c, 0x8c, 0x8c);
        wall = QColor(0xc4, 0xc4, 0xc4);
    }
    painter->setPen(border);
    painter->setBrush(fill);
    painter->drawRoundedRect(box, 5, 5);
    // Alone (the legend's sample), the symbol stands in the middle.
    const qreal symbolLeft = name.isEmpty() ? box.center().x() - kSymbolWidth / 2 : box.left() + kPadding;
    const QRectF symbol(symbolLeft, box.center().y() - kSymbolHeight / 2, kSymbolWidth, kSymbolHeight);
    paintWall(painter, symbol, wall);
    if (name.isEmpty())
        return;
    painter->setFont(nameFont());
    painter->setPen(ink);
    const QRectF text(symbol.right() + 6, box.top(), box.right() - kPadding - symbol.right() - 6, box.height());
    painter->drawText(text, Qt::AlignCenter,
                      QFontMetricsF(painter->font()).elidedText(name, Qt::ElideRight, text.width()));
}

void FirewallItem::paintLeg(QPainter* painter, qreal x, qreal top, qreal bottom, Emphasis emphasis)
{
    painter->setPen(QPen(legColour(emphasis), kLegWidth, Qt::SolidLine, Qt::FlatCap));
    painter->drawLine(QLineF(x, top, x, bottom));
}

void FirewallItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const Emphasis legs = m_selected ? Emphasis::Emphasised : m_emphasis;
    for (const FirewallLeg& leg : std::as_const(m_placement.legs))
        paintLeg(painter, leg.x, m_placement.blockRect.bottom(), 0, legs);
    paintBlock(painter, m_placement.blockRect, m_placement.name, m_emphasis, m_selected);
    painter->setFont(BoundaryItem::chipFont());
    const QFontMetricsF metrics(painter->font());
    for (const FirewallLeg& leg : std::as_const(m_placement.legs)) {
        // The local zone's leg: a filled label, the zone's servers are the firewall itself.
        painter->setPen(QPen(legColour(legs), 1));
        painter->setBrush(leg.host ? legColour(legs) : QColor(Qt::white));
        painter->drawRoundedRect(leg.labelRect, 4, 4);
        const QColor ink =
            leg.host ? QColor(Qt::white)
                     : (m_emphasis == Emphasis::Dimmed && !m_selected ? QColor(0x8c, 0x8c, 0x8c) : QColor(Qt::black));
        painter->setPen(ink);
        const QRectF text = leg.labelRect.adjusted(2, 0, -2, 0);
        painter->drawText(text, Qt::AlignCenter, metrics.elidedText(leg.interfaceName, Qt::ElideRight, text.width()));
    }
}
