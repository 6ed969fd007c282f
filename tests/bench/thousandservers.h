#pragma once

#include "model/deploymentdata.h"

// The editor benchmarks' deployment: 1,000 servers in four zones (Internet, DMZ and two LANs): an Edge in the DMZ
// for every 50 servers, a domain controller for every 10, Mailbox servers for the rest.
inline DeploymentData thousandServers()
{
    DeploymentData data;
    data.name = QStringLiteral("1000 servers");
    data.options = DeploymentOptions::defaultsFor(data.exchangeVersion);
    data.zones = {{QStringLiteral("internet"), QStringLiteral("Internet"), QStringLiteral("internet"), {}, true},
                  {QStringLiteral("dmz"), QStringLiteral("DMZ"), QStringLiteral("dmz"), {}, true},
                  {QStringLiteral("lan"), QStringLiteral("LAN"), QStringLiteral("lan"), {}, true},
                  {QStringLiteral("lan2"), QStringLiteral("LAN 2"), QStringLiteral("lan"), {}, true}};
    for (int i = 0; i < 1000; ++i) {
        Server server;
        server.id = QStringLiteral("srv%1").arg(i);
        server.name = server.id.toUpper();
        server.zone = i % 50 == 0 ? QStringLiteral("dmz") : (i % 2 ? QStringLiteral("lan") : QStringLiteral("lan2"));
        server.roles = {i % 50 == 0 ? QStringLiteral("edge-transport")
                                    : (i % 10 == 1 ? QStringLiteral("domain-controller") : QStringLiteral("mailbox"))};
        data.servers.append(server);
    }
    return data;
}
