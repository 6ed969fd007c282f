// Windows Defender Firewall script. References: F6 (New-NetFirewallRule: -Group, -Direction Inbound, -Action,
// -Profile, -Protocol, -LocalPort, -RemoteAddress) and F7 (Remove-NetFirewallRule -Group) of
// resources/catalog/sources.json.
#include "model/export/windowsfirewallwriter.h"

#include <algorithm>

#include <QHash>
#include <QHostAddress>
#include <QIODevice>
#include <QRegularExpression>
#include <QSet>

#include "model/deploymentdata.h"
#include "model/endpointaddresses.h"
#include "model/export/firewallexporttexts.h"
#include "model/ipnetwork.h"
#include "model/portcatalog.h"
#include "model/portmatrix.h"

namespace {

// A PowerShell single-quoted string: PowerShell also ends one at the typographic single quotes, so every kind is
// doubled.
QString quoted(const QString& text)
{
    static const QRegularExpression quotes(QStringLiteral("(['\\x{2018}\\x{2019}\\x{201A}\\x{201B}])"));
    static const QRegularExpression breaks(QStringLiteral("[\\r\\n\\t]+"));
    QString value = text;
    value.replace(breaks, QStringLiteral(" "));
    value.replace(quotes, QStringLiteral("\\1\\1"));
    return u'\'' + value + u'\'';
}

QString oneLine(QString text)
{
    static const QRegularExpression breaks(QStringLiteral("[\\r\\n\\t]+"));
    return text.replace(breaks, QStringLiteral(" "));
}

// An address of one family as its bytes, most significant first (4 for IPv4, 16 for IPv6).
using AddressBytes = QList<quint8>;

AddressBytes bytesOf(const QHostAddress& address, bool v6)
{
    AddressBytes bytes;
    if (v6) {
        const Q_IPV6ADDR raw = address.toIPv6Address();
        for (const quint8 byte : raw.c)
            bytes.append(byte);
    } else {
        const quint32 raw = address.toIPv4Address();
        for (int shift = 24; shift >= 0; shift -= 8)
            bytes.append(quint8(raw >> shift));
    }
    return bytes;
}

QString addressText(const AddressBytes& bytes)
{
    if (bytes.size() == 4)
        return QHostAddress(quint32(bytes[0]) << 24 | quint32(bytes[1]) << 16 | quint32(bytes[2]) << 8 | bytes[3])
            .toString();
    Q_IPV6ADDR raw;
    for (int i = 0; i < 16; ++i)
        raw.c[i] = bytes.at(i);
    return QHostAddress(raw).toString();
}

// The next (step 1) or previous (step -1) address; false when it would wrap around.
bool stepAddress(AddressBytes& bytes, int step)
{
    const quint8 edge = step > 0 ? 0xff : 0x00;
    for (qsizetype i = bytes.size() - 1; i >= 0; --i) {
        if (bytes.at(i) != edge) {
            bytes[i] = quint8(bytes.at(i) + step);
            return true;
        }
        bytes[i] = quint8(0xff - edge);
    }
    return false;
}

// The address ranges ("first-last") of one family outside the networks: "any address but these" as
// New-NetFirewallRule -RemoteAddress takes it (F6: addresses, subnets, ranges).
QStringList rangesOutside(const QList<IpNetwork>& networks, bool v6)
{
    QList<std::pair<AddressBytes, AddressBytes>> blocks; // first and last address of each network
    for (const IpNetwork& network : networks) {
        if (network.isIPv6() != v6)
            continue;
        const AddressBytes first = bytesOf(network.address(), v6);
        AddressBytes last = first;
        for (int bit = network.prefixLength(); bit < last.size() * 8; ++bit)
            last[bit / 8] = quint8(last.at(bit / 8) | (0x80 >> (bit % 8)));
        blocks.append({first, last});
    }
    std::sort(blocks.begin(), blocks.end());
    QStringList ranges;
    AddressBytes next(v6 ? 16 : 4, 0); // the first address not yet covered
    for (const auto& [first, last] : std::as_const(blocks)) {
        if (next < first) {
            AddressBytes before = first;
            stepAddress(before, -1);
            ranges.append(addressText(next) + u'-' + addressText(before));
        }
        if (!(last < next)) {
            next = last;
            if (!stepAddress(next, 1))
                return ranges; // the last block reaches the top address
        }
    }
    return ranges << addressText(next) + u'-' + addressText(AddressBytes(v6 ? 16 : 4, 0xff));
}

} // namespace

WindowsFirewallWriter::WindowsFirewallWriter(const ExportInput& input)
    : m_input(input)
{}

QString WindowsFirewallWriter::ruleGroup(const QString& deploymentName)
{
    return QStringLiteral("Portolan: ") +
           oneLine(deploymentName.isEmpty() ? QStringLiteral("untitled") : deploymentName);
}

bool WindowsFirewallWriter::write(QIODevice* device)
{
    clearError();
    if (!device || !device->isWritable())
        return fail(tr("cannot write the script: the output is not open for writing"));
    const DeploymentData& deployment = *m_input.deployment;
    const PortMatrix& matrix = *m_input.matrix;
    const PortCatalog& catalog = *m_input.catalog;

    QList<const Server*> servers;
    if (!m_input.serverId.isEmpty()) {
        const Server* server = deployment.server(m_input.serverId);
        if (!server)
            return fail(tr("no server \"%1\" in the deployment").arg(m_input.serverId));
        servers.append(server);
    } else {
        for (const Server& server : deployment.servers) {
            if (std::any_of(server.roles.cbegin(), server.roles.cend(), [&catalog](const QString& id) {
                    const RoleInfo* role = catalog.role(id);
                    return role && role->isExchange();
                }))
                servers.append(&server);
        }
    }

    const auto zoneName = [&](const QString& id) {
        const Zone* zone = deployment.zone(id);
        return zone ? oneLine(zone->name) : id;
    };
    // The rows each server listens on, in one pass over the matrix.
    QHash<QString, QList<int>> rowsOf;
    for (int row = 0; row < matrix.rowCount(); ++row) {
        for (const QString& destination : matrix.ruleAt(row)->destinations)
            rowsOf[destination].append(row);
    }
    const EndpointAddresses addresses(deployment);
    QStringList problems = FirewallExportTexts::addressesOutsideZones(deployment);
    QSet<QString> named;
    QHash<int, EndpointAddressList> remoteOf;
    // Where the connections of a row come from: the networks of their zone, else what its sources resolve to.
    const auto remoteAddresses = [&](int row) -> const EndpointAddressList& {
        if (const auto found = remoteOf.constFind(row); found != remoteOf.cend())
            return *found;
        const MatrixRule& rule = *matrix.ruleAt(row);
        const Zone* zone = deployment.zone(rule.from);
        EndpointAddressList list;
        if (zone && !zone->networks.isEmpty())
            list.networks = zone->networks;
        else
            list = addresses.resolve(rule.from, rule.sources);
        for (const MissingAddress& missing : std::as_const(list.missing)) {
            if (!named.contains(missing.server)) {
                named.insert(missing.server);
                problems.append(FirewallExportTexts::describe(missing, deployment));
            }
        }
        return *remoteOf.insert(row, list);
    };

    // One rule per port a server accepts (protocol, ports, service), from every zone its rows come from.
    struct PortRule
    {
        const MatrixRule* first = nullptr;
        QList<int> rows;
        QStringList zones;
        bool any = false;
        QList<IpNetwork> networks;
        QSet<IpNetwork> seen;
    };
    QList<IpNetwork> ownNetworks;
    for (const Zone& zone : deployment.zones) {
        if (zone.kind != QLatin1String("internet"))
            ownNetworks += zone.networks;
    }
    QStringList internetRanges; // empty: no own networks, so the Internet is 'Any'
    if (!ownNetworks.isEmpty()) {
        for (const bool v6 : {false, true}) {
            for (const QString& range : rangesOutside(ownNetworks, v6))
                internetRanges.append(quoted(range));
        }
    }
    const QString group = ruleGroup(matrix.deploymentName);
    QString sections;
    int ruleCount = 0;
    QStringList computers;
    for (const Server* server : std::as_const(servers)) {
        const QString computer = server->name.isEmpty() ? server->id : server->name;
        computers.append(computer);
        QList<PortRule> portRules;
        QHash<QString, int> ruleOfPort;
        for (int row : rowsOf.value(server->id)) {
            const MatrixRule& rule = *matrix.ruleAt(row);
            const QString key = protocolId(rule.protocol) + u' ' + rule.ports.toString() + u' ' + rule.service;
            auto found = ruleOfPort.constFind(key);
            if (found == ruleOfPort.cend()) {
                found = ruleOfPort.insert(key, int(portRules.size()));
                portRules.append({&rule, {}, {}, false, {}, {}});
            }
            PortRule& portRule = portRules[*found];
            portRule.rows.append(row);
            if (!portRule.zones.contains(rule.from))
                portRule.zones.append(rule.from);
            const EndpointAddressList& remote = remoteAddresses(row);
            portRule.any = portRule.any || remote.any;
            for (const IpNetwork& network : remote.networks) {
                if (!portRule.seen.contains(network)) {
                    portRule.seen.insert(network);
                    portRule.networks.append(network);
                }
            }
        }
        QString rules;
        for (const PortRule& portRule : std::as_const(portRules)) {
            const MatrixRule& rule = *portRule.first;
            QStringList zones;
            for (const QString& zone : portRule.zones)
                zones.append(zoneName(zone));
            // "Any address" of the Internet is any address but the deployment's own networks (as in the nftables
            // and ASA output): a host of another zone is let in by that zone's own rules only.
            QStringList remote = portRule.any ? internetRanges : QStringList();
            for (const IpNetwork& network : portRule.networks)
                remote.append(quoted(network.toString()));
            const QString name = QStringLiteral("Portolan: %1 (%2 %3, %4)")
                                     .arg(rule.service, protocolId(rule.protocol).toUpper(), rule.ports.toString(),
                                          FirewallExportTexts::matrixRows(portRule.rows));
            rules += QStringLiteral("    New-NetFirewallRule -DisplayName ") + quoted(name) +
                     QStringLiteral(" -Group $group -Direction Inbound -Action Allow -Profile Any -Protocol ") +
                     protocolId(rule.protocol).toUpper() + QStringLiteral(" -LocalPort ") +
                     quoted(rule.ports.toString()) + QStringLiteral(" -RemoteAddress ") +
                     (remote.isEmpty() ? QStringLiteral("'Any'") : remote.join(QStringLiteral(", "))) +
                     QStringLiteral(" -Description ") +
                     quoted(QStringLiteral("From ") + zones.join(QStringLiteral(", ")) + QStringLiteral(". ") +
                            rule.purpose) +
                     QStringLiteral(" | Out-Null\n");
        }
        const qsizetype count = portRules.size();
        ruleCount += int(count);
        sections += QStringLiteral("\n# %1 (%2), zone %3: %4\n")
                        .arg(oneLine(computer), server->id, zoneName(server->zone),
                             count == 0   ? QStringLiteral("no port to accept")
                             : count == 1 ? QStringLiteral("1 rule")
                                          : QStringLiteral("%1 rules").arg(count));
        sections += QStringLiteral("if ($env:COMPUTERNAME -eq ") + quoted(computer) + QStringLiteral(") {\n");
        sections += QStringLiteral("    $matched = $true\n");
        sections += QStringLiteral("    Remove-NetFirewallRule -Group $group -ErrorAction SilentlyContinue\n");
        sections += rules + QStringLiteral("}\n");
    }
    if (!problems.isEmpty()) {
        return fail(tr("the Windows Firewall rules need the addresses connections come from; fill in or correct:\n  %1")
                        .arg(problems.join(QStringLiteral("\n  "))));
    }

    const VersionInfo* version = catalog.version(matrix.exchangeVersion);
    QString out = QStringLiteral("# Windows Defender Firewall rules for the Exchange deployment\n# \"%1\" (%2),\n"
                                 "# written by Portolan: every port each server must accept, from the networks of the "
                                 "zones\n# that connect to it.\n")
                      .arg(oneLine(matrix.deploymentName), version ? version->name : matrix.exchangeVersion);
    out += QStringLiteral("# Run it in an elevated Windows PowerShell on each server: the section whose name is this\n"
                          "# computer's ($env:COMPUTERNAME) replaces the rules of the group below; the other sections "
                          "are\n# skipped. Remove every rule of the group with:\n#   Remove-NetFirewallRule -Group ") +
           quoted(group) + QStringLiteral("\n#\n");
    if (!internetRanges.isEmpty())
        out += QStringLiteral("# Connections from the Internet may come from any address but the deployment's own "
                              "networks:\n# those are the address ranges around them (a host of the deployment is "
                              "let in by its own\n# zone's rules only).\n#\n");
    out += QStringLiteral("# References:\n");
    for (const QString& line : FirewallExportTexts::references(catalog, {QStringLiteral("F6"), QStringLiteral("F7")}))
        out += QStringLiteral("#   ") + line + u'\n';
    out += QStringLiteral("\n#Requires -RunAsAdministrator\n$ErrorActionPreference = 'Stop'\n$group = ") +
           quoted(group) + QStringLiteral("\n$matched = $false\n");
    out += sections;
    out += QStringLiteral("\nif (-not $matched) {\n    Write-Warning ('This script has no rules for ' + "
                          "$env:COMPUTERNAME + '; its servers: ' + ") +
           quoted(computers.isEmpty() ? QStringLiteral("none") : computers.join(QStringLiteral(", "))) +
           QStringLiteral(")\n}\n");

    // Windows PowerShell 5.1 reads a script without a byte order mark in the ANSI code page.
    const QByteArray bytes = QByteArrayLiteral("\xEF\xBB\xBF") + out.toUtf8();
    if (device->write(bytes) != bytes.size())
        return fail(tr("cannot write the script: %1").arg(device->errorString()));
    m_serverCount = int(servers.size());
    m_ruleCount = ruleCount;
    return true;
}
