#include "views/inspector/firewallinspector.h"

#include <algorithm>

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include "model/catalogtexts.h"
#include "model/deployment.h"
#include "model/deploymentanalysis.h"
#include "model/deploymentcommands.h"
#include "model/deploymentfile.h"
#include "model/endpointnames.h"
#include "model/explicitfirewalls.h"
#include "model/firewallhostrules.h"
#include "model/export/firewallexporttexts.h"
#include "model/firewallplan.h"
#include "views/inspector/inspectorsupport.h"
#include "views/lesson/answermask.h"

namespace {
constexpr int RowsRole = Qt::UserRole;
} // namespace

FirewallInspector::FirewallInspector(Deployment* document, DeploymentAnalysis* analysis, const PortCatalog& catalog,
                                     QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_analysis(analysis)
    , m_catalog(catalog)
    , m_title(Inspector::titleLabel(QStringLiteral("inspectorFirewallTitle"), this))
    , m_id(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_hostZone(new QComboBox(this))
    , m_hostProblem(Inspector::problemLabel(QStringLiteral("inspectorFirewallHostProblem"), this))
    , m_implied(new QLabel(this))
    , m_makeExplicit(new QPushButton(tr("Make Firewalls Explicit"), this))
    , m_interfaces(new QWidget(this))
    , m_interfaceGrid(new QGridLayout(m_interfaces))
    , m_interfaceProblem(Inspector::problemLabel(QStringLiteral("inspectorFirewallInterfaceProblem"), this))
    , m_missing(new QLabel(this))
    , m_rulesTitle(Inspector::sectionLabel(QString(), this))
    , m_rules(new QTreeWidget(this))
    , m_noRules(new QLabel(tr("No flow crosses this firewall: a flow takes the way with the fewest firewalls, and of "
                              "ways as short, the one through the firewall listed first."),
                           this))
    , m_remove(new QPushButton(tr("Remove Firewall"), this))
{
    setObjectName(QStringLiteral("firewallInspector"));
    m_id->setObjectName(QStringLiteral("inspectorFirewallId"));
    m_name->setObjectName(QStringLiteral("inspectorFirewallName"));
    m_hostZone->setObjectName(QStringLiteral("inspectorFirewallHostZone"));
    m_hostZone->setToolTip(tr("The zone whose servers run on the firewall itself (Exchange on the firewall host): "
                              "their traffic ends on the firewall instead of passing through it"));
    m_implied->setObjectName(QStringLiteral("inspectorFirewallImplied"));
    m_makeExplicit->setObjectName(QStringLiteral("inspectorFirewallMakeExplicit"));
    m_interfaces->setObjectName(QStringLiteral("inspectorFirewallInterfaces"));
    m_missing->setObjectName(QStringLiteral("inspectorFirewallMissing"));
    m_rules->setObjectName(QStringLiteral("inspectorFirewallRules"));
    m_remove->setObjectName(QStringLiteral("inspectorFirewallRemove"));
    m_id->setTextFormat(Qt::PlainText);
    m_id->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_implied->setText(tr("Implied by the lanes: the deployment lists no firewalls, so one firewall joins each pair "
                          "of neighbouring zones. Make them explicit to rename them, change their interfaces or add "
                          "another; the flows keep their way."));
    m_implied->setWordWrap(true);
    m_makeExplicit->setToolTip(tr("Lists every implied firewall in the deployment, with the same names and "
                                  "interfaces, in one step"));
    m_missing->setWordWrap(true);
    m_noRules->setObjectName(QStringLiteral("inspectorFirewallNoRules"));
    m_noRules->setWordWrap(true);
    m_noRules->setEnabled(false);
    m_missing->setTextFormat(Qt::PlainText);
    m_interfaceGrid->setContentsMargins(0, 0, 0, 0);
    m_interfaceGrid->setColumnStretch(1, 1);
    m_interfaceGrid->addWidget(new QLabel(tr("Joins zone"), m_interfaces), 0, 0);
    m_interfaceGrid->addWidget(new QLabel(tr("Interface"), m_interfaces), 0, 1);

    m_rules->setHeaderLabels({tr("Service"), tr("Ports"), tr("From → to")});
    m_rules->setUniformRowHeights(true);
    m_rules->setAlternatingRowColors(true);
    // Long names end in "…" (the tooltip has them whole) instead of widening the dock.
    m_rules->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_rules->header()->setStretchLastSection(false);
    m_rules->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_rules->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_rules->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_rules->header()->setSectionsMovable(false);
    m_rules->setToolTip(tr("Double-click a rule to see it in full"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Id:"), m_id);
    form->addRow(tr("Runs the servers of:"), m_hostZone);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addWidget(m_hostProblem);
    layout->addWidget(m_implied);
    layout->addWidget(m_makeExplicit, 0, Qt::AlignLeft);
    layout->addWidget(Inspector::sectionLabel(tr("Interfaces"), this));
    layout->addWidget(m_interfaces);
    layout->addWidget(m_interfaceProblem);
    layout->addWidget(m_rulesTitle);
    layout->addWidget(m_missing);
    layout->addWidget(m_rules);
    layout->addWidget(m_noRules);
    layout->addWidget(m_remove, 0, Qt::AlignLeft);
    layout->addStretch(1);

    connect(m_name, &QLineEdit::editingFinished, this, &FirewallInspector::commitName);
    connect(m_hostZone, &QComboBox::activated, this, &FirewallInspector::commitHostZone);
    connect(m_makeExplicit, &QPushButton::clicked, this, &FirewallInspector::makeExplicit);
    connect(m_remove, &QPushButton::clicked, this, &FirewallInspector::removeFirewall);
    connect(m_rules, &QTreeWidget::itemActivated, this, &FirewallInspector::activateRule);
}

void FirewallInspector::setFirewall(const QString& firewallId)
{
    m_firewallId = firewallId;
    m_name->setModified(false);
    m_interfaceProblem->clear();
    m_interfaceProblem->hide();
    m_hostProblem->clear();
    m_hostProblem->hide();
}

void FirewallInspector::setAnswerMask(const AnswerMask* mask)
{
    m_answers = mask;
}

bool FirewallInspector::editable() const
{
    return !m_implicit && !(m_answers && m_answers->isActive());
}

bool FirewallInspector::refresh()
{
    const FirewallTopology& topology = m_analysis->firewalls();
    const int index = topology.firewallIndex(m_firewallId);
    if (index < 0)
        return false;
    const Firewall& firewall = topology.firewalls().at(index);
    m_implicit = topology.isImplicit();
    const bool canEdit = editable();
    const bool learner = m_answers && m_answers->isActive();
    m_title->setText(firewall.name.isEmpty() ? firewall.id : firewall.name);
    m_id->setText(firewall.id);
    Inspector::showText(m_name, firewall.name);
    m_name->setReadOnly(!canEdit);
    m_implied->setVisible(m_implicit);
    m_makeExplicit->setVisible(m_implicit);
    m_makeExplicit->setEnabled(!learner);
    m_remove->setVisible(!m_implicit);
    m_remove->setEnabled(canEdit);
    showHostZone(firewall, canEdit);
    showInterfaces(firewall, canEdit);
    showRules(firewall);
    return true;
}

// None, or a zone it does not face through an interface; not an Internet zone, which the file reader refuses. A zone
// another firewall faces or runs is offered too, and refused with the reader's reason when chosen.
void FirewallInspector::showHostZone(const Firewall& firewall, bool editable)
{
    QList<Inspector::ComboChoice> choices{{tr("None"), QString()}};
    for (const Zone& zone : m_document->zones()) {
        if (zone.kind != QLatin1String("internet") && firewall.interfaceTo(zone.id).isEmpty())
            choices.append({EndpointNames::zoneName(*m_document, zone.id), zone.id});
    }
    Inspector::setComboChoices(m_hostZone, choices, firewall.localZone);
    m_hostZone->setEnabled(editable);
}

// One row per zone in lane order (the local zone's row joined without an interface); the rows are made again only when
// the zones changed, so a field keeps its focus.
void FirewallInspector::showInterfaces(const Firewall& firewall, bool editable)
{
    const QList<Zone>& zones = m_document->zones();
    bool sameZones = zones.size() == m_rows.size();
    for (int i = 0; sameZones && i < zones.size(); ++i)
        sameZones = zones.at(i).id == m_rows.at(i).zone;
    if (!sameZones) {
        for (const InterfaceRow& row : std::as_const(m_rows)) {
            for (QWidget* field : {static_cast<QWidget*>(row.joins), static_cast<QWidget*>(row.name)}) {
                field->hide();
                field->deleteLater();
            }
        }
        m_rows.clear();
        for (int i = 0; i < zones.size(); ++i) {
            InterfaceRow row{zones.at(i).id, new QCheckBox(m_interfaces), new QLineEdit(m_interfaces)};
            row.joins->setObjectName(QStringLiteral("inspectorFirewallJoins_") + row.zone);
            row.name->setObjectName(QStringLiteral("inspectorFirewallInterface_") + row.zone);
            m_interfaceGrid->addWidget(row.joins, i + 1, 0);
            m_interfaceGrid->addWidget(row.name, i + 1, 1);
            connect(row.joins, &QCheckBox::toggled, this, [this, i](bool on) { joinToggled(i, on); });
            connect(row.name, &QLineEdit::editingFinished, this, &FirewallInspector::commitInterfaces);
            m_rows.append(row);
        }
    }
    for (int i = 0; i < zones.size(); ++i) {
        const InterfaceRow& row = m_rows.at(i);
        const QString name = firewall.interfaceTo(row.zone);
        const bool host = firewall.runs(row.zone);
        row.joins->setText(EndpointNames::zoneName(*m_document, row.zone));
        {
            const QSignalBlocker block(row.joins);
            row.joins->setChecked(!name.isEmpty() || host);
        }
        row.joins->setEnabled(editable && !host);
        Inspector::showText(row.name, name);
        row.name->setPlaceholderText(host ? FirewallTopology::interfaceText({}) : tr("not joined"));
        row.name->setReadOnly(!editable || host);
        row.name->setEnabled(!name.isEmpty());
    }
}

// The rules grouped by the interfaces they enter and leave by, in the plan's order; in learner mode without the rows
// the lesson asks for.
void FirewallInspector::showRules(const Firewall& firewall)
{
    m_rules->clear();
    const PortMatrix& matrix = m_analysis->matrix();
    const FirewallPlan plan = FirewallPlan::build(m_document->data(), matrix);
    const FirewallRules* rules = plan.firewall(firewall.id);
    const CatalogTexts& texts = CatalogTexts::user();
    QHash<QString, QTreeWidgetItem*> pairs;
    int shown = 0;
    for (const FirewallRule& rule : rules ? rules->rules : QList<FirewallRule>()) {
        QList<int> rows;
        for (int row : rule.rows) {
            if (!(m_answers && m_answers->hidesRule(*matrix.ruleAt(row))))
                rows.append(row);
        }
        if (rows.isEmpty())
            continue;
        const QString pair = FirewallTopology::interfaceText(rule.ingress) + QStringLiteral(" → ") +
                             FirewallTopology::interfaceText(rule.egress);
        QTreeWidgetItem*& group = pairs[pair];
        if (!group) {
            group = new QTreeWidgetItem(m_rules, {pair});
            group->setFirstColumnSpanned(true);
            group->setExpanded(true);
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
        }
        const MatrixRule& first = *matrix.ruleAt(rows.first());
        const QString zones = EndpointNames::zoneName(*m_document, rule.fromZone) + QStringLiteral(" → ") +
                              EndpointNames::zoneName(*m_document, rule.toZone);
        auto* item = new QTreeWidgetItem(group, {texts.service(first), Inspector::portText(first), zones});
        item->setData(0, RowsRole, QVariant::fromValue(rows));
        QStringList sources;
        QStringList destinations;
        for (int row : std::as_const(rows)) {
            for (const QString& id : matrix.ruleAt(row)->sources) {
                if (!sources.contains(id))
                    sources.append(id);
            }
            for (const QString& id : matrix.ruleAt(row)->destinations) {
                if (!destinations.contains(id))
                    destinations.append(id);
            }
        }
        const QString tip =
            tr("%1 %2\nFrom: %3\nTo: %4")
                .arg(item->text(0), item->text(1), EndpointNames::endpointNames(*m_document, m_catalog, sources),
                     EndpointNames::endpointNames(*m_document, m_catalog, destinations));
        for (int column = 0; column < 3; ++column)
            item->setToolTip(column, tip);
        ++shown;
    }
    m_rules->expandAll();
    m_rulesTitle->setText(tr("Rules (%1)").arg(shown));
    m_rules->setVisible(shown > 0);
    m_noRules->setVisible(shown == 0);
    const QStringList missing =
        rules ? FirewallExportTexts::missingAddresses(*rules, plan, m_document->data()) : QStringList();
    m_missing->setText(tr("The exports need these addresses:") + QStringLiteral("\n• ") +
                       missing.join(QStringLiteral("\n• ")));
    m_missing->setVisible(!missing.isEmpty());
    // As tall as its lines, group lines included, up to 16; longer lists scroll.
    const int lines = qBound(1, shown + int(pairs.size()), 16);
    const int line = m_rules->sizeHintForRow(0) > 0 ? m_rules->sizeHintForRow(0) : fontMetrics().height() + 4;
    m_rules->setFixedHeight(m_rules->header()->sizeHint().height() + lines * line + 2 * m_rules->frameWidth() + 2);
}

void FirewallInspector::editName()
{
    m_name->setFocus(Qt::ShortcutFocusReason);
    m_name->selectAll();
}

void FirewallInspector::commitPendingEdits()
{
    if (m_name->isModified())
        commitName();
    if (std::any_of(m_rows.cbegin(), m_rows.cend(), [](const InterfaceRow& row) { return row.name->isModified(); }))
        commitInterfaces();
}

void FirewallInspector::commitName()
{
    m_name->setModified(false);
    if (!editable())
        return;
    m_document->undoStack()->push(
        EditFirewallCommand::renameFirewall(m_document, m_firewallId, m_name->text().trimmed()).release());
}

// Checking a zone names its interface after the zone when it has no name yet.
void FirewallInspector::joinToggled(int row, bool joins)
{
    QLineEdit* name = m_rows.at(row).name;
    name->setEnabled(joins);
    if (joins && name->text().trimmed().isEmpty())
        name->setText(m_rows.at(row).zone);
    commitInterfaces();
}

// All interfaces in one command; an empty, invalid or duplicate name, or fewer than two zones, is refused with a
// message and changes nothing (the typed name stays, to be corrected).
void FirewallInspector::commitInterfaces()
{
    for (const InterfaceRow& row : std::as_const(m_rows))
        row.name->setModified(false);
    if (!editable())
        return;
    const Firewall* current = m_document->firewall(m_firewallId);
    QList<FirewallInterface> interfaces;
    QHash<QString, QString> zoneOfName;
    QString problem;
    for (const InterfaceRow& row : std::as_const(m_rows)) {
        if (!row.joins->isChecked() || (current && current->runs(row.zone)))
            continue;
        const QString name = row.name->text().trimmed();
        const QString zone = EndpointNames::zoneName(*m_document, row.zone);
        if (name.isEmpty()) {
            problem = tr("The interface facing %1 needs a name.").arg(zone);
        } else if (!isValidId(name)) {
            problem = tr("\"%1\" is not an interface name: use only letters, digits, '.', '_' and '-'.").arg(name);
        } else if (zoneOfName.contains(name)) {
            problem = tr("\"%1\" already faces %2: each interface faces one zone.").arg(name, zoneOfName.value(name));
        } else {
            problem = FirewallHostRules::interfaceProblem(m_document->data(), m_firewallId, row.zone);
        }
        if (!problem.isEmpty())
            break;
        zoneOfName.insert(name, zone);
        interfaces.append({row.zone, name});
    }
    if (problem.isEmpty() && interfaces.size() + (current && !current->localZone.isEmpty() ? 1 : 0) < 2)
        problem = tr("A firewall joins two or more zones.");
    m_interfaceProblem->setText(problem);
    m_interfaceProblem->setVisible(!problem.isEmpty());
    if (!problem.isEmpty()) {
        // A refused check box goes back to what the firewall joins: a later edit must not carry it along unseen.
        for (const InterfaceRow& row : std::as_const(m_rows)) {
            const QSignalBlocker block(row.joins);
            row.joins->setChecked(current && current->joins(row.zone));
            row.name->setEnabled(current && !current->interfaceTo(row.zone).isEmpty());
        }
        return;
    }
    m_document->undoStack()->push(
        EditFirewallCommand::setFirewallInterfaces(m_document, m_firewallId, interfaces).release());
}

// Refused where the file reader would refuse the zone (docs/firewall-model.md); the combo then shows the firewall's
// zone again.
void FirewallInspector::commitHostZone()
{
    if (!editable())
        return;
    const QString zone = m_hostZone->currentData().toString();
    const QString problem = FirewallHostRules::localZoneProblem(m_document->data(), m_firewallId, zone);
    m_hostProblem->setText(problem);
    m_hostProblem->setVisible(!problem.isEmpty());
    if (!problem.isEmpty()) {
        if (const Firewall* firewall = m_document->firewall(m_firewallId))
            showHostZone(*firewall, true);
        return;
    }
    m_document->undoStack()->push(EditFirewallCommand::setFirewallLocalZone(m_document, m_firewallId, zone).release());
}

void FirewallInspector::makeExplicit()
{
    m_document->undoStack()->push(ExplicitFirewalls::makeExplicit(m_document).release());
}

void FirewallInspector::removeFirewall()
{
    m_document->undoStack()->push(new RemoveFirewallCommand(m_document, m_firewallId));
}

void FirewallInspector::activateRule(const QTreeWidgetItem* item)
{
    const QList<int> rows = item->data(0, RowsRole).value<QList<int>>();
    if (!rows.isEmpty())
        emit rowsActivated(rows);
}
