#include "app/gui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Portolan"));
    QApplication::setOrganizationName(QStringLiteral("Portolan"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Plan, draw and check Exchange network layouts."));
    parser.addHelpOption();
    const QCommandLineOption shot(QStringLiteral("shot"),
                                  QApplication::translate("main", "Save a picture of the window to PATH and quit."),
                                  QStringLiteral("PATH"));
    parser.addOption(shot);
    parser.addPositionalArgument(QStringLiteral("file"), QApplication::translate("main", "A .portolan file to open."));
    parser.process(app);

    MainWindow window;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty() || !window.openFile(files.first()))
        window.newFromTemplate(QStringLiteral("exchange2019-edge"));
    window.show();

    if (parser.isSet(shot)) {
        QTimer::singleShot(300, &window, [&] {
            const bool saved = window.grab().save(parser.value(shot));
            QApplication::exit(saved ? 0 : 2);
        });
    }
    return QApplication::exec();
}
