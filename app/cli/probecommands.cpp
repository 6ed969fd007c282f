#include "app/cli/clicommands.h"

// The probe's commands: scan one host, probe a deployment, read an nmap report.

#include <algorithm>
#include <array>

#include <QElapsedTimer>
#include <QEventLoop>

#include "app/cli/planprobecommand.h"
#include "model/deploymentdata.h"
#include "model/export/exportfile.h"
#include "model/export/exporterregistry.h"
#include "model/export/exportinput.h"
#include "model/probeevidence.h"
#include "planprobing/planprobing.h"
#include "probe/portspec.h"
#include "probe/probeengine.h"

namespace {

// A positive whole number of an option, or nothing.
std::optional<int> positiveNumber(const QString& text)
{
    bool ok = false;
    const int number = text.toInt(&ok);
    if (!ok || number < 1)
        return std::nullopt;
    return number;
}

} // namespace

int CliCommands::scan(const QStringList& arguments)
{
    const QString command = QStringLiteral("scan");
    const auto parsed = parse(command, arguments,
                              {{QStringLiteral("ports"), QStringLiteral("p")},
                               {QStringLiteral("udp"), {}, true},
                               {QStringLiteral("timeout"), {}},
                               {QStringLiteral("concurrency"), {}},
                               {QStringLiteral("format"), {}}});
    if (const auto done = answeredEarly(parsed, command))
        return *done;
    if (parsed->positional.size() != 1)
        return usageError(parsed->positional.isEmpty() ? tr("scan: no host given") : tr("scan: expected one host"),
                          command);
    if (!parsed->options.contains(QStringLiteral("ports")))
        return usageError(tr("scan: no ports given (--ports SPEC, e.g. 25,80,443,49152-65535)"), command);
    QString badToken;
    const auto portSet = parsePortSpec(parsed->options.value(QStringLiteral("ports")), &badToken);
    if (!portSet)
        return usageError(
            tr("scan: \"%1\" in --ports is not a port or range of ports (1-65535, e.g. 25 or 49152-65535)")
                .arg(badToken),
            command);
    ProbeEngine engine;
    for (const QString& option : {QStringLiteral("timeout"), QStringLiteral("concurrency")}) {
        if (!parsed->options.contains(option))
            continue;
        const auto number = positiveNumber(parsed->options.value(option));
        if (!number)
            return usageError(
                tr("scan: --%1 needs a positive whole number, not \"%2\"").arg(option, parsed->options.value(option)),
                command);
        if (option == u"timeout")
            engine.setTimeout(*number);
        else
            engine.setConcurrency(*number);
    }
    // Text is the command's own summary for a terminal; every other format is an exporter of the registry.
    const ExporterRegistry& registry = ExporterRegistry::instance();
    const QString formatName = parsed->options.value(QStringLiteral("format"), QStringLiteral("text"));
    const ExportFormat* format = nullptr;
    if (formatName.compare(u"text", Qt::CaseInsensitive) != 0) {
        format = registry.byName(ExportDocument::ScanResults, formatName);
        if (!format)
            return usageError(tr("scan: unknown format \"%1\" (known: text, %2)")
                                  .arg(formatName, registry.names(ExportDocument::ScanResults)),
                              command);
    }

    const QString host = parsed->positional.first();
    const Transport transport = parsed->options.contains(QStringLiteral("udp")) ? Transport::Udp : Transport::Tcp;
    const QList<int> ports = portSet->toList();
    QList<ProbeTarget> targets;
    targets.reserve(ports.size());
    for (const int port : ports)
        targets.append(ProbeTarget{host, transport, port, {}, {}});
    QList<ProbeResult> results;
    results.reserve(targets.size());
    QObject::connect(&engine, &ProbeEngine::resultReady, &engine,
                     [&results](const ProbeResult& result) { results.append(result); });
    QEventLoop loop;
    QObject::connect(&engine, &ProbeEngine::finished, &loop, &QEventLoop::quit);
    const QDateTime started = QDateTime::currentDateTimeUtc();
    QElapsedTimer elapsed;
    elapsed.start();
    engine.start(targets);
    loop.exec();
    const double seconds = elapsed.nsecsElapsed() / 1e9;

    if (!results.isEmpty() && results.constFirst().state == ProbeState::Unresolved)
        return fail(tr("scan: cannot resolve \"%1\": %2").arg(host, results.constFirst().error));
    std::sort(results.begin(), results.end(),
              [](const ProbeResult& a, const ProbeResult& b) { return a.port < b.port; });
    if (format) {
        ProbeEvidence evidence; // no vantage: a scan does not know where this machine sits
        evidence.started = started;
        evidence.ports.reserve(results.size());
        for (const ProbeResult& result : std::as_const(results))
            evidence.ports.append(portEvidenceOf(result));
        ExportInput input;
        input.catalog = &m_catalog;
        input.probe = &evidence;
        const std::unique_ptr<Exporter> exporter = format->create(input);
        m_out.flush();
        ExportFile file;
        if (!file.writeStandardOutput(*exporter))
            return fail(file.errorString());
        return Success;
    }
    std::array<qsizetype, 7> counts{};
    for (const ProbeResult& result : std::as_const(results)) {
        ++counts[size_t(result.state)];
        if (result.state == ProbeState::Closed || result.state == ProbeState::Filtered)
            continue;
        m_out << QString(QString::number(result.port) + u'/' + transportId(result.transport)).leftJustified(11) << ' '
              << probeStateId(result.state).leftJustified(13);
        if (result.latencyMs >= 0)
            m_out << ' ' << tr("%1 ms").arg(result.latencyMs, 0, 'f', 1);
        const QString detail = result.banner.isEmpty() ? result.error : result.banner;
        if (!detail.isEmpty())
            m_out << "  " << detail;
        m_out << '\n';
    }
    QStringList summary;
    for (size_t state = 0; state < counts.size(); ++state) {
        if (counts[state] > 0)
            summary.append(QString::number(counts[state]) + u' ' + probeStateId(ProbeState(state)));
    }
    m_out << tr("%1: %2 scanned in %3 s: %4.")
                 .arg(host, plural(results.size(), tr("port"), tr("ports")), QString::number(seconds, 'f', 2),
                      summary.join(QStringLiteral(", ")))
          << '\n';
    return Success;
}

std::optional<std::pair<const ExportFormat*, QString>> CliCommands::probeOutput(const QString& command,
                                                                                const Parsed& parsed)
{
    const QString output = parsed.options.value(QStringLiteral("output"));
    const ExporterRegistry& registry = ExporterRegistry::instance();
    // Without --format: the one the extension of OUT names, else JSON (what ProbeEvidenceReader reads back).
    const ExportFormat* format = nullptr;
    if (parsed.options.contains(QStringLiteral("format"))) {
        format = registry.byName(ExportDocument::ProbeResults, parsed.options.value(QStringLiteral("format")));
        if (!format) {
            usageError(tr("%1: unknown format \"%2\" (known: %3)")
                           .arg(command, parsed.options.value(QStringLiteral("format")),
                                registry.names(ExportDocument::ProbeResults)),
                       command);
            return std::nullopt;
        }
    } else {
        format = registry.forPath(ExportDocument::ProbeResults, output);
        if (!format)
            format = registry.find(QStringLiteral("probe-json"));
    }
    return std::make_pair(format, output);
}

int CliCommands::probe(const QStringList& arguments)
{
    const QString command = QStringLiteral("probe");
    const auto parsed = parse(command, arguments,
                              {{QStringLiteral("from"), {}},
                               {QStringLiteral("timeout"), {}},
                               {QStringLiteral("concurrency"), {}},
                               {QStringLiteral("format"), {}},
                               {QStringLiteral("output"), QStringLiteral("o")}});
    if (const auto done = answeredEarly(parsed, command))
        return *done;
    if (parsed->positional.size() != 1)
        return usageError(parsed->positional.isEmpty() ? tr("probe: no deployment file given")
                                                       : tr("probe: expected one deployment file"),
                          command);
    std::optional<int> numbers[2];
    const QString names[2] = {QStringLiteral("timeout"), QStringLiteral("concurrency")};
    for (int i = 0; i < 2; ++i) {
        if (!parsed->options.contains(names[i]))
            continue;
        numbers[i] = positiveNumber(parsed->options.value(names[i]));
        if (!numbers[i])
            return usageError(tr("probe: --%1 needs a positive whole number, not \"%2\"")
                                  .arg(names[i], parsed->options.value(names[i])),
                              command);
    }
    const auto output = probeOutput(command, *parsed);
    if (!output)
        return BadInput;
    const auto data = readDeployment(parsed->positional.first());
    if (!data)
        return BadInput;
    PlanProbeCommand probeCommand(m_catalog, m_out, m_err);
    return probeCommand.probe(*data, parsed->options.value(QStringLiteral("from")), numbers[0], numbers[1],
                              {output->first, output->second});
}

int CliCommands::importNmap(const QStringList& arguments)
{
    const QString command = QStringLiteral("import-nmap");
    const auto parsed =
        parse(command, arguments, {{QStringLiteral("format"), {}}, {QStringLiteral("output"), QStringLiteral("o")}});
    if (const auto done = answeredEarly(parsed, command))
        return *done;
    if (parsed->positional.size() != 2)
        return usageError(tr("import-nmap: expected a deployment file and an nmap XML report"), command);
    const auto output = probeOutput(command, *parsed);
    if (!output)
        return BadInput;
    const auto data = readDeployment(parsed->positional.first());
    if (!data)
        return BadInput;
    PlanProbeCommand probeCommand(m_catalog, m_out, m_err);
    return probeCommand.importNmap(*data, parsed->positional.at(1), {output->first, output->second});
}
