#include "model/deploymentoptions.h"

#include <algorithm>

namespace {
// Exchange versions in order; used only for "from 2013 on" style defaults.
int versionRank(const QString& version)
{
    static const QStringList order = {QStringLiteral("2000"), QStringLiteral("2003"), QStringLiteral("2007"),
                                      QStringLiteral("2010"), QStringLiteral("2013"), QStringLiteral("2016"),
                                      QStringLiteral("2019"), QStringLiteral("se")};
    return int(order.indexOf(version));
}
} // namespace

const QStringList& DeploymentOptions::flagNames()
{
    static const QStringList names = {
        QStringLiteral("pop3"),
        QStringLiteral("imap4"),
        QStringLiteral("smtpSubmission"),
        QStringLiteral("hybrid"),
        QStringLiteral("unifiedMessaging"),
        QStringLiteral("senderReputationProxyTest"),
        QStringLiteral("outboundProxy"),
        QStringLiteral("directPush"),
        QStringLiteral("nntp"),
        QStringLiteral("rpcOverHttp"),
        QStringLiteral("x400"),
        QStringLiteral("chat"),
        QStringLiteral("conferencing"),
        QStringLiteral("instantMessaging"),
        QStringLiteral("siteReplication"),
        QStringLiteral("ldapSsl"),
        QStringLiteral("publicFolders"),
        QStringLiteral("scr"),
        QStringLiteral("reverseProxyPreauth"),
    };
    return names;
}

const QList<ChoiceOption>& DeploymentOptions::choiceOptions()
{
    // umSecurity: one value for both Microsoft settings (SCHEMA.md): the 2007/2010 dial plan VoIP security and the
    // 2013/2016 UM startup mode. Microsoft's defaults are an Unsecured dial plan and the TCP startup mode (M14).
    // reverseProxyTls: what the reverse proxy does with the TLS of published HTTPS; bridging re-encrypts.
    static const QList<ChoiceOption> options = {
        {QStringLiteral("umSecurity"),
         {QStringLiteral("unsecured"), QStringLiteral("sipSecured"), QStringLiteral("secured"), QStringLiteral("dual")},
         QStringLiteral("unsecured")},
        {QStringLiteral("reverseProxyTls"),
         {QStringLiteral("bridging"), QStringLiteral("offload")},
         QStringLiteral("bridging")},
    };
    return options;
}

const ChoiceOption* DeploymentOptions::choiceOption(const QString& name)
{
    for (const ChoiceOption& option : choiceOptions()) {
        if (option.name == name)
            return &option;
    }
    return nullptr;
}

bool DeploymentOptions::isKnownName(const QString& name)
{
    return name == u"staticRpc" || name == u"dag" || flagNames().contains(name) || choiceOption(name);
}

QString DeploymentOptions::choice(const QString& name) const
{
    const auto it = choices.constFind(name);
    if (it != choices.constEnd())
        return *it;
    const ChoiceOption* option = choiceOption(name);
    return option ? option->defaultValue : QString();
}

DeploymentOptions DeploymentOptions::defaultsFor(const QString& exchangeVersion)
{
    DeploymentOptions options;
    for (const QString& name : flagNames())
        options.flags.insert(name, false);
    for (const ChoiceOption& choice : choiceOptions())
        options.choices.insert(choice.name, choice.defaultValue);
    const int rank = versionRank(exchangeVersion);
    const bool before2013 = rank >= 0 && rank < versionRank(QStringLiteral("2013"));
    // POP3 and IMAP4 are off by default from Exchange 2013 on (S1); earlier versions shipped them on.
    options.setFlag(QStringLiteral("pop3"), before2013);
    options.setFlag(QStringLiteral("imap4"), before2013);
    // Port 587 client submission exists from 2007 on (Client connector of the Hub, Client Frontend of 2013+).
    options.setFlag(QStringLiteral("smtpSubmission"), rank >= versionRank(QStringLiteral("2007")));
    // The Edge's Protocol Analysis agent runs the open-proxy test unless an admin turns it off (S1).
    options.setFlag(QStringLiteral("senderReputationProxyTest"), rank >= versionRank(QStringLiteral("2007")));
    // Exchange 2010 organisations kept their public folder databases (from 2013 on public folders are mailboxes);
    // the option changes only 2010's rules, so it is on where it matters and off where it would do nothing.
    options.setFlag(QStringLiteral("publicFolders"), exchangeVersion == u"2010");
    return options;
}

bool DeploymentOptions::isOn(const QString& name) const
{
    if (name == u"staticRpc")
        return staticRpc.enabled;
    if (name == u"dag")
        return dag.enabled;
    return flags.value(name, false);
}

std::optional<OptionExpression> OptionExpression::parse(const QString& text)
{
    OptionExpression expression;
    expression.m_text = text;
    const QStringList alternatives = text.split(u'|');
    for (QString alternative : alternatives) {
        Term term;
        alternative = alternative.trimmed();
        if (alternative.startsWith(u'!')) {
            term.negated = true;
            alternative.remove(0, 1);
        }
        const qsizetype equals = alternative.indexOf(u'=');
        if (equals >= 0) {
            term.value = alternative.mid(equals + 1);
            alternative.truncate(equals);
            const ChoiceOption* choice = DeploymentOptions::choiceOption(alternative);
            if (!choice || !choice->values.contains(term.value))
                return std::nullopt;
        } else if (!DeploymentOptions::isKnownName(alternative) || DeploymentOptions::choiceOption(alternative)) {
            return std::nullopt; // a choice needs its value
        }
        term.name = alternative;
        expression.m_terms.append(term);
    }
    return expression;
}

bool OptionExpression::holds(const DeploymentOptions& options) const
{
    for (const Term& term : m_terms) {
        const bool on = term.value.isEmpty() ? options.isOn(term.name) : options.choice(term.name) == term.value;
        if (on != term.negated)
            return true;
    }
    return false;
}

bool OptionExpression::mentions(const QString& name) const
{
    return std::any_of(m_terms.begin(), m_terms.end(), [&name](const Term& term) { return term.name == name; });
}

bool OptionExpression::needs(const QString& name) const
{
    return std::any_of(m_terms.begin(), m_terms.end(), [&name](const Term& term) {
        return term.name == name && !term.negated && term.value.isEmpty();
    });
}
