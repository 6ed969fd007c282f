#include "app/gui/lessonactions.h"

#include "model/deployment.h"
#include "model/deploymentanalysis.h"
#include "model/lessonfile.h"
#include "model/lessonlibrary.h"
#include "model/portcatalog.h"
#include "views/diagram/topologyscene.h"
#include "views/inspector/inspectorpanel.h"
#include "views/lesson/lessonchooser.h"
#include "views/lesson/lessonpanel.h"
#include "views/lesson/lessonstage.h"
#include "views/lesson/newlessondialog.h"
#include "views/lesson/answermask.h"
#include "views/panels/matrixpanel.h"
#include "views/panels/optionspanel.h"
#include "views/panels/warningspanel.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QGraphicsView>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <QTimer>

LessonActions::LessonActions(Deployment* document, DeploymentAnalysis* analysis, QMenu* edit, QMainWindow* window)
    : QObject(window)
    , m_document(document)
    , m_analysis(analysis)
    , m_edit(edit)
    , m_window(window)
    , m_directory([] { return QDir::homePath(); })
    , m_menu(new QMenu(tr("Le&sson"), window))
{
    setObjectName(QStringLiteral("lessonActions"));
    m_menu->setObjectName(QStringLiteral("menuLesson"));
    m_open = m_menu->addAction(tr("&Open Lesson…"), this, &LessonActions::chooseLesson);
    m_open->setObjectName(QStringLiteral("actionOpenLesson"));
    m_new = m_menu->addAction(tr("&New Lesson from this Deployment…"), this, &LessonActions::newLessonFromDeployment);
    m_new->setObjectName(QStringLiteral("actionNewLesson"));
    m_close = m_menu->addAction(tr("&Close Lesson"), this, &LessonActions::closeLesson);
    m_close->setObjectName(QStringLiteral("actionCloseLesson"));
    // Another document opened meanwhile (File → Open, a drop) is what the user wants to see.
    connect(m_document, &Deployment::resetDone, this, [this] {
        if (isOpen())
            closeLesson();
    });
    updateActions();
}

// The window is going: its docks delete the lesson's panels, the stage the rest.
LessonActions::~LessonActions()
{
    delete m_stage;
}

void LessonActions::chooseLesson()
{
    LessonChooser chooser(LessonLibrary::lessons(), m_directory(), m_window);
    if (chooser.exec() != QDialog::Accepted)
        return;
    if (!chooser.chosenFile().isEmpty())
        openLessonFile(chooser.chosenFile());
    else if (!chooser.selectedLessonId().isEmpty())
        openBuiltinLesson(chooser.selectedLessonId());
}

bool LessonActions::openBuiltinLesson(const QString& id)
{
    const std::optional<Lesson> lesson = LessonLibrary::open(id, PortCatalog::builtin());
    if (lesson)
        openLesson(*lesson);
    return lesson.has_value();
}

bool LessonActions::openLessonFile(const QString& path)
{
    LessonReader reader(PortCatalog::builtin());
    const std::optional<Lesson> lesson = reader.readFile(path);
    if (!lesson) {
        QMessageBox::warning(m_window, tr("Cannot open the lesson"),
                             tr("%1 cannot be opened:\n%2").arg(QDir::toNativeSeparators(path), reader.errorString()));
        return false;
    }
    openLesson(*lesson);
    return true;
}

void LessonActions::openLesson(const Lesson& lesson)
{
    closeLesson();
    // The view states of the user's document end: a comparison or what-if blocks would speak of a diagram out of sight.
    for (const char* name : {"actionStopComparing", "actionWhatIfUnblockAll"}) {
        if (auto* action = m_window->findChild<QAction*>(QString::fromLatin1(name)); action && action->isEnabled())
            action->trigger();
    }
    m_stage = new LessonStage(lesson, PortCatalog::builtin(), this);

    auto* view = m_window->findChild<QGraphicsView*>(QStringLiteral("topologyView"));
    m_documentScene = view->scene();
    view->setScene(m_stage->scene());

    const auto swap = [this](const char* dockName, QWidget* lessonWidget) {
        auto* dock = m_window->findChild<QDockWidget*>(QString::fromLatin1(dockName));
        m_documentPanels.append({dock, dock->widget(), dock->windowTitle()});
        dock->setWidget(lessonWidget);
    };
    swap("matrixDock", m_stage->matrix());
    swap("inspectorDock", m_stage->inspector());
    swap("optionsDock", m_stage->options());
    swap("warningsDock", m_stage->warnings());
    if (const qsizetype count = m_stage->analysis()->matrix().warnings.size())
        m_documentPanels.last().dock->setWindowTitle(tr("Warnings (%1)").arg(count));
    else
        m_documentPanels.last().dock->setWindowTitle(tr("Warnings"));

    // The user's document and diagram are out of sight: what places, finds, compares or edits there pauses until the
    // lesson is closed (the Edit menu and its submenu, the palette, Find, Compare With…).
    QDockWidget* palette = m_window->findChild<QDockWidget*>(QStringLiteral("paletteDock"));
    for (QWidget* widget : {palette->widget(), m_window->findChild<QWidget*>(QStringLiteral("findServer"))}) {
        if (widget->isEnabled()) {
            widget->setEnabled(false);
            m_pausedWidgets.append(widget);
        }
    }
    QList<QAction*> actions = m_edit->actions();
    for (const char* name : {"actionFind", "actionZoomToSelection", "actionCompareWith"}) {
        if (auto* action = m_window->findChild<QAction*>(QString::fromLatin1(name)))
            actions.append(action);
    }
    for (int i = 0; i < actions.size(); ++i) {
        if (QMenu* submenu = actions.at(i)->menu())
            actions.append(submenu->actions());
        if (actions.at(i)->isEnabled()) {
            actions.at(i)->setEnabled(false);
            m_pausedActions.append(actions.at(i));
        }
    }

    m_panel = new LessonPanel(lesson, PortCatalog::builtin());
    connect(m_panel, &LessonPanel::answersShown, m_stage->mask(), [mask = m_stage->mask()] { mask->hide({}, {}); });
    m_dock = new QDockWidget(tr("Lesson"), m_window);
    m_dock->setObjectName(QStringLiteral("lessonDock"));
    m_dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    m_dock->setWidget(m_panel);
    // In front of the palette, which has nothing to place during a lesson; as wide as its editors need.
    m_paletteWidth = palette->width();
    m_window->addDockWidget(Qt::LeftDockWidgetArea, m_dock);
    if (palette->isVisible() && !palette->isFloating())
        m_window->tabifyDockWidget(palette, m_dock);
    m_dock->show();
    m_dock->raise();
    m_window->resizeDocks({m_dock}, {qMin(460, m_window->width() / 3)}, Qt::Horizontal);
    // The whole lesson in view once the docks have their place, down to half size.
    QTimer::singleShot(0, m_stage->scene(), [view, scene = m_stage->scene()] {
        const QRectF rect = scene->sceneRect();
        const QSize port = view->viewport()->size();
        const qreal scale = qBound(0.5, qMin(port.width() / rect.width(), port.height() / rect.height()), 1.0);
        view->setTransform(QTransform::fromScale(scale, scale));
        view->ensureVisible(QRectF(rect.topLeft(), QSizeF(1, 1)), 0, 0);
    });
    m_window->statusBar()->showMessage(
        tr("Lesson “%1”: the asked answers are hidden, the deployment is read-only.").arg(lesson.title), 8000);
    updateActions();
}

void LessonActions::closeLesson()
{
    if (!m_stage)
        return;
    m_window->findChild<QGraphicsView*>(QStringLiteral("topologyView"))->setScene(m_documentScene);
    for (const DocumentPanel& put : std::as_const(m_documentPanels)) {
        put.dock->setWidget(put.panel);
        put.dock->setWindowTitle(put.title);
        put.panel->show();
    }
    m_documentPanels.clear();
    for (const QPointer<QWidget>& widget : std::as_const(m_pausedWidgets)) {
        if (widget)
            widget->setEnabled(true);
    }
    m_pausedWidgets.clear();
    for (const QPointer<QAction>& action : std::as_const(m_pausedActions)) {
        if (action)
            action->setEnabled(true);
    }
    m_pausedActions.clear();
    m_window->removeDockWidget(m_dock);
    delete m_dock; // and the panel in it
    QDockWidget* palette = m_window->findChild<QDockWidget*>(QStringLiteral("paletteDock"));
    if (palette->isVisible())
        m_window->resizeDocks({palette}, {m_paletteWidth}, Qt::Horizontal);
    m_dock = nullptr;
    m_panel = nullptr;
    delete m_stage;
    m_stage = nullptr;
    updateActions();
}

void LessonActions::newLessonFromDeployment()
{
    NewLessonDialog dialog(m_document->data(), m_analysis->matrix(), PortCatalog::builtin(), m_directory(), m_window);
    if (dialog.exec() == QDialog::Accepted)
        m_window->statusBar()->showMessage(
            tr("Saved the lesson to %1").arg(QDir::toNativeSeparators(dialog.savedPath())), 5000);
}

void LessonActions::updateActions()
{
    m_new->setEnabled(!isOpen());
    m_close->setEnabled(isOpen());
}
