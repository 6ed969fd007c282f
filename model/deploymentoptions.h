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

// The deployment-wide switches of PRODUCT.md. Plain on/off options live in one map keyed by their file name so that
// the catalog's option expressions ("pop3", "!staticRpc", "pop3|imap4") evaluate without a switch per name.
struct DeploymentOptions
{
    QMap<QString, bool> flags;
    StaticRpcOptions staticRpc;
    DagOptions dag;
    std::optional<PortRange> dynamicRpcRange; // unset: the default of each server's Windows generation

    // Defaults as a new deployment of this Exchange version has them (POP3/IMAP4 off from 2013 on).
    static DeploymentOptions defaultsFor(const QString& exchangeVersion);
    // Names of the plain flags, in file order.
    static const QStringList& flagNames();
    // Every name an option expression may use: the flags plus "staticRpc" and "dag".
    static bool isKnownName(const QString& name);

    bool isOn(const QString& name) const;
    void setFlag(const QString& name, bool on) { flags.insert(name, on); }

    friend bool operator==(const DeploymentOptions& a, const DeploymentOptions& b)
    {
        return a.flags == b.flags && a.staticRpc == b.staticRpc && a.dag == b.dag &&
               a.dynamicRpcRange == b.dynamicRpcRange;
    }
    friend bool operator!=(const DeploymentOptions& a, const DeploymentOptions& b) { return !(a == b); }
};

// One condition of a catalog entry: "name", "!name" or alternatives "a|!b" (true when any alternative holds).
class OptionExpression
{
public:
    static std::optional<OptionExpression> parse(const QString& text);
    bool holds(const DeploymentOptions& options) const;
    bool mentions(const QString& name) const; // "name" or "!name" is one of its terms
    bool needs(const QString& name) const;    // "name" itself (not negated) is one of its terms
    const QString& text() const { return m_text; }

private:
    struct Term
    {
        QString name;
        bool negated = false;
    };
    QString m_text;
    QList<Term> m_terms;
};
