#pragma once

#include "model/deploymentdata.h"

// 50 zones: Internet, Exchange Online, 8 perimeter networks and 40 internal sites. Each site has domain controllers
// and Mailbox servers; the perimeters hold Edge servers and reverse proxies. DAG and hybrid are on.
inline DeploymentData largeDeployment(int servers)
{
    DeploymentData data;
    data.name = QStringLiteral("Scale %1").arg(servers);
    data.exchangeVersion = QStringLiteral("2019");
    data.options = DeploymentOptions::defaultsFor(data.exchangeVersion);
    data.options.dag.enabled = true;
    data.options.setFlag(QStringLiteral("hybrid"), true);
    data.zones.append({QStringLiteral("internet"), QStringLiteral("Internet"), QStringLiteral("internet"), {}, true});
    data.zones.append({QStringLiteral("cloud"), QStringLiteral("Exchange Online"), QStringLiteral("cloud"), {}, true});
    for (int i = 0; i < 8; ++i)
        data.zones.append(
            {QStringLiteral("dmz%1").arg(i), QStringLiteral("DMZ %1").arg(i), QStringLiteral("dmz"), {}, true});
    for (int i = 0; i < 40; ++i)
        data.zones.append(
            {QStringLiteral("site%1").arg(i), QStringLiteral("Site %1").arg(i), QStringLiteral("lan"), {}, true});
    for (int i = 0; i < servers; ++i) {
        Server server;
        server.id = QStringLiteral("srv%1").arg(i);
        server.name = server.id.toUpper();
        switch (i % 25) {
        case 0:
            server.zone = QStringLiteral("dmz%1").arg(i / 25 % 8);
            server.roles = {QStringLiteral("edge-transport")};
            break;
        case 1:
            server.zone = QStringLiteral("dmz%1").arg(i / 25 % 8);
            server.roles = {QStringLiteral("reverse-proxy")};
            break;
        case 2:
        case 3:
            server.zone = QStringLiteral("site%1").arg(i % 40);
            server.roles = {QStringLiteral("domain-controller")};
            break;
        default:
            server.zone = QStringLiteral("site%1").arg(i % 40);
            server.roles = {QStringLiteral("mailbox")};
        }
        data.servers.append(server);
    }
    return data;
}
