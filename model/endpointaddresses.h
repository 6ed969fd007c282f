#pragma once

#include "model/ipnetwork.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

struct DeploymentData;

// An endpoint of a rule whose address is not known: a server with no "host" (or a DNS name) in a zone without
// networks, or an implicit actor of such a zone. An exporter says what to fill in.
struct MissingAddress
{
    QString server; // server id, or an implicit actor's "<zone>:<role>"
    QString zone;
    QString host; // the server's DNS name when it has one, else empty

    friend bool operator==(const MissingAddress& a, const MissingAddress& b)
    {
        return a.server == b.server && a.zone == b.zone && a.host == b.host;
    }
};

// The addresses of some endpoints of one zone, as a firewall rule matches them.
struct EndpointAddressList
{
    bool any = false;          // an Internet zone without networks: any address
    QList<IpNetwork> networks; // sorted, each once
    bool zoneNetworks = false; // networks are the zone's networks (some endpoint had no address of its own)
    QList<MissingAddress> missing;
};

// Resolves servers and implicit actors to addresses: a server's host when it is an IP address, else its zone's
// networks; an implicit actor ("<zone>:<role>") its zone's networks, any address for an Internet zone without
// networks. Works for the endpoints of one zone at a time, as a matrix rule lists them.
class EndpointAddresses final
{
public:
    explicit EndpointAddresses(const DeploymentData& deployment);

    EndpointAddressList resolve(const QString& zone, const QStringList& endpoints) const;

private:
    const DeploymentData& m_deployment;
    QHash<QString, int> m_serverIndex;
};
