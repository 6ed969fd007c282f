#pragma once

#include "model/export/exporter.h"
#include "model/serversettings.h"

#include <QCoreApplication>
#include <QString>

class PortCatalog;

// Writes one server's registry values as a registration entries file for Registry Editor: the header "Windows
// Registry Editor Version 5.00" (the format of Windows 2000 and later, KB 310516), UTF-16LE with a byte order mark and
// CRLF line ends as Registry Editor itself exports it, so names in the comments survive in any language. REG_DWORD
// data is written as regedit does, dword:0000e88c; REG_SZ data as a quoted string. A .reg file applies to whichever
// computer imports it, so a plan with values for several servers is refused: choose one server.
class ServerSettingsRegWriter final : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(ServerSettingsRegWriter)

public:
    ServerSettingsRegWriter(ServerSettingsPlan plan, const PortCatalog& catalog);

    QString id() const override { return QStringLiteral("server-settings-reg"); }
    QString fileSuffix() const override { return QStringLiteral("reg"); }
    bool write(QIODevice* device) override;

    // The file's text, or an empty string with errorString() set when the plan cannot be one .reg file.
    QString text();

private:
    ServerSettingsPlan m_plan;
    const PortCatalog& m_catalog;
};
