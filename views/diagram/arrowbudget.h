#pragma once

#include <QHash>
#include <QList>
#include <QString>

struct PortMatrix;

// Which lanes get one arrow per (lane, lane, family) instead of one per card. A lane with more than
// maxCardsWithOwnArrows cards always does. When the arrows of the other lanes' cards could exceed the budget of the
// whole diagram (50 small zones: tens of thousands), lanes are bundled too, the one whose bundling saves most arrows
// first, until the count fits. The count is an upper bound worked out from the matrix: per (family, zone, zone), the
// distinct cards (or, bundled, the roles) at each end, multiplied.
QList<bool> bundledLanes(const PortMatrix& matrix, const QHash<QString, int>& zoneIndex,
                         const QList<qsizetype>& cardsPerLane, int maxCardsWithOwnArrows, int budget);
