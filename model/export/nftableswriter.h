#pragma once

#include "model/export/exporter.h"
#include "model/export/exportinput.h"

#include <QCoreApplication>
#include <QString>

// Writes what one firewall of the plan must forward as an nftables ruleset for a Linux firewall (F1 nft(8), F2 the
// nftables wiki on sets): one table "portolan" of family inet, replaced as a whole when the file is loaded; the
// zones' networks and the servers' addresses as named sets, one per address family (ipv4_addr, ipv6_addr); a forward
// chain with policy drop that accepts established and related connections and then one rule per rule group of the
// plan (interface pair, addresses, service group) and address family, matched by iifname/oifname and commented with
// its services and matrix rows. Its rule count grows with services and zone pairs, not with servers. A firewall that
// runs a zone's servers itself (Firewall::localZone) also gets input and output chains with policy drop for the
// host's own traffic, and a header that warns they lock out management access the matrix does not list.
// Refuses, naming what to fill in, when an endpoint has no address or only a DNS name (nft matches addresses only),
// and when an interface name is not one Linux accepts.
class NftablesWriter final : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(NftablesWriter)

public:
    // input needs catalog, deployment, matrix, firewallPlan and firewall.
    explicit NftablesWriter(const ExportInput& input);

    QString id() const override { return QStringLiteral("firewall-nftables"); }
    QString fileSuffix() const override { return QStringLiteral("nft"); }
    bool write(QIODevice* device) override;

    // The number of rules the last successful write() put in its chains, established/related included.
    int ruleCount() const { return m_ruleCount; }

private:
    ExportInput m_input;
    int m_ruleCount = 0;
};
