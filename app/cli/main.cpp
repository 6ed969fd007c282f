#include <QCoreApplication>

#include "app/cli/clicommands.h"
#include "model/portolanversion.h"

// portolan-cli: the headless half of Portolan. It links the model only (no Widgets), which also proves the model is
// headless.
int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("portolan-cli"));
    QCoreApplication::setApplicationVersion(portolanVersion());
    CliCommands commands;
    return commands.run(QCoreApplication::arguments().mid(1));
}
