#include "model/export/serversettingsscriptwriter.h"

#include <QIODevice>

namespace {

// A PowerShell single-quoted string: the quote, and the typographic quotes PowerShell also takes for one, doubled.
QString singleQuoted(const QString& text)
{
    QString escaped;
    for (const QChar c : text) {
        escaped.append(c);
        if (c == u'\'' || c == u'\u2018' || c == u'\u2019' || c == u'\u201A' || c == u'\u201B')
            escaped.append(c);
    }
    return u'\'' + escaped + u'\'';
}

QString providerPath(const QString& key)
{
    return key.startsWith(u"HKLM\\") ? QString(QStringLiteral("HKLM:") + key.mid(4)) : key;
}

const char* const helper[] = {
    "$ErrorActionPreference = 'Stop'",
    "",
    "# Creates the key when it is missing and sets the value with its type; true when it changed something. A value",
    "# of another type (some guides create TCP/IP Port as a string) is replaced.",
    "function Set-PortolanRegistryValue {",
    "    param(",
    "        [Parameter(Mandatory = $true)] [string] $Path,",
    "        [Parameter(Mandatory = $true)] [string] $Name,",
    "        [Parameter(Mandatory = $true)] [Microsoft.Win32.RegistryValueKind] $Type,",
    "        [Parameter(Mandatory = $true)] $Value",
    "    )",
    "    if (-not (Test-Path -LiteralPath $Path)) {",
    "        New-Item -Path $Path -Force | Out-Null",
    "    }",
    "    $key = Get-Item -LiteralPath $Path",
    "    if ($key.GetValueNames() -contains $Name) {",
    "        if ($key.GetValueKind($Name) -eq $Type -and \"$($key.GetValue($Name))\" -eq \"$Value\") {",
    "            Write-Host \"Unchanged: $Path\\$Name = $Value\"",
    "            return $false",
    "        }",
    "        Remove-ItemProperty -LiteralPath $Path -Name $Name",
    "    }",
    "    New-ItemProperty -LiteralPath $Path -Name $Name -PropertyType $Type -Value $Value | Out-Null",
    "    Write-Host \"Set: $Path\\$Name = $Value ($Type)\"",
    "    return $true",
    "}",
};

} // namespace

ServerSettingsScriptWriter::ServerSettingsScriptWriter(ServerSettingsPlan plan, const PortCatalog& catalog)
    : m_plan(std::move(plan))
    , m_catalog(catalog)
{}

QStringList ServerSettingsScriptWriter::serverSection(const QString& serverId, const QString& indent) const
{
    const QList<ServerSetting> settings = m_plan.forServer(serverId);
    QStringList lines{indent + QStringLiteral("$restart = @()")};
    QStringList unnamed;
    for (const ServerSetting& setting : settings) {
        const QString value = setting.type == u"REG_DWORD" ? setting.dataText() : singleQuoted(setting.dataText());
        lines << indent +
                     QStringLiteral("# %1; sources %2").arg(setting.service, setting.sources.join(QStringLiteral(", ")))
              << indent + QStringLiteral("if (Set-PortolanRegistryValue -Path %1 -Name %2 -Type %3 -Value %4) {")
                              .arg(singleQuoted(providerPath(setting.key)), singleQuoted(setting.valueName),
                                   setting.type == u"REG_DWORD" ? QStringLiteral("DWord") : QStringLiteral("String"),
                                   value);
        if (setting.restart.isConfirmed())
            lines << indent + QStringLiteral("    $restart += %1").arg(singleQuoted(setting.restart.service));
        else
            lines << indent + QStringLiteral("    Write-Warning %1")
                                  .arg(singleQuoted(QStringLiteral("The sources name no service to restart for ") +
                                                    setting.valueName + QStringLiteral(": restart the server.")));
        lines << indent + u'}';
    }
    lines << indent + QStringLiteral("foreach ($service in ($restart | Select-Object -Unique)) {")
          << indent + QStringLiteral("    Write-Host \"Restarting $service\"")
          << indent + QStringLiteral("    Restart-Service -Name $service") << indent + u'}';
    return lines;
}

QString ServerSettingsScriptWriter::text()
{
    clearError();
    if (m_plan.isEmpty()) {
        fail(tr("Nothing to set: %1").arg(m_plan.nothingToSet));
        return {};
    }
    const QStringList servers = m_plan.serverIds();
    const auto describe = [this](const QString& serverId) {
        const ServerSetting first = m_plan.forServer(serverId).first(); // a copy: forServer() returns a temporary list
        return QStringLiteral("%1 (%2), Exchange %3")
            .arg(ServerSettings::oneLine(first.serverName), serverId, first.version);
    };
    QStringList lines{QStringLiteral("#Requires -RunAsAdministrator"),
                      QStringLiteral("# Server settings from Portolan for the deployment \"%1\".")
                          .arg(ServerSettings::oneLine(m_plan.deploymentName))};
    if (servers.size() == 1) {
        lines << QStringLiteral("# Server: %1. Run this script on that server.").arg(describe(servers.first()));
    } else {
        lines << QStringLiteral("# Servers: each section runs only on the computer whose name it gives.");
        for (const QString& id : servers)
            lines << QStringLiteral("#   ") + describe(id);
    }
    lines << QStringLiteral("# It sets the registry values that pin Outlook's RPC ports and restarts the services that")
          << QStringLiteral("# read them. Run again, it changes nothing once the values are in place.")
          << QStringLiteral("# Needs Windows PowerShell 4.0 or later, run as administrator.")
          << QStringLiteral("# Sources:");
    for (const QString& source : ServerSettings::sourceLines(m_plan, m_catalog))
        lines << QStringLiteral("#   ") + source;
    lines << QString();
    for (const char* line : helper)
        lines << QString::fromLatin1(line);
    lines << QString();
    if (servers.size() == 1) {
        lines << serverSection(servers.first(), QString());
    } else {
        lines << QStringLiteral("$matched = $false");
        QStringList names;
        for (const QString& id : servers) {
            const QString name = m_plan.forServer(id).first().serverName;
            names << ServerSettings::oneLine(name);
            lines << QString() << QStringLiteral("# %1").arg(describe(id))
                  << QStringLiteral("if ($env:COMPUTERNAME -eq %1) {").arg(singleQuoted(ServerSettings::oneLine(name)))
                  << QStringLiteral("    $matched = $true") << serverSection(id, QStringLiteral("    "))
                  << QStringLiteral("}");
        }
        lines << QString() << QStringLiteral("if (-not $matched) {")
              << QStringLiteral("    Write-Warning (%1 + $env:COMPUTERNAME + %2)")
                     .arg(singleQuoted(QStringLiteral("This script has no section for ")),
                          singleQuoted(QStringLiteral("; its sections are for ") + names.join(QStringLiteral(", ")) +
                                       QStringLiteral(". Nothing was changed.")))
              << QStringLiteral("    exit 1") << QStringLiteral("}");
    }
    lines << QString();
    return lines.join(QStringLiteral("\r\n"));
}

bool ServerSettingsScriptWriter::write(QIODevice* device)
{
    const QString document = text();
    if (document.isEmpty())
        return false;
    const QByteArray bytes = QByteArray("\xEF\xBB\xBF") + document.toUtf8();
    if (device->write(bytes) != bytes.size())
        return fail(device->errorString());
    return true;
}
