#pragma once

#include "model/deployment.h"
#include "model/deploymentanalysis.h"
#include "model/portcatalog.h"

// A document and its live analysis, as the window holds them, for tests of the views.
struct LiveDocument
{
    explicit LiveDocument(const DeploymentData& data) { document.reset(data); }

    Deployment document;
    DeploymentAnalysis analysis{&document, PortCatalog::builtin()};
};
