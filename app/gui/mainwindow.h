#pragma once

#include <QMainWindow>

#include <memory>

class AppSettings;
class Autosave;
class QDockWidget;
class Deployment;
class DeploymentAnalysis;
class FirewallActions;
class InspectorPanel;
class LiveProbe;
class MatrixExportFlow;
class MatrixPanel;
class ProbeDashboard;
class QGraphicsView;
class QMenu;
class QMimeData;
class QUndoView;
class TopologyScene;
class WarningsPanel;
class WhatIfActions;

// Wires the document, its undo stack, the actions and the docks. Every panel is its own class in views/.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // Restores the window's geometry and docks from settings and saves them when the window closes.
    explicit MainWindow(std::unique_ptr<AppSettings> settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a .portolan file and adds it to the recent files; on failure a message names the problem and the
    // current document stays.
    bool openFile(const QString& path);
    void newFromTemplate(const QString& templateId);
    // Reads an nmap XML report (-oX) and shows its ports of the document's servers like probe results; on failure a
    // message names the problem.
    bool importNmapFile(const QString& path);
    LiveProbe* liveProbe() const { return m_liveProbe; }
    // Offers the unsaved documents that a previous Portolan left when it ended without cleaning up (a crash, a kill),
    // newest first; true if one was restored into the window. The others stay for a later start unless discarded.
    bool offerRecovery();

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    // Drops on the diagram: a .portolan file is the window's business, a role from the palette the scene's.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void createActions();
    void createDocks();
    void defaultDockSizes();
    void createProbe();
    void showObservations(const QSet<QString>& hosts);
    void connectSelection(InspectorPanel* inspector, MatrixPanel* matrix, WarningsPanel* warnings);
    bool loadFile(const QString& path);
    void chooseTemplate();
    void openRecentFile(const QString& path);
    void updateRecentMenu();
    void exportDiagram();
    // The menu of a firewall bar on the diagram: copy or export the rules crossing it.
    void showFirewallMenu(const QString& leftZoneId, const QString& rightZoneId, const QList<int>& rows,
                          const QPoint& screenPos, const QList<int>& chipRows);
    bool save();
    bool saveAs();
    bool maybeSave();
    void updateTitle();
    void setPath(const QString& path);
    void zoomBy(qreal factor);
    QString dialogDirectory() const;
    void rememberDirectory(const QString& path);
    // The local .portolan file a drag carries, or an empty string.
    static QString droppedDeployment(const QMimeData* mime);
    void openDroppedFile(const QString& path);

    std::unique_ptr<AppSettings> m_settings;
    QMenu* m_editMenu = nullptr;
    Deployment* m_document;
    DeploymentAnalysis* m_analysis;
    TopologyScene* m_scene;
    QGraphicsView* m_view;
    QUndoView* m_undoView = nullptr;
    MatrixPanel* m_matrix = nullptr;
    QDockWidget* m_matrixDock = nullptr;
    MatrixExportFlow* m_matrixExport = nullptr;
    WhatIfActions* m_whatIf = nullptr;
    FirewallActions* m_firewalls = nullptr;
    LiveProbe* m_liveProbe = nullptr;
    ProbeDashboard* m_dashboard = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QString m_path;
    Autosave* m_autosave;
};
