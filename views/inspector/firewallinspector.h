#pragma once

#include <QList>
#include <QWidget>

class AnswerMask;
class Deployment;
class DeploymentAnalysis;
class PortCatalog;
class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;
struct Firewall;

// The inspector's page for one firewall: its name, the zone whose servers run on it and its interfaces (one per other
// zone it joins) as undoable edits, and what it must allow read-only, grouped by the interfaces a rule enters and
// leaves by, with the addresses the exports still need. An implicit firewall (the deployment lists none: one per pair
// of neighbouring lanes) shows read-only, with a button that makes them all explicit in one step.
class FirewallInspector final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirewallInspector)

public:
    FirewallInspector(Deployment* document, DeploymentAnalysis* analysis, const PortCatalog& catalog,
                      QWidget* parent = nullptr);

    QString firewallId() const { return m_firewallId; }
    void setFirewall(const QString& firewallId);
    // Learner mode: no edits, and the rules the lesson asks for stay hidden. The mask outlives the page.
    void setAnswerMask(const AnswerMask* mask);
    // Re-reads the firewall and works its rules out again (FirewallPlan); false when it no longer exists.
    bool refresh();
    void commitPendingEdits();
    // Puts the cursor in the name field, all selected (Rename).
    void editName();

signals:
    // The matrix rows of a rule the user activated.
    void rowsActivated(const QList<int>& rows);

private:
    struct InterfaceRow
    {
        QString zone;
        QCheckBox* joins;
        QLineEdit* name;
    };

    bool editable() const;
    void showHostZone(const Firewall& firewall, bool editable);
    void showInterfaces(const Firewall& firewall, bool editable);
    void showRules(const Firewall& firewall);
    void commitName();
    void commitInterfaces();
    void commitHostZone();
    void joinToggled(int row, bool joins);
    void makeExplicit();
    void removeFirewall();
    void activateRule(const QTreeWidgetItem* item);

    Deployment* m_document;
    DeploymentAnalysis* m_analysis;
    const PortCatalog& m_catalog;
    const AnswerMask* m_answers = nullptr;
    QString m_firewallId;
    bool m_implicit = false;
    QLabel* m_title;
    QLabel* m_id;
    QLineEdit* m_name;
    QComboBox* m_hostZone;
    QLabel* m_hostProblem;
    QLabel* m_implied;
    QPushButton* m_makeExplicit;
    QWidget* m_interfaces;
    QGridLayout* m_interfaceGrid;
    QList<InterfaceRow> m_rows;
    QLabel* m_interfaceProblem;
    QLabel* m_missing;
    QLabel* m_rulesTitle;
    QTreeWidget* m_rules;
    QLabel* m_noRules;
    QPushButton* m_remove;
};
