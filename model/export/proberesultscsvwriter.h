#pragma once

#include "model/export/exporter.h"

#include <QCoreApplication>
#include <QString>

class QIODevice;
struct ProbeEvidence;

// Writes what a probe saw of a deployment's planned ports as RFC 4180 CSV, the other results file of
// `portolan-cli probe` and `import-nmap`: one row per (server, planned port) with the columns of the JSON file, the TLS
// fields flattened, and the vantage and origin repeated on every row so that a filtered sheet still says where the
// results came from. The header is English whatever the interface language: scripts read it. UTF-8 without a byte
// order mark. No cell can start a spreadsheet formula (MatrixCsvWriter::escapeCell).
class ProbeResultsCsvWriter final : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(ProbeResultsCsvWriter)

public:
    explicit ProbeResultsCsvWriter(const ProbeEvidence& evidence)
        : m_evidence(evidence)
    {}

    QString id() const override { return QStringLiteral("probe-csv"); }
    QString fileSuffix() const override { return QStringLiteral("csv"); }
    bool write(QIODevice* device) override;

private:
    const ProbeEvidence& m_evidence;
};
