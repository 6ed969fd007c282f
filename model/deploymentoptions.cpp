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
    };
    return names;
}

bool DeploymentOptions::isKnownName(const QString& name)
{
    return name == u"staticRpc" || name == u"dag" || flagNames().contains(name);
}

DeploymentOptions DeploymentOptions::defaultsFor(const QString& exchangeVersion)
{
    DeploymentOptions options;
    for (const QString& name : flagNames())
        options.flags.insert(name, false);
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
        if (!DeploymentOptions::isKnownName(alternative))
            return std::nullopt;
        term.name = alternative;
        expression.m_terms.append(term);
    }
    return expression;
}

bool OptionExpression::holds(const DeploymentOptions& options) const
{
    for (const Term& term : m_terms) {
        if (options.isOn(term.name) != term.negated)
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
    return std::any_of(m_terms.begin(), m_terms.end(),
                       [&name](const Term& term) { return term.name == name && !term.negated; });
}
