#pragma once

#include "model/deploymentdata.h"

#include <QCoreApplication>
#include <QString>

// The rules of a firewall's local zone (the servers running on the firewall itself, docs/firewall-model.md) for edits
// in memory: the same rules the file reader applies, worded for the window (zones and firewalls by name). Each
// returns why the edit is refused, or an empty string.
class FirewallHostRules final
{
    Q_DECLARE_TR_FUNCTIONS(FirewallHostRules)

public:
    // The firewall running the servers of zoneId instead (empty: none).
    static QString localZoneProblem(const DeploymentData& deployment, const QString& firewallId, const QString& zoneId);
    // The firewall facing zoneId through an interface.
    static QString interfaceProblem(const DeploymentData& deployment, const QString& firewallId, const QString& zoneId);
};
