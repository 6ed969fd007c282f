// netns_listen ADDRESS [--tcp PORT,...] [--udp PORT,...] [--peers]: listens on each TCP port of ADDRESS (accepting and
// closing every connection) and answers every datagram to each UDP port, prints "ready" once all are bound, and runs
// until its standard input closes. NetnsLab starts one per server address inside a zone's network namespace, so a port
// the firewall lets through reads open (a UDP port too: it answers) and one it drops reads filtered. With --peers, the
// TCP ports a test peer serves on its well-known port (SMTP 25, IMAP4 143, ..., LDAPS 636: tests/peers) are the real
// daemon, started on ADDRESS, so the probe's service checks run through the firewall too. Exit 1 with the reason on
// stderr when a port cannot be bound or a peer cannot start, 2 on bad arguments.
#include <QCoreApplication>
#include <QHostAddress>
#include <QNetworkDatagram>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTextStream>
#include <QUdpSocket>

#include <optional>

#include <unistd.h>

#include "tests/peers/peerfixture.h"

namespace {

std::optional<QList<quint16>> portList(const QString& text)
{
    QList<quint16> ports;
    for (const QString& item : text.split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const uint port = item.toUInt(&ok);
        if (!ok || port == 0 || port > 65535)
            return std::nullopt;
        ports << quint16(port);
    }
    return ports;
}

int usage()
{
    QTextStream(stderr) << "usage: netns_listen ADDRESS [--tcp PORT,...] [--udp PORT,...] [--peers]\n";
    return 2;
}

// The daemons whose well-known ports are among the TCP ports; their ports (all of them) leave the list.
PeerFixture::Daemons takePeerPorts(QList<quint16>& tcp)
{
    PeerFixture::Daemons daemons;
    const QList<QPair<PeerFixture::Daemon, QList<Peer>>> served = {
        {PeerFixture::Daemon::Postfix, {Peer::Smtp}},
        {PeerFixture::Daemon::Dovecot, {Peer::Imap, Peer::Imaps, Peer::Pop3, Peer::Pop3s}},
        {PeerFixture::Daemon::Nginx, {Peer::Http, Peer::Https}},
        {PeerFixture::Daemon::Slapd, {Peer::Ldap, Peer::Ldaps}}};
    for (const auto& [daemon, peers] : served) {
        for (const Peer peer : peers) {
            if (tcp.contains(PeerFixture::standardPort(peer)))
                daemons |= daemon;
        }
        if (daemons.testFlag(daemon)) {
            for (const Peer peer : peers)
                tcp.removeAll(PeerFixture::standardPort(peer));
        }
    }
    return daemons;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.isEmpty())
        return usage();
    const QHostAddress address(args.first());
    if (address.isNull())
        return usage();
    QList<quint16> tcp;
    QList<quint16> udp;
    bool withPeers = false;
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == u"--peers") {
            withPeers = true;
            continue;
        }
        const auto ports = i + 1 < args.size() ? portList(args.at(i + 1)) : std::nullopt;
        if (!ports || (args.at(i) != u"--tcp" && args.at(i) != u"--udp"))
            return usage();
        (args.at(i) == u"--tcp" ? tcp : udp) << *ports;
        ++i;
    }

    QTextStream err(stderr);
    PeerFixture peers;
    if (withPeers) {
        const PeerFixture::Daemons daemons = takePeerPorts(tcp);
        peers.setStandardPorts(true);
        peers.setAddress(address);
        if (daemons.toInt() != 0 && !peers.start(daemons)) {
            err << "netns_listen: the test peers did not start on " << address.toString() << ": " << peers.errorString()
                << '\n';
            return 1;
        }
    }
    for (const quint16 port : std::as_const(tcp)) {
        auto* server = new QTcpServer(&app);
        if (!server->listen(address, port)) {
            err << "netns_listen: tcp " << address.toString() << ':' << port << ": " << server->errorString() << '\n';
            return 1;
        }
        QObject::connect(server, &QTcpServer::newConnection, server, [server] {
            while (QTcpSocket* socket = server->nextPendingConnection()) {
                socket->close();
                socket->deleteLater();
            }
        });
    }
    for (const quint16 port : std::as_const(udp)) {
        auto* socket = new QUdpSocket(&app);
        if (!socket->bind(address, port)) {
            err << "netns_listen: udp " << address.toString() << ':' << port << ": " << socket->errorString() << '\n';
            return 1;
        }
        QObject::connect(socket, &QUdpSocket::readyRead, socket, [socket] {
            while (socket->hasPendingDatagrams()) {
                const QNetworkDatagram datagram = socket->receiveDatagram();
                // A plain reply to the sender: makeReply()'s answers (sent with the arriving packet's interface and
                // address) never reached a prober in the lab, which then read the port open|filtered.
                socket->writeDatagram(QByteArrayLiteral("netns_listen\n"), datagram.senderAddress(),
                                      quint16(datagram.senderPort()));
            }
        });
    }

    // The test holds our standard input: when it closes (the test ends, however), so do we.
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&app] {
        char buffer[256];
        if (::read(STDIN_FILENO, buffer, sizeof buffer) <= 0)
            app.quit();
    });
    QTextStream(stdout) << "ready\n";
    return app.exec();
}
