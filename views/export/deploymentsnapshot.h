#pragma once

#include "model/deployment.h"
#include "model/deploymentanalysis.h"
#include "model/export/exportinput.h"
#include "views/diagram/topologyscene.h"
#include "views/export/scenedrawing.h"

// A deployment drawn as the window draws it, but apart from the window: its own document, analysis and scene. The
// report, its printout and portolan-render draw from one, so the same file gives the same pages everywhere and a
// highlight or selection in the window never reaches paper.
class DeploymentSnapshot final
{
public:
    explicit DeploymentSnapshot(const DeploymentData& data);
    Q_DISABLE_COPY_MOVE(DeploymentSnapshot)

    // What an exporter needs: the snapshot's deployment, matrix and diagram, from sourcePath (may be empty).
    ExportInput input(const QString& sourcePath) const;
    const SceneDrawing& drawing() const { return m_drawing; }
    TopologyScene& scene() { return m_scene; }

private:
    Deployment m_document;
    DeploymentAnalysis m_analysis;
    TopologyScene m_scene;
    SceneDrawing m_drawing;
};
