#pragma once

#include <QList>
#include <QWidget>

class AnswerMask;
class Deployment;
class DeploymentAnalysis;
class PortCatalog;
class DeploymentInspector;
class FirewallInspector;
class QStackedWidget;
class RuleInspector;
class ServerInspector;
class ZoneInspector;

// The details dock: what the diagram or the matrix selected (a server, a zone, a firewall, or matrix rules) with its
// properties as undoable edits and its ports and flows read-only; with nothing selected, the deployment itself. It
// follows the document: after each analysis it re-reads what it shows and goes back to the deployment when that is
// gone.
class InspectorPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InspectorPanel)

public:
    enum class Page
    {
        Deployment, // nothing selected
        Server,
        Zone,
        Rules,
        Firewall
    };

    InspectorPanel(Deployment* document, DeploymentAnalysis* analysis, const PortCatalog& catalog,
                   QWidget* parent = nullptr);

    Page page() const { return m_page; }
    // Learner mode: while the mask is active, the server page leaves out the flows it hides and no field edits. The
    // mask belongs to the window and outlives the panel.
    void setAnswerMask(const AnswerMask* mask);

public slots:
    void showServer(const QString& serverId);
    void showZone(const QString& zoneId);
    // An explicit firewall, or an implicit one ("fw-<left>-<right>"), which shows read-only.
    void showFirewall(const QString& firewallId);
    // rows as PortMatrix::ruleAt numbers them.
    void showRules(const QList<int>& rows); // no rows: the deployment page
    void clear();
    // Puts the cursor in the name field of what the page shows (Rename); on the rules page, the deployment's.
    void editName();

private:
    void setPage(Page page);
    void commitPendingEdits();
    void refresh();

    Page m_page = Page::Deployment;
    QStackedWidget* m_pages;
    DeploymentInspector* m_deployment;
    ServerInspector* m_server;
    ZoneInspector* m_zone;
    RuleInspector* m_rules;
    FirewallInspector* m_firewall;
};
