#pragma once

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class ComparisonPanel;
class ComparisonRowMarks;
class ComparisonState;
class Deployment;
class DeploymentAnalysis;
class MatrixPanel;
class PortMatrixModel;
class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;
class TopologyScene;

// Comparing the document with another layout (issue 12): "Compare With…" (a .portolan file, or this deployment under
// another Exchange version) and "Stop Comparing". While comparing, the matrix table colours each rule by its change,
// the chips of the diagram take the same colours, and the Comparison dock, beside the warnings, sums it up. A view
// state only (ComparisonState): the document, its undo stack, the saved file and the exports stay as they are.
class CompareActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareActions)

public:
    CompareActions(Deployment* document, DeploymentAnalysis* analysis, TopologyScene* scene, MatrixPanel* matrix,
                   QMainWindow* window);
    ~CompareActions() override;

    void addTo(QMenu* menu);
    // Where the dialog's Browse… starts.
    void setDirectory(std::function<QString()> directory) { m_directory = std::move(directory); }
    const ComparisonState* state() const { return m_state; }

    // Reads the file and compares with it; on failure a message names the problem and nothing changes.
    bool compareWithFile(const QString& path);
    void compareWithVersion(const QString& version);
    void stop();

signals:
    // A boundary of the summary was activated: its changed rules, to select on the diagram.
    void showRulesRequested(const QList<int>& rows);

private:
    void choose();
    void showState();
    void applyChipMarks();
    void selectBoundary(const QString& fromZone, const QString& toZone);
    QDockWidget* dock();
    QString versionName(const QString& id) const;

    Deployment* m_document;
    DeploymentAnalysis* m_analysis;
    TopologyScene* m_scene;
    QPointer<PortMatrixModel> m_model; // the matrix table's; the window may delete it first
    QMainWindow* m_window;
    ComparisonState* m_state;
    std::unique_ptr<ComparisonRowMarks> m_marks;
    QAction* m_compare;
    QAction* m_stop;
    QDockWidget* m_dock = nullptr; // made with the first comparison
    ComparisonPanel* m_panel = nullptr;
    std::function<QString()> m_directory;
};
