#include "views/panels/optionspanel.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
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
#include "model/catalogentry.h"
#include "model/portcatalog.h"

namespace {

// The label and explanation of an option or of a choice option's value (toolTip may be nullptr).
struct OptionText
{
    const char* name;
    const char* label;
    const char* toolTip;
};

// Labels and explanations of DeploymentOptions::flagNames(), in that order.
const OptionText flagTexts[] = {
    {"pop3", QT_TRANSLATE_NOOP("OptionsPanel", "POP3"),
     QT_TRANSLATE_NOOP("OptionsPanel", "POP3 clients download mail. Off by default from Exchange 2013 on.")},
    {"imap4", QT_TRANSLATE_NOOP("OptionsPanel", "IMAP4"),
     QT_TRANSLATE_NOOP("OptionsPanel", "IMAP4 clients read their folders. Off by default from Exchange 2013 on.")},
    {"smtpSubmission", QT_TRANSLATE_NOOP("OptionsPanel", "SMTP client submission"),
     QT_TRANSLATE_NOOP("OptionsPanel", "POP3/IMAP4 clients and applications send mail with authentication.")},
    {"hybrid", QT_TRANSLATE_NOOP("OptionsPanel", "Hybrid with Exchange Online"),
     QT_TRANSLATE_NOOP("OptionsPanel", "Mail flow, free/busy, Autodiscover and EWS with Exchange Online.")},
    {"unifiedMessaging", QT_TRANSLATE_NOOP("OptionsPanel", "Unified Messaging services"),
     QT_TRANSLATE_NOOP("OptionsPanel", "Voice mail on 2013/2016 servers: SIP signalling and RTP media with VoIP "
                                       "gateways. 2007/2010 use the Unified Messaging role instead.")},
    {"senderReputationProxyTest", QT_TRANSLATE_NOOP("OptionsPanel", "Sender reputation open-proxy test"),
     QT_TRANSLATE_NOOP("OptionsPanel", "The Edge connects back to sending servers to test whether they are open "
                                       "proxies.")},
    {"outboundProxy", QT_TRANSLATE_NOOP("OptionsPanel", "Outbound proxy through the front end"),
     QT_TRANSLATE_NOOP("OptionsPanel", "Outgoing Internet mail leaves through the front-end transport service "
                                       "(\"Proxy through Client Access server\").")},
    {"directPush", QT_TRANSLATE_NOOP("OptionsPanel", "ActiveSync Direct Push notifications"),
     QT_TRANSLATE_NOOP("OptionsPanel", "Exchange 2003 SP2 back-end servers notify the front-end of new items.")},
    {"nntp", QT_TRANSLATE_NOOP("OptionsPanel", "NNTP"),
     QT_TRANSLATE_NOOP("OptionsPanel", "News readers and news servers exchange articles with public folders.")},
    {"rpcOverHttp", QT_TRANSLATE_NOOP("OptionsPanel", "RPC over HTTP"),
     QT_TRANSLATE_NOOP("OptionsPanel", "Outlook 2003 reaches its mailbox through HTTPS to the RPC proxy, which "
                                       "forwards to the back-end.")},
    {"x400", QT_TRANSLATE_NOOP("OptionsPanel", "X.400 connector"),
     QT_TRANSLATE_NOOP("OptionsPanel", "The message transfer agent talks X.400 over TCP/IP to other MTAs.")},
    {"chat", QT_TRANSLATE_NOOP("OptionsPanel", "Chat service"),
     QT_TRANSLATE_NOOP("OptionsPanel", "Exchange 2000 Chat Service communities for IRC/IRCX clients.")},
    {"conferencing", QT_TRANSLATE_NOOP("OptionsPanel", "Conferencing server"),
     QT_TRANSLATE_NOOP("OptionsPanel", "Exchange 2000 Conferencing Server: data, audio and video conferences.")},
    {"instantMessaging", QT_TRANSLATE_NOOP("OptionsPanel", "Instant Messaging"),
     QT_TRANSLATE_NOOP("OptionsPanel", "Exchange 2000 Instant Messaging clients talk RVP over HTTP.")},
    {"siteReplication", QT_TRANSLATE_NOOP("OptionsPanel", "Site Replication Service"),
     QT_TRANSLATE_NOOP("OptionsPanel", "Directory exchange with Exchange 5.5 during coexistence.")},
    {"ldapSsl", QT_TRANSLATE_NOOP("OptionsPanel", "LDAP over SSL"),
     QT_TRANSLATE_NOOP("OptionsPanel", "Directory lookups to the domain controllers over SSL.")},
    {"publicFolders", QT_TRANSLATE_NOOP("OptionsPanel", "Public folder databases"),
     QT_TRANSLATE_NOOP("OptionsPanel", "Exchange 2010: Outlook opens public folders directly on the Mailbox servers "
                                       "that hold public folder databases. Public folder replication is e-mail: it "
                                       "travels through the Hub Transport servers and, with Exchange 2000/2003, the "
                                       "routing group connectors.")},
    {"scr", QT_TRANSLATE_NOOP("OptionsPanel", "Standby continuous replication"),
     QT_TRANSLATE_NOOP("OptionsPanel", "Exchange 2007 SP1: an SCR target copies transaction logs from its source "
                                       "Mailbox server over SMB.")},
    {"reverseProxyPreauth", QT_TRANSLATE_NOOP("OptionsPanel", "Reverse proxy pre-authentication"),
     QT_TRANSLATE_NOOP("OptionsPanel", "The reverse proxy authenticates users against Active Directory before it "
                                       "publishes Exchange (unconfirmed ports; hybrid endpoints do not support it).")},
};

// Labels and explanations of DeploymentOptions::choiceOptions() and of their values.
const OptionText choiceTexts[] = {
    {"umSecurity", QT_TRANSLATE_NOOP("OptionsPanel", "UM security:"),
     QT_TRANSLATE_NOOP("OptionsPanel", "The VoIP security of the UM dial plans (2007/2010) or the UM startup mode "
                                       "(2013/2016): which SIP ports the gateways use and whether media is SRTP.")},
    {"reverseProxyTls", QT_TRANSLATE_NOOP("OptionsPanel", "Reverse proxy TLS:"),
     QT_TRANSLATE_NOOP("OptionsPanel", "Bridging re-encrypts to Exchange on 443; offloading sends HTTP on 80, "
                                       "which Microsoft supports only for some versions.")},
    {"unsecured", QT_TRANSLATE_NOOP("OptionsPanel", "Unsecured (TCP)"), nullptr},
    {"sipSecured", QT_TRANSLATE_NOOP("OptionsPanel", "SIP secured (TLS)"), nullptr},
    {"secured", QT_TRANSLATE_NOOP("OptionsPanel", "Secured (TLS, SRTP)"), nullptr},
    {"dual", QT_TRANSLATE_NOOP("OptionsPanel", "Dual (TCP and TLS)"), nullptr},
    {"bridging", QT_TRANSLATE_NOOP("OptionsPanel", "SSL bridging"), nullptr},
    {"offload", QT_TRANSLATE_NOOP("OptionsPanel", "SSL offloading"), nullptr},
};

template <size_t N> const OptionText* findText(const OptionText (&texts)[N], const QString& name)
{
    for (const OptionText& text : texts) {
        if (name == QLatin1String(text.name))
            return &text;
    }
    return nullptr;
}

QString translatedChoice(const QString& name, bool toolTip = false)
{
    const OptionText* text = findText(choiceTexts, name);
    if (!text)
        return name;
    const char* source = toolTip ? text->toolTip : text->label;
    return source ? QCoreApplication::translate("OptionsPanel", source) : QString();
}

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
        const OptionText* text = findText(flagTexts, name);
        auto* box = new QCheckBox(text ? QCoreApplication::translate("OptionsPanel", text->label) : name, services);
        box->setObjectName(u"option_" + name);
        const QString ports = portsOfOption(m_catalog, name);
        m_flagToolTips.insert(name, (text ? QCoreApplication::translate("OptionsPanel", text->toolTip) : QString()) +
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
            box->addItem(translatedChoice(value), value);
        m_choiceToolTips.insert(choice.name, translatedChoice(choice.name, true));
        voiceForm->addRow(translatedChoice(choice.name), box);
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
