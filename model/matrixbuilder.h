#pragma once

#include "model/portmatrix.h"

class PortCatalog;
struct DeploymentData;
struct FlowSet;

// Folds flows into matrix rules: one rule per (from zone, to zone, catalog entry, protocol, port range), with the
// servers of every group that shares it; flows inside a zone are listed apart.
class MatrixBuilder final
{
public:
    explicit MatrixBuilder(const PortCatalog& catalog);

    // The whole pipeline: flows, rules and validation warnings.
    PortMatrix build(const DeploymentData& deployment) const;
    PortMatrix build(const DeploymentData& deployment, const FlowSet& flows) const;

private:
    const PortCatalog& m_catalog;
};
