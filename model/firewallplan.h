#pragma once

#include "model/deploymentdata.h"
#include "model/endpointaddresses.h"
#include "model/portrange.h"

#include <QList>
#include <QString>
#include <QStringList>

struct PortMatrix;

// A named set of addresses a firewall rule matches: the networks of a zone ("net-dmz"), or the addresses of the
// servers of one zone a rule names ("hosts-dmz-edge-transport"). Shared by every firewall of the plan.
struct AddressSet
{
    enum class Kind
    {
        Any,          // an Internet zone without networks
        ZoneNetworks, // the zone's networks (some endpoint had no address of its own)
        Servers       // the servers' own addresses
    };
    QString name; // unique in the plan; letters, digits and '-' ('.' and '_' of ids become '-')
    Kind kind = Kind::Servers;
    QString zone;
    QStringList endpoints;     // server ids (implicit actors as "<zone>:<role>") it stands for, in matrix order
    QList<IpNetwork> networks; // empty for Any, and when every address is missing
    QList<MissingAddress> missing;
};

// The ports of one protocol some rules open together: the service groups (object-group service) exporters write.
struct ServiceGroup
{
    QString name; // "tcp-25-587", "udp-3478"
    Protocol protocol = Protocol::Tcp;
    QList<PortRange> ports; // sorted, each once
};

// One matrix row as one firewall must allow it: in through one interface, out through another. On a firewall that
// runs a zone's servers (Firewall::localZone), a rule to them has no egress and a rule from them no ingress: the
// firewall host is the endpoint, which needs no address on that firewall (any of the host's own).
struct FirewallRule
{
    QString ingress;  // interface names; empty: from the firewall host itself
    QString egress;   // empty: to the firewall host itself
    QString fromZone; // the matrix rule's zones
    QString toZone;
    Protocol protocol = Protocol::Tcp;
    PortRange ports;
    QString service;
    QString entry;    // catalog entry id
    QList<int> rows;  // matrix rows (PortMatrix::ruleAt) that need exactly this
    int sources = -1; // into FirewallPlan::addressSets
    int destinations = -1;
    bool dynamicRpc = false;
    bool published = false;
};

// The rules of one firewall that share interfaces, addresses and protocol: one line of a compact ruleset.
struct FirewallRuleGroup
{
    QString ingress; // empty: from the firewall host itself
    QString egress;  // empty: to the firewall host itself

    bool fromHost() const { return ingress.isEmpty(); }
    bool toHost() const { return egress.isEmpty(); }

    int sources = -1; // into FirewallPlan::addressSets
    int destinations = -1;
    int serviceGroup = -1; // into FirewallPlan::serviceGroups
    QList<int> rules;      // into FirewallRules::rules, in order
};

// What one firewall must allow.
struct FirewallRules
{
    Firewall firewall;
    QList<FirewallRule> rules;       // in matrix row order
    QList<FirewallRuleGroup> groups; // in the order of their first rule
    // Endpoints of these rules without an address, each once; the firewall host's own side of its rules is not
    // among them.
    QList<MissingAddress> missing;
};

// Per-firewall rules from the port matrix: for every rule between zones, the firewalls its path crosses
// (FirewallTopology) and what each must allow, with addresses from EndpointAddresses. Rules inside one zone cross
// no firewall and are not here. What the firewall exporters (nftables, ASA, Windows) consume.
struct FirewallPlan
{
    bool implicitFirewalls = false; // the deployment lists no firewalls: one per pair of neighbouring zones
    QList<FirewallRules> firewalls; // in FirewallTopology order
    QList<AddressSet> addressSets;
    QList<ServiceGroup> serviceGroups;
    QList<int> unroutedRows; // matrix rows between zones no firewall path joins

    const FirewallRules* firewall(const QString& id) const;

    static FirewallPlan build(const DeploymentData& deployment, const PortMatrix& matrix);
};
