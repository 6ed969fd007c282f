#include "views/inspector/serverinspector.h"

#include <algorithm>

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMap>
#include <QScrollBar>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include "model/catalogtexts.h"
#include "model/deployment.h"
#include "model/deploymentanalysis.h"
#include "model/deploymentcommands.h"
#include "model/endpointnames.h"
#include "model/portcatalog.h"
#include "model/serversettings.h"
#include "views/inspector/inspectorsupport.h"
#include "views/lesson/answermask.h"
#include "views/inspector/rpcrangeeditor.h"
#include "views/inspector/serversettingssection.h"

namespace {

QTreeWidget* flowTree(const QString& objectName, const QStringList& headers, QWidget* parent)
{
    auto* tree = new QTreeWidget(parent);
    tree->setObjectName(objectName);
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(false);
    tree->setAlternatingRowColors(true);
    tree->setUniformRowHeights(true);
    // Long names end in "…" (the tooltip has them whole) rather than adding a scroll bar over the last row.
    tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    tree->header()->setStretchLastSection(true);
    tree->header()->setSectionsMovable(false);
    return tree;
}

// The check boxes of Server::flagNames(), in that order.
struct FlagText
{
    const char* flag;
    const char* label;
    const char* toolTip;
};
const FlagText flagTexts[] = {
    {"hybridMailFlow", QT_TRANSLATE_NOOP("ServerInspector", "Carries hybrid mail flow"),
     QT_TRANSLATE_NOOP("ServerInspector", "Chosen in the Hybrid Configuration Wizard to send and receive the mail "
                                          "between Exchange Online and the organisation. When any server is marked, "
                                          "only the marked ones get the hybrid SMTP rules.")},
    {"publicFolderDatabase", QT_TRANSLATE_NOOP("ServerInspector", "Holds a public folder database"),
     QT_TRANSLATE_NOOP("ServerInspector", "Exchange 2010: Outlook opens public folders directly on this Mailbox "
                                          "server. When any server is marked, only the marked ones get Outlook's RPC "
                                          "rules for public folders.")},
};

// Where an outbound line keeps what its details need.
constexpr int PurposeRole = Qt::UserRole;
constexpr int ReferencesRole = Qt::UserRole + 1;

} // namespace

ServerInspector::ServerInspector(Deployment* document, DeploymentAnalysis* analysis, const PortCatalog& catalog,
                                 QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_analysis(analysis)
    , m_catalog(catalog)
    , m_title(Inspector::titleLabel(QStringLiteral("inspectorServerTitle"), this))
    , m_name(new QLineEdit(this))
    , m_host(new QLineEdit(this))
    , m_version(new QComboBox(this))
    , m_zone(new QComboBox(this))
    , m_form(new QFormLayout)
    , m_rpcRange(new RpcRangeEditor(this))
    , m_roles(new QListWidget(this))
    , m_listening(flowTree(QStringLiteral("inspectorListening"), {tr("Port"), tr("Service"), tr("From zones")}, this))
    , m_outbound(flowTree(QStringLiteral("inspectorOutbound"), {tr("Port"), tr("Service"), tr("To")}, this))
    , m_flowDetails(new QLabel(this))
    , m_settings(new ServerSettingsSection(catalog, this))
{
    setObjectName(QStringLiteral("serverInspector"));
    m_name->setObjectName(QStringLiteral("inspectorServerName"));
    m_host->setObjectName(QStringLiteral("inspectorServerHost"));
    m_version->setObjectName(QStringLiteral("inspectorServerVersion"));
    m_zone->setObjectName(QStringLiteral("inspectorServerZone"));
    m_roles->setObjectName(QStringLiteral("inspectorServerRoles"));
    m_rpcRange->setToolTip(tr("The dynamic RPC ports this server accepts; it overrides the deployment's range."));
    m_host->setPlaceholderText(tr("Address or DNS name"));
    m_host->setClearButtonEnabled(true);
    m_outbound->setMinimumHeight(80);
    m_listening->setSelectionMode(QAbstractItemView::NoSelection);
    m_outbound->setSelectionMode(QAbstractItemView::SingleSelection);
    m_flowDetails->setObjectName(QStringLiteral("inspectorFlowDetails"));
    m_flowDetails->setTextFormat(Qt::RichText);
    m_flowDetails->setWordWrap(true);
    m_flowDetails->setOpenExternalLinks(true);
    m_flowDetails->setTextInteractionFlags(Qt::TextBrowserInteraction);

    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->addRow(tr("Name:"), m_name);
    m_form->addRow(tr("Host:"), m_host);
    m_form->addRow(tr("Version:"), m_version);
    m_form->addRow(tr("Zone:"), m_zone);
    m_form->addRow(tr("Dynamic RPC range:"), m_rpcRange);
    for (const FlagText& text : flagTexts) {
        const QString flag = QLatin1String(text.flag);
        auto* box = new QCheckBox(tr(text.label), this);
        box->setObjectName(u"inspectorServer" + flag.at(0).toUpper() + flag.mid(1));
        box->setToolTip(tr(text.toolTip));
        m_form->addRow(box);
        m_flags.insert(flag, box);
        connect(box, &QCheckBox::clicked, this, [this, flag](bool on) {
            m_document->undoStack()->push(EditServerCommand::setServerFlag(m_document, m_serverId, flag, on).release());
        });
    }
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(m_form);
    layout->addWidget(Inspector::sectionLabel(tr("Roles"), this));
    layout->addWidget(m_roles);
    layout->addWidget(Inspector::sectionLabel(tr("Listens on"), this));
    layout->addWidget(m_listening);
    layout->addWidget(Inspector::sectionLabel(tr("Connects to"), this));
    layout->addWidget(m_outbound, 1);
    layout->addWidget(m_flowDetails);
    layout->addWidget(m_settings);

    connect(m_name, &QLineEdit::editingFinished, this, &ServerInspector::commitName);
    connect(m_host, &QLineEdit::editingFinished, this, &ServerInspector::commitHost);
    connect(m_version, &QComboBox::activated, this, &ServerInspector::commitVersion);
    connect(m_zone, &QComboBox::activated, this, &ServerInspector::commitZone);
    connect(m_rpcRange, &RpcRangeEditor::rangeChosen, this, &ServerInspector::commitRpcRange);
    connect(m_outbound, &QTreeWidget::currentItemChanged, this, &ServerInspector::showFlowDetails);
    // Queued: the push refreshes the list, which must not delete the item whose signal is being delivered.
    connect(m_roles, &QListWidget::itemChanged, this, &ServerInspector::commitRoles, Qt::QueuedConnection);
}

void ServerInspector::setServer(const QString& serverId)
{
    m_serverId = serverId;
    m_name->setModified(false);
    m_host->setModified(false);
}

bool ServerInspector::refresh()
{
    const Server* server = m_document->server(m_serverId);
    if (!server)
        return false;
    m_title->setText(server->name.isEmpty() ? server->id : server->name);
    Inspector::showText(m_name, server->name);
    Inspector::showText(m_host, server->host);

    const VersionInfo* deploymentVersion = m_catalog.version(m_document->exchangeVersion());
    QList<Inspector::ComboChoice> versions{
        {tr("Default: %1").arg(deploymentVersion ? deploymentVersion->name : m_document->exchangeVersion()),
         QString()}};
    for (const VersionInfo& version : m_catalog.versions())
        versions.append({version.name, version.id});
    Inspector::setComboChoices(m_version, versions, server->version);
    QList<Inspector::ComboChoice> zones;
    for (const Zone& zone : m_document->zones())
        zones.append({zone.name.isEmpty() ? zone.id : zone.name, zone.id});
    Inspector::setComboChoices(m_zone, zones, server->zone);
    fillRoles(server->roles, m_document->data().effectiveVersion(*server));
    showServerSettings(*server);
    fillFlows();
    // A lesson that asks for this server's ports does not show them here either.
    m_settings->setVisible(!(m_answers && m_answers->hidesServer(m_serverId)));
    m_settings->showPlan(ServerSettings::plan(m_catalog, m_document->data(), m_analysis->flows(), m_serverId));
    return true;
}

// Each setting shows only where it means something for the server's roles, or where it is set and must stay
// reachable to be cleared.
void ServerInspector::showServerSettings(const Server& server)
{
    const QString version = m_document->data().effectiveVersion(server);
    const bool listensOnRpc = std::any_of(server.roles.begin(), server.roles.end(),
                                          [&](const QString& role) { return m_catalog.listensOnDynamicRpc(role); });
    m_rpcRange->setRange(server.dynamicRpcRange);
    m_form->setRowVisible(m_rpcRange, listensOnRpc || server.dynamicRpcRange);
    for (auto it = m_flags.cbegin(); it != m_flags.cend(); ++it) {
        const bool applies = std::any_of(server.roles.begin(), server.roles.end(), [&](const QString& role) {
            return m_catalog.flagApplies(it.key(), role, version);
        });
        it.value()->setChecked(server.hasFlag(it.key()));
        m_form->setRowVisible(it.value(), applies || server.hasFlag(it.key()));
    }
}

// The roles the server's version has, plus any it holds although the version lacks them, so they can be unchecked.
void ServerInspector::fillRoles(const QStringList& roles, const QString& version)
{
    const QSignalBlocker block(m_roles);
    const int scroll = m_roles->verticalScrollBar()->value();
    m_roles->clear();
    for (const RoleInfo& role : m_catalog.roles()) {
        const bool held = roles.contains(role.id);
        if (!held && !role.existsIn(version))
            continue;
        auto* item = new QListWidgetItem(role.name, m_roles);
        item->setData(Qt::UserRole, role.id);
        item->setToolTip(role.description);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(held ? Qt::Checked : Qt::Unchecked);
    }
    Inspector::fitHeightToRows(m_roles, 6);
    m_roles->verticalScrollBar()->setValue(scroll);
}

void ServerInspector::fillFlows()
{
    const Deployment& document = *m_document;
    const PortMatrix& matrix = m_analysis->matrix();
    const QTreeWidgetItem* selected = m_outbound->currentItem();
    const QStringList selectedTexts =
        selected ? QStringList{selected->text(0), selected->text(1), selected->text(2)} : QStringList();
    m_listening->clear();
    m_outbound->clear();
    const CatalogTexts& texts = CatalogTexts::user();
    // One listening line per port and service, whatever zones reach it.
    QMap<QString, QTreeWidgetItem*> listening;
    for (int row = 0; row < matrix.rowCount(); ++row) {
        const MatrixRule& rule = *matrix.ruleAt(row);
        if (m_answers && m_answers->hidesRule(rule))
            continue;
        const QString port = Inspector::portText(rule);
        const QString service = texts.service(rule);
        if (rule.destinations.contains(m_serverId)) {
            const QString key = port + u'\n' + service;
            QTreeWidgetItem* item = listening.value(key);
            const QString zone = EndpointNames::zoneName(document, rule.from);
            if (!item) {
                item = new QTreeWidgetItem(m_listening, {port, service, zone});
                for (int column = 0; column < 3; ++column)
                    item->setToolTip(column, texts.purpose(rule));
                listening.insert(key, item);
            } else if (!item->text(2).split(QStringLiteral(", ")).contains(zone)) {
                item->setText(2, item->text(2) + QStringLiteral(", ") + zone);
            }
        }
        if (rule.sources.contains(m_serverId)) {
            const QString to = EndpointNames::endpointNames(document, m_catalog, rule.destinations);
            const QString purpose = texts.purpose(rule);
            auto* item = new QTreeWidgetItem(m_outbound, {port, service, to});
            for (int column = 0; column < 3; ++column)
                item->setToolTip(column, column == 2 ? to : purpose);
            item->setData(0, PurposeRole, purpose);
            item->setData(0, ReferencesRole, rule.references);
            if (selectedTexts == QStringList{port, service, to})
                m_outbound->setCurrentItem(item);
        }
    }
    if (m_answers && m_answers->hidesServer(m_serverId)) {
        auto* asked = new QTreeWidgetItem(m_listening, {QStringLiteral("? ") + tr("The lesson asks for these ports.")});
        asked->setFirstColumnSpanned(true);
    }
    for (QTreeWidget* tree : {m_listening, m_outbound}) {
        tree->resizeColumnToContents(0);
        tree->resizeColumnToContents(1);
        tree->header()->resizeSection(1, qMin(tree->header()->sectionSize(1), 130));
    }
    Inspector::fitHeightToRows(m_listening, 8);
    showFlowDetails(m_outbound->currentItem());
}

void ServerInspector::showFlowDetails(const QTreeWidgetItem* item)
{
    if (!item) {
        m_flowDetails->setText(tr("Select a flow to read why it exists and where that comes from."));
        return;
    }
    m_flowDetails->setText(
        item->data(0, PurposeRole).toString().toHtmlEscaped() + QStringLiteral("<br>") +
        tr("Sources: %1").arg(Inspector::sourceLinks(m_catalog, item->data(0, ReferencesRole).toStringList(), false)));
}

void ServerInspector::editName()
{
    m_name->setFocus(Qt::ShortcutFocusReason);
    m_name->selectAll();
}

void ServerInspector::commitPendingEdits()
{
    if (m_name->isModified())
        commitName();
    if (m_host->isModified())
        commitHost();
}

void ServerInspector::commitName()
{
    m_name->setModified(false);
    m_document->undoStack()->push(EditServerCommand::renameServer(m_document, m_serverId, m_name->text()).release());
}

void ServerInspector::commitHost()
{
    m_host->setModified(false);
    m_document->undoStack()->push(EditServerCommand::setServerHost(m_document, m_serverId, m_host->text()).release());
}

void ServerInspector::commitVersion()
{
    m_document->undoStack()->push(
        EditServerCommand::setServerVersion(m_document, m_serverId, m_version->currentData().toString()).release());
}

void ServerInspector::commitZone()
{
    m_document->undoStack()->push(
        EditServerCommand::moveServer(m_document, m_serverId, m_zone->currentData().toString()).release());
}

void ServerInspector::commitRpcRange()
{
    m_document->undoStack()->push(
        EditServerCommand::setServerDynamicRpcRange(m_document, m_serverId, m_rpcRange->range()).release());
}

// Keeps the order of the roles the server has and appends newly checked ones.
void ServerInspector::commitRoles()
{
    const Server* server = m_document->server(m_serverId);
    if (!server)
        return;
    QStringList checked;
    for (int row = 0; row < m_roles->count(); ++row) {
        if (m_roles->item(row)->checkState() == Qt::Checked)
            checked.append(m_roles->item(row)->data(Qt::UserRole).toString());
    }
    QStringList roles;
    for (const QString& role : server->roles) {
        if (checked.contains(role))
            roles.append(role);
    }
    for (const QString& role : std::as_const(checked)) {
        if (!roles.contains(role))
            roles.append(role);
    }
    m_document->undoStack()->push(EditServerCommand::setServerRoles(m_document, m_serverId, roles).release());
}
