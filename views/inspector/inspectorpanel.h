#pragma once

#include <QList>
#include <QWidget>

class Deployment;
class DeploymentAnalysis;
class PortCatalog;
class QLabel;
class QStackedWidget;
class RuleInspector;
class ServerInspector;
class ZoneInspector;

// The details dock: what the diagram or the matrix selected (a server, a zone, or matrix rules) with its properties
// as undoable edits and its ports and flows read-only. It follows the document: after each analysis it re-reads what
// it shows and goes back to its hint when that is gone.
class InspectorPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InspectorPanel)

public:
    enum class Page
    {
        Empty,
        Server,
        Zone,
        Rules
    };

    InspectorPanel(Deployment* document, DeploymentAnalysis* analysis, const PortCatalog& catalog,
                   QWidget* parent = nullptr);

    Page page() const { return m_page; }

public slots:
    void showServer(const QString& serverId);
    void showZone(const QString& zoneId);
    // rows as PortMatrix::ruleAt numbers them.
    void showRules(const QList<int>& rows); // no rows: the hint page
    void clear();

private:
    void setPage(Page page);
    void commitPendingEdits();
    void refresh();

    Page m_page = Page::Empty;
    QStackedWidget* m_pages;
    QLabel* m_hint;
    ServerInspector* m_server;
    ZoneInspector* m_zone;
    RuleInspector* m_rules;
};
