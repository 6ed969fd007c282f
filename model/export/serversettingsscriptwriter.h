#pragma once

#include "model/export/exporter.h"
#include "model/serversettings.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class PortCatalog;

// Writes the registry values of a plan as a Windows PowerShell script: creates the keys, sets each value with the
// reference's type and restarts the services that read them, and changes nothing when run again once the values are
// in place. One server: the script is for that server. Several servers: one section per server, run where
// $env:COMPUTERNAME is the server's name, and a script that matched no section stops with exit code 1. UTF-8 with a
// byte order mark (Windows PowerShell 5.1 reads a file without one in the ANSI code page) and CRLF line ends.
class ServerSettingsScriptWriter final : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(ServerSettingsScriptWriter)

public:
    ServerSettingsScriptWriter(ServerSettingsPlan plan, const PortCatalog& catalog);

    QString id() const override { return QStringLiteral("server-settings-ps1"); }
    QString fileSuffix() const override { return QStringLiteral("ps1"); }
    bool write(QIODevice* device) override;

    // The script's text, or an empty string with errorString() set when the plan has nothing to set.
    QString text();

private:
    QStringList serverSection(const QString& serverId, const QString& indent) const;

    ServerSettingsPlan m_plan;
    const PortCatalog& m_catalog;
};
