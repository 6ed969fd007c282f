#pragma once

#include "views/diagram/flowrouter.h"

// How coarse the arrows of a diagram are, so that their count stays within a budget for the whole diagram.
struct ArrowGrain
{
    QList<bool> bundledLanes; // zone → one arrow per (lane, lane, family) instead of one per card
    bool lanePairs = false;   // one arrow per pair of lanes for all families, actors' badges included in their lane
};

// A lane with more than maxCardsWithOwnArrows cards is always bundled. When the arrows of the other lanes' cards could
// exceed the budget (50 small zones: tens of thousands), lanes are bundled too, the one whose bundling saves most
// arrows first, until the count fits. If bundling every lane is not enough (40 sites whose servers and clients each
// talk to the other 39 in several families), each pair of lanes shares one arrow. The count is an upper bound worked
// out from the matrix: per (family, zone, zone), the distinct cards (or, bundled, the roles) at each end, multiplied.
ArrowGrain arrowGrain(const PortMatrix& matrix, const RuleZones& ruleZones, const QList<qsizetype>& cardsPerLane,
                      int maxCardsWithOwnArrows, int budget);
