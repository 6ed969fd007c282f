#include "views/panels/matrixpanel.h"

#include <algorithm>

#include "model/catalogtexts.h"
#include "model/deployment.h"
#include "model/deploymentanalysis.h"
#include "model/matrixfiltermodel.h"
#include "model/portmatrixmodel.h"
#include "views/lesson/answermask.h"
#include "views/panels/matrixclipboard.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMimeData>
#include <QScopedValueRollback>
#include <QSet>
#include <QTableView>
#include <QVBoxLayout>

MatrixPanel::MatrixPanel(DeploymentAnalysis* analysis, QWidget* parent)
    : QWidget(parent)
    , m_analysis(analysis)
    , m_model(new PortMatrixModel(analysis, this))
    , m_filter(new MatrixFilterModel(this))
    , m_zonePair(new QComboBox(this))
    , m_service(new QComboBox(this))
    , m_firewall(new QComboBox(this))
    , m_text(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_copy(new QAction(tr("&Copy Rows"), m_table))
    , m_export(new QAction(tr("&Export Selected Rows…"), m_table))
    , m_clearFilters(new QAction(tr("C&lear Filters"), m_table))
{
    setObjectName(QStringLiteral("matrixPanel"));
    m_zonePair->setObjectName(QStringLiteral("matrixZonePair"));
    m_service->setObjectName(QStringLiteral("matrixService"));
    m_firewall->setObjectName(QStringLiteral("matrixFirewall"));
    m_firewall->setToolTip(tr("Only the rules that cross this firewall"));
    m_text->setObjectName(QStringLiteral("matrixText"));
    m_table->setObjectName(QStringLiteral("matrixTable"));
    m_text->setPlaceholderText(tr("Filter: port, server, purpose…"));
    m_text->setClearButtonEnabled(true);

    m_filter->setSourceModel(m_model);
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Rows start in matrix order (zone pairs left to right); a click on a header sorts.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    const std::pair<int, int> widths[] = {
        {PortMatrixModel::From, 110},     {PortMatrixModel::To, 110},        {PortMatrixModel::Protocol, 70},
        {PortMatrixModel::Ports, 100},    {PortMatrixModel::Service, 170},   {PortMatrixModel::Firewalls, 230},
        {PortMatrixModel::Observed, 190}, {PortMatrixModel::Sources, 170},   {PortMatrixModel::Destinations, 150},
        {PortMatrixModel::Purpose, 420},  {PortMatrixModel::Encryption, 200}};
    for (const auto& [column, width] : widths)
        m_table->setColumnWidth(column, width);
    m_table->setColumnHidden(PortMatrixModel::Observed, true); // until the live probe has seen something

    // Ctrl+C copies whole rows for a spreadsheet, not the one cell QTableView would copy. The shortcut lives on the
    // table so that Ctrl+C elsewhere (the filter's line edit, the diagram) keeps its own meaning.
    m_copy->setObjectName(QStringLiteral("actionCopyMatrixRows"));
    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copy->setEnabled(false);
    m_table->addAction(m_copy);
    // The rows' menu: copy or export the selected rows, or show every row again.
    m_export->setObjectName(QStringLiteral("actionExportMatrixRows"));
    m_export->setEnabled(false);
    m_table->addAction(m_export);
    m_clearFilters->setObjectName(QStringLiteral("actionClearMatrixFilters"));
    m_table->addAction(m_clearFilters);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_copy, &QAction::triggered, this, [this] { copyRows(selectedRowsAsShown()); });
    connect(m_export, &QAction::triggered, this, [this] { emit exportRowsRequested(selectedRowsAsShown()); });
    connect(m_clearFilters, &QAction::triggered, this, &MatrixPanel::clearFilters);
    // A reset clears the selection without a selectionChanged.
    connect(m_filter, &QAbstractItemModel::modelReset, m_copy, [this] {
        m_copy->setEnabled(false);
        m_export->setEnabled(false);
    });

    auto* filters = new QHBoxLayout;
    // The choices ("Internet → DMZ", a long service name) elide rather than push the text filter out of a narrow dock:
    // the dock under the diagram is about 650 pixels wide in a window of 1,200.
    for (QComboBox* combo : {m_zonePair, m_service, m_firewall}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(11);
    }
    filters->addWidget(m_zonePair);
    filters->addWidget(m_service);
    filters->addWidget(m_firewall);
    filters->addWidget(m_text, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_table);

    connect(m_analysis, &DeploymentAnalysis::updated, this, &MatrixPanel::refillChoices);
    connect(m_zonePair, &QComboBox::currentIndexChanged, this, &MatrixPanel::applyFilters);
    connect(m_service, &QComboBox::currentIndexChanged, this, &MatrixPanel::applyFilters);
    connect(m_firewall, &QComboBox::currentIndexChanged, this, &MatrixPanel::applyFilters);
    connect(m_text, &QLineEdit::textChanged, this, &MatrixPanel::applyFilters);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_copy->setEnabled(m_table->selectionModel()->hasSelection());
        m_export->setEnabled(m_table->selectionModel()->hasSelection());
        if (!m_selecting)
            emit rowsSelected(selectedRows());
    });
    refillChoices();
}

void MatrixPanel::showBlockedRows(const QSet<int>& rows)
{
    m_model->setBlockedRows(rows);
}

void MatrixPanel::showObservations(const QHash<int, RowObservation>& observations)
{
    m_model->setObservations(observations);
    m_table->setColumnHidden(PortMatrixModel::Observed, false);
}

void MatrixPanel::setAnswerMask(const AnswerMask* mask)
{
    m_answers = mask;
    connect(mask, &AnswerMask::changed, this, &MatrixPanel::refillChoices);
    refillChoices();
}

QList<int> MatrixPanel::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        rows.append(m_filter->mapToSource(index).row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

QList<int> MatrixPanel::selectedRowsAsShown() const
{
    QModelIndexList selected = m_table->selectionModel()->selectedRows();
    std::sort(selected.begin(), selected.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QList<int> rows;
    for (const QModelIndex& index : std::as_const(selected))
        rows.append(m_filter->mapToSource(index).row());
    return rows;
}

QList<int> MatrixPanel::shownRows() const
{
    QList<int> rows;
    rows.reserve(m_filter->rowCount());
    for (int row = 0; row < m_filter->rowCount(); ++row)
        rows.append(m_filter->mapToSource(m_filter->index(row, 0)).row());
    return rows;
}

QList<int> MatrixPanel::shownColumns() const
{
    QList<int> columns;
    const QHeaderView* header = m_table->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        if (!header->isSectionHidden(column))
            columns.append(column);
    }
    return columns;
}

void MatrixPanel::copyRows(const QList<int>& rows) const
{
    if (rows.isEmpty())
        return;
    QGuiApplication::clipboard()->setMimeData(MatrixClipboard::mimeData(*m_model, rows, shownColumns()).release());
}

void MatrixPanel::selectRows(const QList<int>& rows)
{
    const QScopedValueRollback<bool> quiet(m_selecting, true);
    const auto visible = [&](int row) {
        return m_filter->mapFromSource(m_model->index(row, 0)).isValid();
    };
    if (!rows.isEmpty() && std::none_of(rows.begin(), rows.end(), visible))
        clearFilters();
    QItemSelection selection;
    for (const int row : rows) {
        const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
        if (index.isValid())
            selection.select(index, index);
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (!selection.isEmpty())
        m_table->scrollTo(selection.first().topLeft());
}

void MatrixPanel::setFirewall(const QString& firewallId)
{
    m_firewall->setCurrentIndex(qMax(0, m_firewall->findData(firewallId)));
}

void MatrixPanel::clearFilters()
{
    m_zonePair->setCurrentIndex(0);
    m_service->setCurrentIndex(0);
    m_firewall->setCurrentIndex(0);
    m_text->clear();
}

// The document's firewalls, keeping the current choice when that firewall still exists. With implicit firewalls the
// Firewalls column is hidden: they are the lane boundaries, which From and To already say; the filter still lists
// them, since the diagram draws them and "what must the DMZ–LAN boundary allow" is a fair question.
void MatrixPanel::refillFirewalls()
{
    const FirewallTopology& topology = m_analysis->firewalls();
    const QString current = m_firewall->currentData().toString();
    {
        const QSignalBlocker block(m_firewall);
        m_firewall->clear();
        m_firewall->addItem(tr("All firewalls"));
        for (const Firewall& firewall : topology.firewalls())
            m_firewall->addItem(firewall.name.isEmpty() ? firewall.id : firewall.name, firewall.id);
        m_firewall->setCurrentIndex(qMax(0, m_firewall->findData(current)));
    }
    m_table->setColumnHidden(PortMatrixModel::Firewalls, topology.isImplicit());
}

// The zone pairs and services present in the matrix, keeping the current choice when it still exists.
void MatrixPanel::refillChoices()
{
    refillFirewalls();
    const Deployment& deployment = *m_analysis->deployment();
    const QVariant pair = m_zonePair->currentData();
    const QString service = m_service->currentData().toString();
    const QSignalBlocker blockPairs(m_zonePair);
    const QSignalBlocker blockServices(m_service);
    m_zonePair->clear();
    m_service->clear();
    m_zonePair->addItem(tr("All zone pairs"));
    m_service->addItem(tr("All services"));
    QSet<QString> pairs;
    QStringList services;
    const PortMatrix& matrix = m_analysis->matrix();
    QSet<int> hidden;
    for (int row = 0; m_answers && m_answers->isActive() && row < matrix.rowCount(); ++row) {
        if (m_answers->hidesRule(*matrix.ruleAt(row)))
            hidden.insert(row);
    }
    for (int row = 0; row < int(matrix.rules.size()); ++row) {
        const MatrixRule& rule = matrix.rules.at(row);
        if (hidden.contains(row))
            continue;
        const QString key = rule.from + u'>' + rule.to;
        if (!pairs.contains(key)) {
            pairs.insert(key);
            const Zone* from = deployment.zone(rule.from);
            const Zone* to = deployment.zone(rule.to);
            m_zonePair->addItem((from ? from->name : rule.from) + QStringLiteral(" → ") + (to ? to->name : rule.to),
                                QStringList{rule.from, rule.to});
        }
        if (const QString name = CatalogTexts::user().service(rule); !services.contains(name))
            services.append(name); // as the Service column shows it, which the filter compares
    }
    services.sort(Qt::CaseInsensitive);
    for (const QString& name : std::as_const(services))
        m_service->addItem(name, name);
    m_zonePair->setCurrentIndex(qMax(0, m_zonePair->findData(pair)));
    m_service->setCurrentIndex(qMax(0, m_service->findData(service)));
    m_filter->setHiddenRows(hidden);
    applyFilters();
}

void MatrixPanel::applyFilters()
{
    const QStringList pair = m_zonePair->currentData().toStringList();
    m_filter->setZonePair(pair.value(0), pair.value(1));
    m_filter->setService(m_service->currentData().toString());
    m_filter->setFirewall(m_firewall->currentData().toString());
    m_filter->setText(m_text->text());
}

void MatrixPanel::focusFilter()
{
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
}
