#pragma once

#include <QColor>
#include <QString>
#include <QStringList>

// The families of catalog entries (mail, web, rpc, ...) as the diagram draws them. Colours are the Okabe–Ito palette,
// which colour-blind readers can tell apart; yellow is left out because it vanishes on the pale lanes.
namespace FlowFamily {
QColor colour(const QString& family);
QString displayName(const QString& family);
// Position in the legend; unknown families sort last.
int order(const QString& family);
// The family of an arrow that stands for flows of several families, in dark grey.
QString several();
// Every family, in legend order, several() last.
QStringList all();
} // namespace FlowFamily
