// portolan-render: what portolan-cli cannot do without Widgets, drawn exactly as the window draws it: the diagram of a
// deployment as PNG or SVG (`render`) and the PDF report with that diagram (`report`). portolan-cli stays free of
// Widgets and runs this program from its own directory with the command first; its messages and exit codes are
// therefore those of portolan-cli. `portolan-render --version` prints its own name and Portolan's version, and
// `--help` the text its man page is made from.
#include "model/checkedwrite.h"
#include "model/deploymentfile.h"
#include "model/export/exportfile.h"
#include "model/export/exporterregistry.h"
#include "model/export/exportinput.h"
#include "model/portcatalog.h"
#include "model/portolanversion.h"
#include "model/probeevidencereader.h"
#include "views/export/deploymentsnapshot.h"
#include "views/export/diagramexporter.h"
#include "views/translations.h"

#include <cstdio>
#include <unistd.h>
#include <optional>

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QCommandLineParser>
#include <QLocale>
#include <QTextStream>

namespace {

enum ExitCode
{
    Success = 0,
    BadInput = 2 // portolan-cli's code for bad input or usage
};

constexpr int MaxWidth = 20000;

class RenderCommand final
{
    Q_DECLARE_TR_FUNCTIONS(RenderCommand)

public:
    int run(const QStringList& arguments);

private:
    int render(const QStringList& arguments);
    int report(const QStringList& arguments);
    // The deployment in FILE; nothing (with the message out) when it cannot be read.
    static std::optional<DeploymentData> load(const QString& path);
    static int fail(const QString& message, const QString& usage = {});

    QTextStream m_out{stdout};
};

int RenderCommand::fail(const QString& message, const QString& usage)
{
    QTextStream err(stderr);
    err << "portolan-cli: " << message << '\n';
    if (!usage.isEmpty())
        err << '\n' << usage;
    return BadInput;
}

std::optional<DeploymentData> RenderCommand::load(const QString& path)
{
    DeploymentReader reader(PortCatalog::builtin());
    auto data = reader.readFile(path);
    if (!data)
        fail(path + QStringLiteral(": ") + reader.errorString());
    return data;
}

int RenderCommand::run(const QStringList& arguments)
{
    const QString command = arguments.value(1);
    int code = BadInput;
    if (command == u"--help" || command == u"-h") {
        m_out << tr("Usage: portolan-render COMMAND [ARGUMENTS]\n"
                    "\n"
                    "Draws the diagram and the PDF report of a deployment (.portolan file) for portolan-cli.\n"
                    "\n"
                    "The pictures are exactly those of the window. portolan-cli runs this program from its own\n"
                    "directory for its render and report commands and shows their help (portolan-cli render\n"
                    "--help, portolan-cli report --help): use those commands rather than this program.\n"
                    "\n"
                    "Commands:\n"
                    "  render FILE -o OUT.png|OUT.svg [--width PX]\n"
                    "                          Draw the diagram of a deployment as PNG or SVG\n"
                    "  report FILE -o OUT.pdf [--paper a4|letter] [--lang en|de|ru] [--probe RESULTS.json]\n"
                    "                          Write the PDF report: diagram, firewall rules, warnings, servers\n"
                    "\n"
                    "Options:\n"
                    "  -h, --help              Show this help\n"
                    "  --version               Show the version\n"
                    "\n"
                    "Exit codes: 0 success, 2 bad input or usage; the messages are those of portolan-cli.\n");
        code = Success;
    } else if (command == u"--version") {
        m_out << QCoreApplication::applicationName() << ' ' << portolanVersion() << '\n';
        code = Success;
    } else if (command == u"render") {
        code = render(arguments.mid(1));
    } else if (command == u"report") {
        code = report(arguments.mid(1));
    } else {
        return fail(tr("portolan-render: unknown command \"%1\" (render or report)").arg(command));
    }
    QString reason;
    if (!CheckedWrite::finishStandardOutput(m_out, &reason))
        return fail(tr("cannot write to standard output: %1").arg(reason));
    return code;
}

int RenderCommand::render(const QStringList& arguments)
{
    const QString usage = tr("Usage: portolan-cli render FILE -o OUT.png|OUT.svg [--width PX]\n");
    QCommandLineParser parser;
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")}, tr("The picture to write."),
                                    QStringLiteral("OUT"));
    const QCommandLineOption width(QStringLiteral("width"), tr("Width of the picture in pixels."),
                                   QStringLiteral("PX"));
    parser.addOptions({help, output, width});
    if (!parser.parse(arguments))
        return fail(tr("render: %1").arg(parser.errorText()), usage);
    if (parser.isSet(help)) {
        m_out << usage;
        return Success;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return fail(files.isEmpty() ? tr("render: no deployment file given")
                                    : tr("render: expected one deployment file"),
                    usage);
    const QString out = parser.value(output);
    if (out.isEmpty())
        return fail(tr("render: no output file given (-o OUT.png or -o OUT.svg)"), usage);
    const auto format = DiagramExporter::formatForPath(out);
    if (!format)
        return fail(tr("%1: unknown picture format; the name must end in .png or .svg").arg(out));
    int pixels = 0;
    if (parser.isSet(width)) {
        bool ok = false;
        pixels = parser.value(width).toInt(&ok);
        if (!ok || pixels < 1 || pixels > MaxWidth)
            return fail(
                tr("render: --width \"%1\" is not a width in pixels (1 to %2)").arg(parser.value(width)).arg(MaxWidth),
                usage);
    }

    const auto data = load(files.first());
    if (!data)
        return BadInput;
    const DeploymentSnapshot snapshot(*data);
    DiagramExporter exporter(snapshot.drawing(), *format);
    exporter.setWidth(pixels);
    ExportFile file;
    if (!file.write(exporter, out))
        return fail(out + QStringLiteral(": ") + file.errorString());
    return Success;
}

int RenderCommand::report(const QStringList& arguments)
{
    const QString usage = tr("Usage: portolan-cli report FILE -o OUT.pdf [--paper a4|letter] [--lang en|de|ru] "
                             "[--probe RESULTS.json]\n");
    QCommandLineParser parser;
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")}, tr("The PDF to write."),
                                    QStringLiteral("OUT"));
    const QCommandLineOption paper(QStringLiteral("paper"), tr("Paper size."), QStringLiteral("SIZE"),
                                   QStringLiteral("a4"));
    const QCommandLineOption lang(QStringLiteral("lang"), tr("Language of the report."), QStringLiteral("LANG"),
                                  QStringLiteral("en"));
    const QCommandLineOption probe(QStringLiteral("probe"), tr("Probe results to show as evidence."),
                                   QStringLiteral("RESULTS"));
    parser.addOptions({help, output, paper, lang, probe});
    if (!parser.parse(arguments))
        return fail(tr("report: %1").arg(parser.errorText()), usage);
    if (parser.isSet(help)) {
        m_out << usage;
        return Success;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return fail(files.isEmpty() ? tr("report: no deployment file given")
                                    : tr("report: expected one deployment file"),
                    usage);
    const QString out = parser.value(output);
    if (out.isEmpty())
        return fail(tr("report: no output file given (-o OUT.pdf)"), usage);
    const QString paperName = parser.value(paper).toLower();
    if (paperName != u"a4" && paperName != u"letter")
        return fail(tr("report: --paper \"%1\" is not a paper size (a4 or letter)").arg(parser.value(paper)), usage);
    const QString language = parser.value(lang).toLower();
    if (language != u"en" && language != u"de" && language != u"ru")
        return fail(tr("report: --lang \"%1\" is not a language of the report (en, de or ru)").arg(parser.value(lang)),
                    usage);
    // Before the catalog is first used: it translates its role and zone-kind names when it loads.
    if (language != u"en")
        installTranslations(language);
    QLocale::setDefault(QLocale(language));

    const auto data = load(files.first());
    if (!data)
        return BadInput;
    std::optional<ProbeEvidence> evidence;
    if (parser.isSet(probe)) {
        const QString results = parser.value(probe);
        ProbeEvidenceReader reader;
        evidence = reader.readFile(results);
        if (!evidence)
            return fail(results + QStringLiteral(": ") + reader.errorString());
        QString mismatch;
        if (!ProbeEvidenceReader::matches(*evidence, *data, &mismatch))
            return fail(results + QStringLiteral(": ") + mismatch);
    }
    const DeploymentSnapshot snapshot(*data);
    ExportInput input = snapshot.input(files.first());
    if (evidence)
        input.probe = &*evidence;
    input.paper = paperName == u"letter" ? QPageSize::Letter : QPageSize::A4;
    const std::unique_ptr<Exporter> writer =
        ExporterRegistry::instance().find(QStringLiteral("report-pdf"))->create(input);
    ExportFile file;
    if (!file.write(*writer, out))
        return fail(out + QStringLiteral(": ") + file.errorString());
    return Success;
}

} // namespace

int main(int argc, char* argv[])
{
    // No display needed: a command-line tool must run on a server and in CI.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Without a login session (cron, CI, ssh without PAM) Qt would warn on stderr that XDG_RUNTIME_DIR is not set,
    // among this command's own messages; it then uses the same private folder as this.
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QByteArray runtime = QDir::tempPath().toLocal8Bit() + "/runtime-" + QByteArray::number(getuid());
        if (QDir().mkpath(QString::fromLocal8Bit(runtime)) &&
            QFile::setPermissions(QString::fromLocal8Bit(runtime),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
            qputenv("XDG_RUNTIME_DIR", runtime);
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("portolan-render"));
    return RenderCommand().run(QApplication::arguments());
}
