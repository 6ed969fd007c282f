#include <QCoreApplication>
#include <QProcess>

#include <cstdio>

#include "tests/peers/peerfixture.h"

// standard_peers COMMAND [ARG...]: starts the test peers on their well-known ports of 127.0.0.1 (25, 143, 993, 110,
// 995, 80, 443, 389, 636), runs COMMAND with its output passed on, stops the peers and exits with COMMAND's status.
// Only for a network namespace of the test's own (netns-run.sh ... standard_peers ...), where those ports are free.
// Exit 77 with the reason when the peers cannot run here, 3 when they fail to start.
int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.isEmpty()) {
        std::fputs("usage: standard_peers COMMAND [ARG...]\n", stderr);
        return 2;
    }
    if (const QString why = PeerFixture::unavailableReason(); !why.isEmpty()) {
        std::fprintf(stderr, "standard_peers: %s\n", qPrintable(why));
        return 77;
    }
    PeerFixture peers;
    peers.setStandardPorts(true);
    if (!peers.start()) {
        std::fprintf(stderr, "standard_peers: %s\n", qPrintable(peers.errorString()));
        return 3;
    }
    QProcess command;
    command.setProcessChannelMode(QProcess::ForwardedChannels);
    command.start(arguments.first(), arguments.mid(1));
    if (!command.waitForFinished(-1) || command.exitStatus() != QProcess::NormalExit) {
        std::fprintf(stderr, "standard_peers: %s failed: %s\n", qPrintable(arguments.first()),
                     qPrintable(command.errorString()));
        return 3;
    }
    peers.stop();
    return command.exitCode();
}
