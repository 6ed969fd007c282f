#include "app/gui/mainwindow.h"
#include "views/appsettings.h"
#include "views/templatechooser.h"

#include <memory>

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Portolan"));
    QApplication::setOrganizationName(QStringLiteral("Portolan"));

    auto settings = std::make_unique<AppSettings>();
    const QLocale locale = settings->language().isEmpty() ? QLocale::system() : QLocale(settings->language());
    QLocale::setDefault(locale);
    // Qt's own strings (standard buttons, file dialogs) in the user's language.
    QTranslator qtTranslator;
    if (qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Plan, draw and check Exchange network layouts."));
    parser.addHelpOption();
    const QCommandLineOption shot(QStringLiteral("shot"),
                                  QApplication::translate("main", "Save a picture of the window to PATH and quit."),
                                  QStringLiteral("PATH"));
    parser.addOption(shot);
    parser.addPositionalArgument(QStringLiteral("file"), QApplication::translate("main", "A .portolan file to open."));
    parser.process(app);

    MainWindow window(std::move(settings));
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty() || !window.openFile(files.first()))
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
