// A Portolan that edits and then dies: tst_autosave and tst_mainwindow start it, wait until its autosave copy is on
// disk and kill it (SIGKILL), as a crash would end the window. Arguments: the autosave directory, a deployment file,
// the deployment's new name. Prints the copy's path once it is written, then waits to be killed.
#include "model/autosave.h"
#include "model/deployment.h"
#include "model/deploymentcommands.h"
#include "model/deploymentfile.h"
#include "model/portcatalog.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTimer>
#include <QUndoStack>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4)
        return 2;
    DeploymentReader reader(PortCatalog::builtin());
    const auto data = reader.readFile(args.at(2));
    if (!data)
        return 2;
    Deployment document;
    document.reset(*data);
    Autosave autosave(&document, args.at(1), Autosave::Timing{60 * 1000, 10});
    autosave.setSourcePath(args.at(2));
    document.undoStack()->push(new SetDeploymentNameCommand(&document, args.at(3)));
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (!QFileInfo::exists(autosave.copyPath()))
            return;
        poll.stop();
        std::printf("%s\n", qPrintable(autosave.copyPath()));
        std::fflush(stdout);
    });
    poll.start(5);
    return QCoreApplication::exec();
}
