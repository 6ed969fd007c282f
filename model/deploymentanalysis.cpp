#include "model/deploymentanalysis.h"

#include "model/deployment.h"
#include "model/flowengine.h"
#include "model/matrixbuilder.h"

DeploymentAnalysis::DeploymentAnalysis(Deployment* deployment, const PortCatalog& catalog, QObject* parent)
    : QObject(parent)
    , m_deployment(deployment)
    , m_catalog(catalog)
{
    connect(m_deployment, &Deployment::changed, this, &DeploymentAnalysis::recompute);
    recompute();
}

void DeploymentAnalysis::recompute()
{
    emit aboutToUpdate();
    m_flows = FlowEngine(m_catalog).requiredFlows(m_deployment->data());
    m_matrix = MatrixBuilder(m_catalog).build(m_deployment->data(), m_flows);
    emit updated();
}
