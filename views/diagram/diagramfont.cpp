#include "views/diagram/diagramfont.h"

#include <QGuiApplication>

QFont diagramFont(qreal scale)
{
    QFont font = QGuiApplication::font();
    const qreal points = font.pointSizeF() > 0 ? font.pointSizeF() : 9;
    font.setPixelSize(qMax(6, qRound(points * 96 / 72 * scale)));
    return font;
}
