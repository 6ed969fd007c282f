#pragma once

#include "deploymentbuilder.h"

// The layout most diagram tests start from: an Edge in the DMZ, two Mailbox servers and a domain controller on the LAN.
inline DeploymentBuilder edgeLayout()
{
    auto builder = DeploymentBuilder::threeZones("2019");
    builder.server("edge01", "dmz", {"edge-transport"})
        .server("ex01", "lan", {"mailbox"})
        .server("ex02", "lan", {"mailbox"})
        .server("dc01", "lan", {"domain-controller"});
    return builder;
}
