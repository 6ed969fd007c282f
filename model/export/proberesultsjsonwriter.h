#pragma once

#include "model/export/exporter.h"

#include <QCoreApplication>
#include <QString>

class QIODevice;
struct ProbeEvidence;

// Writes what a probe saw of a deployment's planned ports as the results file of `portolan-cli probe` and
// `import-nmap` (issue 4): {"vantage", "started", "origin", "results": [{"banner", "check", "error", "fromZones",
// "host", "latencyMs", "port", "protocol", "rows", "server", "serverId", "service", "startTls", "state", "time",
// "tls": {…} or null, "verified"}]}, one entry per (server, planned port), one entry per line. The top-level members
// come in that order; those of an entry are sorted, as QJsonDocument writes them. latencyMs is rounded to the
// microsecond and null when not measured; times are UTC ISO 8601 with milliseconds, empty when unknown.
// ProbeEvidenceReader reads the file back.
class ProbeResultsJsonWriter final : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(ProbeResultsJsonWriter)

public:
    explicit ProbeResultsJsonWriter(const ProbeEvidence& evidence)
        : m_evidence(evidence)
    {}

    QString id() const override { return QStringLiteral("probe-json"); }
    QString fileSuffix() const override { return QStringLiteral("json"); }
    bool write(QIODevice* device) override;

private:
    const ProbeEvidence& m_evidence;
};
