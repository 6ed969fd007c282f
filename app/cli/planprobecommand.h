#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QTextStream>

#include <optional>

#include "probe/proberesult.h"

class PortCatalog;
struct DeploymentData;
struct ExportFormat;
struct ProbeEvidence;
struct ProbePlan;

// The two commands of portolan-cli that fill a deployment's probe plan with observations: `probe` runs the engine with
// its service checks against every planned port, `import-nmap` takes them from an nmap XML report. CliCommands parses
// the arguments; this class does the work and returns the exit code (0, 1 when a required port is not open, 2 bad
// input). Results go to stdout or OUT, notes and problems to stderr.
class PlanProbeCommand final
{
    Q_DECLARE_TR_FUNCTIONS(PlanProbeCommand)

public:
    struct Output
    {
        const ExportFormat* format = nullptr; // one of ExportDocument::ProbeResults
        QString path;                         // empty or "-": standard output
    };

    PlanProbeCommand(const PortCatalog& catalog, QTextStream& out, QTextStream& err);

    // `from` is a zone id or name of the deployment, or empty for no vantage.
    int probe(const DeploymentData& deployment, const QString& from, std::optional<int> timeoutMs,
              std::optional<int> concurrency, const Output& output);
    int importNmap(const DeploymentData& deployment, const QString& xmlPath, const Output& output);

    static QString probeHelp(const QString& program);
    static QString importNmapHelp(const QString& program);

private:
    ProbePlan plan(const DeploymentData& deployment) const;
    // Writes the evidence as the output says; the results give the summary on stderr and the exit code.
    int write(const ProbeEvidence& evidence, const QList<ProbeResult>& results, const Output& output);
    int fail(const QString& message);

    const PortCatalog& m_catalog;
    QTextStream& m_out;
    QTextStream& m_err;
};
