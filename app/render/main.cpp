// portolan-render: what portolan-cli cannot do without Widgets, drawn exactly as the window draws it: the diagram of a
// deployment as PNG or SVG (`render`) and the PDF report with that diagram (`report`). portolan-cli stays free of
// Widgets and runs this program from its own directory with the command first; its messages and exit codes are
// therefore those of portolan-cli.
#include "model/deployment.h"
#include "model/deploymentanalysis.h"
#include "model/deploymentfile.h"
#include "model/export/exportfile.h"
#include "model/export/reportwriter.h"
#include "model/portcatalog.h"
#include "views/diagram/topologyscene.h"
#include "views/export/diagramexporter.h"
#include "views/export/scenedrawing.h"
#include "views/translations.h"

#include <cstdio>

#include <QApplication>
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

// A deployment file read into the document, its analysis and the scene, built in the window's order.
struct LoadedDeployment
{
    Deployment document;
    DeploymentAnalysis analysis{&document, PortCatalog::builtin()};
    TopologyScene scene{&document, &analysis, PortCatalog::builtin()};
};

class RenderCommand final
{
    Q_DECLARE_TR_FUNCTIONS(RenderCommand)

public:
    int run(const QStringList& arguments);

private:
    int render(const QStringList& arguments);
    int report(const QStringList& arguments);
    // Reads FILE into loaded; false (with the message out) when it cannot.
    static bool load(const QString& path, LoadedDeployment& loaded);
    static int fail(const QString& message, const QString& usage = {});
};

int RenderCommand::fail(const QString& message, const QString& usage)
{
    QTextStream err(stderr);
    err << "portolan-cli: " << message << '\n';
    if (!usage.isEmpty())
        err << '\n' << usage;
    return BadInput;
}

bool RenderCommand::load(const QString& path, LoadedDeployment& loaded)
{
    DeploymentReader reader(PortCatalog::builtin());
    const auto data = reader.readFile(path);
    if (!data) {
        fail(path + QStringLiteral(": ") + reader.errorString());
        return false;
    }
    loaded.document.reset(*data);
    return true;
}

int RenderCommand::run(const QStringList& arguments)
{
    const QString command = arguments.value(1);
    if (command == u"render")
        return render(arguments.mid(1));
    if (command == u"report")
        return report(arguments.mid(1));
    return fail(tr("portolan-render: unknown command \"%1\" (render or report)").arg(command));
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
        QTextStream(stdout) << usage;
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

    LoadedDeployment loaded;
    if (!load(files.first(), loaded))
        return BadInput;
    const SceneDrawing drawing(loaded.scene);
    DiagramExporter exporter(drawing, *format);
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
        QTextStream(stdout) << usage;
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

    LoadedDeployment loaded;
    if (!load(files.first(), loaded))
        return BadInput;
    const SceneDrawing drawing(loaded.scene);
    ExportInput input;
    input.catalog = &PortCatalog::builtin();
    input.deployment = &loaded.document.data();
    input.matrix = &loaded.analysis.matrix();
    input.sourcePath = files.first();
    input.diagram = &drawing;
    input.paper = paperName == u"letter" ? QPageSize::Letter : QPageSize::A4;
    ReportWriter writer(input);
    ExportFile file;
    if (!file.write(writer, out))
        return fail(out + QStringLiteral(": ") + file.errorString());
    return Success;
}

} // namespace

int main(int argc, char* argv[])
{
    // No display needed: a command-line tool must run on a server and in CI.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("portolan-render"));
    return RenderCommand().run(QApplication::arguments());
}
