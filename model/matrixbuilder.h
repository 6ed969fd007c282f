#pragma once

#include "model/portmatrix.h"

class PortCatalog;
struct DeploymentData;
struct FlowSet;

// The endpoint groups (FlowSet::groups) whose servers a matrix rule lists, by row (PortMatrix::ruleAt).
struct RuleGroups
{
    QList<int> initiators; // in first-seen order
    QList<int> listeners;
};

// Folds flows into matrix rules: one rule per (from zone, to zone, catalog entry, protocol, port range), with the
// servers of every group that shares it; flows inside a zone are listed apart.
class MatrixBuilder final
{
public:
    explicit MatrixBuilder(const PortCatalog& catalog);

    // The whole pipeline: flows, rules and validation warnings.
    PortMatrix build(const DeploymentData& deployment) const;
    // groups, when given, receives the groups behind each row, for refresh().
    PortMatrix build(const DeploymentData& deployment, const FlowSet& flows, QList<RuleGroups>* groups = nullptr) const;
    // After a change that left the flows as they were except for the servers in some groups (changedGroups, by group
    // index; a server added to a zone that already has its role, a server renamed): the rows of those groups take
    // their new servers and the warnings are worked out again. The rows stay as they were.
    void refresh(PortMatrix& matrix, const QList<RuleGroups>& groups, const DeploymentData& deployment,
                 const FlowSet& flows, const QList<bool>& changedGroups) const;

private:
    const PortCatalog& m_catalog;
};
