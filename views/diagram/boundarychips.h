#pragma once

#include "model/portmatrix.h"
#include "views/diagram/flowrouter.h"

#include <QList>
#include <QStringList>

#include <functional>

// The chips of each firewall between neighbouring lanes (boundary b lies between zones b and b + 1): the rules
// crossing it grouped by direction and protocol, e.g. "→ TCP 25, 443". A rule from zone 0 to zone 2 crosses both
// boundaries between them.
struct BoundaryChips
{
    QList<QStringList> chips;      // boundary → chip texts
    QList<QList<QList<int>>> rows; // boundary → chip → matrix rows, ascending
};

// rules: PortMatrix::rules (rules inside a zone cross no boundary); ruleZones: theirs. Rules that hidden() names (a
// lesson's answers) get no chip of their own: each boundary they cross ends with one askedChipText() chip without rows.
BoundaryChips boundaryChips(const QList<MatrixRule>& rules, const RuleZones& ruleZones, int zoneCount,
                            const std::function<bool(const MatrixRule&)>& hidden = {});

// The chip that stands for a lesson's hidden answers on a firewall: "Ports: ?".
QString askedChipText();
