#pragma once

#include <QString>

#include <memory>

#include "probe/proberesult.h"
#include "probe/udpservicecheck.h"

// One thing to probe: a host (name or address) and a port over a transport. A UDP target may carry the check that
// knows what its service answers (a DNS query on 53, a CLDAP root-DSE query on 389); without one the probe sends an
// empty datagram.
struct ProbeTarget
{
    QString host;
    Transport transport = Transport::Tcp;
    int port = 0;
    std::shared_ptr<const UdpServiceCheck> udpCheck;
};
