#pragma once

#include "model/export/exporter.h"
#include "model/export/exportinput.h"

#include <QCoreApplication>
#include <QString>

// Writes a Windows PowerShell script of Windows Defender Firewall rules (F6 New-NetFirewallRule, F7
// Remove-NetFirewallRule): for each Exchange server (or the one server of ExportInput::server), a section guarded by
// its name ($env:COMPUTERNAME) that removes the script's rule group and adds one inbound allow rule per port the
// server accepts (protocol, ports and service of its matrix rows, between zones and inside its own zone), restricted
// to the networks of the zones those connections come from (for an Internet zone without networks, any address but the
// deployment's own networks, as the address ranges around them; the sources' own addresses when their zone has no
// networks), its name and description naming the service, the matrix
// rows and the zones. Every rule is in one group named after the deployment, so that Remove-NetFirewallRule -Group
// takes them all away. One file for all servers, so that it is handed out as one document and each server applies
// only its own section.
// Refuses, naming what to fill in, when the connections of a rule come from endpoints without any address.
class WindowsFirewallWriter final : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(WindowsFirewallWriter)

public:
    // input needs catalog, deployment and matrix; server is optional.
    explicit WindowsFirewallWriter(const ExportInput& input);

    QString id() const override { return QStringLiteral("firewall-windows"); }
    QString fileSuffix() const override { return QStringLiteral("ps1"); }
    bool write(QIODevice* device) override;

    // The rule group of a deployment: "Portolan: <name>".
    static QString ruleGroup(const QString& deploymentName);

    // What the last successful write() wrote: the servers' sections and the rules in them, all servers together.
    int serverCount() const { return m_serverCount; }
    int ruleCount() const { return m_ruleCount; }

private:
    ExportInput m_input;
    int m_serverCount = 0;
    int m_ruleCount = 0;
};
