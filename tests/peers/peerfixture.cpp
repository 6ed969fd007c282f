#include "tests/peers/peerfixture.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>

#include <csignal>
#include <grp.h>
#include <pwd.h>
#include <sys/prctl.h>
#include <unistd.h>

using namespace std::chrono_literals;

struct PeerFixture::Child
{
    QString name;
    QList<Peer> peers;
    int stopSignal = SIGTERM;
    QString logFile;
    QProcess* process = nullptr;
    qint64 pid = 0;
    QByteArray output;
};

namespace {

// postfix's master daemon, run directly: `postfix start-fg` would keep a shell between us and it.
const QString PostfixMaster = QStringLiteral("/usr/lib/postfix/sbin/master");
const QStringList SystemBinDirs = {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin"), QStringLiteral("/sbin"),
                                   QStringLiteral("/bin")};

QString findProgram(const QString& name)
{
    const QString onPath = QStandardPaths::findExecutable(name);
    return onPath.isEmpty() ? QStandardPaths::findExecutable(name, SystemBinDirs) : onPath;
}

QString shellQuote(const QString& text)
{
    return u'\'' + QString(text).replace(u'\'', QStringLiteral("'\\''")) + u'\'';
}

QString tail(const QByteArray& bytes)
{
    constexpr int Keep = 1200;
    return QString::fromLocal8Bit(bytes.size() > Keep ? bytes.right(Keep) : bytes).trimmed();
}

bool chownTo(const QString& path, const char* user, const char* groupName)
{
    const passwd* pw = ::getpwnam(user);
    const struct group* gr = ::getgrnam(groupName);
    return pw && gr && ::chown(QFile::encodeName(path).constData(), pw->pw_uid, gr->gr_gid) == 0;
}

// The system master.cf for a private instance: no service chrooted (the chroot would lack our files), and the only
// inet service is smtpd on our port; every other inet service is left out so the copy never binds a port of its own.
QByteArray postfixMasterCf(const QByteArray& system, const QHostAddress& address, quint16 port)
{
    QByteArrayList lines;
    bool skipping = false;
    for (const QByteArray& line : system.split('\n')) {
        if (line.startsWith(' ') || line.startsWith('\t')) {
            if (!skipping)
                lines.append(line);
            continue;
        }
        QByteArrayList fields = line.simplified().split(' ');
        skipping = fields.size() >= 8 && !line.startsWith('#') && fields.at(1) == "inet";
        if (skipping)
            continue;
        if (fields.size() >= 8 && !line.startsWith('#')) {
            fields[4] = "n";
            lines.append(fields.join(' '));
        } else {
            lines.append(line);
        }
    }
    lines.append(address.toString().toLatin1() + ':' + QByteArray::number(port) + " inet n - n - - smtpd");
    return lines.join('\n') + '\n';
}

// postfix waits, 300 ms at a time, until its configuration is at least a second old (so it never reads a file being
// written): our fresh files are dated an hour back.
bool backdate(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadWrite) &&
           file.setFileTime(QDateTime::currentDateTime().addSecs(-3600), QFileDevice::FileModificationTime);
}

} // namespace

QString PeerFixture::unavailableReason(Daemons daemons)
{
    if (::geteuid() != 0)
        return QStringLiteral(
                   "the test peers need root (postfix and dovecot run only as root and switch users); uid is %1")
            .arg(::geteuid());

    struct Need
    {
        Daemon daemon;
        QStringList programs;
    };
    const QList<Need> needs = {
        {Daemon::Postfix, {QStringLiteral("postfix")}},
        {Daemon::Dovecot, {QStringLiteral("dovecot")}},
        {Daemon::Nginx, {QStringLiteral("nginx")}},
        {Daemon::Slapd, {QStringLiteral("slapd"), QStringLiteral("slapadd")}},
    };
    QStringList missing;
    if (findProgram(QStringLiteral("openssl")).isEmpty())
        missing << QStringLiteral("openssl");
    for (const Need& need : needs)
        if (daemons.testFlag(need.daemon))
            for (const QString& program : need.programs)
                if (findProgram(program).isEmpty())
                    missing << program;
    if (daemons.testFlag(Daemon::Postfix) && !QFile::exists(PostfixMaster))
        missing << PostfixMaster;
    if (!missing.isEmpty())
        return QStringLiteral("missing programs for the test peers: %1 (run scripts/install-deps)")
            .arg(missing.join(u", "));
    return {};
}

PeerFixture::PeerFixture(QObject* parent)
    : QObject(parent)
{}

PeerFixture::~PeerFixture()
{
    stop();
}

QString PeerFixture::name(Peer peer)
{
    switch (peer) {
    case Peer::Smtp:
        return QStringLiteral("SMTP");
    case Peer::Imap:
        return QStringLiteral("IMAP4");
    case Peer::Imaps:
        return QStringLiteral("IMAPS");
    case Peer::Pop3:
        return QStringLiteral("POP3");
    case Peer::Pop3s:
        return QStringLiteral("POP3S");
    case Peer::Http:
        return QStringLiteral("HTTP");
    case Peer::Https:
        return QStringLiteral("HTTPS");
    case Peer::Ldap:
        return QStringLiteral("LDAP");
    case Peer::Ldaps:
        return QStringLiteral("LDAPS");
    }
    return {};
}

QString PeerFixture::daemonName(Daemon daemon)
{
    switch (daemon) {
    case Daemon::Postfix:
        return QStringLiteral("postfix");
    case Daemon::Dovecot:
        return QStringLiteral("dovecot");
    case Daemon::Nginx:
        return QStringLiteral("nginx");
    case Daemon::Slapd:
        return QStringLiteral("slapd");
    }
    return {};
}

QList<qint64> PeerFixture::pids() const
{
    QList<qint64> result;
    for (const auto& child : m_children)
        if (child->process->state() != QProcess::NotRunning)
            result << child->pid;
    return result;
}

QString PeerFixture::certificateFile() const
{
    return m_dir ? path(QStringLiteral("tls/cert.pem")) : QString();
}

QString PeerFixture::path(const QString& relative) const
{
    return m_dir->filePath(relative);
}

bool PeerFixture::fail(const QString& why)
{
    m_error = why;
    stop();
    return false;
}

bool PeerFixture::start(Daemons daemons, std::chrono::milliseconds timeout)
{
    stop();
    m_error.clear();
    QElapsedTimer clock;
    clock.start();
    if (!prepare(daemons))
        return false;
    startWatchdog();
    if (!waitUntilListening(timeout))
        return false;
    m_startMs = clock.elapsed();
    return true;
}

bool PeerFixture::prepare(Daemons daemons)
{
    const QString unavailable = unavailableReason(daemons);
    if (!unavailable.isEmpty())
        return fail(unavailable);

    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/portolan-peers-XXXXXX"));
    // The daemons' unprivileged workers must reach their files in here.
    if (!m_dir->isValid() ||
        !QFile::setPermissions(m_dir->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                  QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther |
                                                  QFile::ExeOther))
        return fail(QStringLiteral("cannot create a private folder for the test peers under %1").arg(QDir::tempPath()));

    QList<Peer> peers;
    for (const Daemon daemon : {Daemon::Postfix, Daemon::Dovecot, Daemon::Nginx, Daemon::Slapd})
        if (daemons.testFlag(daemon))
            peers << peersOf(daemon);
    if (!allocatePorts(peers) || !makeCertificate())
        return false;
    return (!daemons.testFlag(Daemon::Postfix) || launchPostfix()) &&
           (!daemons.testFlag(Daemon::Dovecot) || launchDovecot()) &&
           (!daemons.testFlag(Daemon::Nginx) || launchNginx()) && (!daemons.testFlag(Daemon::Slapd) || launchSlapd());
}

QList<Peer> PeerFixture::peersOf(Daemon daemon)
{
    switch (daemon) {
    case Daemon::Postfix:
        return {Peer::Smtp};
    case Daemon::Dovecot:
        return {Peer::Imap, Peer::Imaps, Peer::Pop3, Peer::Pop3s};
    case Daemon::Nginx:
        return {Peer::Http, Peer::Https};
    case Daemon::Slapd:
        return {Peer::Ldap, Peer::Ldaps};
    }
    return {};
}

QString PeerFixture::quotedPath(const QString& relative) const
{
    return shellQuote(path(relative));
}

bool PeerFixture::launchPostfix()
{
    // The package's pristine master.cf, or the machine's if that is gone.
    QFile system(QStringLiteral("/usr/share/postfix/master.cf.dist"));
    if (!system.exists())
        system.setFileName(QStringLiteral("/etc/postfix/master.cf"));
    QFile masterCf(path(QStringLiteral("postfix/master.cf")));
    const QDir dir(m_dir->path());
    const bool written = dir.mkpath(QStringLiteral("postfix/spool")) && dir.mkpath(QStringLiteral("postfix/data")) &&
                         chownTo(path(QStringLiteral("postfix/data")), "postfix", "postfix") &&
                         system.open(QIODevice::ReadOnly) && masterCf.open(QIODevice::WriteOnly) &&
                         masterCf.write(postfixMasterCf(system.readAll(), m_address, port(Peer::Smtp))) >= 0;
    masterCf.close();
    if (!written || !backdate(masterCf.fileName()) ||
        !writeTemplate(QStringLiteral("main.cf"), QStringLiteral("postfix/main.cf")) ||
        !backdate(path(QStringLiteral("postfix/main.cf"))))
        return fail(QStringLiteral("cannot write the postfix configuration into %1").arg(m_dir->path()));
    // `postfix check` creates the queue directories with their owners; then the master itself, in the foreground.
    launch(Daemon::Postfix,
           QStringLiteral("%1 -c %2 check && exec %3 -c %2 -s")
               .arg(shellQuote(findProgram(QStringLiteral("postfix"))), quotedPath(QStringLiteral("postfix")),
                    shellQuote(PostfixMaster)),
           SIGTERM, path(QStringLiteral("postfix/maillog")));
    return true;
}

bool PeerFixture::launchDovecot()
{
    QFile users(path(QStringLiteral("dovecot/users")));
    const bool written = QDir(m_dir->path()).mkpath(QStringLiteral("dovecot/home/probe")) &&
                         chownTo(path(QStringLiteral("dovecot/home/probe")), "nobody", "nogroup") &&
                         users.open(QIODevice::WriteOnly) && users.write("probe:{PLAIN}secret\n") >= 0;
    users.close();
    if (!written || !writeTemplate(QStringLiteral("dovecot.conf"), QStringLiteral("dovecot/dovecot.conf")))
        return fail(QStringLiteral("cannot write the dovecot configuration into %1").arg(m_dir->path()));
    launch(Daemon::Dovecot,
           QStringLiteral("exec %1 -F -c %2")
               .arg(shellQuote(findProgram(QStringLiteral("dovecot"))),
                    quotedPath(QStringLiteral("dovecot/dovecot.conf"))),
           SIGTERM, path(QStringLiteral("dovecot/dovecot.log")));
    return true;
}

bool PeerFixture::launchNginx()
{
    if (!QDir(m_dir->path()).mkpath(QStringLiteral("nginx")) ||
        !writeTemplate(QStringLiteral("nginx.conf"), QStringLiteral("nginx/nginx.conf")))
        return fail(QStringLiteral("cannot write the nginx configuration into %1").arg(m_dir->path()));
    // -e: without it nginx first opens the compiled-in error log, before it reads the configuration.
    launch(Daemon::Nginx,
           QStringLiteral("exec %1 -p %2 -c %3 -e %4 -g 'daemon off;'")
               .arg(shellQuote(findProgram(QStringLiteral("nginx"))), quotedPath(QStringLiteral("nginx/")),
                    quotedPath(QStringLiteral("nginx/nginx.conf")), quotedPath(QStringLiteral("nginx/error.log"))),
           SIGQUIT, path(QStringLiteral("nginx/error.log")));
    return true;
}

bool PeerFixture::launchSlapd()
{
    if (!QDir(m_dir->path()).mkpath(QStringLiteral("slapd/db")) ||
        !writeTemplate(QStringLiteral("slapd.conf"), QStringLiteral("slapd/slapd.conf")) ||
        !writeTemplate(QStringLiteral("base.ldif"), QStringLiteral("slapd/base.ldif")))
        return fail(QStringLiteral("cannot write the slapd configuration into %1").arg(m_dir->path()));
    const QString urls = QStringLiteral("ldap://%1:%2/ ldaps://%1:%3/")
                             .arg(m_address.toString())
                             .arg(port(Peer::Ldap))
                             .arg(port(Peer::Ldaps));
    // slapadd loads the directory offline; -d 0 keeps slapd in the foreground, logging nothing but errors.
    launch(Daemon::Slapd,
           QStringLiteral("%1 -q -f %2 -l %3 && exec %4 -d 0 -h %5 -f %2")
               .arg(shellQuote(findProgram(QStringLiteral("slapadd"))), quotedPath(QStringLiteral("slapd/slapd.conf")),
                    quotedPath(QStringLiteral("slapd/base.ldif")), shellQuote(findProgram(QStringLiteral("slapd"))),
                    shellQuote(urls)),
           SIGINT, QString());
    return true;
}

quint16 PeerFixture::standardPort(Peer peer)
{
    switch (peer) {
    case Peer::Smtp:
        return 25;
    case Peer::Imap:
        return 143;
    case Peer::Imaps:
        return 993;
    case Peer::Pop3:
        return 110;
    case Peer::Pop3s:
        return 995;
    case Peer::Http:
        return 80;
    case Peer::Https:
        return 443;
    case Peer::Ldap:
        return 389;
    case Peer::Ldaps:
        return 636;
    }
    return 0;
}

bool PeerFixture::allocatePorts(const QList<Peer>& peers)
{
    if (m_standardPorts) {
        for (const Peer peer : peers)
            m_ports.insert(peer, standardPort(peer));
        return true;
    }
    // The kernel hands out free ports; all servers stay open until the last is chosen so no port comes twice.
    std::vector<std::unique_ptr<QTcpServer>> servers;
    for (const Peer peer : peers) {
        auto server = std::make_unique<QTcpServer>();
        if (!server->listen(m_address))
            return fail(QStringLiteral("no free port on %1: %2").arg(m_address.toString(), server->errorString()));
        m_ports.insert(peer, server->serverPort());
        servers.push_back(std::move(server));
    }
    return true;
}

// An ECDSA P-256 key: made in milliseconds where RSA 2048 takes half a second.
bool PeerFixture::makeCertificate()
{
    if (!QDir(m_dir->path()).mkpath(QStringLiteral("tls")))
        return fail(QStringLiteral("cannot create %1").arg(path(QStringLiteral("tls"))));
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(findProgram(QStringLiteral("openssl")),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                   QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1") +
                       (m_address == address() ? QString() : QStringLiteral(",IP:") + m_address.toString()),
                   QStringLiteral("-keyout"), path(QStringLiteral("tls/key.pem")), QStringLiteral("-out"),
                   path(QStringLiteral("tls/cert.pem"))});
    if (!openssl.waitForFinished(30000) || openssl.exitStatus() != QProcess::NormalExit || openssl.exitCode() != 0)
        return fail(QStringLiteral("openssl could not make the test certificate: %1").arg(tail(openssl.readAll())));
    // The daemons' unprivileged workers read the key; acceptable for a throw-away test key only.
    QFile::setPermissions(path(QStringLiteral("tls/key.pem")),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    return true;
}

bool PeerFixture::writeTemplate(const QString& name, const QString& target) const
{
    QFile in(QStringLiteral(PORTOLAN_PEER_TEMPLATES) + u'/' + name);
    QFile out(path(target));
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
        return false;
    QString text = QString::fromUtf8(in.readAll());
    text.replace(QStringLiteral("@DIR@"), m_dir->path());
    text.replace(QStringLiteral("@ADDRESS@"), m_address.toString());
    const QList<QPair<QString, Peer>> ports = {
        {QStringLiteral("@SMTP_PORT@"), Peer::Smtp},   {QStringLiteral("@IMAP_PORT@"), Peer::Imap},
        {QStringLiteral("@IMAPS_PORT@"), Peer::Imaps}, {QStringLiteral("@POP3_PORT@"), Peer::Pop3},
        {QStringLiteral("@POP3S_PORT@"), Peer::Pop3s}, {QStringLiteral("@HTTP_PORT@"), Peer::Http},
        {QStringLiteral("@HTTPS_PORT@"), Peer::Https},
    };
    for (const auto& [placeholder, peer] : ports)
        text.replace(placeholder, QString::number(port(peer)));
    return out.write(text.toUtf8()) >= 0;
}

void PeerFixture::launch(Daemon daemon, const QString& script, int stopSignal, const QString& log)
{
    auto child = std::make_unique<Child>();
    child->name = daemonName(daemon);
    child->peers = peersOf(daemon);
    child->stopSignal = stopSignal;
    child->logFile = log;
    child->process = new QProcess(this);
    child->process->setProcessChannelMode(QProcess::MergedChannels);
    child->process->setWorkingDirectory(m_dir->path());
    // Its own process group, so stop() can reach every worker; and SIGTERM when the test process dies, however.
    child->process->setChildProcessModifier([] {
        ::setsid();
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
    });
    Child* raw = child.get();
    connect(raw->process, &QProcess::readyRead, this, [raw] {
        raw->output += raw->process->readAll();
        constexpr int Cap = 64 * 1024;
        if (raw->output.size() > Cap)
            raw->output = raw->output.right(Cap);
    });
    raw->process->start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script});
    raw->pid = raw->process->processId();
    m_children.push_back(std::move(child));
}

// The daemons get SIGTERM when the test process dies, however it dies (PR_SET_PDEATHSIG), but postfix's master was
// seen to outlive a killed test all the same. So a shell waits for the end of its stdin, which only the test process
// holds open: when it reads EOF it stops every daemon and, a little later, kills what is left of their groups.
void PeerFixture::startWatchdog()
{
    QStringList stops;
    QStringList kills;
    for (const auto& child : m_children) {
        if (child->pid == 0)
            continue;
        stops << QStringLiteral("kill -%1 %2").arg(child->stopSignal).arg(child->pid);
        kills << QStringLiteral("kill -s KILL -- -%1").arg(child->pid);
    }
    m_watchdog = new QProcess(this);
    m_watchdog->setChildProcessModifier([] { ::setsid(); });
    m_watchdog->start(
        QStringLiteral("/bin/sh"),
        {QStringLiteral("-c"), QStringLiteral("read -r _; %1; sleep 3; %2").arg(stops.join(u"; "), kills.join(u"; "))});
}

bool PeerFixture::waitUntilListening(std::chrono::milliseconds timeout)
{
    QEventLoop loop;
    QObject context;
    QList<Peer> silent;
    for (const auto& child : m_children) {
        if (child->pid == 0)
            return fail(QStringLiteral("%1 did not start: %2").arg(child->name, child->process->errorString()));
        connect(child->process, &QProcess::finished, &loop, &QEventLoop::quit);
        for (const Peer peer : std::as_const(child->peers)) {
            silent << peer;
            auto* socket = new QTcpSocket(&context);
            connect(socket, &QTcpSocket::connected, &context, [&silent, &loop, socket, peer] {
                socket->abort();
                silent.removeOne(peer);
                if (silent.isEmpty())
                    loop.quit();
            });
            const quint16 target = port(peer);
            connect(socket, &QTcpSocket::errorOccurred, &context, [this, socket, target] {
                QTimer::singleShot(50ms, socket, [this, socket, target] {
                    socket->abort();
                    socket->connectToHost(m_address, target);
                });
            });
            socket->connectToHost(m_address, target);
        }
    }
    QTimer::singleShot(timeout, &loop, &QEventLoop::quit);
    if (!silent.isEmpty())
        loop.exec();

    for (const auto& child : m_children)
        if (child->process->state() == QProcess::NotRunning)
            return fail(describeExit(*child));
    if (!silent.isEmpty()) {
        QStringList names;
        for (const Peer peer : std::as_const(silent))
            names << QStringLiteral("%1 on %2").arg(name(peer)).arg(port(peer));
        return fail(QStringLiteral("the test peers did not all listen within %1 ms: nothing answered %2")
                        .arg(timeout.count())
                        .arg(names.join(u", ")));
    }
    return true;
}

QString PeerFixture::describeExit(const Child& child) const
{
    QByteArray log = child.output + child.process->readAll();
    QFile file(child.logFile);
    if (!child.logFile.isEmpty() && file.open(QIODevice::ReadOnly))
        log += '\n' + file.readAll();
    return QStringLiteral("%1 exited (code %2) before it listened: %3")
        .arg(child.name)
        .arg(child.process->exitCode())
        .arg(tail(log));
}

void PeerFixture::stop()
{
    if (m_watchdog) {
        m_watchdog->kill();
        m_watchdog->waitForFinished(2000);
        delete m_watchdog;
        m_watchdog = nullptr;
    }
    for (const auto& child : m_children)
        if (child->process->state() != QProcess::NotRunning)
            ::kill(static_cast<pid_t>(child->pid), child->stopSignal);
    const QDeadlineTimer grace(5s);
    for (const auto& child : m_children)
        child->process->waitForFinished(static_cast<int>(std::max<qint64>(grace.remainingTime(), 1)));
    // Whatever is left in a daemon's process group (the daemon itself if it ignored its signal, or a worker it left
    // behind) is killed outright.
    for (const auto& child : m_children) {
        ::kill(-static_cast<pid_t>(child->pid), SIGKILL);
        if (child->process->state() != QProcess::NotRunning)
            child->process->waitForFinished(2000);
        delete child->process;
    }
    m_children.clear();
    m_ports.clear();
    m_dir.reset();
}
