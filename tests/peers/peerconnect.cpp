// peer_connect TIMEOUT_MS PORT...: connects to each PORT of 127.0.0.1 at once and prints "PORT STATE" per port, where
// STATE is open, closed (refused), filtered (no answer within TIMEOUT_MS) or "error TEXT". The tests run it inside the
// network namespace of netns-run.sh, where nothing else of theirs can reach. Loopback only, by construction.
#include <QCoreApplication>
#include <QHostAddress>
#include <QMap>
#include <QTcpSocket>
#include <QTextStream>
#include <QTimer>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    bool ok = args.size() >= 2;
    const int timeoutMs = ok ? args.takeFirst().toInt(&ok) : 0;
    QList<quint16> ports;
    for (const QString& arg : std::as_const(args)) {
        bool portOk = false;
        const uint port = arg.toUInt(&portOk);
        ok = ok && portOk && port > 0 && port < 65536;
        ports << static_cast<quint16>(port);
    }
    QTextStream out(stdout);
    if (!ok || timeoutMs <= 0) {
        QTextStream(stderr) << "usage: peer_connect TIMEOUT_MS PORT...\n";
        return 2;
    }

    QMap<quint16, QString> states;
    const auto settle = [&](quint16 port, const QString& state) {
        if (states.contains(port))
            return;
        states.insert(port, state);
        if (states.size() == ports.size())
            app.quit();
    };
    for (const quint16 port : std::as_const(ports)) {
        auto* socket = new QTcpSocket(&app);
        QObject::connect(socket, &QTcpSocket::connected, &app,
                         [&settle, port] { settle(port, QStringLiteral("open")); });
        QObject::connect(socket, &QTcpSocket::errorOccurred, &app,
                         [&settle, socket, port](QAbstractSocket::SocketError e) {
                             settle(port, e == QAbstractSocket::ConnectionRefusedError
                                              ? QStringLiteral("closed")
                                              : QStringLiteral("error ") + socket->errorString());
                         });
        socket->connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    }
    QTimer::singleShot(timeoutMs, &app, [&] {
        for (const quint16 port : std::as_const(ports))
            settle(port, QStringLiteral("filtered"));
    });
    app.exec();
    for (const quint16 port : std::as_const(ports))
        out << port << ' ' << states.value(port) << '\n';
    return 0;
}
