#include "app/cli/clicommands.h"

#include <algorithm>
#include <array>
#include <cstdio>

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QProcess>

#include "app/cli/diffcommand.h"
#include "app/cli/firewallcommand.h"
#include "app/cli/gradecommand.h"
#include "app/cli/planprobecommand.h"
#include "app/cli/portexplainer.h"
#include "model/catalogtexts.h"
#include "model/checkedwrite.h"
#include "model/deploymentfile.h"
#include "model/export/exportfile.h"
#include "model/export/exportinput.h"
#include "model/export/exporterregistry.h"
#include "model/matrixbuilder.h"
#include "model/portcatalog.h"
#include "model/templatelibrary.h"
#include "probe/probeengine.h"

namespace {

const QString Program = QStringLiteral("portolan-cli");

} // namespace

QString CliCommands::plural(qsizetype count, const QString& singular, const QString& pluralForm)
{
    return QString::number(count) + u' ' + (count == 1 ? singular : pluralForm);
}

CliCommands::CliCommands()
    : m_catalog(PortCatalog::builtin())
    , m_out(stdout)
    , m_err(stderr)
{}

QString CliCommands::knownVersions() const
{
    QStringList ids;
    for (const VersionInfo& version : m_catalog.versions())
        ids.append(version.id);
    return ids.join(QStringLiteral(", "));
}

QString CliCommands::usage() const
{
    return tr("Usage: %1 COMMAND [ARGUMENTS]\n"
              "\n"
              "Port matrices and checks for Microsoft Exchange deployments (.portolan files).\n"
              "\n"
              "Commands:\n"
              "  matrix FILE [--format json|csv|markdown] [-o OUT]\n"
              "                          Print the port matrix of a deployment\n"
              "  validate FILE           Check a deployment; exit code 1 when it has errors\n"
              "  explain PORT [--version V] [--lang en|de|ru]\n"
              "                          Which Exchange services use a port, in which version, and why\n"
              "  templates               List the deployment templates\n"
              "  new TEMPLATE -o FILE    Start a deployment file from a template\n"
              "  render FILE -o OUT.png|OUT.svg [--width PX]\n"
              "                          Draw the diagram of a deployment as PNG or SVG\n"
              "  report FILE -o OUT.pdf [--paper a4|letter] [--lang en|de|ru] [--probe RESULTS.json]\n"
              "                          Write the PDF report: diagram, firewall rules, warnings, servers\n"
              "  scan HOST --ports SPEC [--udp] [--timeout MS] [--concurrency N] [--format json|text]\n"
              "                          Probe ports of a host: open, closed, filtered…\n"
              "  probe FILE [--from ZONE] [--timeout MS] [--concurrency N] [--format json|csv] [-o OUT]\n"
              "                          Probe every port a deployment needs open, with service checks\n"
              "  import-nmap FILE SCAN.xml [--format json|csv] [-o OUT]\n"
              "                          What an nmap XML report says of those ports\n"
              "  diff A [B] [--version V] [--format text|json|csv] [-o OUT]\n"
              "                          Compare two port matrices (or A under another Exchange version)\n"
              "  firewall FILE --format nftables|asa|windows [--firewall ID] [--server ID] [-o OUT]\n"
              "                          Write the firewall rules: nftables, Cisco ASA, Windows Firewall\n"
              "  lessons                 List the built-in lessons\n"
              "  grade LESSON ANSWERS.json [--format text|json] [-o OUT]\n"
              "                          Grade a learner's answers to a lesson\n"
              "\n"
              "Options:\n"
              "  -h, --help              Show this help; COMMAND --help shows help on one command\n"
              "  --version               Show the version\n"
              "\n"
              "Exit codes: 0 success, 1 validation errors found (probe, import-nmap: a required port is not\n"
              "open; diff: the matrices differ; grade: a task is not fully correct), 2 bad input or usage.\n")
        .arg(Program);
}

QString CliCommands::commandHelp(const QString& command) const
{
    if (command == u"matrix")
        return tr("Usage: %1 matrix FILE [--format json|csv|markdown] [-o OUT]\n"
                  "\n"
                  "Derives every flow the deployment FILE needs and prints the port matrix: one rule per zone pair,\n"
                  "protocol and port range, with sources, destinations, purpose and references. Validation warnings\n"
                  "are part of the matrix; the command succeeds whenever it wrote the matrix.\n"
                  "\n"
                  "  --format FORMAT   json, csv (RFC 4180, UTF-8 with BOM) or markdown. Default: the extension\n"
                  "                    of OUT, else markdown\n"
                  "  -o, --output OUT  Write to OUT (replaced atomically) instead of standard output\n")
            .arg(Program);
    if (command == u"validate")
        return tr("Usage: %1 validate FILE\n"
                  "\n"
                  "Checks the deployment FILE against what Microsoft supports and prints one line per finding:\n"
                  "severity, code, message and the servers involved, then a summary.\n"
                  "Exit code 1 when there is at least one error, 0 otherwise.\n")
            .arg(Program);
    if (command == u"explain")
        return tr("Usage: %1 explain PORT [--version V] [--lang en|de|ru]\n"
                  "\n"
                  "Lists every Exchange service of the catalog that uses PORT: who connects to whom, the options it\n"
                  "needs, why it exists, what breaks when it is blocked, its encryption and its sources.\n"
                  "PORT is a number (25), a range (6000-7000), or either with a protocol (tcp/25, udp/53).\n"
                  "\n"
                  "  --version V   Only Exchange version V (%2); default: every version\n"
                  "  --lang LANG   Language of the catalog's texts (purpose, if blocked, encryption, note):\n"
                  "                en (default), de or ru\n")
            .arg(Program, knownVersions());
    if (command == u"templates")
        return tr("Usage: %1 templates\n"
                  "\n"
                  "Lists the deployment templates: id, name and description. Use an id with `new`.\n")
            .arg(Program);
    if (command == u"new")
        return tr("Usage: %1 new TEMPLATE -o FILE\n"
                  "\n"
                  "Writes a new deployment FILE from the template TEMPLATE (see `templates`), in the current file\n"
                  "format. An existing FILE is replaced atomically.\n"
                  "\n"
                  "  -o, --output FILE   The deployment file to write (required)\n")
            .arg(Program);
    if (command == u"render")
        return tr("Usage: %1 render FILE -o OUT.png|OUT.svg [--width PX]\n"
                  "\n"
                  "Draws the diagram of the deployment FILE as the window shows it: the zones as lanes, the servers\n"
                  "as cards and the ports each firewall between neighbouring zones must open. The format follows\n"
                  "the extension of OUT: PNG (white background, twice the screen scale) or SVG (text stays text).\n"
                  "An existing OUT is replaced atomically. Needs portolan-render next to %1; no display is needed.\n"
                  "\n"
                  "  -o, --output OUT  The picture to write (required), ending in .png or .svg\n"
                  "  --width PX        Width of the picture in pixels; the height follows. Default: twice the\n"
                  "                    diagram's size\n")
            .arg(Program);
    if (command == u"report")
        return tr("Usage: %1 report FILE -o OUT.pdf [--paper a4|letter] [--lang en|de|ru] [--probe RESULTS.json]\n"
                  "\n"
                  "Writes the PDF report of the deployment FILE, the same document as File > Export Report in the\n"
                  "window: title and summary, contents, the topology diagram (vector graphics), one table of rules\n"
                  "per firewall, the warnings, what each server must allow, the probe evidence and the sources\n"
                  "cited. The deployment file and the matrix CSV are attached to the PDF. An existing OUT is\n"
                  "replaced atomically. Needs portolan-render next to %1; no display is needed.\n"
                  "\n"
                  "  -o, --output OUT      The PDF to write (required)\n"
                  "  --paper SIZE          a4 (default) or letter\n"
                  "  --lang LANG           Language of headings and fixed texts: en (default), de or ru\n"
                  "  --probe RESULTS.json  Results of `probe` or `import-nmap` for this deployment, shown as\n"
                  "                        evidence next to each rule\n")
            .arg(Program);
    if (command == u"scan")
        return tr("Usage: %1 scan HOST --ports SPEC [--udp] [--timeout MS] [--concurrency N] [--format json|text]\n"
                  "\n"
                  "Connects to each port of HOST (a name or an address) and reports its state as nmap -sT does:\n"
                  "open (accepted), closed (refused), filtered (no answer, twice), unreachable,\n"
                  "unresolved or error. UDP ports answer open, closed (ICMP port unreachable) or open|filtered.\n"
                  "The text format lists the ports that are neither closed nor filtered, then a summary.\n"
                  "\n"
                  "  -p, --ports SPEC    Ports and ranges, e.g. 25,80,443,49152-65535 (required)\n"
                  "  --udp               Probe UDP instead of TCP\n"
                  "  --timeout MS        The longest wait for a port, in milliseconds. The wait follows the "
                  "round-trip\n"
                  "                      times measured so far (1 s until the first answer, at least 100 ms) and a\n"
                  "                      silent TCP port is tried twice; UDP waits this long once. Default: %2\n"
                  "  --concurrency N     Ports probed at the same time. Default: %3, at most %4 (the open-file\n"
                  "                      limit less a margin)\n"
                  "  --format FORMAT     text (default) or json\n")
            .arg(Program)
            .arg(ProbeEngine::DefaultTimeoutMs)
            .arg(ProbeEngine::defaultConcurrency())
            .arg(ProbeEngine::maxConcurrency());
    if (command == u"probe")
        return PlanProbeCommand::probeHelp(Program);
    if (command == u"import-nmap")
        return PlanProbeCommand::importNmapHelp(Program);
    if (command == u"diff")
        return DiffCommand::help(Program, knownVersions());
    if (command == u"grade")
        return GradeCommand::help(Program);
    if (command == u"firewall")
        return FirewallCommand::help(Program);
    if (command == u"lessons")
        return GradeCommand::lessonsHelp(Program);
    return usage();
}

int CliCommands::usageError(const QString& message, const QString& command)
{
    m_err << Program << ": " << message << "\n\n" << (command.isEmpty() ? usage() : commandHelp(command));
    m_err.flush();
    return BadInput;
}

int CliCommands::fail(const QString& message)
{
    m_err << Program << ": " << message << '\n';
    m_err.flush();
    return BadInput;
}

int CliCommands::run(const QStringList& arguments)
{
    const int code = dispatch(arguments);
    // Whatever a command printed may still sit in a buffer: a full disk or a closed pipe shows only now.
    QString reason;
    if (!CheckedWrite::finishStandardOutput(m_out, &reason))
        return fail(tr("cannot write to standard output: %1").arg(reason));
    return code;
}

int CliCommands::dispatch(const QStringList& arguments)
{
    if (arguments.isEmpty())
        return usageError(tr("no command given"));
    const QString command = arguments.first();
    const QStringList rest = arguments.mid(1);
    if (command == u"--help" || command == u"-h" || command == u"help") {
        if (!rest.isEmpty() && command == u"help")
            m_out << commandHelp(rest.first());
        else
            m_out << usage();
        return Success;
    }
    if (command == u"--version") {
        m_out << Program << ' ' << QCoreApplication::applicationVersion() << '\n';
        return Success;
    }
    if (command == u"matrix")
        return matrix(rest);
    if (command == u"validate")
        return validate(rest);
    if (command == u"explain")
        return explain(rest);
    if (command == u"templates")
        return templates(rest);
    if (command == u"new")
        return newFromTemplate(rest);
    if (command == u"render" || command == u"report")
        return runRenderer(command, rest);
    if (command == u"scan")
        return scan(rest);
    if (command == u"probe")
        return probe(rest);
    if (command == u"import-nmap")
        return importNmap(rest);
    if (command == u"diff")
        return diff(rest);
    if (command == u"grade")
        return grade(rest);
    if (command == u"firewall")
        return firewall(rest);
    if (command == u"lessons")
        return lessons(rest);
    if (command.startsWith(u'-'))
        return usageError(tr("unknown option \"%1\"").arg(command));
    return usageError(tr("unknown command \"%1\"").arg(command));
}

std::optional<int> CliCommands::answeredEarly(const std::optional<Parsed>& parsed, const QString& command)
{
    if (!parsed)
        return BadInput;
    if (parsed->help) {
        m_out << commandHelp(command);
        return Success;
    }
    return std::nullopt;
}

std::optional<CliCommands::Parsed> CliCommands::parse(const QString& command, const QStringList& arguments,
                                                      const QList<OptionSpec>& options)
{
    Parsed parsed;
    bool optionsEnded = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (optionsEnded || argument == u"-" || !argument.startsWith(u'-')) {
            parsed.positional.append(argument);
            continue;
        }
        if (argument == u"--") {
            optionsEnded = true;
            continue;
        }
        if (argument == u"--help" || argument == u"-h") {
            parsed.help = true;
            continue;
        }
        QString name = argument;
        std::optional<QString> value;
        if (const qsizetype equals = argument.indexOf(u'='); argument.startsWith(u"--") && equals > 0) {
            name = argument.left(equals);
            value = argument.mid(equals + 1);
        }
        const auto spec = std::find_if(options.cbegin(), options.cend(), [&name](const OptionSpec& option) {
            return name == u"--" + option.longName || (!option.shortName.isEmpty() && name == u'-' + option.shortName);
        });
        if (spec == options.cend()) {
            usageError(tr("%1: unknown option \"%2\"").arg(command, name), command);
            return std::nullopt;
        }
        if (spec->flag) {
            if (value) {
                usageError(tr("%1: option \"%2\" takes no value").arg(command, name), command);
                return std::nullopt;
            }
            value = QStringLiteral("true");
        } else if (!value) {
            if (i + 1 >= arguments.size()) {
                usageError(tr("%1: option \"%2\" needs a value").arg(command, name), command);
                return std::nullopt;
            }
            value = arguments.at(++i);
        }
        parsed.options.insert(spec->longName, *value);
    }
    return parsed;
}

std::optional<DeploymentData> CliCommands::readDeployment(const QString& path)
{
    DeploymentReader reader(m_catalog);
    auto data = reader.readFile(path);
    if (!data)
        fail(path + QStringLiteral(": ") + reader.errorString());
    return data;
}

int CliCommands::matrix(const QStringList& arguments)
{
    const QString command = QStringLiteral("matrix");
    const auto parsed =
        parse(command, arguments, {{QStringLiteral("format"), {}}, {QStringLiteral("output"), QStringLiteral("o")}});
    if (const auto done = answeredEarly(parsed, command))
        return *done;
    if (parsed->positional.size() != 1)
        return usageError(parsed->positional.isEmpty() ? tr("matrix: no deployment file given")
                                                       : tr("matrix: expected one deployment file"),
                          command);
    const QString output = parsed->options.value(QStringLiteral("output"));
    const ExporterRegistry& registry = ExporterRegistry::instance();
    // Without --format: the one the extension of OUT names, else Markdown (readable in a terminal).
    const ExportFormat* format = nullptr;
    if (parsed->options.contains(QStringLiteral("format"))) {
        format = registry.byName(ExportDocument::Matrix, parsed->options.value(QStringLiteral("format")));
        if (!format)
            return usageError(
                tr("matrix: unknown format \"%1\" (known: %2)")
                    .arg(parsed->options.value(QStringLiteral("format")), registry.names(ExportDocument::Matrix)),
                command);
    } else {
        format = registry.forPath(ExportDocument::Matrix, output);
        if (!format)
            format = registry.find(QStringLiteral("matrix-markdown"));
    }

    const QString path = parsed->positional.first();
    const auto data = readDeployment(path);
    if (!data)
        return BadInput;
    const PortMatrix portMatrix = MatrixBuilder(m_catalog).build(*data);
    ExportInput input;
    input.catalog = &m_catalog;
    input.deployment = &*data;
    input.matrix = &portMatrix;
    input.sourcePath = path;
    const std::unique_ptr<Exporter> exporter = format->create(input);

    ExportFile file;
    if (output.isEmpty() || output == u"-") {
        m_out.flush();
        if (!file.writeStandardOutput(*exporter))
            return fail(file.errorString());
    } else if (!file.write(*exporter, output)) {
        return fail(output + QStringLiteral(": ") + file.errorString());
    }
    return Success;
}

int CliCommands::validate(const QStringList& arguments)
{
    const QString command = QStringLiteral("validate");
    const auto parsed = parse(command, arguments, {});
    if (const auto done = answeredEarly(parsed, command))
        return *done;
    if (parsed->positional.size() != 1)
        return usageError(parsed->positional.isEmpty() ? tr("validate: no deployment file given")
                                                       : tr("validate: expected one deployment file"),
                          command);
    const QString path = parsed->positional.first();
    const auto data = readDeployment(path);
    if (!data)
        return BadInput;
    const PortMatrix portMatrix = MatrixBuilder(m_catalog).build(*data);

    qsizetype counts[3] = {0, 0, 0};
    for (const ValidationWarning& warning : portMatrix.warnings) {
        ++counts[int(warning.severity)];
        m_out << severityId(warning.severity) << "  " << warning.code << "  " << warning.message;
        if (!warning.servers.isEmpty())
            m_out << " [" << warning.servers.join(QStringLiteral(", ")) << ']';
        m_out << '\n';
    }
    const qsizetype errors = counts[int(Severity::Error)];
    if (portMatrix.warnings.isEmpty()) {
        m_out << tr("%1: no problems found.").arg(path) << '\n';
    } else {
        m_out << tr("%1: %2, %3, %4.")
                     .arg(path, plural(errors, tr("error"), tr("errors")),
                          plural(counts[int(Severity::Warning)], tr("warning"), tr("warnings")),
                          plural(counts[int(Severity::Info)], tr("note"), tr("notes")))
              << '\n';
    }
    return errors > 0 ? ValidationErrors : Success;
}

int CliCommands::explain(const QStringList& arguments)
{
    const QString command = QStringLiteral("explain");
    const auto parsed = parse(command, arguments, {{QStringLiteral("version"), {}}, {QStringLiteral("lang"), {}}});
    if (const auto done = answeredEarly(parsed, command))
        return *done;
    if (parsed->positional.size() != 1)
        return usageError(
            parsed->positional.isEmpty() ? tr("explain: no port given") : tr("explain: expected one port"), command);
    const auto query = PortQuery::parse(parsed->positional.first());
    if (!query)
        return usageError(tr("explain: \"%1\" is not a port (examples: 25, tcp/25, udp/53, 6000-7000)")
                              .arg(parsed->positional.first()),
                          command);
    QString version;
    if (parsed->options.contains(QStringLiteral("version"))) {
        version = parsed->options.value(QStringLiteral("version")).toLower();
        if (!m_catalog.isVersion(version)) {
            return usageError(tr("explain: unknown Exchange version \"%1\" (known: %2)")
                                  .arg(parsed->options.value(QStringLiteral("version")), knownVersions()),
                              command);
        }
    }
    const QString language = parsed->options.value(QStringLiteral("lang"), QStringLiteral("en")).toLower();
    if (language != u"en" && language != u"de" && language != u"ru")
        return usageError(tr("explain: --lang \"%1\" is not a language of the catalog's texts (en, de or ru)")
                              .arg(parsed->options.value(QStringLiteral("lang"))),
                          command);
    m_out << PortExplainer(m_catalog, CatalogTexts::forLanguage(language)).explain(*query, version);
    return Success;
}

int CliCommands::templates(const QStringList& arguments)
{
    const QString command = QStringLiteral("templates");
    const auto parsed = parse(command, arguments, {});
    if (const auto done = answeredEarly(parsed, command))
        return *done;
    if (!parsed->positional.isEmpty())
        return usageError(tr("templates: unexpected argument \"%1\"").arg(parsed->positional.first()), command);
    const QList<DeploymentTemplate> all = TemplateLibrary::templates();
    qsizetype width = 0;
    for (const DeploymentTemplate& entry : all)
        width = std::max(width, entry.id.size());
    for (const DeploymentTemplate& entry : all) {
        m_out << entry.id.leftJustified(width + 2) << entry.name << '\n';
        if (!entry.description.isEmpty())
            m_out << QString(width + 2, u' ') << entry.description << '\n';
    }
    return Success;
}

int CliCommands::newFromTemplate(const QStringList& arguments)
{
    const QString command = QStringLiteral("new");
    const auto parsed = parse(command, arguments, {{QStringLiteral("output"), QStringLiteral("o")}});
    if (const auto done = answeredEarly(parsed, command))
        return *done;
    if (parsed->positional.size() != 1)
        return usageError(
            parsed->positional.isEmpty() ? tr("new: no template given") : tr("new: expected one template"), command);
    const QString output = parsed->options.value(QStringLiteral("output"));
    if (output.isEmpty())
        return usageError(tr("new: no output file given (-o FILE)"), command);

    const QString id = parsed->positional.first();
    const auto found = TemplateLibrary::find(id);
    if (!found) {
        QStringList known;
        const QList<DeploymentTemplate> all = TemplateLibrary::templates();
        for (const DeploymentTemplate& entry : all)
            known.append(entry.id);
        return fail(tr("unknown template \"%1\" (known: %2)").arg(id, known.join(QStringLiteral(", "))));
    }
    // Read and write rather than copy: the new file gets the current format with every option spelled out.
    DeploymentReader reader(m_catalog);
    const auto data = reader.readFile(found->path);
    if (!data)
        return fail(tr("template \"%1\" is broken: %2").arg(id, reader.errorString()));
    DeploymentWriter writer;
    if (!writer.writeFile(*data, output))
        return fail(writer.errorString()); // names the file
    m_out << tr("Wrote %1 from the template \"%2\".").arg(output, id) << '\n';
    return Success;
}

int CliCommands::runRenderer(const QString& command, const QStringList& arguments)
{
    if (arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h"))) {
        m_out << commandHelp(command);
        return Success;
    }
    const QString renderer = QCoreApplication::applicationDirPath() + QStringLiteral("/portolan-render");
    if (!QFileInfo(renderer).isExecutable())
        return fail(tr("%1: the renderer %2 is missing; it is installed next to %3")
                        .arg(command, QDir::toNativeSeparators(renderer), Program));
    m_out.flush();
    m_err.flush();
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    process.start(renderer, QStringList{command} + arguments);
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit)
        return fail(tr("%1: %2 failed: %3").arg(command, QDir::toNativeSeparators(renderer), process.errorString()));
    return process.exitCode();
}

int CliCommands::diff(const QStringList& arguments)
{
    const QString command = QStringLiteral("diff");
    const auto parsed = parse(command, arguments,
                              {{QStringLiteral("version"), {}},
                               {QStringLiteral("format"), {}},
                               {QStringLiteral("output"), QStringLiteral("o")}});
    if (const auto done = answeredEarly(parsed, command))
        return *done;
    DiffCommand::Input input;
    if (parsed->options.contains(QStringLiteral("version"))) {
        input.version = parsed->options.value(QStringLiteral("version")).toLower();
        if (!m_catalog.isVersion(*input.version))
            return usageError(tr("diff: --version: unknown Exchange version \"%1\" (known: %2)")
                                  .arg(parsed->options.value(QStringLiteral("version")), knownVersions()),
                              command);
    }
    const qsizetype files = parsed->positional.size();
    if (files < 1 || files > 2 || (files == 1 && !input.version))
        return usageError(files > 2    ? tr("diff: expected two deployment files")
                          : files == 1 ? tr("diff: a second deployment file or --version V is needed")
                                       : tr("diff: no deployment files given"),
                          command);
    const QString formatName = parsed->options.value(QStringLiteral("format"), QStringLiteral("text"));
    const auto format = DiffCommand::formatFromName(formatName);
    if (!format)
        return usageError(tr("diff: unknown format \"%1\" (known: text, json, csv)").arg(formatName), command);
    input.pathA = parsed->positional.first();
    input.pathB = parsed->positional.value(1);
    input.format = *format;
    input.output = parsed->options.value(QStringLiteral("output"));
    return DiffCommand(m_catalog, m_out, m_err).run(input);
}

int CliCommands::grade(const QStringList& arguments)
{
    const QString command = QStringLiteral("grade");
    const auto parsed =
        parse(command, arguments, {{QStringLiteral("format"), {}}, {QStringLiteral("output"), QStringLiteral("o")}});
    if (const auto done = answeredEarly(parsed, command))
        return *done;
    if (parsed->positional.size() != 2)
        return usageError(parsed->positional.size() > 2 ? tr("grade: expected a lesson and one answer file")
                                                        : tr("grade: a lesson and an answer file are needed"),
                          command);
    const QString formatName = parsed->options.value(QStringLiteral("format"), QStringLiteral("text"));
    const auto format = GradeCommand::formatFromName(formatName);
    if (!format)
        return usageError(tr("grade: unknown format \"%1\" (known: text, json)").arg(formatName), command);
    GradeCommand::Input input;
    input.lesson = parsed->positional.at(0);
    input.answers = parsed->positional.at(1);
    input.format = *format;
    input.output = parsed->options.value(QStringLiteral("output"));
    return GradeCommand(m_catalog, m_out, m_err).run(input);
}

int CliCommands::firewall(const QStringList& arguments)
{
    const QString command = QStringLiteral("firewall");
    const auto parsed = parse(command, arguments,
                              {{QStringLiteral("format"), {}},
                               {QStringLiteral("firewall"), {}},
                               {QStringLiteral("server"), {}},
                               {QStringLiteral("output"), QStringLiteral("o")}});
    if (const auto done = answeredEarly(parsed, command))
        return *done;
    if (parsed->positional.size() != 1)
        return usageError(parsed->positional.isEmpty() ? tr("firewall: no deployment file given")
                                                       : tr("firewall: expected one deployment file"),
                          command);
    FirewallCommand::Input input;
    input.path = parsed->positional.first();
    input.format = parsed->options.value(QStringLiteral("format"));
    input.firewallId = parsed->options.value(QStringLiteral("firewall"));
    input.serverId = parsed->options.value(QStringLiteral("server"));
    input.output = parsed->options.value(QStringLiteral("output"));
    return FirewallCommand(m_catalog, m_out, m_err).run(input);
}

int CliCommands::lessons(const QStringList& arguments)
{
    const QString command = QStringLiteral("lessons");
    const auto parsed = parse(command, arguments, {});
    if (const auto done = answeredEarly(parsed, command))
        return *done;
    if (!parsed->positional.isEmpty())
        return usageError(tr("lessons: unexpected argument \"%1\"").arg(parsed->positional.first()), command);
    return GradeCommand(m_catalog, m_out, m_err).listLessons();
}
