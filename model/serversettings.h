#pragma once

#include "model/catalogentry.h"
#include "model/registrysettings.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class PortCatalog;
struct DeploymentData;
struct FlowSet;

// One registry value one server needs (resources/catalog/registry.json).
struct ServerSetting
{
    QString serverId;
    QString serverName; // the server's name, else its id
    QString version;    // the server's Exchange version
    QString service;    // what reads the value: "RPC Client Access (MSExchangeRPC)"
    QString key;        // as the reference writes it: "HKLM\\SYSTEM\\CurrentControlSet\\Services\\…"
    QString valueName;  // "TCP/IP Port"
    QString type;       // "REG_DWORD" or "REG_SZ"
    int port = 0;       // the data: a REG_DWORD's number, a REG_SZ's decimal text
    RegistryRestart restart;
    QStringList sources;
    QString note;

    QString dataText() const { return QString::number(port); }
};

// What a deployment asks to be set in its servers' registries, by server in the deployment's order, each server's
// values in the reference's order. Empty, it says why in nothingToSet.
struct ServerSettingsPlan
{
    QString deploymentName;
    QList<ServerSetting> settings;
    QString nothingToSet;

    bool isEmpty() const { return settings.isEmpty(); }
    QStringList serverIds() const;
    QList<ServerSetting> forServer(const QString& serverId) const;
    // The source tags the values and their restarts cite, each once, in order of appearance.
    QStringList sources() const;
};

// The registry values a deployment's options need (issue 13): the static RPC ports of Exchange 2010 on the servers
// that the plan has listening on them, so that the server settings and the firewall rules always name the same ports.
// The 2000/2003/2007 values of the reference are not set: Portolan's plan opens the dynamic RPC range to those
// servers, and a value that pins a port the firewall does not open would cut Outlook off.
class ServerSettings final
{
    Q_DECLARE_TR_FUNCTIONS(ServerSettings)

public:
    // serverId empty: every server.
    static ServerSettingsPlan plan(const PortCatalog& catalog, const DeploymentData& deployment,
                                   const QString& serverId = {});
    static ServerSettingsPlan plan(const PortCatalog& catalog, const DeploymentData& deployment, const FlowSet& flows,
                                   const QString& serverId = {});
    // The servers that listen on a static RPC port of this kind, as the catalog's entries with that port decide.
    static QStringList staticRpcListeners(const PortCatalog& catalog, const DeploymentData& deployment,
                                          const FlowSet& flows, PortSpec::Kind kind);

    // For the files' header comments: "S11 Title <URL>" for each source the plan cites, and text on one line.
    static QStringList sourceLines(const ServerSettingsPlan& plan, const PortCatalog& catalog);
    static QString oneLine(const QString& text);

private:
    static QString nothingToSet(const DeploymentData& deployment, const QString& serverId,
                                const QStringList& serversWithValues);
};
