#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class Deployment;
class DeploymentAnalysis;
class LessonPanel;
class LessonStage;
class QAction;
class QDockWidget;
class QGraphicsScene;
class QMainWindow;
class QMenu;
class QWidget;
struct Lesson;

// The Lesson menu. Open Lesson… shows a lesson (built in or from a file) in learner mode: the diagram, the matrix and
// the inspector show the lesson's deployment with the asked answers hidden, and the Lesson dock (lessonDock) holds the
// tasks, the answer editors, Check, Hint and Show Answers. The user's document stays as it was, out of sight; editing
// it is switched off until Close Lesson brings it back. New Lesson from this Deployment… writes a lesson of the
// document (teacher mode).
class LessonActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LessonActions)

public:
    // edit: the window's Edit menu, whose entries act on the user's document and so pause during a lesson.
    LessonActions(Deployment* document, DeploymentAnalysis* analysis, QMenu* edit, QMainWindow* window);
    ~LessonActions() override;

    QMenu* menu() const { return m_menu; }
    // Where file dialogs start.
    void setDirectory(const std::function<QString()>& directory) { m_directory = directory; }

    bool openBuiltinLesson(const QString& id);
    // On failure a message names the problem; the window stays as it was.
    bool openLessonFile(const QString& path);
    void openLesson(const Lesson& lesson);
    void closeLesson();
    bool isOpen() const { return m_stage != nullptr; }
    LessonStage* stage() const { return m_stage; }
    LessonPanel* panel() const { return m_panel; }
    void newLessonFromDeployment();

private:
    void chooseLesson();
    void updateActions();

    Deployment* m_document;
    DeploymentAnalysis* m_analysis;
    QMenu* m_edit;
    QMainWindow* m_window;
    std::function<QString()> m_directory;
    QMenu* m_menu;
    QAction* m_open;
    QAction* m_new;
    QAction* m_close;
    LessonStage* m_stage = nullptr;
    LessonPanel* m_panel = nullptr;
    QDockWidget* m_dock = nullptr;
    // What learner mode put aside, to put back on Close Lesson.
    QGraphicsScene* m_documentScene = nullptr;
    struct DocumentPanel
    {
        QDockWidget* dock;
        QPointer<QWidget> panel;
        QString title; // the warnings dock counts the document's warnings
    };
    QList<DocumentPanel> m_documentPanels;
    QList<QPointer<QWidget>> m_pausedWidgets;
    QList<QPointer<QAction>> m_pausedActions;
    int m_paletteWidth = 0;
};
