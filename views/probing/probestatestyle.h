#pragma once

#include "probe/proberesult.h"

#include <QColor>
#include <QList>
#include <QString>

// How the window shows a probe state: one colour everywhere (card dots, chips, the matrix, the dashboard, the legend),
// from the Okabe–Ito palette so that it reads for colour-blind users (but for the reds of a required port that is not
// open), a translated name and what the state means, for the legend.
QColor probeStateColour(ProbeState state);
QString probeStateName(ProbeState state);
QString probeStateMeaning(ProbeState state);
// Every state, in the order legends list them: good first, then the failures.
const QList<ProbeState>& probeStatesInOrder();
