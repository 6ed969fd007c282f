#include <QCoreApplication>

#include "app/cli/clicommands.h"

// portolan-cli: the headless half of Portolan. It links the model only (no Widgets), which also proves the model is
// headless.
int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("portolan-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PORTOLAN_VERSION));
    CliCommands commands;
    return commands.run(QCoreApplication::arguments().mid(1));
}
