#pragma once

#include "model/deploymentoptions.h"
#include "model/ipnetwork.h"
#include "model/portrange.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

struct Zone
{
    QString id;
    QString name;
    QString kind;               // internet, dmz, lan, cloud
    QString colour;             // "#rrggbb"; empty: the kind's tint
    bool implicitActors = true; // internet/lan/cloud zones stand for the Internet's mail servers, clients, ...
    // The zone's address space. Empty: unknown, except that a zone of kind "internet" then means any address.
    QList<IpNetwork> networks = {}; // "= {}": brace-initialised zones may leave it out without a warning

    // Any address at all: an Internet zone whose networks are not narrowed down.
    bool isAnyAddress() const { return networks.isEmpty() && kind == QLatin1String("internet"); }

    friend bool operator==(const Zone& a, const Zone& b)
    {
        return a.id == b.id && a.name == b.name && a.kind == b.kind && a.colour == b.colour &&
               a.implicitActors == b.implicitActors && a.networks == b.networks;
    }
    friend bool operator!=(const Zone& a, const Zone& b) { return !(a == b); }
};

// A server or an explicitly placed actor.
struct Server
{
    QString id;
    QString name;
    QString zone;
    QStringList roles;
    QString host;    // address or DNS name to probe; may be empty
    QString version; // overrides the deployment's Exchange version (coexistence); empty: inherit
    std::optional<PortRange> dynamicRpcRange; // unset: the deployment's range, else the Windows default
    QStringList flags; // of flagNames(), in that order: what the architect marked the server as doing

    // The names of the server flags catalog entries may restrict themselves to ("onlyServersFlagged"), in file
    // order: "hybridMailFlow" (chosen in the Hybrid Configuration Wizard for hybrid SMTP), "publicFolderDatabase"
    // (a 2010 Mailbox server that holds a public folder database).
    static const QStringList& flagNames();
    bool hasFlag(const QString& name) const { return flags.contains(name); }
    void setFlag(const QString& name, bool on);

    friend bool operator==(const Server& a, const Server& b)
    {
        return a.id == b.id && a.name == b.name && a.zone == b.zone && a.roles == b.roles && a.host == b.host &&
               a.version == b.version && a.dynamicRpcRange == b.dynamicRpcRange && a.flags == b.flags;
    }
    friend bool operator!=(const Server& a, const Server& b) { return !(a == b); }
};

// One leg of a firewall: the zone it faces and the interface's name on the firewall ("outside", "dmz", "inside").
struct FirewallInterface
{
    QString zone;
    QString name;

    friend bool operator==(const FirewallInterface& a, const FirewallInterface& b)
    {
        return a.zone == b.zone && a.name == b.name;
    }
    friend bool operator!=(const FirewallInterface& a, const FirewallInterface& b) { return !(a == b); }
};

// A firewall joining two or more zones, one interface per zone (docs/firewall-model.md). The interfaces are kept in
// the zones' lane order, which is also the order the file is written in. A firewall may also run the servers of one
// zone on itself (the seed's mail server on the firewall host): that zone is its local zone, joined without an
// interface, and flows to and from it end on the firewall (its input and output, not its forwarding).
struct Firewall
{
    QString id;
    QString name;
    QList<FirewallInterface> interfaces;
    QString localZone = {}; // empty: the firewall runs no servers of the deployment

    // The interface facing a zone; empty when the firewall does not face it (also for its local zone).
    QString interfaceTo(const QString& zone) const;
    bool runs(const QString& zone) const { return !zone.isEmpty() && zone == localZone; }
    // Faces the zone through an interface or runs it.
    bool joins(const QString& zone) const { return runs(zone) || !interfaceTo(zone).isEmpty(); }

    friend bool operator==(const Firewall& a, const Firewall& b)
    {
        return a.id == b.id && a.name == b.name && a.interfaces == b.interfaces && a.localZone == b.localZone;
    }
    friend bool operator!=(const Firewall& a, const Firewall& b) { return !(a == b); }
};

// The content of a deployment: what a .portolan file holds. Plain values, so the flow engine and the command line
// work without the QObject document around it.
struct DeploymentData
{
    QString name;
    QString description;
    QString exchangeVersion = QStringLiteral("2019");
    QList<Zone> zones;
    QList<Server> servers;
    // Explicit firewalls. Empty: one implicit firewall between each pair of neighbouring zones, in lane order, as
    // the diagram draws them (FirewallTopology).
    QList<Firewall> firewalls;
    DeploymentOptions options = DeploymentOptions::defaultsFor(QStringLiteral("2019"));

    int zoneIndex(const QString& id) const;
    const Zone* zone(const QString& id) const;
    int serverIndex(const QString& id) const;
    const Server* server(const QString& id) const;
    int firewallIndex(const QString& id) const;
    const Firewall* firewall(const QString& id) const;
    // Puts a firewall's interfaces in the zones' lane order; interfaces to unknown zones go last, in their order.
    void sortInterfaces(Firewall& firewall) const;
    QString effectiveVersion(const Server& server) const
    {
        return server.version.isEmpty() ? exchangeVersion : server.version;
    }
};
