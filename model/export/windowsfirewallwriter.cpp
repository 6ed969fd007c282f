// Windows Defender Firewall script. References: F6 (New-NetFirewallRule: -Group, -Direction Inbound, -Action,
// -Profile, -Protocol, -LocalPort, -RemoteAddress) and F7 (Remove-NetFirewallRule -Group) of
// resources/catalog/sources.json.
#include "model/export/windowsfirewallwriter.h"

#include <algorithm>

#include <QHash>
#include <QIODevice>
#include <QRegularExpression>
#include <QSet>

#include "model/deploymentdata.h"
#include "model/endpointaddresses.h"
#include "model/export/firewallexporttexts.h"
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
    QStringList problems;
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
            QStringList remote;
            for (const IpNetwork& network : portRule.networks)
                remote.append(quoted(network.toString()));
            const QString name = QStringLiteral("Portolan: %1 (%2 %3, %4)")
                                     .arg(rule.service, protocolId(rule.protocol).toUpper(), rule.ports.toString(),
                                          FirewallExportTexts::matrixRows(portRule.rows));
            rules += QStringLiteral("    New-NetFirewallRule -DisplayName ") + quoted(name) +
                     QStringLiteral(" -Group $group -Direction Inbound -Action Allow -Profile Any -Protocol ") +
                     protocolId(rule.protocol).toUpper() + QStringLiteral(" -LocalPort ") +
                     quoted(rule.ports.toString()) + QStringLiteral(" -RemoteAddress ") +
                     (portRule.any ? QStringLiteral("'Any'") : remote.join(QStringLiteral(", "))) +
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
        return fail(tr("the Windows Firewall rules need the addresses connections come from; fill in:\n  %1")
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
           quoted(group) + QStringLiteral("\n#\n# References:\n");
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
