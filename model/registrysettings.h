#pragma once

#include <QList>
#include <QString>
#include <QStringList>

struct StaticRpcOptions;

// The service to restart once a registry value is set, as the sources name it; an empty service means they name none
// (unconfirmed).
struct RegistryRestart
{
    QString service;     // the service name, which is the key under Services: "MSExchangeRPC"
    QString displayName; // "Microsoft Exchange RPC Client Access"
    QStringList sources; // source tags
    QString note;        // why the service is unconfirmed
    bool isConfirmed() const { return !service.isEmpty(); }
};

// A registry value a server needs for a deployment option, from the reference (resources/catalog/registry.json): for
// static RPC the values that pin Outlook's RPC ports, per Exchange version and role.
struct RegistrySetting
{
    QString service;
    QString key;       // "HKLM\\SYSTEM\\…\\ParametersSystem"
    QString valueName; // "TCP/IP Port"
    QString type;      // "REG_DWORD", "REG_SZ"
    QString port;      // the option's port that is the data: "rpcClientAccessPort", "addressBookPort"; empty: none
    QStringList versions;
    QStringList roles;
    QString appliesTo;
    RegistryRestart restart;
    bool confirmed = true; // false where the reference marks the value UNCONFIRMED
    QString note;
    QStringList references; // source tags

    // Whether a deployment option supplies the data, so that the plan opens the port the value pins. A value without
    // one is knowledge only: Portolan never sets it.
    bool isModelled() const { return !port.isEmpty(); }
    // The value's data for these options: the port number (decimal; a string for REG_SZ).
    int portIn(const StaticRpcOptions& options) const;
};

class RegistrySettings final
{
public:
    // The values that static RPC ports need, in the reference's order; empty when the data cannot be read.
    static const QList<RegistrySetting>& staticRpc();
};
