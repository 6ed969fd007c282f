#include "model/optionlabels.h"

#include <QCoreApplication>
#include <QStringList>

#include "model/deploymentoptions.h"

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

// Labels and explanations of DeploymentOptions::choiceOptions() and of their values. The texts keep the
// "OptionsPanel" context they were first translated in.
const OptionText choiceTexts[] = {
    {"umSecurity", QT_TRANSLATE_NOOP("OptionsPanel", "UM security"),
     QT_TRANSLATE_NOOP("OptionsPanel", "The VoIP security of the UM dial plans (2007/2010) or the UM startup mode "
                                       "(2013/2016): which SIP ports the gateways use and whether media is SRTP.")},
    {"reverseProxyTls", QT_TRANSLATE_NOOP("OptionsPanel", "Reverse proxy TLS"),
     QT_TRANSLATE_NOOP("OptionsPanel", "Bridging re-encrypts to Exchange on 443; offloading sends HTTP on 80, "
                                       "which Microsoft supports only for some versions.")},
    {"unsecured", QT_TRANSLATE_NOOP("OptionsPanel", "Unsecured (TCP)"), nullptr},
    {"sipSecured", QT_TRANSLATE_NOOP("OptionsPanel", "SIP secured (TLS)"), nullptr},
    {"secured", QT_TRANSLATE_NOOP("OptionsPanel", "Secured (TLS, SRTP)"), nullptr},
    {"dual", QT_TRANSLATE_NOOP("OptionsPanel", "Dual (TCP and TLS)"), nullptr},
    {"bridging", QT_TRANSLATE_NOOP("OptionsPanel", "SSL bridging"), nullptr},
    {"offload", QT_TRANSLATE_NOOP("OptionsPanel", "SSL offloading"), nullptr},
};

template <size_t N> const OptionText* findIn(const OptionText (&texts)[N], const QString& name)
{
    for (const OptionText& text : texts) {
        if (name == QLatin1String(text.name))
            return &text;
    }
    return nullptr;
}

const OptionText* findText(const QString& name)
{
    const OptionText* flag = findIn(flagTexts, name);
    return flag ? flag : findIn(choiceTexts, name);
}

QString switched(bool on, const QString& what)
{
    return (on ? QCoreApplication::translate("DeploymentCommands", "Enable %1")
               : QCoreApplication::translate("DeploymentCommands", "Disable %1"))
        .arg(what);
}

} // namespace

namespace OptionLabels {

QString label(const QString& name)
{
    const OptionText* text = findText(name);
    return text ? QCoreApplication::translate("OptionsPanel", text->label) : name;
}

QString toolTip(const QString& name)
{
    const OptionText* text = findText(name);
    return text && text->toolTip ? QCoreApplication::translate("OptionsPanel", text->toolTip) : QString();
}

QString describeChange(const DeploymentOptions& before, const DeploymentOptions& after)
{
    QStringList changes;
    for (const QString& name : DeploymentOptions::flagNames()) {
        if (before.isOn(name) != after.isOn(name))
            changes.append(switched(after.isOn(name), label(name)));
    }
    for (const ChoiceOption& choice : DeploymentOptions::choiceOptions()) {
        const QString value = after.choice(choice.name);
        if (before.choice(choice.name) != value)
            changes.append(QCoreApplication::translate("DeploymentCommands", "Set %1 to %2")
                               .arg(label(choice.name), label(value)));
    }
    if (before.staticRpc.enabled != after.staticRpc.enabled)
        changes.append(
            switched(after.staticRpc.enabled, QCoreApplication::translate("DeploymentCommands", "static RPC ports")));
    else if (!(before.staticRpc == after.staticRpc))
        changes.append(QCoreApplication::translate("DeploymentCommands", "Set static RPC ports"));
    if (before.dag.enabled != after.dag.enabled)
        changes.append(switched(after.dag.enabled,
                                QCoreApplication::translate("DeploymentCommands", "database availability group")));
    else if (!(before.dag == after.dag))
        changes.append(QCoreApplication::translate("DeploymentCommands", "Set the replication port to %1")
                           .arg(after.dag.replicationPort));
    if (before.dynamicRpcRange != after.dynamicRpcRange) {
        changes.append(
            after.dynamicRpcRange
                ? QCoreApplication::translate("DeploymentCommands", "Set the dynamic RPC range to %1")
                      .arg(after.dynamicRpcRange->toString())
                : QCoreApplication::translate("DeploymentCommands", "Use the Windows default dynamic RPC range"));
    }
    if (before.umRtpRange != after.umRtpRange)
        changes.append(QCoreApplication::translate("DeploymentCommands", "Set the UM RTP range to %1")
                           .arg(after.umRtpRange.toString()));
    return changes.size() == 1 ? changes.constFirst()
                               : QCoreApplication::translate("DeploymentCommands", "Change options");
}

} // namespace OptionLabels
