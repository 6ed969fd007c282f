#include "views/inspector/deploymentinspector.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include "model/deployment.h"
#include "model/deploymentanalysis.h"
#include "model/deploymentcommands.h"
#include "model/explicitfirewalls.h"
#include "model/portcatalog.h"
#include "views/inspector/inspectorsupport.h"

DeploymentInspector::DeploymentInspector(Deployment* document, DeploymentAnalysis* analysis, const PortCatalog& catalog,
                                         QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_analysis(analysis)
    , m_catalog(catalog)
    , m_name(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_version(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_firewalls(new QLabel(this))
    , m_addFirewall(new QPushButton(tr("Add Firewall"), this))
{
    setObjectName(QStringLiteral("deploymentInspector"));
    m_name->setObjectName(QStringLiteral("inspectorDeploymentName"));
    m_description->setObjectName(QStringLiteral("inspectorDeploymentDescription"));
    m_version->setObjectName(QStringLiteral("inspectorDeploymentVersion"));
    m_summary->setObjectName(QStringLiteral("inspectorDeploymentSummary"));
    m_description->setTabChangesFocus(true);
    m_description->setPlaceholderText(tr("What this layout is for, who owns it…"));
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 5 + 12);
    m_description->installEventFilter(this);
    m_version->setToolTip(tr("The Exchange version of servers that do not name their own. Options you set stay as "
                             "they are."));
    m_summary->setWordWrap(true);
    m_firewalls->setObjectName(QStringLiteral("inspectorDeploymentFirewalls"));
    m_firewalls->setWordWrap(true);
    m_firewalls->setTextFormat(Qt::RichText);
    m_addFirewall->setObjectName(QStringLiteral("inspectorAddFirewall"));
    m_addFirewall->setToolTip(tr("Adds a firewall joining two neighbouring zones and shows it, to pick its zones and "
                                 "name its interfaces. Firewalls implied by the lanes are listed first, so that the "
                                 "flows keep their way."));

    auto* hint = new QLabel(tr("Select a server, a zone, a port chip or a flow on the diagram to see its details; "
                               "drag a role from the Roles palette into a zone to add a server."),
                            this);
    hint->setObjectName(QStringLiteral("inspectorHint"));
    hint->setWordWrap(true);
    hint->setEnabled(false);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_name);
    auto* descriptionLabel = new QLabel(tr("&Description:"), this);
    descriptionLabel->setBuddy(m_description);
    auto* versionLabel = new QLabel(tr("E&xchange:"), this);
    versionLabel->setBuddy(m_version);
    form->addRow(nameLabel, m_name);
    form->addRow(descriptionLabel, m_description);
    form->addRow(versionLabel, m_version);
    auto* layout = new QVBoxLayout(this);
    QLabel* title = Inspector::titleLabel(QStringLiteral("inspectorDeploymentTitle"), this);
    title->setText(tr("Deployment"));
    layout->addWidget(title);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(Inspector::sectionLabel(tr("Firewalls"), this));
    layout->addWidget(m_firewalls);
    layout->addWidget(m_addFirewall, 0, Qt::AlignLeft);
    layout->addSpacing(12);
    layout->addWidget(hint);
    layout->addStretch(1);

    connect(m_name, &QLineEdit::editingFinished, this, &DeploymentInspector::commitName);
    connect(m_version, &QComboBox::activated, this, &DeploymentInspector::commitVersion);
    connect(m_firewalls, &QLabel::linkActivated, this, &DeploymentInspector::firewallActivated);
    connect(m_addFirewall, &QPushButton::clicked, this, &DeploymentInspector::addFirewall);
}

void DeploymentInspector::refresh()
{
    Inspector::showText(m_name, m_document->name());
    if (!m_description->hasFocus() && m_description->toPlainText() != m_document->description())
        m_description->setPlainText(m_document->description());
    QList<Inspector::ComboChoice> versions;
    for (const VersionInfo& version : m_catalog.versions())
        versions.append({version.name, version.id});
    Inspector::setComboChoices(m_version, versions, m_document->exchangeVersion());
    const PortMatrix& matrix = m_analysis->matrix();
    m_summary->setText(tr("Zones: %1 · Servers: %2 · Rules between zones: %3")
                           .arg(m_document->zones().size())
                           .arg(m_document->servers().size())
                           .arg(matrix.rules.size()));
    showFirewalls();
}

// Each firewall with its interfaces, one a line; implicit ones with a note that the lanes imply them.
void DeploymentInspector::showFirewalls()
{
    const FirewallTopology& topology = m_analysis->firewalls();
    QStringList lines;
    for (const Firewall& firewall : topology.firewalls()) {
        QStringList legs;
        for (const FirewallInterface& leg : topology.legsInLaneOrder(firewall))
            legs.append(FirewallTopology::interfaceText(leg.name));
        lines.append(Inspector::pageLink(firewall.id, firewall.name.isEmpty() ? firewall.id : firewall.name) +
                     QStringLiteral(": ") + legs.join(QStringLiteral(", ")).toHtmlEscaped());
    }
    if (topology.isImplicit() && !lines.isEmpty())
        lines.append(tr("Implied by the lanes: one between each pair of neighbouring zones.").toHtmlEscaped());
    m_firewalls->setText(lines.isEmpty() ? tr("None").toHtmlEscaped() : lines.join(QStringLiteral("<br>")));
    m_addFirewall->setVisible(m_document->zones().size() >= 2);
}

void DeploymentInspector::addFirewall()
{
    QString firewallId;
    m_document->undoStack()->push(ExplicitFirewalls::addFirewall(m_document, &firewallId).release());
    if (m_document->firewall(firewallId))
        emit firewallActivated(firewallId);
}

void DeploymentInspector::commitPendingEdits()
{
    if (m_name->isModified())
        commitName();
    if (m_description->document()->isModified())
        commitDescription();
}

void DeploymentInspector::editName()
{
    m_name->setFocus(Qt::ShortcutFocusReason);
    m_name->selectAll();
}

// The description is committed when the field loses focus, as a line edit commits on editingFinished.
bool DeploymentInspector::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_description && event->type() == QEvent::FocusOut && m_description->document()->isModified())
        commitDescription();
    return QWidget::eventFilter(watched, event);
}

void DeploymentInspector::commitName()
{
    m_name->setModified(false);
    m_document->undoStack()->push(new SetDeploymentNameCommand(m_document, m_name->text().trimmed()));
}

void DeploymentInspector::commitDescription()
{
    m_description->document()->setModified(false);
    m_document->undoStack()->push(new SetDeploymentDescriptionCommand(m_document, m_description->toPlainText()));
}

void DeploymentInspector::commitVersion()
{
    m_document->undoStack()->push(new SetExchangeVersionCommand(m_document, m_version->currentData().toString()));
}
