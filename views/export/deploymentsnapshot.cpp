#include "views/export/deploymentsnapshot.h"

#include "model/portcatalog.h"

DeploymentSnapshot::DeploymentSnapshot(const DeploymentData& data)
    : m_analysis(&m_document, PortCatalog::builtin())
    , m_scene(&m_document, &m_analysis, PortCatalog::builtin())
    , m_drawing(m_scene)
{
    // Drawn once, never searched by position: without the index the scene skips building a BSP tree, which for
    // 1,000 servers would take more memory than the whole report.
    m_scene.setItemIndexMethod(QGraphicsScene::NoIndex);
    m_document.reset(data);
}

ExportInput DeploymentSnapshot::input(const QString& sourcePath) const
{
    ExportInput input;
    input.catalog = &PortCatalog::builtin();
    input.deployment = &m_document.data();
    input.matrix = &m_analysis.matrix();
    input.sourcePath = sourcePath;
    input.diagram = &m_drawing;
    return input;
}
