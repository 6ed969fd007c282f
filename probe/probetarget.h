#pragma once

#include <QString>

#include <memory>
#include <optional>

#include "probe/proberesult.h"
#include "probe/servicekind.h"
#include "probe/udpservicecheck.h"

// One thing to probe: a host (name or address) and a port over a transport. A UDP target may carry the check that
// knows what its service answers (a DNS query on 53, a CLDAP root-DSE query on 389); without one the probe sends an
// empty datagram. A TCP target may name the service check to run once the port is open (ProbeEngine runs it when
// enableServiceChecks() has given it the attempts that do; the plain connect ignores it).
struct ProbeTarget
{
    QString host;
    Transport transport = Transport::Tcp;
    int port = 0;
    std::shared_ptr<const UdpServiceCheck> udpCheck;
    std::optional<ServiceKind> check;
};
