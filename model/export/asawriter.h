#pragma once

#include "model/export/exporter.h"
#include "model/export/exportinput.h"

#include <QCoreApplication>
#include <QString>

// Writes what one firewall of the plan must allow as Cisco ASA 9.x configuration commands (F3 objects, F4 access
// lists, F5 access groups, F8 access-list extended): an object network (host or subnet, IPv4 or IPv6) per server
// address and zone network, an object-group network per address set of the plan and an object-group service per service
// group, one extended ACL per ingress interface (nameif) with a remark before each entry naming its services and matrix
// rows, and the access-group that binds each ACL to its interface. Names come from the plan's sets and the servers' and
// zones' ids, at most 64 characters and unique in the one name space objects and groups share. An entry for the
// Internet ("any") comes last in its ACL, after a deny (F8) of the deployment's own networks: any address but those.
// Refuses, naming what to fill in, when an endpoint has no address or only a DNS name, and refuses a firewall that
// runs a zone's servers itself (an ASA hosts no mail server; its access rules filter traffic through it).
class AsaWriter final : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(AsaWriter)

public:
    // input needs catalog, deployment, matrix, firewallPlan and firewall.
    explicit AsaWriter(const ExportInput& input);

    QString id() const override { return QStringLiteral("firewall-asa"); }
    QString fileSuffix() const override { return QStringLiteral("cfg"); }
    bool write(QIODevice* device) override;

private:
    ExportInput m_input;
};
