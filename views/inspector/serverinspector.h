#pragma once

#include <QWidget>

class AnswerMask;
class Deployment;
class DeploymentAnalysis;
class PortCatalog;
struct Server;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QTreeWidget;
class QTreeWidgetItem;
class RpcRangeEditor;
class ServerSettingsSection;

// The inspector's page for one server: its name, address, version, zone, roles, dynamic RPC range (for roles that
// listen on RPC) and hybrid mail flow (for roles that can carry it) as edits that push one command each, read-only
// lists of the ports it listens on and the flows it opens, and the registry values the plan asks of it.
class ServerInspector final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerInspector)

public:
    ServerInspector(Deployment* document, DeploymentAnalysis* analysis, const PortCatalog& catalog,
                    QWidget* parent = nullptr);

    // Learner mode: the flows the mask hides are left out of the lists. The mask outlives the page.
    void setAnswerMask(const AnswerMask* mask) { m_answers = mask; }
    QString serverId() const { return m_serverId; }
    void setServer(const QString& serverId);
    // Re-reads the server; false when it no longer exists.
    bool refresh();
    // Pushes what the user typed but has not confirmed yet (the page is about to show something else).
    void commitPendingEdits();
    // Puts the cursor in the name field, all selected (Rename).
    void editName();

private:
    void commitName();
    void commitHost();
    void commitVersion();
    void commitZone();
    void commitRoles();
    void commitRpcRange();
    void showServerSettings(const Server& server);
    void fillRoles(const QStringList& roles, const QString& version);
    void fillFlows();
    void showFlowDetails(const QTreeWidgetItem* item);

    Deployment* m_document;
    DeploymentAnalysis* m_analysis;
    const PortCatalog& m_catalog;
    const AnswerMask* m_answers = nullptr;
    QString m_serverId;
    QLabel* m_title;
    QLineEdit* m_name;
    QLineEdit* m_host;
    QComboBox* m_version;
    QComboBox* m_zone;
    QFormLayout* m_form;
    RpcRangeEditor* m_rpcRange;
    QHash<QString, QCheckBox*> m_flags; // Server::flagNames() → its check box
    QListWidget* m_roles;
    QTreeWidget* m_listening;
    QTreeWidget* m_outbound;
    QLabel* m_flowDetails;
    ServerSettingsSection* m_settings;
};
