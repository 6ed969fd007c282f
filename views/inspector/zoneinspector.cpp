#include "views/inspector/zoneinspector.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QUndoStack>
#include <QVBoxLayout>

#include "model/deployment.h"
#include "model/deploymentanalysis.h"
#include "model/deploymentcommands.h"
#include "model/endpointnames.h"
#include "model/portcatalog.h"
#include "views/inspector/inspectorsupport.h"

ZoneInspector::ZoneInspector(Deployment* document, DeploymentAnalysis* analysis, const PortCatalog& catalog,
                             QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_analysis(analysis)
    , m_catalog(catalog)
    , m_title(Inspector::titleLabel(QStringLiteral("inspectorZoneTitle"), this))
    , m_name(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_colour(new QPushButton(this))
    , m_defaultColour(new QPushButton(tr("Default"), this))
    , m_networks(new QPlainTextEdit(this))
    , m_networksProblem(Inspector::problemLabel(QStringLiteral("inspectorZoneNetworksProblem"), this))
    , m_firewalls(new QLabel(this))
    , m_implicitActors(new QCheckBox(tr("Stands for the actors of its kind"), this))
    , m_actors(new QListWidget(this))
    , m_serversTitle(Inspector::sectionLabel(QString(), this))
    , m_servers(new QLabel(this))
{
    setObjectName(QStringLiteral("zoneInspector"));
    m_name->setObjectName(QStringLiteral("inspectorZoneName"));
    m_kind->setObjectName(QStringLiteral("inspectorZoneKind"));
    m_colour->setObjectName(QStringLiteral("inspectorZoneColour"));
    m_defaultColour->setObjectName(QStringLiteral("inspectorZoneColourDefault"));
    m_networks->setObjectName(QStringLiteral("inspectorZoneNetworks"));
    m_firewalls->setObjectName(QStringLiteral("inspectorZoneFirewalls"));
    m_implicitActors->setObjectName(QStringLiteral("inspectorZoneImplicitActors"));
    m_actors->setObjectName(QStringLiteral("inspectorZoneActors"));
    m_servers->setObjectName(QStringLiteral("inspectorZoneServers"));
    m_colour->setToolTip(tr("Choose the lane colour"));
    m_defaultColour->setToolTip(tr("Use the tint of the zone's kind"));
    m_implicitActors->setToolTip(tr("An Internet zone stands for the Internet's mail servers and remote clients, a "
                                    "LAN for the internal clients, without placing them as servers."));
    m_networks->setToolTip(tr("The zone's networks in CIDR notation, one a line or separated by commas: what the "
                              "firewall rules match for servers without an address of their own."));
    m_networks->setTabChangesFocus(true);
    m_networks->setFixedHeight(m_networks->fontMetrics().lineSpacing() * 3 + 12);
    m_networks->installEventFilter(this);
    m_firewalls->setWordWrap(true);
    m_firewalls->setTextFormat(Qt::RichText);
    m_actors->setSelectionMode(QAbstractItemView::NoSelection);
    m_servers->setWordWrap(true);
    m_servers->setTextFormat(Qt::PlainText);

    auto* colourRow = new QHBoxLayout;
    colourRow->addWidget(m_colour, 1);
    colourRow->addWidget(m_defaultColour);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Kind:"), m_kind);
    form->addRow(tr("Colour:"), colourRow);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addWidget(Inspector::sectionLabel(tr("Networks"), this));
    layout->addWidget(m_networks);
    layout->addWidget(m_networksProblem);
    layout->addWidget(Inspector::sectionLabel(tr("Firewalls"), this));
    layout->addWidget(m_firewalls);
    layout->addWidget(m_implicitActors);
    layout->addWidget(Inspector::sectionLabel(tr("Implicit actors"), this));
    layout->addWidget(m_actors);
    layout->addWidget(m_serversTitle);
    layout->addWidget(m_servers);
    layout->addStretch(1);

    connect(m_name, &QLineEdit::editingFinished, this, &ZoneInspector::commitName);
    connect(m_kind, &QComboBox::activated, this, &ZoneInspector::commitKind);
    connect(m_colour, &QPushButton::clicked, this, &ZoneInspector::chooseColour);
    connect(m_defaultColour, &QPushButton::clicked, this, &ZoneInspector::resetColour);
    connect(m_implicitActors, &QCheckBox::toggled, this, &ZoneInspector::commitImplicitActors);
    connect(m_firewalls, &QLabel::linkActivated, this, &ZoneInspector::firewallActivated);
}

void ZoneInspector::setZone(const QString& zoneId)
{
    m_zoneId = zoneId;
    m_name->setModified(false);
    m_networks->document()->setModified(false);
    m_networksProblem->hide();
}

bool ZoneInspector::refresh()
{
    const Zone* zone = m_document->zone(m_zoneId);
    if (!zone)
        return false;
    m_title->setText(zone->name.isEmpty() ? zone->id : zone->name);
    Inspector::showText(m_name, zone->name);

    QList<Inspector::ComboChoice> kinds;
    for (const ZoneKindInfo& kind : m_catalog.zoneKinds())
        kinds.append({kind.name, kind.id});
    Inspector::setComboChoices(m_kind, kinds, zone->kind);

    const ZoneKindInfo* kind = m_catalog.zoneKind(zone->kind);
    const QColor colour(zone->colour.isEmpty() && kind ? kind->colour : zone->colour);
    QPixmap swatch(16, 16);
    swatch.fill(colour.isValid() ? colour : QColor(Qt::white));
    m_colour->setIcon(QIcon(swatch));
    m_colour->setText(zone->colour.isEmpty() ? tr("Kind's tint") : zone->colour);
    m_defaultColour->setEnabled(!zone->colour.isEmpty());

    showNetworks(*zone);
    showFirewalls();
    {
        const QSignalBlocker block(m_implicitActors);
        m_implicitActors->setChecked(zone->implicitActors);
    }
    // The actors the flow engine placed here: the rules of the catalog applied to this zone and the options.
    m_actors->clear();
    for (const EndpointGroup& group : m_analysis->flows().groups) {
        if (!group.implicit || group.zone != m_zoneId)
            continue;
        const RoleInfo* role = m_catalog.role(group.role);
        auto* item = new QListWidgetItem(role ? role->name : group.role, m_actors);
        if (role)
            item->setToolTip(role->description);
    }
    if (m_actors->count() == 0)
        new QListWidgetItem(tr("None"), m_actors);
    Inspector::fitHeightToRows(m_actors, 10);

    const QStringList servers = m_document->serversInZone(m_zoneId);
    QStringList names;
    for (const QString& id : servers)
        names.append(EndpointNames::endpointName(*m_document, m_catalog, id));
    m_serversTitle->setText(tr("Servers (%1)").arg(servers.size()));
    m_servers->setText(servers.isEmpty() ? tr("None") : names.join(QStringLiteral(", ")));
    return true;
}

void ZoneInspector::editName()
{
    m_name->setFocus(Qt::ShortcutFocusReason);
    m_name->selectAll();
}

void ZoneInspector::commitPendingEdits()
{
    if (m_name->isModified())
        commitName();
    if (m_networks->document()->isModified())
        commitNetworks();
}

// The networks are committed when the field loses focus, as a line edit commits on editingFinished.
bool ZoneInspector::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_networks && event->type() == QEvent::FocusOut && m_networks->document()->isModified())
        commitNetworks();
    return QWidget::eventFilter(watched, event);
}

void ZoneInspector::showNetworks(const Zone& zone)
{
    m_networks->setPlaceholderText(zone.kind == QLatin1String("internet")
                                       ? tr("any address")
                                       : tr("none; one network a line, such as 192.0.2.0/24"));
    if (m_networks->hasFocus() && m_networks->document()->isModified())
        return;
    QStringList lines;
    for (const IpNetwork& network : zone.networks)
        lines.append(network.toCidr());
    if (m_networks->toPlainText() != lines.join(u'\n'))
        m_networks->setPlainText(lines.join(u'\n'));
}

// The firewalls that join this zone, with the name of the interface facing it (implicit ones too), or the one its
// servers run on.
void ZoneInspector::showFirewalls()
{
    QStringList lines;
    for (const Firewall& firewall : m_analysis->firewalls().firewalls()) {
        const QString leg = firewall.interfaceTo(m_zoneId);
        if (firewall.runs(m_zoneId)) {
            lines.append(
                tr("Runs on %1: its servers are the firewall host")
                    .arg(Inspector::pageLink(firewall.id, firewall.name.isEmpty() ? firewall.id : firewall.name)));
        } else if (!leg.isEmpty()) {
            lines.append(
                tr("%1, interface %2")
                    .arg(Inspector::pageLink(firewall.id, firewall.name.isEmpty() ? firewall.id : firewall.name),
                         leg.toHtmlEscaped()));
        }
    }
    m_firewalls->setText(lines.isEmpty() ? tr("None: no firewall joins this zone.").toHtmlEscaped()
                                         : lines.join(QStringLiteral("<br>")));
}

// One network a line or separated by commas; the first invalid or repeated one is refused with IpNetwork's message
// and changes nothing.
void ZoneInspector::commitNetworks()
{
    m_networks->document()->setModified(false);
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    QList<IpNetwork> networks;
    QString problem;
    for (const QString& text : m_networks->toPlainText().split(separators, Qt::SkipEmptyParts)) {
        const std::optional<IpNetwork> network = IpNetwork::parse(text, &problem);
        if (!network)
            break;
        if (networks.contains(*network)) {
            problem = tr("\"%1\" is listed twice.").arg(network->toCidr());
            break;
        }
        networks.append(*network);
    }
    m_networksProblem->setText(problem);
    m_networksProblem->setVisible(!problem.isEmpty());
    if (!problem.isEmpty() || m_networks->isReadOnly())
        return;
    m_document->undoStack()->push(EditZoneCommand::setZoneNetworks(m_document, m_zoneId, networks).release());
}

void ZoneInspector::commitName()
{
    m_name->setModified(false);
    m_document->undoStack()->push(EditZoneCommand::renameZone(m_document, m_zoneId, m_name->text()).release());
}

void ZoneInspector::commitKind()
{
    m_document->undoStack()->push(
        EditZoneCommand::setZoneKind(m_document, m_zoneId, m_kind->currentData().toString()).release());
}

void ZoneInspector::chooseColour()
{
    const Zone* zone = m_document->zone(m_zoneId);
    if (!zone)
        return;
    const ZoneKindInfo* kind = m_catalog.zoneKind(zone->kind);
    const QColor current(zone->colour.isEmpty() && kind ? kind->colour : zone->colour);
    const QColor chosen = QColorDialog::getColor(current, this, tr("Zone Colour"));
    if (!chosen.isValid())
        return;
    m_document->undoStack()->push(
        EditZoneCommand::setZoneColour(m_document, m_zoneId, chosen.name(QColor::HexRgb)).release());
}

void ZoneInspector::resetColour()
{
    m_document->undoStack()->push(EditZoneCommand::setZoneColour(m_document, m_zoneId, QString()).release());
}

void ZoneInspector::commitImplicitActors(bool on)
{
    m_document->undoStack()->push(EditZoneCommand::setZoneImplicitActors(m_document, m_zoneId, on).release());
}
