#pragma once

#include "model/portrange.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

struct StaticRpcOptions
{
    bool enabled = false;
    int rpcClientAccessPort = 59532; // MSExchangeRPC\ParametersSystem "TCP/IP Port"
    int addressBookPort = 59533;     // MSExchangeAB\Parameters "RpcTcpPort"

    friend bool operator==(const StaticRpcOptions& a, const StaticRpcOptions& b)
    {
        return a.enabled == b.enabled && a.rpcClientAccessPort == b.rpcClientAccessPort &&
               a.addressBookPort == b.addressBookPort;
    }
};

struct DagOptions
{
    bool enabled = false;
    int replicationPort = 64327;

    friend bool operator==(const DagOptions& a, const DagOptions& b)
    {
        return a.enabled == b.enabled && a.replicationPort == b.replicationPort;
    }
};

// An option with one of a few named values ("umSecurity": "unsecured", "sipSecured", "secured" or "dual").
struct ChoiceOption
{
    QString name;
    QStringList values; // in the order the panel offers them
    QString defaultValue;
};

// The deployment-wide switches of PRODUCT.md. Plain on/off options live in one map keyed by their file name, and
// choice options in another, so that the catalog's option expressions ("pop3", "!staticRpc", "pop3|imap4",
// "umSecurity=unsecured|umSecurity=dual") evaluate without a switch per name.
struct DeploymentOptions
{
    QMap<QString, bool> flags;
    QMap<QString, QString> choices;
    StaticRpcOptions staticRpc;
    DagOptions dag;
    std::optional<PortRange> dynamicRpcRange; // unset: the default of each server's Windows generation
    PortRange umRtpRange = defaultUmRtpRange; // the UM media ports (the catalog's "umRtpRange" port reference)

    // RTP ports of Unified Messaging unless msexchangeum.config changes them (S4).
    static constexpr PortRange defaultUmRtpRange{1024, 65535};

    // Defaults as a new deployment of this Exchange version has them (POP3/IMAP4 off from 2013 on).
    static DeploymentOptions defaultsFor(const QString& exchangeVersion);
    // Names of the plain flags, in file order.
    static const QStringList& flagNames();
    // The choice options, in file order, and one of them by name (nullptr if there is none).
    static const QList<ChoiceOption>& choiceOptions();
    static const ChoiceOption* choiceOption(const QString& name);
    // Every name an option expression may use: the flags, the choices, "staticRpc" and "dag".
    static bool isKnownName(const QString& name);

    bool isOn(const QString& name) const;
    void setFlag(const QString& name, bool on) { flags.insert(name, on); }
    // The value of a choice option; its default when unset.
    QString choice(const QString& name) const;
    void setChoice(const QString& name, const QString& value) { choices.insert(name, value); }

    friend bool operator==(const DeploymentOptions& a, const DeploymentOptions& b)
    {
        return a.flags == b.flags && a.choices == b.choices && a.staticRpc == b.staticRpc && a.dag == b.dag &&
               a.dynamicRpcRange == b.dynamicRpcRange && a.umRtpRange == b.umRtpRange;
    }
    friend bool operator!=(const DeploymentOptions& a, const DeploymentOptions& b) { return !(a == b); }
};

// One condition of a catalog entry: "name", "!name", "choice=value" or alternatives "a|!b|choice=value" (true when any
// alternative holds).
class OptionExpression
{
public:
    static std::optional<OptionExpression> parse(const QString& text);
    bool holds(const DeploymentOptions& options) const;
    bool mentions(const QString& name) const; // "name", "!name" or "name=value" is one of its terms
    bool needs(const QString& name) const;    // "name" itself (not negated, no value) is one of its terms
    const QString& text() const { return m_text; }

private:
    struct Term
    {
        QString name;
        QString value; // set for "choice=value"
        bool negated = false;
    };
    QString m_text;
    QList<Term> m_terms;
};
