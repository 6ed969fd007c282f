#pragma once

#include "model/deploymentoptions.h"
#include "model/portrange.h"

#include <QString>
#include <QStringList>

// One port a listener role needs opened, as resources/catalog/SCHEMA.md describes it.
struct PortSpec
{
    enum class Kind
    {
        Fixed,
        RpcDynamic,
        StaticRpcClientAccess,
        StaticRpcAddressBook,
        DagReplication,
        UmRtpRange
    };
    Kind kind = Kind::Fixed;
    PortRange range; // only for Fixed
};

enum class Reach
{
    All,
    SameZone,
    SameZoneOrInternet,
    SameZoneElseAll
};

struct CatalogEntry
{
    QString id;
    QString service;
    QString family;
    Protocol protocol = Protocol::Tcp;
    QList<PortSpec> ports;
    QStringList listeners;
    QStringList initiators;
    QStringList fromZoneKinds; // empty: initiators in any zone
    QStringList versions;
    QList<OptionExpression> options;
    QStringList requiredRoles; // "requires" in the file
    QStringList absentRoles;
    Reach reach = Reach::All;
    QString publishedVia;
    QString onlyServersFlagged; // a Server::flagNames() name: when any server carries it, only such servers take part
    // With "reverseProxyTls": "offload", the proxy → listener hop of a published flow uses this port instead of the
    // entry's ports, for listeners of offloadVersions (where Microsoft supports SSL offloading); 0: no such hop.
    int offloadPort = 0;
    QStringList offloadVersions;
    QString encryption;
    QString purpose;
    QString ifBlocked;
    QString impact; // what a user notices when the flow breaks: an ImpactInfo id of the vocabulary
    QStringList sources;
    bool confirmed = true;
    QString note;
    QString check; // the service check a live probe runs on an open port, e.g. "smtp", "imaps", "dns"; empty: none

    bool optionsHold(const DeploymentOptions& deploymentOptions) const
    {
        for (const OptionExpression& expression : options) {
            if (!expression.holds(deploymentOptions))
                return false;
        }
        return true;
    }
};
