#include "app/gui/firewallactions.h"

#include <QAction>
#include <QDir>
#include <QMenu>

#include "model/deployment.h"
#include "model/deploymentanalysis.h"
#include "views/export/firewallexportdialog.h"

FirewallActions::FirewallActions(const DeploymentAnalysis* analysis, QWidget* window)
    : QObject(window)
    , m_analysis(analysis)
    , m_window(window)
    , m_export(new QAction(tr("Export &Firewall Rules…"), this))
{
    setObjectName(QStringLiteral("firewallActions"));
    m_export->setObjectName(QStringLiteral("actionExportFirewallRules"));
    connect(m_export, &QAction::triggered, this, [this] { exportRules(); });
    connect(m_analysis, &DeploymentAnalysis::updated, this, &FirewallActions::updateAction);
    updateAction();
}

void FirewallActions::updateAction()
{
    const bool zones = m_analysis->deployment()->zones().size() > 1;
    m_export->setEnabled(zones);
    m_export->setToolTip(zones ? tr("The rules the firewalls, or the Exchange servers' own Windows Defender Firewall, "
                                    "must allow: nftables, Cisco ASA or PowerShell")
                               : tr("Firewalls stand between zones: this deployment has only one zone"));
    m_export->setStatusTip(m_export->toolTip());
}

void FirewallActions::exportRules(const QString& firewallId, const QString& serverId)
{
    if (!m_export->isEnabled())
        return;
    FirewallExportDialog dialog(m_analysis, m_window);
    dialog.setSourcePath(m_sourcePath ? m_sourcePath() : QString());
    if (m_directory)
        dialog.setDirectory(m_directory);
    dialog.choose(firewallId, serverId);
    connect(&dialog, &FirewallExportDialog::saved, this, [this](const QString& path) {
        emit saved(path);
        emit message(tr("Exported the firewall rules to %1").arg(QDir::toNativeSeparators(path)));
    });
    dialog.exec();
}

void FirewallActions::addToFirewallMenu(QMenu* menu, const QString& firewallId)
{
    menu->addSeparator();
    QAction* action = menu->addAction(m_export->text(), this, [this, firewallId] { exportRules(firewallId); });
    action->setObjectName(QStringLiteral("actionExportFirewallConfiguration"));
    action->setEnabled(m_export->isEnabled());
}

void FirewallActions::addToBoundaryMenu(QMenu* menu, const QString& leftZoneId, const QString& rightZoneId)
{
    const FirewallTopology& topology = m_analysis->firewalls();
    const auto hops = topology.path(leftZoneId, rightZoneId);
    const bool one = hops && hops->size() == 1;
    addToFirewallMenu(menu, one ? topology.firewalls().at(hops->first().firewall).id : QString());
}
