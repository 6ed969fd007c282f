#include "app/gui/whatifactions.h"

#include "model/deployment.h"
#include "model/deploymentanalysis.h"
#include "model/endpointnames.h"
#include "model/whatifstate.h"
#include "views/diagram/topologyscene.h"
#include "views/panels/consequencespanel.h"
#include "views/panels/extraportdialog.h"
#include "views/panels/matrixpanel.h"
#include "views/panels/whatifbar.h"

#include <QAction>
#include <QDockWidget>
#include <QItemSelectionModel>
#include <QMainWindow>
#include <QMenu>
#include <QTableView>
#include <QVBoxLayout>

WhatIfActions::WhatIfActions(DeploymentAnalysis* analysis, TopologyScene* scene, MatrixPanel* matrix,
                             QMainWindow* window, QDockWidget* tabWith)
    : QObject(window)
    , m_analysis(analysis)
    , m_matrix(matrix)
    , m_window(window)
    , m_state(new WhatIfState(analysis, this))
    , m_dock(new QDockWidget(tr("Consequences"), window))
    , m_unblockAll(new QAction(tr("&Unblock All (What-if)"), this))
    , m_blockRows(new QAction(tr("&Block (What-if)"), matrix->table()))
    , m_unblockRows(new QAction(tr("&Unblock (What-if)"), matrix->table()))
{
    scene->setWhatIf(m_state);

    // The bar above the diagram: the central widget goes under it.
    auto* central = new QWidget;
    central->setObjectName(QStringLiteral("diagramArea"));
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(new WhatIfBar(m_state, central));
    layout->addWidget(window->takeCentralWidget(), 1);
    window->setCentralWidget(central);

    m_dock->setObjectName(QStringLiteral("consequencesDock"));
    m_dock->setWidget(new ConsequencesPanel(analysis, m_state, m_dock));
    window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    if (tabWith)
        window->tabifyDockWidget(tabWith, m_dock);
    m_dock->toggleViewAction()->setObjectName(QStringLiteral("actionShow_consequencesDock"));

    m_unblockAll->setObjectName(QStringLiteral("actionWhatIfUnblockAll"));
    connect(m_unblockAll, &QAction::triggered, m_state, &WhatIfState::unblockAll);

    // The matrix rows' menu.
    auto* separator = new QAction(matrix->table());
    separator->setSeparator(true);
    m_blockRows->setObjectName(QStringLiteral("actionWhatIfBlockRows"));
    m_unblockRows->setObjectName(QStringLiteral("actionWhatIfUnblockRows"));
    matrix->table()->addActions({separator, m_blockRows, m_unblockRows});
    connect(m_blockRows, &QAction::triggered, this, [this] { block(m_matrix->selectedRows()); });
    connect(m_unblockRows, &QAction::triggered, this, [this] { m_state->unblock(m_matrix->selectedRows()); });
    connect(matrix->table()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &WhatIfActions::updateMatrixActions);

    connect(m_state, &WhatIfState::changed, this, [this] {
        m_matrix->showBlockedRows(m_state->outcome().blockedRows);
        m_unblockAll->setEnabled(m_state->isOn());
        updateMatrixActions();
    });
    m_unblockAll->setEnabled(false);
    updateMatrixActions();
}

void WhatIfActions::addTo(QMenu* menu)
{
    menu->addAction(m_dock->toggleViewAction());
    menu->addAction(m_unblockAll);
}

void WhatIfActions::updateMatrixActions()
{
    const QList<int> rows = m_matrix->selectedRows();
    m_blockRows->setEnabled(!rows.isEmpty() && !m_state->allBlocked(rows));
    m_unblockRows->setEnabled(m_state->anyBlocked(rows));
}

void WhatIfActions::addBlockEntries(QMenu* menu, const QList<int>& rows, const QString& what)
{
    menu->addSeparator();
    if (!rows.isEmpty() && !m_state->allBlocked(rows))
        menu->addAction(tr("&Block (What-if)"), this, [this, rows] { block(rows); })
            ->setObjectName(QStringLiteral("actionWhatIfBlock") + what);
    if (m_state->anyBlocked(rows))
        menu->addAction(tr("&Unblock (What-if)"), this, [this, rows] { m_state->unblock(rows); })
            ->setObjectName(QStringLiteral("actionWhatIfUnblock") + what);
    if (m_state->isOn())
        menu->addAction(m_unblockAll);
}

void WhatIfActions::fillFirewallMenu(QMenu* menu, const QString& leftZoneId, const QString& rightZoneId,
                                     const QList<int>& chipRows)
{
    addBlockEntries(menu, chipRows, QStringLiteral("Chip"));
    // A chip lists several ports: each can be blocked on its own.
    if (chipRows.size() > 1) {
        QMenu* one = menu->addMenu(tr("Block One &Rule (What-if)"));
        one->setObjectName(QStringLiteral("menuWhatIfBlockOne"));
        const PortMatrix& matrix = m_analysis->matrix();
        for (int row : chipRows) {
            const MatrixRule* rule = matrix.ruleAt(row);
            if (!rule)
                continue;
            QAction* action =
                one->addAction(tr("%1 %2 %3 (%4 → %5)")
                                   .arg(protocolId(rule->protocol).toUpper(), rule->ports.toString(), rule->service,
                                        EndpointNames::zoneName(*m_analysis->deployment(), rule->from),
                                        EndpointNames::zoneName(*m_analysis->deployment(), rule->to)),
                               this, [this, row] { block({row}); });
            action->setObjectName(QStringLiteral("actionWhatIfBlockRow_%1").arg(row));
            action->setEnabled(!m_state->allBlocked({row}));
        }
    }
    // A chip's rules all go one way: the question starts in that direction.
    const Deployment& document = *m_analysis->deployment();
    const MatrixRule* rule = chipRows.isEmpty() ? nullptr : m_analysis->matrix().ruleAt(chipRows.constFirst());
    const bool rightward = !rule || document.zoneIndex(rule->from) < document.zoneIndex(rule->to);
    menu->addAction(tr("&Open an Extra Port (What-if)…"), this,
                    [this, leftZoneId, rightZoneId, rightward] { askExtraPort(leftZoneId, rightZoneId, rightward); })
        ->setObjectName(QStringLiteral("actionWhatIfExtraPort"));
}

void WhatIfActions::fillFlowMenu(QMenu* menu, const QList<int>& rows)
{
    addBlockEntries(menu, rows, QStringLiteral("Flow"));
}

void WhatIfActions::askExtraPort(const QString& leftZoneId, const QString& rightZoneId, bool rightward)
{
    const Deployment& document = *m_analysis->deployment();
    ExtraPortDialog dialog(leftZoneId, EndpointNames::zoneName(document, leftZoneId), rightZoneId,
                           EndpointNames::zoneName(document, rightZoneId), rightward, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_state->askExtraPort(dialog.question());
    showConsequences();
}

void WhatIfActions::block(const QList<int>& rows)
{
    m_state->block(rows);
    showConsequences();
}

void WhatIfActions::showConsequences()
{
    m_dock->show();
    m_dock->raise();
}
