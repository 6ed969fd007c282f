#pragma once

#include "model/portmatrix.h"

class PortCatalog;
struct DeploymentData;
struct FlowSet;

// Checks a deployment against what Microsoft supports and what the catalog knows: placements, filtering between
// internal Exchange servers and domain controllers, dynamic RPC across zones, roles the version lacks, static RPC
// ports, unsubscribed Edge servers, plain POP3/IMAP4 exposed to the Internet, the UM RTP range, SSL offloading the
// version does not support and pre-authentication in front of hybrid endpoints.
class Validator final
{
public:
    explicit Validator(const PortCatalog& catalog);

    QList<ValidationWarning> validate(const DeploymentData& deployment, const FlowSet& flows) const;

private:
    const PortCatalog& m_catalog;
};
