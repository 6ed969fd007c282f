#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

#include "probe/proberesult.h"

class QIODevice;
struct DeploymentData;
struct ProbePlan;

// Writes the results of a deployment's probe as issue 4 specifies them, one entry per (server, planned port): a host
// that two servers share yields two entries. JSON: {"vantage", "started", "origin", "results": [{"server", "serverId",
// "host", "protocol", "port", "service", "check", "state", "latencyMs", "banner", "startTls", "tls": {…}, "error",
// "verified", "rows", "fromZones"}]}; "verified" means some matrix row of the port comes from the vantage zone.
// CSV (RFC 4180): the same columns, the TLS fields flattened. Planned ports without a result are left out.
class PlanResultWriter final
{
public:
    PlanResultWriter(const DeploymentData& deployment, const ProbePlan& plan);

    void setVantage(const std::optional<QString>& zoneId) { m_vantage = zoneId; }
    void setOrigin(const QString& origin) { m_origin = origin; } // "probe" (default) or "nmap"
    void setStarted(const QDateTime& started) { m_started = started; }

    QJsonObject toJson(const QList<ProbeResult>& results) const;
    // The device must be open for writing.
    bool writeJson(const QList<ProbeResult>& results, QIODevice* device);
    bool writeCsv(const QList<ProbeResult>& results, QIODevice* device);
    QString errorString() const { return m_error; }

private:
    struct Entry
    {
        int probe = 0; // index into the plan
        QString serverId;
        QString serverName;
        const ProbeResult* result = nullptr;
    };
    QList<Entry> entries(const QList<ProbeResult>& results) const;
    bool verified(int probe) const;
    bool write(const QByteArray& bytes, QIODevice* device);

    const DeploymentData& m_deployment;
    const ProbePlan& m_plan;
    std::optional<QString> m_vantage;
    QString m_origin = QStringLiteral("probe");
    QDateTime m_started;
    QString m_error;
};
