#pragma once

#include "model/flow.h"
#include "model/matrixbuilder.h"
#include "model/portmatrix.h"

#include <QObject>

class Deployment;
class PortCatalog;

// The derived state every view shows: the flows and the port matrix of the document, recomputed after each change
// of the document, so that the diagram, the matrix table and the warnings list never compute it on their own.
class DeploymentAnalysis final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeploymentAnalysis)

public:
    DeploymentAnalysis(Deployment* deployment, const PortCatalog& catalog, QObject* parent = nullptr);

    const Deployment* deployment() const { return m_deployment; }
    const PortCatalog& catalog() const { return m_catalog; }
    const FlowSet& flows() const { return m_flows; }
    const PortMatrix& matrix() const { return m_matrix; }
    // Whether the last update kept every row of the matrix as it was (zones, protocol, ports, service and roles): only
    // the servers of some rows, the warnings or the deployment's name changed. Views may keep what they derived from
    // the rows, and row numbers stay valid.
    bool sameRows() const { return m_sameRows; }

signals:
    void aboutToUpdate();
    void updated();

private:
    void recompute();

    Deployment* m_deployment;
    const PortCatalog& m_catalog;
    FlowSet m_flows;
    PortMatrix m_matrix;
    QList<RuleGroups> m_ruleGroups; // by row
    QStringList m_zoneIds;          // the zones the rows were built for
    bool m_sameRows = false;
};
