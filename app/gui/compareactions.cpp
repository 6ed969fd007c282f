#include "app/gui/compareactions.h"

#include <algorithm>

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QSignalBlocker>

#include "model/comparisonstate.h"
#include "model/deployment.h"
#include "model/deploymentanalysis.h"
#include "model/deploymentfile.h"
#include "model/portcatalog.h"
#include "model/portmatrixmodel.h"
#include "views/compare/comparedialog.h"
#include "views/compare/comparisonlook.h"
#include "views/compare/comparisonpanel.h"
#include "views/diagram/topologyscene.h"
#include "views/panels/matrixpanel.h"

CompareActions::CompareActions(Deployment* document, DeploymentAnalysis* analysis, TopologyScene* scene,
                               MatrixPanel* matrix, QMainWindow* window)
    : QObject(window)
    , m_document(document)
    , m_analysis(analysis)
    , m_scene(scene)
    , m_model(matrix->model())
    , m_window(window)
    , m_state(new ComparisonState(analysis, this))
    , m_marks(std::make_unique<ComparisonRowMarks>(*m_state, analysis->catalog()))
    , m_compare(new QAction(tr("Compare &With…"), this))
    , m_stop(new QAction(tr("S&top Comparing"), this))
{
    m_compare->setObjectName(QStringLiteral("actionCompareWith"));
    m_compare->setStatusTip(tr("Compare the port matrix with another deployment file or another Exchange version"));
    m_stop->setObjectName(QStringLiteral("actionStopComparing"));
    m_stop->setEnabled(false);
    connect(m_compare, &QAction::triggered, this, &CompareActions::choose);
    connect(m_stop, &QAction::triggered, this, &CompareActions::stop);
    connect(m_state, &ComparisonState::changed, this, &CompareActions::showState);
    // Another document is another question.
    connect(m_document, &Deployment::resetDone, this, &CompareActions::stop);
    connect(this, &CompareActions::showRulesRequested, m_scene, &TopologyScene::rulesSelected);
}

// A model that outlives this part of the window must not ask marks that are gone. Quietly: the window is being torn
// down, its document may be gone already, and nobody may ask the model for its rows.
CompareActions::~CompareActions()
{
    if (m_model) {
        const QSignalBlocker quiet(m_model.data());
        m_model->setRowMarks(nullptr);
    }
}

void CompareActions::addTo(QMenu* menu)
{
    menu->addSeparator();
    menu->addAction(m_compare);
    menu->addAction(m_stop);
}

bool CompareActions::compareWithFile(const QString& path)
{
    DeploymentReader reader(m_analysis->catalog());
    const auto data = reader.readFile(path);
    if (!data) {
        QMessageBox::warning(m_window, tr("Cannot compare"),
                             tr("%1 cannot be opened:\n%2").arg(QDir::toNativeSeparators(path), reader.errorString()));
        return false;
    }
    m_state->compareWithFile(path, *data);
    return true;
}

void CompareActions::compareWithVersion(const QString& version)
{
    m_state->compareWithVersion(version);
}

void CompareActions::stop()
{
    m_state->stop();
}

void CompareActions::choose()
{
    CompareDialog dialog(m_analysis->catalog(), m_document->exchangeVersion(),
                         m_directory ? m_directory() : QDir::homePath(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.withFile())
        compareWithFile(dialog.filePath());
    else
        compareWithVersion(dialog.version());
}

QString CompareActions::versionName(const QString& id) const
{
    const VersionInfo* info = m_analysis->catalog().version(id);
    return info ? info->name : id;
}

void CompareActions::showState()
{
    const bool active = m_state->isActive();
    m_stop->setEnabled(active);
    QString nameOfA;
    QString nameOfB;
    QString shortNameOfB; // in the tooltips: "Added in …"
    if (m_state->other() == ComparisonState::Other::Version) {
        nameOfA = tr("This deployment (%1)").arg(versionName(m_document->exchangeVersion()));
        nameOfB = tr("The same under %1").arg(versionName(m_state->otherSource()));
        shortNameOfB = versionName(m_state->otherSource());
    } else if (active) {
        nameOfA = tr("%1 (%2)").arg(QFileInfo(m_state->otherSource()).fileName(),
                                    versionName(m_state->dataA().exchangeVersion));
        nameOfB = tr("This deployment (%1)").arg(versionName(m_document->exchangeVersion()));
        shortNameOfB = tr("this deployment");
    }
    m_marks->refresh(shortNameOfB);
    m_model->setRowMarks(active ? m_marks.get() : nullptr);
    applyChipMarks();
    if (!active) {
        if (m_dock)
            m_dock->hide();
        return;
    }
    QDockWidget* summary = dock();
    m_panel->showComparison(*m_state, *m_marks->namer(), nameOfA, nameOfB);
    if (!summary->isVisible()) {
        summary->show();
        summary->raise();
        // Beside the inspector above it, the summary takes the larger share of the column.
        m_window->resizeDocks({summary}, {m_window->height() * 3 / 5}, Qt::Vertical);
    }
}

// Each chip takes the look of the changes of its rows.
void CompareActions::applyChipMarks()
{
    QList<QList<ChipMark>> marks;
    if (m_state->isActive()) {
        for (int b = 0; b < m_scene->boundaries().size(); ++b) {
            QList<ChipMark> chips;
            for (const QList<int>& rows : m_scene->chipRows(b)) {
                QList<RuleChange> changes;
                changes.reserve(rows.size());
                for (const int row : rows)
                    changes.append(m_state->changeOfRow(row));
                chips.append(ComparisonLook::chipMark(changes));
            }
            marks.append(chips);
        }
    }
    m_scene->setChipMarks(marks);
}

// The document's rows of the boundary's changed rules; when the document has none (the rules are only in the other
// layout), the rows between the two zones.
void CompareActions::selectBoundary(const QString& fromZone, const QString& toZone)
{
    QList<int> rows;
    for (const BoundaryDiff& boundary : m_state->diff().boundaries()) {
        if (boundary.from != fromZone || boundary.to != toZone)
            continue;
        for (const RuleDiff& rule : boundary.rules)
            rows.append(m_state->documentIsA() ? rule.rowsA : rule.rowsB);
    }
    if (rows.isEmpty()) {
        const PortMatrix& matrix = m_analysis->matrix();
        for (int row = 0; row < matrix.rowCount(); ++row) {
            if (matrix.ruleAt(row)->from == fromZone && matrix.ruleAt(row)->to == toZone)
                rows.append(row);
        }
    }
    std::sort(rows.begin(), rows.end());
    emit showRulesRequested(rows);
}

// Tabbed with the warnings, under the inspector: the matrix keeps the width of the window below the diagram.
QDockWidget* CompareActions::dock()
{
    if (m_dock)
        return m_dock;
    m_panel = new ComparisonPanel(m_stop);
    connect(m_panel, &ComparisonPanel::boundaryActivated, this, &CompareActions::selectBoundary);
    m_dock = new QDockWidget(tr("Comparison"), m_window);
    m_dock->setObjectName(QStringLiteral("comparisonDock"));
    m_dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    m_dock->setWidget(m_panel);
    if (auto* warnings = m_window->findChild<QDockWidget*>(QStringLiteral("warningsDock"))) {
        m_window->tabifyDockWidget(warnings, m_dock);
    } else {
        m_window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    }
    return m_dock;
}
