#pragma once

#include "model/export/exporter.h"

#include <QCoreApplication>
#include <QString>

class QIODevice;
struct ProbeEvidence;

// Writes the results of `portolan-cli scan`, ports of one host with no deployment behind them, as issue 4 specifies
// them: {"vantage", "started", "results": [{"host", "protocol", "port", "state", "latencyMs", "banner"?,
// "startTls"?, "tls"?, "error"?}]}, one result per line. Only the members that say something are written (no empty
// banner, no startTls false), and the servers, rows and zones of PortEvidence are not: a scan has none. latencyMs is
// null when nothing answered. A shape of its own rather than ProbeResultsJsonWriter's: older than it, without
// servers, and streamed by hand for the 65,535 results of a full scan.
class ScanJsonWriter final : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(ScanJsonWriter)

public:
    explicit ScanJsonWriter(const ProbeEvidence& evidence)
        : m_evidence(evidence)
    {}

    QString id() const override { return QStringLiteral("scan-json"); }
    QString fileSuffix() const override { return QStringLiteral("json"); }
    bool write(QIODevice* device) override;

private:
    const ProbeEvidence& m_evidence;
};
