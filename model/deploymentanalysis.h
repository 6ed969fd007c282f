#pragma once

#include "model/firewalltopology.h"
#include "model/flow.h"
#include "model/matrixbuilder.h"
#include "model/portmatrix.h"

#include <QObject>

#include <optional>

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
    // The firewalls of the document (explicit, or one per pair of neighbouring lanes) and the paths between its
    // zones, worked out again after every change (firewalls can change while the rows stay the same).
    const FirewallTopology& firewalls() const { return *m_firewalls; }
    // The firewalls a matrix row crosses (PortMatrix::ruleAt numbers), in crossing order: none inside a zone or when
    // no chain of firewalls joins the row's zones.
    QList<FirewallHop> rowFirewalls(int row) const;
    // The matrix rows that cross a firewall, ascending; none for an unknown id.
    QList<int> firewallRows(const QString& firewallId) const;

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
    std::optional<FirewallTopology> m_firewalls;
    bool m_sameRows = false;
};
