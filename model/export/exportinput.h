#pragma once

#include <QPageSize>
#include <QString>

class DiagramDrawing;
class PortCatalog;
struct DeploymentData;
struct FirewallPlan;
struct PortMatrix;
struct ProbeEvidence;

// Everything an exporter may write from: the deployment, its matrix (all rules, or only those a user chose), and what
// the window or the command line adds. Pointers are borrowed: the input outlives the exporters made from it.
struct ExportInput
{
    // Firewall rules: what each firewall must allow, and the firewall an nftables or ASA export is for.
    const FirewallPlan* firewallPlan = nullptr;
    QString firewallId;

    const PortCatalog* catalog = nullptr;
    const DeploymentData* deployment = nullptr;
    const PortMatrix* matrix = nullptr;
    QString sourcePath;                      // the .portolan file the deployment came from; empty when unsaved
    const DiagramDrawing* diagram = nullptr; // the topology picture; only the window and portolan-render have one
    const ProbeEvidence* probe = nullptr;    // probe results to show as evidence; null when there are none
    QString serverId;                        // server settings: only this server's values; empty: every server
    QPageSize::PageSizeId paper = QPageSize::A4;
};
