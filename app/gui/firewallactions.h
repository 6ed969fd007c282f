#pragma once

#include <QObject>
#include <QString>

#include <functional>

class DeploymentAnalysis;
class QAction;
class QMenu;
class QWidget;

// File → Export Firewall Rules…: opens the FirewallExportDialog on the document (the formats, firewalls and servers of
// `portolan-cli firewall`), also from a firewall's menu on the diagram with that firewall chosen. The action is off,
// with a tooltip saying why, while the deployment has fewer than two zones: firewalls stand between zones. In learner
// mode it exports the user's document, out of sight, as the matrix export does, never the lesson and its hidden
// answers.
class FirewallActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirewallActions)

public:
    // window: the parent of the dialog and of this object.
    FirewallActions(const DeploymentAnalysis* analysis, QWidget* window);

    QAction* exportAction() const { return m_export; }
    // The deployment file's path, for the suggested file name; empty while unsaved.
    void setSourcePath(std::function<QString()> path) { m_sourcePath = std::move(path); }
    // Where Save starts while the document is unsaved.
    void setDirectory(std::function<QString()> directory) { m_directory = std::move(directory); }

    // Opens the dialog (modal) with this firewall, or with Windows Defender Firewall and this server, chosen.
    void exportRules(const QString& firewallId = {}, const QString& serverId = {});
    // "Export Firewall Rules…" in a firewall's menu on the diagram, with it chosen: a firewall block's, or a bar's
    // between two lanes, which stands for the firewall the way between its zones crosses when there is one.
    void addToFirewallMenu(QMenu* menu, const QString& firewallId);
    void addToBoundaryMenu(QMenu* menu, const QString& leftZoneId, const QString& rightZoneId);

signals:
    void saved(const QString& path);
    void message(const QString& text); // for the status bar

private:
    void updateAction();

    const DeploymentAnalysis* m_analysis;
    QWidget* m_window;
    std::function<QString()> m_sourcePath;
    std::function<QString()> m_directory;
    QAction* m_export;
};
