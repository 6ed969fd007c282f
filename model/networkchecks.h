#pragma once

#include "model/portmatrix.h"

#include <QCoreApplication>

class PortCatalog;
struct DeploymentData;
struct Firewall;
struct FlowSet;

// The Validator's checks of addresses and firewalls (docs/firewall-model.md): servers' addresses outside their
// zone's networks, zones whose networks overlap, firewalls that name a zone the deployment lacks or join fewer than
// two zones, a zone that runs on a firewall and is joined by another firewall too, zones no firewall joins to the
// others, and endpoints of rules between zones without an address. The last is only reported once the deployment uses
// addresses (zone networks or explicit firewalls), so files that never did get no new messages.
class NetworkChecks final
{
    Q_DECLARE_TR_FUNCTIONS(NetworkChecks)

public:
    NetworkChecks(const PortCatalog& catalog, const DeploymentData& deployment, const FlowSet& flows);

    QList<ValidationWarning> run();

private:
    void hostsOutsideZones();
    void overlappingZones();
    void firewallInterfaces();
    void localZoneShared(const Firewall& host);
    void unreachableZones();
    void missingAddresses();
    QString zoneName(const QString& id) const;

    const PortCatalog& m_catalog;
    const DeploymentData& m_deployment;
    const FlowSet& m_flows;
    QList<ValidationWarning> m_warnings;
};
