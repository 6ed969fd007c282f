#include "model/deploymentdata.h"

const QStringList& Server::flagNames()
{
    static const QStringList names = {QStringLiteral("hybridMailFlow")};
    return names;
}

bool Server::hasFlag(const QString& name) const
{
    return name == u"hybridMailFlow" && hybridMailFlow;
}

int DeploymentData::zoneIndex(const QString& id) const
{
    for (int i = 0; i < zones.size(); ++i) {
        if (zones.at(i).id == id)
            return i;
    }
    return -1;
}

const Zone* DeploymentData::zone(const QString& id) const
{
    const int index = zoneIndex(id);
    return index >= 0 ? &zones.at(index) : nullptr;
}

int DeploymentData::serverIndex(const QString& id) const
{
    for (int i = 0; i < servers.size(); ++i) {
        if (servers.at(i).id == id)
            return i;
    }
    return -1;
}

const Server* DeploymentData::server(const QString& id) const
{
    const int index = serverIndex(id);
    return index >= 0 ? &servers.at(index) : nullptr;
}
