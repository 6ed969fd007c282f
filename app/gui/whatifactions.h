#pragma once

#include <QList>
#include <QObject>
#include <QString>

class DeploymentAnalysis;
class MatrixPanel;
class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;
class TopologyScene;
class WhatIfState;

// The what-if of the window: "Block (what-if)" and "Unblock" on port chips, flow arrows and matrix rows, "Unblock
// All", "Open an extra port (what-if)…" on a firewall, the Consequences dock and the bar above the diagram. The state
// it owns is a view state: nothing here changes the document, its undo stack, the saved file or an export.
class WhatIfActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WhatIfActions)

public:
    // Puts the bar above the window's central widget and the Consequences dock into the right dock area, tabbed with
    // tabWith.
    WhatIfActions(DeploymentAnalysis* analysis, TopologyScene* scene, MatrixPanel* matrix, QMainWindow* window,
                  QDockWidget* tabWith);

    WhatIfState* state() const { return m_state; }
    // Adds Unblock All to a menu (the View menu).
    void addTo(QMenu* menu);

    // The entries of a firewall's menu (chipRows: the rows of the chip clicked, empty on the bar) and of a flow
    // arrow's menu.
    void fillFirewallMenu(QMenu* menu, const QString& leftZoneId, const QString& rightZoneId,
                          const QList<int>& chipRows);
    void fillFlowMenu(QMenu* menu, const QList<int>& rows);
    // Asks for a direction, protocol and port across the firewall between two neighbouring zones and shows the
    // answer in the Consequences dock.
    void askExtraPort(const QString& leftZoneId, const QString& rightZoneId, bool rightward);

private:
    void addBlockEntries(QMenu* menu, const QList<int>& rows, const QString& what);
    void block(const QList<int>& rows);
    void showConsequences();
    void updateMatrixActions();

    DeploymentAnalysis* m_analysis;
    MatrixPanel* m_matrix;
    QMainWindow* m_window;
    WhatIfState* m_state;
    QDockWidget* m_dock;
    QAction* m_unblockAll;
    QAction* m_blockRows;
    QAction* m_unblockRows;
};
