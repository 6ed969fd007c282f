// portolan-render: the diagram of a deployment file as PNG or SVG, drawn exactly as the window draws it. It is the
// engine of `portolan-cli render`, which stays free of Widgets and runs this program from its own directory; its
// messages and exit codes are therefore those of portolan-cli.
#include "model/deployment.h"
#include "model/deploymentanalysis.h"
#include "model/deploymentfile.h"
#include "model/portcatalog.h"
#include "model/export/exportfile.h"
#include "views/export/diagramexporter.h"
#include "views/export/scenedrawing.h"
#include "views/diagram/topologyscene.h"

#include <cstdio>

#include <QApplication>
#include <QCommandLineParser>
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
    static QString usage();
    static int fail(const QString& message, bool showUsage = false);
};

QString RenderCommand::usage()
{
    return tr("Usage: portolan-cli render FILE -o OUT.png|OUT.svg [--width PX]\n");
}

int RenderCommand::fail(const QString& message, bool showUsage)
{
    QTextStream err(stderr);
    err << "portolan-cli: " << message << '\n';
    if (showUsage)
        err << '\n' << usage();
    return BadInput;
}

int RenderCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")}, tr("The picture to write."),
                                    QStringLiteral("OUT"));
    const QCommandLineOption width(QStringLiteral("width"), tr("Width of the picture in pixels."),
                                   QStringLiteral("PX"));
    parser.addOptions({help, output, width});
    if (!parser.parse(arguments))
        return fail(tr("render: %1").arg(parser.errorText()), true);
    if (parser.isSet(help)) {
        QTextStream(stdout) << usage();
        return Success;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return fail(files.isEmpty() ? tr("render: no deployment file given")
                                    : tr("render: expected one deployment file"),
                    true);
    const QString out = parser.value(output);
    if (out.isEmpty())
        return fail(tr("render: no output file given (-o OUT.png or -o OUT.svg)"), true);
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
                true);
    }

    const QString path = files.first();
    DeploymentReader reader(PortCatalog::builtin());
    const auto data = reader.readFile(path);
    if (!data)
        return fail(path + QStringLiteral(": ") + reader.errorString());

    // The document, its analysis and the scene, built in the window's order.
    Deployment document;
    DeploymentAnalysis analysis(&document, PortCatalog::builtin());
    TopologyScene scene(&document, &analysis, PortCatalog::builtin());
    document.reset(*data);

    const SceneDrawing drawing(scene);
    DiagramExporter exporter(drawing, *format);
    exporter.setWidth(pixels);
    ExportFile file;
    if (!file.write(exporter, out))
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
