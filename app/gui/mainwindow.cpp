#include "app/gui/mainwindow.h"

#include "model/deployment.h"
#include "model/deploymentanalysis.h"
#include "model/deploymentfile.h"
#include "model/portcatalog.h"
#include "model/templatelibrary.h"
#include "views/matrixpanel.h"
#include "views/rolepalette.h"
#include "views/topologyscene.h"
#include "views/warningspanel.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QGraphicsView>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_document(new Deployment(this))
    , m_analysis(new DeploymentAnalysis(m_document, PortCatalog::builtin(), this))
    , m_scene(new TopologyScene(m_document, m_analysis, PortCatalog::builtin(), this))
    , m_view(new QGraphicsView(m_scene, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_view->setObjectName(QStringLiteral("topologyView"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setDragMode(QGraphicsView::ScrollHandDrag);
    setCentralWidget(m_view);
    createActions();
    createDocks();
    connect(m_document->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Deployment::propertiesChanged, this, &MainWindow::updateTitle);
    resize(1400, 900);
    updateTitle();
}

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QToolBar* toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    const auto add = [&](QMenu* menu, const QString& name, const QString& text, QKeySequence::StandardKey key,
                         auto slot) {
        QAction* action = menu->addAction(text, this, slot);
        action->setObjectName(name);
        action->setShortcut(key);
        return action;
    };
    add(file, QStringLiteral("actionNew"), tr("&New"), QKeySequence::New, [this] {
        if (maybeSave())
            newFromTemplate(QStringLiteral("exchange2019-edge"));
    });
    add(file, QStringLiteral("actionOpen"), tr("&Open…"), QKeySequence::Open, [this] {
        if (!maybeSave())
            return;
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Open deployment"), {}, tr("Portolan deployments (*.portolan)"));
        if (!path.isEmpty())
            openFile(path);
    });
    add(file, QStringLiteral("actionSave"), tr("&Save"), QKeySequence::Save, [this] { save(); });
    add(file, QStringLiteral("actionSaveAs"), tr("Save &As…"), QKeySequence::SaveAs, [this] { saveAs(); });
    file->addSeparator();
    add(file, QStringLiteral("actionQuit"), tr("&Quit"), QKeySequence::Quit, [this] { close(); });

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    add(view, QStringLiteral("actionZoomIn"), tr("Zoom &In"), QKeySequence::ZoomIn, [this] { zoomBy(1.25); });
    add(view, QStringLiteral("actionZoomOut"), tr("Zoom &Out"), QKeySequence::ZoomOut, [this] { zoomBy(0.8); });
    QAction* fit =
        view->addAction(tr("&Fit"), this, [this] { m_view->fitInView(m_scene->sceneRect(), Qt::KeepAspectRatio); });
    fit->setObjectName(QStringLiteral("actionZoomFit"));
    fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    toolBar->addActions({undo, redo, fit});
}

void MainWindow::createDocks()
{
    auto* paletteDock = new QDockWidget(tr("Roles"), this);
    paletteDock->setObjectName(QStringLiteral("paletteDock"));
    paletteDock->setWidget(new RolePalette(m_document, PortCatalog::builtin(), paletteDock));
    addDockWidget(Qt::LeftDockWidgetArea, paletteDock);
    resizeDocks({paletteDock}, {220}, Qt::Horizontal);
    connect(m_scene, &TopologyScene::dropRefused, this,
            [this](const QString& reason) { statusBar()->showMessage(reason, 5000); });

    auto* matrixDock = new QDockWidget(tr("Port matrix"), this);
    matrixDock->setObjectName(QStringLiteral("matrixDock"));
    matrixDock->setWidget(new MatrixPanel(m_analysis, matrixDock));
    addDockWidget(Qt::BottomDockWidgetArea, matrixDock);
    auto* warningsDock = new QDockWidget(tr("Warnings"), this);
    warningsDock->setObjectName(QStringLiteral("warningsDock"));
    warningsDock->setWidget(new WarningsPanel(m_analysis, warningsDock));
    addDockWidget(Qt::BottomDockWidgetArea, warningsDock);
    splitDockWidget(matrixDock, warningsDock, Qt::Horizontal);
    resizeDocks({matrixDock, warningsDock}, {1000, 400}, Qt::Horizontal);
    resizeDocks({matrixDock}, {300}, Qt::Vertical);
}

bool MainWindow::openFile(const QString& path)
{
    DeploymentReader reader(PortCatalog::builtin());
    const auto data = reader.readFile(path);
    if (!data) {
        QMessageBox::warning(this, tr("Cannot open deployment"),
                             tr("%1 cannot be opened:\n%2").arg(QDir::toNativeSeparators(path), reader.errorString()));
        return false;
    }
    m_document->reset(*data);
    m_path = path;
    updateTitle();
    return true;
}

void MainWindow::newFromTemplate(const QString& templateId)
{
    if (const auto info = TemplateLibrary::find(templateId); info && openFile(info->path)) {
        m_path.clear();
        updateTitle();
    }
}

bool MainWindow::save()
{
    if (m_path.isEmpty())
        return saveAs();
    DeploymentWriter writer;
    if (!writer.writeFile(m_document->data(), m_path)) {
        QMessageBox::warning(this, tr("Cannot save deployment"), writer.errorString());
        return false;
    }
    m_document->undoStack()->setClean();
    updateTitle();
    return true;
}

bool MainWindow::saveAs()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save deployment"), m_path, tr("Portolan deployments (*.portolan)"));
    if (path.isEmpty())
        return false;
    m_path = path;
    return save();
}

bool MainWindow::maybeSave()
{
    if (m_document->undoStack()->isClean())
        return true;
    const auto answer =
        QMessageBox::warning(this, tr("Unsaved changes"), tr("The deployment has unsaved changes. Save them?"),
                             QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (maybeSave())
        event->accept();
    else
        event->ignore();
}

void MainWindow::updateTitle()
{
    const QString file = m_path.isEmpty() ? tr("Untitled") : QFileInfo(m_path).fileName();
    setWindowTitle(tr("%1[*] — %2 — Portolan").arg(file, m_document->name()));
    setWindowModified(!m_document->undoStack()->isClean());
}

void MainWindow::zoomBy(qreal factor)
{
    m_view->scale(factor, factor);
}
