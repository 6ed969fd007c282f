#pragma once

#include <QMainWindow>

class Deployment;
class DeploymentAnalysis;
class QGraphicsView;
class TopologyScene;

// Wires the document, its undo stack, the actions and the docks. Every panel is its own class in views/.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget* parent = nullptr);

    bool openFile(const QString& path);
    void newFromTemplate(const QString& templateId);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createDocks();
    bool save();
    bool saveAs();
    bool maybeSave();
    void updateTitle();
    void zoomBy(qreal factor);

    Deployment* m_document;
    DeploymentAnalysis* m_analysis;
    TopologyScene* m_scene;
    QGraphicsView* m_view;
    QString m_path;
};
