#include "views/panels/optionspanel.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QUndoStack>
#include <QVBoxLayout>

#include "model/deployment.h"
#include "model/deploymentcommands.h"
#include "model/optionlabels.h"
#include "model/catalogentry.h"
#include "model/portcatalog.h"

namespace {

// The ports of the catalog entries an option turns on, e.g. "TCP 110, 995", so that the panel states no port of its
// own: every port shown comes from the catalog and its sources.
QString portsOfOption(const PortCatalog& catalog, const QString& option)
{
    QMap<Protocol, QList<PortRange>> fixed;
    for (const CatalogEntry& entry : catalog.entries()) {
        const bool turnedOn = std::any_of(entry.options.begin(), entry.options.end(),
                                          [&](const OptionExpression& expression) { return expression.needs(option); });
        if (!turnedOn)
            continue;
        for (const PortSpec& port : entry.ports) {
            QList<PortRange>& ranges = fixed[entry.protocol];
            if (port.kind == PortSpec::Kind::Fixed && !ranges.contains(port.range))
                ranges.append(port.range);
        }
    }
    QStringList parts;
    for (auto it = fixed.begin(); it != fixed.end(); ++it) {
        std::sort(it.value().begin(), it.value().end());
        QStringList ranges;
        for (const PortRange& range : std::as_const(it.value()))
            ranges.append(range.toString());
        if (!ranges.isEmpty())
            parts.append(protocolId(it.key()).toUpper() + u' ' + ranges.join(QStringLiteral(", ")));
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace

OptionsPanel::OptionsPanel(Deployment* document, const PortCatalog& catalog, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_catalog(catalog)
    , m_staticRpc(new QCheckBox(tr("Static RPC ports"), this))
    , m_rpcClientAccessPort(portSpinBox(QStringLiteral("staticRpcClientAccessPort")))
    , m_addressBookPort(portSpinBox(QStringLiteral("staticRpcAddressBookPort")))
    , m_dag(new QCheckBox(tr("Database availability group"), this))
    , m_replicationPort(portSpinBox(QStringLiteral("dagReplicationPort")))
    , m_defaultRange(new QRadioButton(tr("Windows default"), this))
    , m_customRange(new QRadioButton(tr("Custom:"), this))
    , m_rangeFirst(portSpinBox(QStringLiteral("dynamicRpcFirst")))
    , m_rangeLast(portSpinBox(QStringLiteral("dynamicRpcLast")))
    , m_rtpFirst(portSpinBox(QStringLiteral("umRtpFirst")))
    , m_rtpLast(portSpinBox(QStringLiteral("umRtpLast")))
{
    setObjectName(QStringLiteral("optionsPanel"));
    m_staticRpc->setObjectName(QStringLiteral("staticRpcEnabled"));
    m_dag->setObjectName(QStringLiteral("dagEnabled"));
    m_defaultRange->setObjectName(QStringLiteral("dynamicRpcDefault"));
    m_customRange->setObjectName(QStringLiteral("dynamicRpcCustom"));
    m_rpcClientAccessPort->setToolTip(tr("MSExchangeRPC\\ParametersSystem \"TCP/IP Port\""));
    m_addressBookPort->setToolTip(tr("MSExchangeAB\\Parameters \"RpcTcpPort\""));
    m_replicationPort->setToolTip(tr("Set-DatabaseAvailabilityGroup -ReplicationPort"));
    m_defaultRange->setToolTip(tr("Each server uses the dynamic RPC range its Exchange version and role default to; "
                                  "the port matrix shows it."));
    m_customRange->setToolTip(tr("Every server's dynamic RPC ports are restricted to this range."));
    auto* rangeGroup = new QButtonGroup(this);
    rangeGroup->addButton(m_defaultRange);
    rangeGroup->addButton(m_customRange);

    auto* services = new QGroupBox(tr("Services"));
    services->setObjectName(QStringLiteral("optionsServices"));
    auto* servicesLayout = new QVBoxLayout(services);
    for (const QString& name : DeploymentOptions::flagNames()) {
        auto* box = new QCheckBox(OptionLabels::label(name), services);
        box->setObjectName(u"option_" + name);
        const QString ports = portsOfOption(m_catalog, name);
        m_flagToolTips.insert(name, OptionLabels::toolTip(name) +
                                        (ports.isEmpty() ? QString() : u'\n' + tr("Ports: %1").arg(ports)));
        servicesLayout->addWidget(box);
        m_flags.insert(name, box);
        connect(box, &QCheckBox::toggled, this, [this, name](bool on) { commitFlag(name, on); });
    }

    auto* rpc = new QGroupBox(tr("RPC and replication"));
    rpc->setObjectName(QStringLiteral("optionsRpc"));
    auto* rpcForm = new QFormLayout(rpc);
    rpcForm->addRow(m_staticRpc);
    rpcForm->addRow(tr("RPC Client Access port:"), m_rpcClientAccessPort);
    rpcForm->addRow(tr("Address Book port:"), m_addressBookPort);
    rpcForm->addRow(m_dag);
    rpcForm->addRow(tr("Replication port:"), m_replicationPort);
    auto* custom = new QHBoxLayout;
    custom->addWidget(m_customRange);
    custom->addWidget(m_rangeFirst);
    custom->addWidget(new QLabel(QStringLiteral("–"), rpc));
    custom->addWidget(m_rangeLast);
    custom->addStretch(1);
    rpcForm->addRow(new QLabel(tr("Dynamic RPC range:"), rpc));
    rpcForm->addRow(m_defaultRange);
    rpcForm->addRow(custom);

    auto* voice = new QGroupBox(tr("Voice and publishing"));
    voice->setObjectName(QStringLiteral("optionsVoice"));
    auto* voiceForm = new QFormLayout(voice);
    for (const ChoiceOption& choice : DeploymentOptions::choiceOptions()) {
        auto* box = new QComboBox(voice);
        box->setObjectName(u"option_" + choice.name);
        for (const QString& value : choice.values)
            box->addItem(OptionLabels::label(value), value);
        m_choiceToolTips.insert(choice.name, OptionLabels::toolTip(choice.name));
        voiceForm->addRow(tr("%1:", "form label").arg(OptionLabels::label(choice.name)), box);
        m_choices.insert(choice.name, box);
        const QString name = choice.name;
        connect(box, &QComboBox::activated, this,
                [this, name, box](int index) { commitChoice(name, box->itemData(index).toString()); });
    }
    m_rtpFirst->setRange(1, 65535);
    m_rtpLast->setRange(1, 65535);
    auto* rtp = new QHBoxLayout;
    rtp->addWidget(m_rtpFirst);
    rtp->addWidget(new QLabel(QStringLiteral("–"), voice));
    rtp->addWidget(m_rtpLast);
    rtp->addStretch(1);
    voiceForm->addRow(tr("UM RTP range:"), rtp);

    // The options scroll when the dock is shorter than they are.
    auto* contents = new QWidget;
    contents->setObjectName(QStringLiteral("optionsContents"));
    auto* contentsLayout = new QVBoxLayout(contents);
    contentsLayout->addWidget(services);
    contentsLayout->addWidget(rpc);
    contentsLayout->addWidget(voice);
    contentsLayout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("optionsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(contents);
    scroll->setMinimumWidth(contents->minimumSizeHint().width() + scroll->verticalScrollBar()->sizeHint().width());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_staticRpc, &QCheckBox::toggled, this, &OptionsPanel::commitRpcAndDag);
    connect(m_dag, &QCheckBox::toggled, this, &OptionsPanel::commitRpcAndDag);
    for (QSpinBox* box : {m_rpcClientAccessPort, m_addressBookPort, m_replicationPort})
        connect(box, &QSpinBox::editingFinished, this, &OptionsPanel::commitRpcAndDag);
    connect(m_defaultRange, &QRadioButton::toggled, this, &OptionsPanel::commitDynamicRange);
    for (QSpinBox* box : {m_rangeFirst, m_rangeLast})
        connect(box, &QSpinBox::editingFinished, this, &OptionsPanel::commitDynamicRange);
    for (QSpinBox* box : {m_rtpFirst, m_rtpLast})
        connect(box, &QSpinBox::editingFinished, this, &OptionsPanel::commitRtpRange);
    connect(m_document, &Deployment::changed, this, &OptionsPanel::refresh);
    refresh();
}

QSpinBox* OptionsPanel::portSpinBox(const QString& objectName)
{
    auto* box = new QSpinBox(this);
    box->setObjectName(objectName);
    box->setRange(1024, 65535);
    box->setKeyboardTracking(false);
    box->setAccelerated(true);
    return box;
}

bool OptionsPanel::applies(const QString& option, QString* versionsNote) const
{
    const QStringList versions = m_catalog.optionVersions(option);
    QStringList names;
    for (const QString& version : versions) {
        const VersionInfo* info = m_catalog.version(version);
        names.append(info ? info->name : version);
    }
    *versionsNote = versions.isEmpty() ? tr("No Exchange version uses this option.")
                                       : tr("Applies to %1.").arg(names.join(QStringLiteral(", ")));
    if (versions.contains(m_document->exchangeVersion()))
        return true;
    for (const Server& server : m_document->servers()) {
        if (versions.contains(m_document->data().effectiveVersion(server)))
            return true;
    }
    return false;
}

void OptionsPanel::refresh()
{
    const DeploymentOptions& options = m_document->options();
    // An option that no version here uses is disabled; one that is on stays enabled so that it can be turned off.
    const auto showApplicability = [this](QWidget* widget, const QString& option, const QString& toolTip, bool on) {
        QString note;
        const bool used = applies(option, &note);
        widget->setEnabled(used || on);
        const QString unused = used ? QString() : tr("Not used by the Exchange versions of this deployment. ");
        widget->setToolTip(toolTip + QStringLiteral("\n\n") + unused + note);
    };
    for (auto it = m_flags.cbegin(); it != m_flags.cend(); ++it) {
        const QSignalBlocker block(it.value());
        const bool on = options.isOn(it.key());
        it.value()->setChecked(on);
        showApplicability(it.value(), it.key(), m_flagToolTips.value(it.key()), on);
    }
    {
        const QSignalBlocker blockStatic(m_staticRpc);
        const QSignalBlocker blockDag(m_dag);
        m_staticRpc->setChecked(options.staticRpc.enabled);
        m_dag->setChecked(options.dag.enabled);
    }
    showApplicability(m_staticRpc, QStringLiteral("staticRpc"),
                      tr("RPC Client Access and the Address Book service listen on fixed ports instead of the dynamic "
                         "RPC range."),
                      options.staticRpc.enabled);
    showApplicability(m_dag, QStringLiteral("dag"),
                      tr("Mailbox servers replicate their databases to each other and form a cluster (Exchange 2007: "
                         "cluster continuous replication, CCR)."),
                      options.dag.enabled);
    const QSignalBlocker blockClientAccess(m_rpcClientAccessPort);
    const QSignalBlocker blockAddressBook(m_addressBookPort);
    const QSignalBlocker blockReplication(m_replicationPort);
    m_rpcClientAccessPort->setValue(options.staticRpc.rpcClientAccessPort);
    m_addressBookPort->setValue(options.staticRpc.addressBookPort);
    m_replicationPort->setValue(options.dag.replicationPort);
    m_rpcClientAccessPort->setEnabled(options.staticRpc.enabled);
    m_addressBookPort->setEnabled(options.staticRpc.enabled);
    m_replicationPort->setEnabled(options.dag.enabled);

    const QSignalBlocker blockDefault(m_defaultRange);
    const QSignalBlocker blockCustom(m_customRange);
    const QSignalBlocker blockFirst(m_rangeFirst);
    const QSignalBlocker blockLast(m_rangeLast);
    const bool custom = options.dynamicRpcRange.has_value();
    m_customRange->setChecked(custom);
    m_defaultRange->setChecked(!custom);
    m_rangeFirst->setEnabled(custom);
    m_rangeLast->setEnabled(custom);
    const PortRange range = options.dynamicRpcRange.value_or(PortRange{49152, 65535});
    m_rangeFirst->setValue(range.first);
    m_rangeLast->setValue(range.last);

    for (auto it = m_choices.cbegin(); it != m_choices.cend(); ++it) {
        const QSignalBlocker block(it.value());
        const QString value = options.choice(it.key());
        it.value()->setCurrentIndex(it.value()->findData(value));
        const ChoiceOption* choice = DeploymentOptions::choiceOption(it.key());
        showApplicability(it.value(), it.key(), m_choiceToolTips.value(it.key()),
                          choice && value != choice->defaultValue);
    }
    const QSignalBlocker blockRtpFirst(m_rtpFirst);
    const QSignalBlocker blockRtpLast(m_rtpLast);
    m_rtpFirst->setValue(options.umRtpRange.first);
    m_rtpLast->setValue(options.umRtpRange.last);
    const bool customRtp = options.umRtpRange != DeploymentOptions::defaultUmRtpRange;
    const QString rtpToolTip = tr("The UDP ports of Unified Messaging's media on the Exchange side "
                                  "(msexchangeum.config); default 1024-65535.");
    showApplicability(m_rtpFirst, QStringLiteral("umRtpRange"), rtpToolTip, customRtp);
    showApplicability(m_rtpLast, QStringLiteral("umRtpRange"), rtpToolTip, customRtp);
}

void OptionsPanel::commitChoice(const QString& name, const QString& value)
{
    DeploymentOptions options = m_document->options();
    if (options.choice(name) == value)
        return;
    options.setChoice(name, value);
    m_document->undoStack()->push(new SetOptionsCommand(m_document, options));
}

// As for the dynamic RPC range, the two ends are taken in order whichever the user typed first.
void OptionsPanel::commitRtpRange()
{
    DeploymentOptions options = m_document->options();
    const int first = m_rtpFirst->value();
    const int last = m_rtpLast->value();
    const PortRange range{qMin(first, last), qMax(first, last)};
    if (range == options.umRtpRange)
        return;
    options.umRtpRange = range;
    m_document->undoStack()->push(new SetOptionsCommand(m_document, options));
}

void OptionsPanel::commitFlag(const QString& name, bool on)
{
    DeploymentOptions options = m_document->options();
    options.setFlag(name, on);
    m_document->undoStack()->push(new SetOptionsCommand(m_document, options));
}

void OptionsPanel::commitRpcAndDag()
{
    DeploymentOptions options = m_document->options();
    options.staticRpc.enabled = m_staticRpc->isChecked();
    options.staticRpc.rpcClientAccessPort = m_rpcClientAccessPort->value();
    options.staticRpc.addressBookPort = m_addressBookPort->value();
    options.dag.enabled = m_dag->isChecked();
    options.dag.replicationPort = m_replicationPort->value();
    m_document->undoStack()->push(new SetOptionsCommand(m_document, options));
}

// The two ends are taken in order whichever the user typed first.
void OptionsPanel::commitDynamicRange()
{
    DeploymentOptions options = m_document->options();
    if (m_customRange->isChecked()) {
        const int first = m_rangeFirst->value();
        const int last = m_rangeLast->value();
        options.dynamicRpcRange = PortRange{qMin(first, last), qMax(first, last)};
    } else {
        options.dynamicRpcRange.reset();
    }
    m_document->undoStack()->push(new SetOptionsCommand(m_document, options));
}
