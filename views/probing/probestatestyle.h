#pragma once

#include "probe/proberesult.h"

#include <QColor>
#include <QList>
#include <QString>

// How the window shows a probe state: one colour everywhere (card dots, chips, the matrix, the dashboard), from the
// Okabe–Ito palette so that it reads for colour-blind users, and a translated name.
QColor probeStateColour(ProbeState state);
QString probeStateName(ProbeState state);
// Every state, in the order legends list them: good first, then the failures.
const QList<ProbeState>& probeStatesInOrder();
