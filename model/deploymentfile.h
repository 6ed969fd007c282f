#pragma once

#include "model/deploymentdata.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

class PortCatalog;
class QIODevice;

// The newest schema version this Portolan reads and writes. Raise it when a change would make an older Portolan
// misread a file; the reader refuses anything newer instead of loading part of it. Version 2 added zones' networks
// and explicit firewalls (docs/firewall-model.md).
inline constexpr int DeploymentFormatVersion = 2;
// The version a deployment is written as: the oldest that can hold it, so that saving a file that uses nothing new
// does not lock out an older Portolan (1 unless a zone has networks or the deployment lists firewalls).
int deploymentFormatVersionFor(const DeploymentData& data);
// Whether a text may be an id of a zone, server or firewall, or an interface's name: letters, digits, '.', '_' and
// '-', not empty.
bool isValidId(const QString& id);
// The "format" value of every .portolan file.
inline QString deploymentFormatName()
{
    return QStringLiteral("portolan-deployment");
}

// Reads a .portolan file (PRODUCT.md). Either the whole file is valid and read() returns it, or it returns nullopt
// and errorString() names the first problem and its place ("servers[2] (\"ex01\").zone: unknown zone \"dmz2\"",
// "line 7, column 12: missing comma"). Unknown keys are errors: a typo must not silently drop a setting.
// Role, version and zone kind ids are checked against the catalog; whether a role exists in a server's version is the
// validator's business, not a load error.
class DeploymentReader final
{
    Q_DECLARE_TR_FUNCTIONS(DeploymentReader)

public:
    explicit DeploymentReader(const PortCatalog& catalog);

    std::optional<DeploymentData> read(const QByteArray& json);
    // The error of a file that cannot be opened names the path; other errors do not, the caller knows it.
    std::optional<DeploymentData> readFile(const QString& path);
    QString errorString() const { return m_errorString; }

private:
    const PortCatalog& m_catalog;
    QString m_errorString;
};

// Writes a deployment as indented UTF-8 JSON in PRODUCT.md's key order, every option spelled out, so a file diffs
// well and reads the same whatever the defaults of a later Portolan are.
class DeploymentWriter final
{
    Q_DECLARE_TR_FUNCTIONS(DeploymentWriter)

public:
    QByteArray toJson(const DeploymentData& data) const;
    // The device must be open for writing.
    bool write(const DeploymentData& data, QIODevice* device);
    // Atomic (CheckedWrite): when it fails, a full disk included, the file that was at path is left as it was.
    bool writeFile(const DeploymentData& data, const QString& path);
    QString errorString() const { return m_errorString; }

private:
    QString m_errorString;
};
