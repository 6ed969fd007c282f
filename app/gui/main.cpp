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

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Portolan"));
    QApplication::setOrganizationName(QStringLiteral("Portolan"));
    QApplication::setApplicationVersion(portolanVersion());
    // The menu entry packaging/portolan.desktop: Wayland shows its name and icon for the window only when told.
    QApplication::setDesktopFileName(QStringLiteral("portolan"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Plan, draw and check Exchange network layouts."));
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
    parser.addPositionalArgument(QStringLiteral("file"), QApplication::translate("main", "A .portolan file to open."));
    parser.process(app);

    // The language: --lang, else the one chosen in the settings, else the system's. Qt's own strings follow.
    auto settings = std::make_unique<AppSettings>();
    const QString language = parser.isSet(lang) ? parser.value(lang) : settings->language();
    if (!installTranslations(language))
        qWarning("portolan: no translation for \"%s\"; the interface stays in English.", qPrintable(language));

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
