#include "app/gui/mainwindow.h"

#include "app/gui/compareactions.h"
#include "app/gui/diagramfit.h"
#include "app/gui/diagramnavigation.h"
#include "app/gui/editactions.h"
#include "app/gui/firewallactions.h"
#include "app/gui/firewallmenu.h"
#include "app/gui/lessonactions.h"
#include "app/gui/whatifactions.h"

#include "model/autosave.h"
#include "model/deployment.h"
#include "model/deploymentanalysis.h"
#include "model/deploymentfile.h"
#include "model/portcatalog.h"
#include "model/templatelibrary.h"
#include "model/userfile.h"
#include "views/appsettings.h"
#include "model/export/exportfile.h"
#include "model/export/exportinput.h"
#include "model/export/exporterregistry.h"
#include "views/export/diagramexporter.h"
#include "views/export/exportpathdialog.h"
#include "views/export/matrixexportflow.h"
#include "views/export/reportactions.h"
#include "views/export/scenedrawing.h"
#include "probe/nmapxmlreader.h"
#include "probe/probeengine.h"
#include "views/help/helpmenu.h"
#include "views/inspector/inspectorpanel.h"
#include "views/probing/liveprobe.h"
#include "views/panels/legendpanel.h"
#include "views/panels/matrixpanel.h"
#include "views/panels/optionspanel.h"
#include "views/probing/probedashboard.h"
#include "views/probing/probestatus.h"
#include "views/probing/probetoolbar.h"
#include "views/probing/probeobservations.h"
#include "views/panels/rolepalette.h"
#include "views/panels/templatechooser.h"
#include "views/diagram/topologyscene.h"
#include "views/panels/warningspanel.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QGraphicsView>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QStatusBar>
#include <QStyle>
#include <QScreen>
#include <QScrollArea>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QUndoView>

namespace {
const QString DeploymentSuffix = QStringLiteral("portolan");
}

MainWindow::MainWindow(std::unique_ptr<AppSettings> settings, QWidget* parent)
    : QMainWindow(parent)
    , m_settings(std::move(settings))
    , m_document(new Deployment(this))
    , m_analysis(new DeploymentAnalysis(m_document, PortCatalog::builtin(), this))
    , m_scene(new TopologyScene(m_document, m_analysis, PortCatalog::builtin(), this))
    , m_view(new QGraphicsView(m_scene, this))
    , m_autosave(new Autosave(m_document, m_settings->autosaveDirectory(), this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_view->setObjectName(QStringLiteral("topologyView"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setDragMode(QGraphicsView::ScrollHandDrag);
    m_view->viewport()->installEventFilter(this);
    setCentralWidget(m_view);
    // The side docks run the window's full height; the matrix sits under the diagram only.
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    setAcceptDrops(true);
    DiagramExporter::registerFormats();
    createActions();
    createDocks();
    createProbe();
    auto* lessons = new LessonActions(m_document, m_analysis, m_editMenu, this);
    lessons->setDirectory([this] { return dialogDirectory(); });
    menuBar()->addMenu(lessons->menu());
    HelpMenu::install(this);
    connect(m_document->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Deployment::propertiesChanged, this, &MainWindow::updateTitle);
    // A newly opened deployment is shown whole when it fits at a readable size: once laid out, as the event loop runs,
    // and again as the docks and the window take their sizes, until the user zooms or scrolls.
    connect(m_document, &Deployment::resetDone, new DiagramFit(m_view, this), &DiagramFit::follow,
            Qt::QueuedConnection);
    // The first start takes most of the screen, up to 1800x1000: on a 1920x1080 screen the three zones of the default
    // deployment show whole beside the palette and the inspector.
    if (!restoreGeometry(m_settings->windowGeometry()))
        resize(QSize(1800, 1000).boundedTo(screen()->availableSize() * 0.9));
    // Without a saved layout, the docks take their share once the window has its size on screen.
    if (!restoreState(m_settings->windowState()))
        QTimer::singleShot(0, this, &MainWindow::defaultDockSizes);
    updateRecentMenu();
    updateTitle();
}

// The document is a child and goes after this part of the window: its undo stack, cleared then, reports cleanChanged
// when it held unsaved changes (quit after "Discard"), and nothing of the document may reach the window any more.
MainWindow::~MainWindow()
{
    disconnect(m_document->undoStack(), nullptr, this, nullptr);
    disconnect(m_document, nullptr, this, nullptr);
}

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("menuFile"));
    QToolBar* toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    const auto add = [&](QMenu* menu, const QString& name, const QString& text, QKeySequence::StandardKey key,
                         auto slot) {
        QAction* action = menu->addAction(text, this, slot);
        action->setObjectName(name);
        action->setShortcut(key);
        return action;
    };
    add(file, QStringLiteral("actionNewFromTemplate"), tr("&New from Template…"), QKeySequence::New,
        [this] { chooseTemplate(); });
    add(file, QStringLiteral("actionOpen"), tr("&Open…"), QKeySequence::Open, [this] {
        if (!maybeSave())
            return;
        const QString path = QFileDialog::getOpenFileName(this, tr("Open deployment"), dialogDirectory(),
                                                          tr("Portolan deployments (*.portolan)"));
        if (!path.isEmpty())
            openFile(path);
    });
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("menuRecent"));
    m_recentMenu->setToolTipsVisible(true);
    add(file, QStringLiteral("actionSave"), tr("&Save"), QKeySequence::Save, [this] { save(); });
    add(file, QStringLiteral("actionSaveAs"), tr("Save &As…"), QKeySequence::SaveAs, [this] { saveAs(); });
    file->addSeparator();
    QAction* exportAction = file->addAction(tr("&Export Diagram…"), this, [this] { exportDiagram(); });
    exportAction->setObjectName(QStringLiteral("actionExportDiagram"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    QAction* exportMatrix = file->addAction(tr("Export Port &Matrix…"), this, [this] {
        const QString base = m_path.isEmpty() ? tr("port-matrix") : QFileInfo(m_path).completeBaseName();
        m_matrixExport->exportMatrix(QDir(dialogDirectory()).filePath(base));
    });
    exportMatrix->setObjectName(QStringLiteral("actionExportMatrix"));
    auto* firewalls = m_firewalls = new FirewallActions(m_analysis, this);
    firewalls->setSourcePath([this] { return m_path; });
    firewalls->setDirectory([this] { return dialogDirectory(); });
    connect(firewalls, &FirewallActions::saved, this, &MainWindow::rememberDirectory);
    connect(firewalls, &FirewallActions::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 5000); });
    file->addAction(firewalls->exportAction());
    file->setToolTipsVisible(true); // why Export Firewall Rules… is off
    auto* reports = new ReportActions(m_document, m_settings.get(), this);
    reports->setSourcePath([this] { return m_path; });
    reports->setEvidence([this] { return m_liveProbe->evidence(); });
    connect(reports, &ReportActions::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 5000); });
    file->addAction(reports->exportReportAction());
    file->addSeparator();
    file->addActions({reports->printAction(), reports->printPreviewAction(), reports->printDiagramAction()});
    file->addSeparator();
    QAction* importNmap = file->addAction(tr("&Import nmap XML…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import nmap XML"), dialogDirectory(),
                                                          tr("nmap XML reports (*.xml)"));
        if (!path.isEmpty())
            importNmapFile(path);
    });
    importNmap->setObjectName(QStringLiteral("actionImportNmap"));
    file->addSeparator();
    add(file, QStringLiteral("actionQuit"), tr("&Quit"), QKeySequence::Quit, [this] { close(); });

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    // Ctrl+Y as well as the platform's redo key (Ctrl+Shift+Z here).
    redo->setShortcuts({QKeySequence(QKeySequence::Redo), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addAction(undo);
    edit->addAction(redo);
    m_editMenu = edit;

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(QStringLiteral("menuView"));
    add(m_viewMenu, QStringLiteral("actionZoomIn"), tr("Zoom &In"), QKeySequence::ZoomIn, [this] { zoomBy(1.25); });
    add(m_viewMenu, QStringLiteral("actionZoomOut"), tr("Zoom &Out"), QKeySequence::ZoomOut, [this] { zoomBy(0.8); });
    QAction* fit = m_viewMenu->addAction(tr("&Fit"), this,
                                         [this] { m_view->fitInView(m_scene->sceneRect(), Qt::KeepAspectRatio); });
    fit->setObjectName(QStringLiteral("actionZoomFit"));
    fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_viewMenu->addSeparator();
    toolBar->addActions({undo, redo, fit});
}

void MainWindow::createDocks()
{
    const auto addDock = [this](const QString& name, const QString& title, QWidget* widget, Qt::DockWidgetArea area) {
        auto* dock = new QDockWidget(title, this);
        dock->setObjectName(name);
        widget->setParent(dock);
        dock->setWidget(widget);
        addDockWidget(area, dock);
        QAction* toggle = dock->toggleViewAction();
        toggle->setObjectName(QStringLiteral("actionShow_") + name);
        m_viewMenu->addAction(toggle);
        return dock;
    };
    auto* palette = new RolePalette(m_document, PortCatalog::builtin());
    addDock(QStringLiteral("paletteDock"), tr("Roles"), palette, Qt::LeftDockWidgetArea);
    connect(m_scene, &TopologyScene::dropRefused, this,
            [this](const QString& reason) { statusBar()->showMessage(reason, 5000); });

    auto* inspector = new InspectorPanel(m_document, m_analysis, PortCatalog::builtin());
    QDockWidget* inspectorDock =
        addDock(QStringLiteral("inspectorDock"), tr("Inspector"), inspector, Qt::RightDockWidgetArea);
    // Warnings under the inspector, as wide as it, so that their sentences wrap into readable lines; the title counts
    // them, so that they are noticed even when the dock is small. (Split before the Options join the inspector as a
    // tab: a dock split off a tabbed group becomes one more tab.)
    auto* warnings = new WarningsPanel(m_analysis);
    QDockWidget* warningsDock =
        addDock(QStringLiteral("warningsDock"), tr("Warnings"), warnings, Qt::RightDockWidgetArea);
    splitDockWidget(inspectorDock, warningsDock, Qt::Vertical);
    const auto countWarnings = [this, warningsDock] {
        const qsizetype count = m_analysis->matrix().warnings.size();
        warningsDock->setWindowTitle(count ? tr("Warnings (%1)").arg(count) : tr("Warnings"));
    };
    connect(m_analysis, &DeploymentAnalysis::updated, warningsDock, countWarnings);
    countWarnings();
    QDockWidget* optionsDock = addDock(QStringLiteral("optionsDock"), tr("Options"),
                                       new OptionsPanel(m_document, PortCatalog::builtin()), Qt::RightDockWidgetArea);
    tabifyDockWidget(inspectorDock, optionsDock);
    tabifyDockWidget(optionsDock,
                     addDock(QStringLiteral("legendDock"), tr("Legend"), new LegendPanel, Qt::RightDockWidgetArea));
    inspectorDock->raise();

    auto* matrix = new MatrixPanel(m_analysis);
    QDockWidget* matrixDock =
        addDock(QStringLiteral("matrixDock"), tr("Port matrix"), matrix, Qt::BottomDockWidgetArea);
    m_matrix = matrix;
    m_matrixDock = matrixDock;
    m_matrixExport = new MatrixExportFlow(m_analysis, PortCatalog::builtin(), matrix, this);
    connect(matrix, &MatrixPanel::exportRowsRequested, this, [this](const QList<int>& rows) {
        m_matrixExport->exportRows(rows, QDir(dialogDirectory()).filePath(tr("selected-rules")));
    });
    connect(m_matrixExport, &MatrixExportFlow::exported, this, &MainWindow::rememberDirectory);
    connect(m_matrixExport, &MatrixExportFlow::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 5000); });
    connect(m_scene, &TopologyScene::boundaryMenuRequested, this, &MainWindow::showFirewallMenu);
    connectSelection(inspector, matrix, warnings);
    // Before the tab order is set: the bar it puts above the diagram gives the view a new parent.
    m_whatIf = new WhatIfActions(m_analysis, m_scene, matrix, this, warningsDock);
    m_whatIf->addTo(m_viewMenu);
    warningsDock->raise(); // the Consequences join its tabs behind it, until something is blocked
    auto* editing = new EditActions(m_document, m_scene, inspector, PortCatalog::builtin(), this);
    editing->addTo(m_editMenu);
    // Enter on a role in the palette adds it to the zone selected on the diagram (or the zone of the selected card).
    connect(palette, &RolePalette::roleActivated, this, [this, editing](const QString& role) {
        const QString refusal = m_scene->placeRoleInZone(role, editing->currentZone());
        if (!refusal.isEmpty())
            statusBar()->showMessage(refusal, 5000);
    });
    auto* navigation = new DiagramNavigation(m_document, m_scene, m_view, inspector, matrix, this);
    navigation->addTo(m_viewMenu, findChild<QToolBar*>(QStringLiteral("mainToolBar")));
    auto* comparing = new CompareActions(m_document, m_analysis, m_scene, matrix, this);
    comparing->setDirectory([this] { return dialogDirectory(); });
    comparing->addTo(m_viewMenu);
    // Tab goes palette → diagram → inspector → matrix → warnings.
    setTabOrder(palette, m_view);
    setTabOrder(m_view, inspector);
    setTabOrder(inspector, matrix);
    setTabOrder(matrix, warnings);
    connect(editing, &EditActions::showRulesRequested, m_scene, &TopologyScene::rulesSelected);
    connect(editing, &EditActions::copyRulesRequested, matrix,
            [matrix](const QList<int>& rows) { matrix->copyRows(rows); });
    connect(editing, &EditActions::flowMenuFilled, m_whatIf, &WhatIfActions::fillFlowMenu);
    auto* firewallMenu = new FirewallMenu(m_document, m_scene, this);
    connect(firewallMenu, &FirewallMenu::showRulesRequested, m_scene, &TopologyScene::rulesSelected);
    connect(firewallMenu, &FirewallMenu::copyRulesRequested, matrix, &MatrixPanel::copyRows);
    connect(firewallMenu, &FirewallMenu::filterMatrixRequested, matrix, &MatrixPanel::setFirewall);
    connect(firewallMenu, &FirewallMenu::menuFilled, m_firewalls, &FirewallActions::addToFirewallMenu);

    m_undoView = new QUndoView(m_document->undoStack());
    m_undoView->setObjectName(QStringLiteral("undoView"));
    m_undoView->setCleanIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    QDockWidget* undoDock =
        addDock(QStringLiteral("undoDock"), tr("Undo history"), m_undoView, Qt::RightDockWidgetArea);
    resizeDocks({undoDock}, {220}, Qt::Horizontal);
    undoDock->hide();

    // The dashboard's charts sit side by side; in a narrow window it scrolls rather than widen the window (a docked
    // widget's minimum width counts even while its tab is hidden).
    m_dashboard = new ProbeDashboard;
    auto* dashboardScroll = new QScrollArea;
    dashboardScroll->setObjectName(QStringLiteral("probeDashboardScroll"));
    dashboardScroll->setWidgetResizable(true);
    dashboardScroll->setFrameShape(QFrame::NoFrame);
    dashboardScroll->setWidget(m_dashboard);
    QDockWidget* dashboardDock =
        addDock(QStringLiteral("probeDashboardDock"), tr("Probe dashboard"), dashboardScroll, Qt::BottomDockWidgetArea);
    tabifyDockWidget(matrixDock, dashboardDock);
    matrixDock->raise();
    dashboardDock->hide(); // until the first probe run
}

// The first start's dock sizes, in proportion to the window, so that 1024x700 leaves the diagram room: the palette a
// fifth of the width (at most 240 px), the inspector with the warnings under it a quarter (at most 380 px), the matrix
// under the diagram a third of the height (at most 300 px). A saved layout replaces them.
void MainWindow::defaultDockSizes()
{
    const QSize area = size();
    const auto dock = [this](const char* name) {
        return findChild<QDockWidget*>(QString::fromLatin1(name));
    };
    resizeDocks({dock("paletteDock"), dock("inspectorDock")},
                {qMin(240, area.width() / 5), qMin(380, area.width() / 4)}, Qt::Horizontal);
    resizeDocks({dock("matrixDock")}, {qMin(300, area.height() / 3)}, Qt::Vertical);
    resizeDocks({dock("inspectorDock"), dock("warningsDock")}, {3, 2}, Qt::Vertical);
}

// The live probe: a Probe menu and toolbar, its progress in the status bar, the results on the diagram, in the matrix
// and on the dashboard.
void MainWindow::createProbe()
{
    m_liveProbe = new LiveProbe(m_document, m_analysis, PortCatalog::builtin(), this);
    m_liveProbe->engine()->setTimeout(m_settings->probeTimeoutMs());
    auto* toolBar = new ProbeToolBar(m_liveProbe, m_analysis, m_settings.get(), this);
    addToolBar(toolBar);
    QMenu* menu = new QMenu(tr("&Probe"), this);
    menu->setObjectName(QStringLiteral("menuProbe"));
    menu->addActions({toolBar->liveAction(), toolBar->probeNowAction(), toolBar->cancelAction()});
    menuBar()->insertMenu(m_viewMenu->menuAction(), menu);
    auto* status = new ProbeStatus(m_liveProbe, toolBar->cancelAction(), this);
    statusBar()->addPermanentWidget(status);
    const auto showMessage = [this](const QString& text) {
        statusBar()->showMessage(text);
    };
    connect(toolBar, &ProbeToolBar::message, this, showMessage);
    connect(status, &ProbeStatus::message, this, showMessage);

    connect(m_liveProbe, &LiveProbe::runStarted, this, [this](const QDateTime& started) {
        if (m_dashboard->runCount() == 0)
            findChild<QDockWidget*>(QStringLiteral("probeDashboardDock"))->show();
        m_dashboard->beginRun(started);
    });
    connect(m_liveProbe, &LiveProbe::resultArrived, m_dashboard, &ProbeDashboard::addResult);
    connect(m_liveProbe, &LiveProbe::observationsChanged, this, &MainWindow::showObservations);
}

void MainWindow::showObservations(const QSet<QString>& hosts)
{
    const ProbeObservations& observations = *m_liveProbe->observations();
    m_matrix->showObservations(observations.summarise(m_liveProbe->plan(), m_analysis->matrix(), *m_document));
    m_scene->showObservations(observations, m_liveProbe->plan(), hosts);
}

bool MainWindow::importNmapFile(const QString& path)
{
    NmapXmlReader reader;
    QString error;
    const std::optional<QByteArray> xml = UserFile::read(path, UserFileKind::NmapReport, &error);
    if (xml && !reader.read(*xml))
        error = reader.errorString();
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Cannot import the nmap report"),
                             tr("%1 cannot be read:\n%2").arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    rememberDirectory(path);
    QStringList unmatched;
    const int count = m_liveProbe->importNmap(reader.hosts(), &unmatched, reader.started());
    QString message = tr("Imported %n ports from the nmap report", nullptr, count);
    if (!unmatched.isEmpty())
        message += u' ' + tr("(no server has the address %1)").arg(unmatched.join(QStringLiteral(", ")));
    statusBar()->showMessage(message, 10000);
    return true;
}

// One selection across the views: the diagram, the matrix table and the warnings list select together, and the
// inspector shows what was selected last.
void MainWindow::connectSelection(InspectorPanel* inspector, MatrixPanel* matrix, WarningsPanel* warnings)
{
    const auto showRules = [this, inspector](const QList<int>& rows) {
        m_scene->highlightRules(rows);
        inspector->showRules(rows);
        if (!rows.isEmpty())
            findChild<QDockWidget*>(QStringLiteral("inspectorDock"))->raise();
    };
    connect(m_scene, &TopologyScene::rulesSelected, this, [showRules, matrix](const QList<int>& rows) {
        showRules(rows);
        matrix->selectRows(rows);
    });
    connect(matrix, &MatrixPanel::rowsSelected, this, showRules);
    // What is selected shows in the inspector, brought in front of the Options it shares its place with.
    QDockWidget* inspectorDock = findChild<QDockWidget*>(QStringLiteral("inspectorDock"));
    connect(m_scene, &TopologyScene::serverSelected, this, [this, inspector, matrix, inspectorDock](const QString& id) {
        m_scene->highlightRules({});
        matrix->selectRows({});
        inspector->showServer(id);
        inspectorDock->raise();
    });
    connect(m_scene, &TopologyScene::zoneSelected, this, [this, inspector, matrix, inspectorDock](const QString& id) {
        m_scene->highlightRules({});
        matrix->selectRows({});
        inspector->showZone(id);
        inspectorDock->raise();
    });
    connect(m_scene, &TopologyScene::firewallSelected, this, [inspector, inspectorDock](const QString& id) {
        inspector->showFirewall(id);
        inspectorDock->raise();
    });
    connect(m_scene, &TopologyScene::selectionCleared, this, [showRules, matrix] {
        showRules({});
        matrix->selectRows({});
    });
    connect(warnings, &WarningsPanel::serversActivated, this, [this, inspector](const QStringList& servers) {
        m_scene->selectServers(servers);
        if (servers.isEmpty())
            return;
        m_view->ensureVisible(m_scene->itemsRect(servers));
        inspector->showServer(servers.first());
    });
}

bool MainWindow::loadFile(const QString& path)
{
    DeploymentReader reader(PortCatalog::builtin());
    const auto data = reader.readFile(path);
    if (!data) {
        QMessageBox::warning(this, tr("Cannot open deployment"),
                             tr("%1 cannot be opened:\n%2").arg(QDir::toNativeSeparators(path), reader.errorString()));
        return false;
    }
    m_document->reset(*data);
    return true;
}

bool MainWindow::openFile(const QString& path)
{
    if (!loadFile(path))
        return false;
    setPath(path);
    m_undoView->setEmptyLabel(tr("<opened file>"));
    m_settings->addRecentFile(path);
    rememberDirectory(path);
    updateRecentMenu();
    updateTitle();
    return true;
}

void MainWindow::newFromTemplate(const QString& templateId)
{
    if (const auto info = TemplateLibrary::find(templateId); info && loadFile(info->path)) {
        setPath({});
        m_undoView->setEmptyLabel(tr("<new from template>"));
        updateTitle();
    }
}

void MainWindow::chooseTemplate()
{
    if (!maybeSave())
        return;
    TemplateChooser chooser(TemplateLibrary::templates(), PortCatalog::builtin(), this);
    if (chooser.exec() == QDialog::Accepted && !chooser.selectedTemplateId().isEmpty())
        newFromTemplate(chooser.selectedTemplateId());
}

void MainWindow::openRecentFile(const QString& path)
{
    if (!maybeSave())
        return;
    if (!QFileInfo::exists(path)) {
        m_settings->removeRecentFile(path);
        updateRecentMenu();
        QMessageBox::warning(
            this, tr("File not found"),
            tr("%1 no longer exists. It has been removed from the recent files.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    openFile(path);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_settings->recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString& path = files.at(i);
        // "&1" … "&9", then "1&0": a mnemonic digit for each entry.
        const QString number = i < 9 ? u'&' + QString::number(i + 1) : QStringLiteral("1&0");
        const QString name = QFileInfo(path).fileName().replace(u'&', QStringLiteral("&&"));
        QAction* action = m_recentMenu->addAction(number + u' ' + name, this, [this, path] { openRecentFile(path); });
        action->setObjectName(QStringLiteral("actionRecent%1").arg(i + 1));
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
    }
    m_recentMenu->addSeparator();
    QAction* clear = m_recentMenu->addAction(tr("&Clear Menu"), this, [this] {
        m_settings->clearRecentFiles();
        updateRecentMenu();
    });
    clear->setObjectName(QStringLiteral("actionClearRecent"));
    clear->setEnabled(!files.isEmpty());
    m_recentMenu->menuAction()->setEnabled(!files.isEmpty());
}

void MainWindow::exportDiagram()
{
    const QString base = m_path.isEmpty() ? tr("diagram") : QFileInfo(m_path).completeBaseName();
    const QString path =
        askExportPath(this, tr("Export diagram"), QDir(dialogDirectory()).filePath(base), ExportDocument::Diagram);
    if (path.isEmpty())
        return;
    rememberDirectory(path);

    const SceneDrawing drawing(*m_scene);
    ExportInput input;
    input.diagram = &drawing;
    ExportFile file;
    if (!file.write(*ExporterRegistry::instance().forPath(ExportDocument::Diagram, path)->create(input), path)) {
        QMessageBox::warning(this, tr("Cannot export the diagram"),
                             tr("%1 cannot be written:\n%2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    statusBar()->showMessage(tr("Exported the diagram to %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::showFirewallMenu(const QString& leftZoneId, const QString& rightZoneId, const QList<int>& rows,
                                  const QPoint& screenPos, const QList<int>& chipRows)
{
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("menuFirewall"));
    QAction* copy =
        menu.addAction(tr("&Copy Rules of This Firewall"), this, [this, rows] { m_matrix->copyRows(rows); });
    copy->setObjectName(QStringLiteral("actionCopyFirewallRules"));
    QAction* save = menu.addAction(tr("Export Its Port &Matrix Rows…"), this, [this, leftZoneId, rightZoneId, rows] {
        const QString base = leftZoneId + u'-' + rightZoneId + QStringLiteral("-rules");
        m_matrixExport->exportRows(rows, QDir(dialogDirectory()).filePath(base));
    });
    save->setObjectName(QStringLiteral("actionExportFirewallRows"));
    copy->setEnabled(!rows.isEmpty());
    save->setEnabled(!rows.isEmpty());
    m_firewalls->addToBoundaryMenu(&menu, leftZoneId, rightZoneId);
    m_whatIf->fillFirewallMenu(&menu, leftZoneId, rightZoneId, chipRows);
    menu.exec(screenPos);
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
    const QString start = m_path.isEmpty() ? dialogDirectory() : m_path;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save deployment"), start, tr("Portolan deployments (*.portolan)"));
    if (path.isEmpty())
        return false;
    const QString previous = m_path;
    setPath(path);
    if (!save()) {
        setPath(previous);
        return false;
    }
    m_settings->addRecentFile(path);
    rememberDirectory(path);
    updateRecentMenu();
    return true;
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
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    event->accept();
}

QString MainWindow::droppedDeployment(const QMimeData* mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1)
        return {};
    const QUrl url = mime->urls().constFirst();
    if (!url.isLocalFile() || QFileInfo(url.toLocalFile()).suffix().compare(DeploymentSuffix, Qt::CaseInsensitive))
        return {};
    return url.toLocalFile();
}

// Opened once the drop has finished: maybeSave() may ask, and a dialog inside a drop handler blocks the drag source.
void MainWindow::openDroppedFile(const QString& path)
{
    QMetaObject::invokeMethod(
        this,
        [this, path] {
            if (maybeSave())
                openFile(path);
        },
        Qt::QueuedConnection);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (droppedDeployment(event->mimeData()).isEmpty())
        event->ignore();
    else
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QString path = droppedDeployment(event->mimeData());
    if (path.isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    openDroppedFile(path);
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view->viewport()) {
        switch (event->type()) {
        case QEvent::DragEnter:
        case QEvent::DragMove: {
            auto* drag = static_cast<QDragMoveEvent*>(event);
            if (droppedDeployment(drag->mimeData()).isEmpty())
                break;
            drag->acceptProposedAction();
            return true;
        }
        case QEvent::Drop: {
            auto* drop = static_cast<QDropEvent*>(event);
            const QString path = droppedDeployment(drop->mimeData());
            if (path.isEmpty())
                break;
            drop->acceptProposedAction();
            openDroppedFile(path);
            return true;
        }
        default:
            break;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::setPath(const QString& path)
{
    m_path = path;
    m_autosave->setSourcePath(path);
}

bool MainWindow::offerRecovery()
{
    for (const Autosave::Orphan& orphan : Autosave::orphans(m_settings->autosaveDirectory())) {
        DeploymentReader reader(PortCatalog::builtin());
        const auto data = reader.readFile(orphan.copyPath);
        if (!data) { // a copy that cannot be read is of no use to anyone
            Autosave::discard(orphan);
            continue;
        }
        const QString file =
            orphan.sourcePath.isEmpty() ? tr("a new deployment") : QDir::toNativeSeparators(orphan.sourcePath);
        QMessageBox box(QMessageBox::Question, tr("Restore unsaved changes"),
                        tr("Portolan ended without saving the changes to “%1” (%2). The last copy is from %3.\n\n"
                           "Restore it?")
                            .arg(data->name, file, QLocale().toString(orphan.saved, QLocale::ShortFormat)),
                        QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("recoveryBox"));
        QPushButton* restore = box.addButton(tr("&Restore"), QMessageBox::AcceptRole);
        restore->setObjectName(QStringLiteral("restore"));
        box.addButton(tr("&Discard"), QMessageBox::DestructiveRole)->setObjectName(QStringLiteral("discard"));
        box.addButton(tr("&Later"), QMessageBox::RejectRole)->setObjectName(QStringLiteral("later"));
        box.setDefaultButton(restore);
        box.exec();
        if (box.buttonRole(box.clickedButton()) == QMessageBox::RejectRole)
            continue;
        Autosave::discard(orphan);
        if (box.clickedButton() != restore)
            continue;
        m_document->reset(*data);
        setPath(orphan.sourcePath);
        m_undoView->setEmptyLabel(tr("<restored>"));
        m_document->undoStack()->resetClean(); // unsaved until the user saves it
        m_autosave->saveNow();
        updateTitle();
        return true;
    }
    return false;
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

QString MainWindow::dialogDirectory() const
{
    const QString directory = m_settings->lastDirectory();
    return QFileInfo(directory).isDir() ? directory : QDir::homePath();
}

void MainWindow::rememberDirectory(const QString& path)
{
    m_settings->setLastDirectory(QFileInfo(path).absolutePath());
}
