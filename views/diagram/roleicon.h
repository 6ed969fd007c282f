#pragma once

#include <QIcon>
#include <QString>

class QPainter;
class QRectF;

// The flat SVG icon of a role, infrastructure or actor id (":/icons/<role-id>.svg"), or the generic one for an id
// without its own picture.
QString roleIconPath(const QString& roleId);
QIcon roleIcon(const QString& roleId);
// Paints the icon into target from a pixmap rendered once per role and device size (in QPixmapCache): cards paint
// it on every frame.
void paintRoleIcon(QPainter* painter, const QRectF& target, const QString& roleId);
