#pragma once

#include "model/deploymentdata.h"

// Builds small deployments in tests: DeploymentBuilder("2019").zone("lan", "lan").server("ex01", "lan", {"mailbox"}).
class DeploymentBuilder
{
public:
    explicit DeploymentBuilder(const char* version)
    {
        m_data.name = QStringLiteral("Test");
        m_data.exchangeVersion = QString::fromUtf8(version);
        m_data.options = DeploymentOptions::defaultsFor(m_data.exchangeVersion);
    }

    // Internet | DMZ | LAN, the layout most tests start from.
    static DeploymentBuilder threeZones(const char* version)
    {
        DeploymentBuilder builder(version);
        builder.zone("internet", "internet").zone("dmz", "dmz").zone("lan", "lan");
        return builder;
    }

    DeploymentBuilder& zone(const char* id, const char* kind, bool implicitActors = true)
    {
        m_data.zones.append(
            {QString::fromUtf8(id), QString::fromUtf8(id).toUpper(), QString::fromUtf8(kind), {}, implicitActors});
        return *this;
    }

    DeploymentBuilder& server(const char* id, const char* zone, std::initializer_list<const char*> roles,
                              const char* version = "")
    {
        Server server;
        server.id = QString::fromUtf8(id);
        server.name = server.id.toUpper();
        server.zone = QString::fromUtf8(zone);
        for (const char* role : roles)
            server.roles.append(QString::fromUtf8(role));
        server.version = QString::fromUtf8(version);
        m_data.servers.append(server);
        return *this;
    }

    // Gives the server added last its own dynamic RPC range.
    DeploymentBuilder& rpcRange(int first, int last)
    {
        m_data.servers.last().dynamicRpcRange = PortRange{first, last};
        return *this;
    }

    // Marks the server added last as chosen for hybrid mail flow.
    DeploymentBuilder& hybridMailFlow() { return flag("hybridMailFlow"); }

    // Sets one of Server::flagNames() on the server added last.
    DeploymentBuilder& flag(const char* name)
    {
        m_data.servers.last().setFlag(QString::fromUtf8(name), true);
        return *this;
    }

    DeploymentBuilder& option(const char* name, bool on)
    {
        m_data.options.setFlag(QString::fromUtf8(name), on);
        return *this;
    }

    // Gives a zone its networks ("192.0.2.0/24"; valid ones only: tests of bad text go through the reader).
    DeploymentBuilder& networks(const char* zone, std::initializer_list<const char*> networks)
    {
        const int index = m_data.zoneIndex(QString::fromUtf8(zone));
        for (const char* text : networks)
            m_data.zones[index].networks.append(IpNetwork::parse(QString::fromUtf8(text)).value_or(IpNetwork()));
        return *this;
    }

    // Sets the host (address or DNS name) of the server added last.
    DeploymentBuilder& host(const char* host)
    {
        m_data.servers.last().host = QString::fromUtf8(host);
        return *this;
    }

    // An explicit firewall: {{"internet", "outside"}, {"dmz", "dmz"}} (zone id, interface name).
    DeploymentBuilder& firewall(const char* id, std::initializer_list<std::pair<const char*, const char*>> interfaces)
    {
        Firewall firewall;
        firewall.id = QString::fromUtf8(id);
        firewall.name = firewall.id.toUpper();
        for (const auto& [zone, name] : interfaces)
            firewall.interfaces.append({QString::fromUtf8(zone), QString::fromUtf8(name)});
        m_data.sortInterfaces(firewall);
        m_data.firewalls.append(firewall);
        return *this;
    }

    DeploymentOptions& options() { return m_data.options; }
    const DeploymentData& data() const { return m_data; }

private:
    DeploymentData m_data;
};
