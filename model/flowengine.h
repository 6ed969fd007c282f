#pragma once

#include "model/flow.h"

class PortCatalog;
struct DeploymentData;

// Derives every flow a deployment needs from the port catalog, reasoning on (zone, role, version) groups:
// implicit actors of Internet/LAN/cloud zones, entries' option and presence conditions, reach, and publishing
// through a reverse proxy. Server pairs are never enumerated.
class FlowEngine final
{
public:
    explicit FlowEngine(const PortCatalog& catalog);

    FlowSet requiredFlows(const DeploymentData& deployment) const;

private:
    const PortCatalog& m_catalog;
};
