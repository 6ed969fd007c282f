#pragma once

#include <QHostAddress>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>

#include <chrono>
#include <memory>
#include <vector>

class QProcess;
class QTemporaryDir;

// The services the fixture offers, each on its own port of 127.0.0.1.
enum class Peer
{
    Smtp,
    Imap,
    Imaps,
    Pop3,
    Pop3s,
    Http,
    Https,
    Ldap,
    Ldaps
};

// Real mail, web and directory servers for the probe tests: postfix (SMTP with STARTTLS), dovecot (IMAP4, IMAPS,
// POP3, POP3S), nginx (HTTP, HTTPS, /owa answering 302) and slapd (LDAP, LDAPS), each started as a child of the test
// process from a private configuration in a temporary folder, on free high ports of 127.0.0.1, with a self-signed
// certificate (CN=localhost, SAN localhost and 127.0.0.1). start() returns once every port accepts a connection;
// stop() and the destructor end every child by pid (and its process group), leaving nothing behind. The daemons
// switch users, so they need root: otherwise start() fails and errorString() says why (tests QSKIP with it).
class PeerFixture final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeerFixture)

public:
    enum class Daemon
    {
        Postfix = 0x1,
        Dovecot = 0x2,
        Nginx = 0x4,
        Slapd = 0x8
    };
    Q_DECLARE_FLAGS(Daemons, Daemon)

    static Daemons allDaemons() { return {Daemon::Postfix, Daemon::Dovecot, Daemon::Nginx, Daemon::Slapd}; }

    // Why the daemons cannot run on this machine at all (not root, a program missing), or empty when they can: a
    // test skips with this text; a start() that fails for any other reason is a real failure.
    static QString unavailableReason(Daemons daemons = allDaemons());

    explicit PeerFixture(QObject* parent = nullptr);
    ~PeerFixture() override;

    // Listen on the services' well-known ports (25, 143, 993, 110, 995, 80, 443, 389, 636) instead of free high ports,
    // for a probe of a deployment whose plan asks for those. Only inside a network namespace of the test's own
    // (netns-run.sh), where nothing else holds them. Takes effect at the next start().
    void setStandardPorts(bool standard) { m_standardPorts = standard; }
    static quint16 standardPort(Peer peer);

    // Starts the daemons in parallel and waits (running an event loop) until all their ports listen, a daemon exits
    // or the timeout passes. Returns false with errorString() set on any failure; what did start is stopped again.
    bool start(Daemons daemons = allDaemons(), std::chrono::milliseconds timeout = std::chrono::seconds(20));
    // Ends every child: the daemon's own stop signal, a grace period, then SIGKILL to its whole process group.
    void stop();

    QString errorString() const { return m_error; }
    // 127.0.0.1: where the fixture listens unless setAddress() says otherwise.
    static QHostAddress address() { return QHostAddress(QHostAddress::LocalHost); }
    // Listen on this IPv4 address instead: a server's address inside a network namespace of the test's own
    // (tests/netns), where the probe reaches it through a firewall. Takes effect at the next start().
    void setAddress(const QHostAddress& address) { m_address = address; }
    QHostAddress listenAddress() const { return m_address; }
    // The port of a started peer, 0 when its daemon was not asked for or did not start.
    quint16 port(Peer peer) const { return m_ports.value(peer); }
    // The service's name as a log or a test row shows it: "SMTP", "IMAPS", ...
    static QString name(Peer peer);
    // The PEM certificate every TLS port presents.
    QString certificateFile() const;
    // The process id of each running daemon; each leads its own process group.
    QList<qint64> pids() const;
    // How long the last start() took, from the first file written to the last port listening.
    qint64 startMilliseconds() const { return m_startMs; }

private:
    struct Child;

    static QList<Peer> peersOf(Daemon daemon);
    static QString daemonName(Daemon daemon);

    bool prepare(Daemons daemons);
    bool launchPostfix();
    bool launchDovecot();
    bool launchNginx();
    bool launchSlapd();
    bool makeCertificate();
    bool allocatePorts(const QList<Peer>& peers);
    bool writeTemplate(const QString& name, const QString& target) const;
    void launch(Daemon daemon, const QString& script, int stopSignal, const QString& log);
    void startWatchdog();
    bool waitUntilListening(std::chrono::milliseconds timeout);
    QString describeExit(const Child& child) const;
    QString path(const QString& relative) const;
    QString quotedPath(const QString& relative) const;
    bool fail(const QString& why);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::vector<std::unique_ptr<Child>> m_children;
    QProcess* m_watchdog = nullptr;
    QMap<Peer, quint16> m_ports;
    QString m_error;
    qint64 m_startMs = 0;
    bool m_standardPorts = false;
    QHostAddress m_address = address();
};

Q_DECLARE_OPERATORS_FOR_FLAGS(PeerFixture::Daemons)
