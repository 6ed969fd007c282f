#include "app/cli/planprobecommand.h"

#include <QEventLoop>

#include <array>
#include <memory>

#include "app/cli/clicommands.h"
#include "model/deploymentdata.h"
#include "model/export/exporterregistry.h"
#include "model/export/exportfile.h"
#include "model/export/exportinput.h"
#include "model/matrixbuilder.h"
#include "model/portmatrix.h"
#include "model/probeevidence.h"
#include "model/probeplan.h"
#include "model/userfile.h"
#include "planprobing/planprobing.h"
#include "probe/nmapxmlreader.h"
#include "probe/probeengine.h"

namespace {

const QString Program = QStringLiteral("portolan-cli");

} // namespace

PlanProbeCommand::PlanProbeCommand(const PortCatalog& catalog, QTextStream& out, QTextStream& err)
    : m_catalog(catalog)
    , m_out(out)
    , m_err(err)
{}

QString PlanProbeCommand::probeHelp(const QString& program)
{
    return tr("Usage: %1 probe FILE [--from ZONE] [--timeout MS] [--concurrency N] [--format json|csv] [-o OUT]\n"
              "\n"
              "Probes every port the deployment FILE needs open on its servers that have a host: a TCP connect,\n"
              "then the service check of the port's catalog entry (SMTP/IMAP4/POP3 greeting and STARTTLS, TLS\n"
              "certificate, HTTP status line of /owa, DNS and CLDAP queries over UDP). One result per server and\n"
              "port: state (open, closed, filtered, open|filtered, unreachable, unresolved, error), latency,\n"
              "banner and TLS details.\n"
              "\n"
              "  --from ZONE         The zone (id or name) this machine sits in: a result verifies a matrix rule\n"
              "                      only when the rule comes from this zone (\"verified\" in the output)\n"
              "  --timeout MS        The longest wait for a port's connect, in milliseconds (the wait follows the\n"
              "                      round-trip times measured so far; a silent port is tried twice), and the\n"
              "                      time its service check may take. Default: %2\n"
              "  --concurrency N     Ports probed at the same time. Default: %3\n"
              "  --format FORMAT     json (default) or csv (RFC 4180)\n"
              "  -o, --output OUT    Write to OUT (replaced atomically) instead of standard output\n"
              "\n"
              "Exit code 1 when some required port is not open (closed, filtered, unreachable, unresolved or\n"
              "error), 0 when all are open (or open|filtered for UDP), 2 on bad input.\n")
        .arg(program)
        .arg(ProbeEngine::DefaultTimeoutMs)
        .arg(ProbeEngine::defaultConcurrency());
}

QString PlanProbeCommand::importNmapHelp(const QString& program)
{
    return tr("Usage: %1 import-nmap FILE SCAN.xml [--format json|csv] [-o OUT]\n"
              "\n"
              "Reads an nmap XML report (nmap -oX) and prints, for every port the deployment FILE needs open on\n"
              "its servers, what nmap found, in the format of `probe` with \"origin\": \"nmap\". A server matches\n"
              "an nmap host when its host is one of the host's addresses or, ignoring case, one of its names.\n"
              "Planned ports nmap did not scan and hosts of the report no server matches are listed on stderr.\n"
              "\n"
              "  --format FORMAT     json (default) or csv (RFC 4180)\n"
              "  -o, --output OUT    Write to OUT (replaced atomically) instead of standard output\n"
              "\n"
              "Exit code 1 when some scanned required port is not open, 0 otherwise, 2 on bad input.\n")
        .arg(program);
}

ProbePlan PlanProbeCommand::plan(const DeploymentData& deployment) const
{
    const PortMatrix matrix = MatrixBuilder(m_catalog).build(deployment);
    return ProbePlan::build(deployment, matrix, m_catalog);
}

int PlanProbeCommand::probe(const DeploymentData& deployment, const QString& from, std::optional<int> timeoutMs,
                            std::optional<int> concurrency, const Output& output)
{
    std::optional<QString> vantage;
    if (!from.isEmpty()) {
        QStringList known;
        for (const Zone& zone : deployment.zones) {
            if (zone.id == from || zone.name.compare(from, Qt::CaseInsensitive) == 0)
                vantage = zone.id;
            known.append(zone.id);
        }
        if (!vantage)
            return fail(tr("probe: --from \"%1\" is not a zone of the deployment (zones: %2)")
                            .arg(from, known.join(QStringLiteral(", "))));
    }
    const ProbePlan probePlan = plan(deployment);
    if (probePlan.probes.isEmpty())
        m_err << Program << ": " << tr("probe: nothing to probe: no server of the deployment has a host") << '\n';
    if (!probePlan.unprobedRows.isEmpty())
        m_err << Program << ": "
              << tr("probe: %n matrix row(s) use a port range too wide to probe port by port", nullptr,
                    int(probePlan.unprobedRows.size()))
              << '\n';

    ProbeEngine engine;
    if (timeoutMs)
        engine.setTimeout(*timeoutMs);
    if (concurrency)
        engine.setConcurrency(*concurrency);
    enableServiceChecks(engine);
    QList<ProbeResult> results;
    QObject::connect(&engine, &ProbeEngine::resultReady, &engine,
                     [&results](const ProbeResult& result) { results.append(result); });
    const QDateTime started = QDateTime::currentDateTimeUtc();
    if (!probePlan.probes.isEmpty()) {
        QEventLoop loop;
        QObject::connect(&engine, &ProbeEngine::finished, &loop, &QEventLoop::quit);
        engine.start(probeTargets(probePlan));
        loop.exec();
    }
    return write(evidenceOf(deployment, probePlan, results, vantage, started), results, output);
}

int PlanProbeCommand::importNmap(const DeploymentData& deployment, const QString& xmlPath, const Output& output)
{
    QString error;
    const std::optional<QByteArray> xml = UserFile::read(xmlPath, UserFileKind::NmapReport, &error);
    if (!xml)
        return fail(error);
    NmapXmlReader reader;
    if (!reader.read(*xml))
        return fail(xmlPath + QStringLiteral(": ") + reader.errorString());
    const ProbePlan probePlan = plan(deployment);
    QStringList unmatched;
    QStringList notScanned;
    const QList<ProbeResult> results = resultsFromNmap(probePlan, reader.hosts(), &unmatched, &notScanned);
    for (const QString& host : std::as_const(unmatched))
        m_err << Program << ": " << tr("import-nmap: host %1 of the scan is no server of the deployment").arg(host)
              << '\n';
    if (!notScanned.isEmpty())
        m_err << Program << ": "
              << tr("import-nmap: not scanned, left out: %1").arg(notScanned.join(QStringLiteral(", "))) << '\n';
    return write(evidenceOf(deployment, probePlan, results, std::nullopt, reader.started(), QStringLiteral("nmap")),
                 results, output);
}

int PlanProbeCommand::write(const ProbeEvidence& evidence, const QList<ProbeResult>& results, const Output& output)
{
    ExportInput input;
    input.catalog = &m_catalog;
    input.probe = &evidence;
    const std::unique_ptr<Exporter> exporter = output.format->create(input);
    ExportFile file;
    if (output.path.isEmpty() || output.path == u"-") {
        m_out.flush();
        if (!file.writeStandardOutput(*exporter))
            return fail(file.errorString());
    } else if (!file.write(*exporter, output.path)) {
        return fail(output.path + QStringLiteral(": ") + file.errorString());
    }

    std::array<int, 7> counts{};
    int failures = 0;
    for (const ProbeResult& result : results) {
        ++counts[size_t(result.state)];
        failures += isProbeFailure(result.state) ? 1 : 0;
    }
    QStringList summary;
    for (size_t state = 0; state < counts.size(); ++state) {
        if (counts[state] > 0)
            summary.append(QString::number(counts[state]) + u' ' + probeStateId(ProbeState(state)));
    }
    if (!results.isEmpty())
        m_err << Program << ": " << tr("%n port(s): %1.", nullptr, int(results.size())).arg(summary.join(u", "))
              << '\n';
    m_err.flush();
    return failures > 0 ? CliCommands::ValidationErrors : CliCommands::Success;
}

int PlanProbeCommand::fail(const QString& message)
{
    m_err << Program << ": " << message << '\n';
    m_err.flush();
    return CliCommands::BadInput;
}
