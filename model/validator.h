#pragma once

#include "model/portmatrix.h"

class PortCatalog;
struct DeploymentData;
struct FlowSet;

// Checks a deployment against what Microsoft supports and what the catalog knows: placements, filtering between
// internal Exchange servers and domain controllers, dynamic RPC across zones, roles the version lacks, static RPC
// ports, unsubscribed Edge servers and plain POP3/IMAP4 exposed to the Internet.
class Validator final
{
public:
    explicit Validator(const PortCatalog& catalog);

    QList<ValidationWarning> validate(const DeploymentData& deployment, const FlowSet& flows) const;

private:
    const PortCatalog& m_catalog;
};
