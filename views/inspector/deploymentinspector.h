#pragma once

#include <QWidget>

class Deployment;
class DeploymentAnalysis;
class PortCatalog;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

// The inspector's page when nothing is selected: the deployment itself. Its name, description and Exchange version as
// undoable edits, what it holds, its firewalls (links to their pages, and Add Firewall), and how to select something.
class DeploymentInspector final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeploymentInspector)

public:
    DeploymentInspector(Deployment* document, DeploymentAnalysis* analysis, const PortCatalog& catalog,
                        QWidget* parent = nullptr);

    void refresh();
    void commitPendingEdits();
    // Puts the cursor in the name field, all selected (Rename with nothing selected).
    void editName();

signals:
    // A firewall was clicked, or added (its page shows next, to pick the zones it joins).
    void firewallActivated(const QString& firewallId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void commitName();
    void commitDescription();
    void commitVersion();
    void showFirewalls();
    void addFirewall();

    Deployment* m_document;
    DeploymentAnalysis* m_analysis;
    const PortCatalog& m_catalog;
    QLineEdit* m_name;
    QPlainTextEdit* m_description;
    QComboBox* m_version;
    QLabel* m_summary;
    QLabel* m_firewalls;
    QPushButton* m_addFirewall;
};
