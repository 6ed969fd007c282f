#include "app/gui/mainwindow.h"
#include "model/portolanversion.h"
#include "views/appsettings.h"
#include "views/panels/templatechooser.h"
#include "views/translations.h"

#include <memory>

#include <QApplication>
#include <QCommandLineParser>
#include <QRegularExpression>
#include <QTimer>

namespace {

// --help and --version print and quit: they work without a display (over SSH, in scripts, for the man pages), so
// they need no window system and take the offscreen platform.
void printWithoutDisplay(int argc, char* argv[])
{
    for (int i = 1; i < argc && qstrcmp(argv[i], "--") != 0; ++i) {
        for (const char* option : {"-h", "-?", "--help", "--help-all", "-v", "--version"}) {
            if (qstrcmp(argv[i], option) == 0) {
                qputenv("QT_QPA_PLATFORM", "offscreen");
                return;
            }
        }
    }
}

// The value of --lang, read before the parser so that --help speaks that language too; empty without one.
QString languageOption(const QStringList& arguments)
{
    for (int i = 1; i < arguments.size() && arguments.at(i) != u"--"; ++i) {
        if (arguments.at(i) == u"--lang" && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arguments.at(i).startsWith(u"--lang="))
            return arguments.at(i).mid(7);
    }
    return {};
}

} // namespace

int main(int argc, char* argv[])
{
    printWithoutDisplay(argc, argv);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Portolan"));
    QApplication::setOrganizationName(QStringLiteral("Portolan"));
    QApplication::setApplicationVersion(portolanVersion());
    // The menu entry packaging/portolan.desktop: Wayland shows its name and icon for the window only when told.
    QApplication::setDesktopFileName(QStringLiteral("portolan"));

    // The language: --lang, else the one chosen in the settings, else the system's. Qt's own strings follow.
    auto settings = std::make_unique<AppSettings>();
    const QString chosen = languageOption(QApplication::arguments());
    const QString language = chosen.isEmpty() ? settings->language() : chosen;
    if (!installTranslations(language))
        qWarning("portolan: no translation for \"%s\"; the interface stays in English.", qPrintable(language));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Plan, draw and check Exchange network layouts.") + u"\n\n" +
        QApplication::translate(
            "main", "Portolan shows a Microsoft Exchange deployment as zones (Internet, DMZ, LAN, ...) with "
                    "servers and their roles, every flow those roles need and the ports each firewall "
                    "must open, each traced to Microsoft's documentation. Drag a role from the palette "
                    "into a zone and the port matrix, the warnings and the firewall rules follow at "
                    "once.\n\nWithout a file it starts from the default template; unsaved work left by "
                    "a crash is offered first. portolan-cli does the same work without a window."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption shot(QStringLiteral("shot"),
                                  QApplication::translate("main", "Save a picture of the window to PATH and quit."),
                                  QStringLiteral("PATH"));
    parser.addOption(shot);
    const QCommandLineOption lang(
        QStringLiteral("lang"),
        QApplication::translate("main", "Show the interface in LANGUAGE (de, ru, en) instead of the system's."),
        QStringLiteral("LANGUAGE"));
    parser.addOption(lang);
    const QCommandLineOption size(QStringLiteral("size"),
                                  QApplication::translate("main", "Open the window SIZE pixels large, e.g. 1600x1000."),
                                  QStringLiteral("SIZE"));
    parser.addOption(size);
    parser.addPositionalArgument(QStringLiteral("file"), QApplication::translate("main", "A .portolan file to open."),
                                 QStringLiteral("[file]"));
    parser.process(app);

    // --size: a window of a known size whatever the screen and the saved geometry (scripts/update-screenshot).
    QSize windowSize;
    if (parser.isSet(size)) {
        const QRegularExpressionMatch match =
            QRegularExpression(QStringLiteral("^(\\d{3,5})x(\\d{3,5})$")).match(parser.value(size));
        if (!match.hasMatch()) {
            const QString message = QApplication::translate("main", "--size \"%1\" is not WIDTHxHEIGHT in pixels, "
                                                                    "e.g. 1600x1000.");
            qWarning("portolan: %s", qPrintable(message.arg(parser.value(size))));
            return 2;
        }
        windowSize = QSize(match.captured(1).toInt(), match.captured(2).toInt());
    }

    MainWindow window(std::move(settings));
    if (windowSize.isValid())
        window.resize(windowSize);
    // Unsaved work that a crash or a kill left behind comes first; a picture (--shot) never waits for an answer.
    const bool restored = !parser.isSet(shot) && window.offerRecovery();
    const QStringList files = parser.positionalArguments();
    if (!restored && (files.isEmpty() || !window.openFile(files.first())))
        window.newFromTemplate(TemplateChooser::defaultTemplateId());
    window.show();

    if (parser.isSet(shot)) {
        QTimer::singleShot(300, &window, [&] {
            const bool saved = window.grab().save(parser.value(shot));
            QApplication::exit(saved ? 0 : 2);
        });
    }
    return QApplication::exec();
}
