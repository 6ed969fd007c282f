#include "views/diagram/whatifmarks.h"

#include <QPainter>
#include <QPolygonF>
#include <QRectF>

namespace WhatIfMarks {

QColor blockedColour()
{
    return {0xc6, 0x28, 0x28};
}

void paintLossBadge(QPainter* painter, const QRectF& box)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPolygonF triangle({QPointF(box.center().x(), box.top()), box.bottomRight(), box.bottomLeft()});
    painter->setPen(QPen(QColor(0x8a, 0x4b, 0x00), 1));
    painter->setBrush(QColor(0xff, 0xb3, 0x00));
    painter->drawPolygon(triangle);
    QFont font = painter->font();
    font.setBold(true);
    font.setPixelSize(int(box.height() * 0.7));
    painter->setFont(font);
    painter->setPen(Qt::black);
    painter->drawText(box.adjusted(0, box.height() * 0.2, 0, 0), Qt::AlignCenter, QStringLiteral("!"));
    painter->restore();
}

} // namespace WhatIfMarks
