#pragma once

#include "model/portrange.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

struct CatalogEntry;

// Servers (or an implicit actor) of one role in one zone, running one Exchange version, with one dynamic RPC range and
// one set of flags. The flow engine works on these groups, never on pairs of servers, so that its cost grows with zones
// × roles, not servers².
struct EndpointGroup
{
    QString zone;
    int zoneIndex = -1;
    QString role;
    QString version;
    std::optional<PortRange> dynamicRpcRange; // the servers' own range; unset: the deployment's or Windows default
    QStringList flags;                        // the Server::flagNames() its servers carry
    QStringList servers;                      // server ids; for an implicit actor the single id "<zone>:<role>"
    bool implicit = false;
    bool sharesServers = false; // some server here has another role too, so it sits in another group as well
};

// One required connection: initiator group → listener group on one protocol and port range, for one catalog entry.
struct Flow
{
    int initiator = -1; // index into FlowSet::groups
    int listener = -1;
    const CatalogEntry* entry = nullptr;
    Protocol protocol = Protocol::Tcp;
    PortRange ports;
    bool dynamicRpc = false; // the ports are a dynamic RPC range
    bool published = false;  // one hop of a flow published through a reverse proxy
};

struct FlowSet
{
    QList<EndpointGroup> groups;
    QList<Flow> flows;
};

// The servers of several groups, each once. Only groups that share servers pay for de-duplication.
QStringList serversOfGroups(const FlowSet& flows, const QList<int>& groups);

// The pseudo server id of an implicit actor, e.g. "internet:internet-mail".
inline QString implicitActorId(const QString& zone, const QString& role)
{
    return zone + u':' + role;
}
