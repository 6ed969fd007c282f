#pragma once

#include <QList>
#include <QString>
#include <QStringList>

struct StaticRpcOptions;

// A registry value a server needs for a deployment option, from the reference (resources/catalog/registry.json): for
// static RPC (Exchange 2010 SP1+, reference section 3.5) the two values that pin the RPC Client Access and Address
// Book ports.
struct RegistrySetting
{
    QString service;
    QString key;       // "HKLM\\SYSTEM\\…\\ParametersSystem"
    QString valueName; // "TCP/IP Port"
    QString type;      // "REG_DWORD", "REG_SZ"
    QString port;      // which port of the option is the data: "rpcClientAccessPort", "addressBookPort"
    QString appliesTo;
    QStringList roles;
    QString note;
    QStringList references; // source tags

    // The value's data for these options: the port number (decimal; a string for REG_SZ).
    int portIn(const StaticRpcOptions& options) const;
};

class RegistrySettings final
{
public:
    // The values that static RPC ports need, in the reference's order; empty when the data cannot be read.
    static const QList<RegistrySetting>& staticRpc();
};
