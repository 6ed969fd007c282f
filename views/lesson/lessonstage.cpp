#include "views/lesson/lessonstage.h"

#include "model/deployment.h"
#include "model/deploymentanalysis.h"
#include "model/lesson.h"
#include "views/diagram/topologyscene.h"
#include "views/inspector/inspectorpanel.h"
#include "views/lesson/answermask.h"
#include "views/panels/matrixpanel.h"
#include "views/panels/optionspanel.h"
#include "views/panels/warningspanel.h"

LessonStage::LessonStage(const Lesson& lesson, const PortCatalog& catalog, QObject* parent)
    : QObject(parent)
    , m_document(new Deployment(this))
    , m_analysis(new DeploymentAnalysis(m_document, catalog, this))
    , m_mask(new AnswerMask(this))
    , m_scene(new TopologyScene(m_document, m_analysis, catalog, this))
    , m_matrix(new MatrixPanel(m_analysis))
    , m_inspector(new InspectorPanel(m_document, m_analysis, catalog))
    , m_warnings(new WarningsPanel(m_analysis))
    , m_options(new OptionsPanel(m_document, catalog))
{
    m_document->reset(lesson.deployment);
    QList<QPair<QString, QString>> zonePairs;
    QStringList servers;
    for (const LessonTask& task : lesson.tasks) {
        if (task.kind == LessonTask::Kind::FirewallRules) {
            zonePairs.append({task.from, task.to});
            if (task.bothDirections)
                zonePairs.append({task.to, task.from});
        } else if (task.kind == LessonTask::Kind::ServerPorts) {
            servers.append(task.server);
        }
    }
    m_mask->hide(zonePairs, servers);
    m_options->setEnabled(false);
    m_scene->setAnswerMask(m_mask);
    m_matrix->setAnswerMask(m_mask);
    m_inspector->setAnswerMask(m_mask);

    // One selection, as in the window: the inspector shows what the diagram or the matrix selected last.
    const auto showRules = [this](const QList<int>& rows) {
        m_scene->highlightRules(rows);
        m_inspector->showRules(rows);
    };
    connect(m_scene, &TopologyScene::rulesSelected, this, [this, showRules](const QList<int>& rows) {
        showRules(rows);
        m_matrix->selectRows(rows);
    });
    connect(m_matrix, &MatrixPanel::rowsSelected, this, showRules);
    connect(m_scene, &TopologyScene::serverSelected, m_inspector, &InspectorPanel::showServer);
    connect(m_scene, &TopologyScene::zoneSelected, m_inspector, &InspectorPanel::showZone);
    connect(m_scene, &TopologyScene::selectionCleared, this, [showRules, this] {
        showRules({});
        m_matrix->selectRows({});
    });
    connect(m_warnings, &WarningsPanel::serversActivated, this, [this](const QStringList& servers) {
        m_scene->selectServers(servers);
        if (!servers.isEmpty())
            m_inspector->showServer(servers.first());
    });
}

// Before the document and the analysis the panels read.
LessonStage::~LessonStage()
{
    delete m_matrix;
    delete m_inspector;
    delete m_warnings;
    delete m_options;
}

MatrixPanel* LessonStage::matrix() const
{
    return m_matrix;
}

InspectorPanel* LessonStage::inspector() const
{
    return m_inspector;
}

WarningsPanel* LessonStage::warnings() const
{
    return m_warnings;
}

OptionsPanel* LessonStage::options() const
{
    return m_options;
}
