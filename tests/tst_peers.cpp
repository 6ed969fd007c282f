#include "tests/peers/peerfixture.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTest>

#include <functional>

// The fixture itself, checked with plain sockets: each daemon answers as the real thing does, every TLS port
// completes a handshake with the test certificate, and stop() leaves no process behind. Also the network namespace
// with a dropped and a rejected port. Everything goes to 127.0.0.1 (or the namespace's own loopback).
class TestPeers final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void smtpGreetsAndOffersStartTls();
    void imapAndPop3Greet_data();
    void imapAndPop3Greet();
    void tlsPortsHandshake_data();
    void tlsPortsHandshake();
    void owaRedirects();
    void ldapAnswersAnonymousBind();
    void stopEndsEveryProcess();
    void namespaceDropsAndRejects();

private:
    // Reads from the socket until `done` holds for everything read so far (events keep running meanwhile).
    static QByteArray readUntil(QTcpSocket& socket, const std::function<bool(const QByteArray&)>& done);
    // The processes of a process group that still run (zombies, which only wait for their parent, do not count).
    static QStringList livingInGroup(qint64 group);

    PeerFixture m_peers;
    QString m_unavailable;
};

namespace {
constexpr int WaitMs = 5000;
}

QByteArray TestPeers::readUntil(QTcpSocket& socket, const std::function<bool(const QByteArray&)>& done)
{
    QByteArray received;
    const bool complete = QTest::qWaitFor(
        [&] {
            received += socket.readAll();
            return done(received);
        },
        WaitMs);
    if (!complete)
        qWarning("no complete reply within %d ms", WaitMs);
    return received;
}

QStringList TestPeers::livingInGroup(qint64 group)
{
    QStringList living;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& entry : entries) {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(entry));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        // "pid (comm) state ppid pgrp ...": the name may hold spaces and parentheses, so split after the last ')'.
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 2 && fields.at(2).toLongLong() == group && fields.at(0) != "Z")
            living << QString::fromLatin1(line.left(line.lastIndexOf(')') + 1));
    }
    return living;
}

void TestPeers::initTestCase()
{
    m_unavailable = PeerFixture::unavailableReason();
    if (!m_unavailable.isEmpty())
        return;
    QVERIFY2(m_peers.start(), qPrintable(m_peers.errorString()));
    qInfo("all four daemons listen after %lld ms", m_peers.startMilliseconds());
}

void TestPeers::init()
{
    // The namespace test needs no daemon and decides for itself whether it can run.
    if (!m_unavailable.isEmpty() && qstrcmp(QTest::currentTestFunction(), "namespaceDropsAndRejects") != 0)
        QSKIP(qPrintable(m_unavailable));
}

void TestPeers::smtpGreetsAndOffersStartTls()
{
    QTcpSocket socket;
    socket.connectToHost(PeerFixture::address(), m_peers.port(Peer::Smtp));
    const QByteArray greeting = readUntil(socket, [](const QByteArray& r) { return r.endsWith("\r\n"); });
    QVERIFY2(greeting.startsWith("220 "), greeting.constData());
    socket.write("EHLO probe.client\r\n");
    const QByteArray ehlo =
        readUntil(socket, [](const QByteArray& r) { return r.startsWith("250 ") || r.contains("\r\n250 "); });
    QVERIFY2(ehlo.contains("250-STARTTLS\r\n") || ehlo.contains("250 STARTTLS\r\n"), ehlo.constData());
    socket.write("QUIT\r\n");
}

void TestPeers::imapAndPop3Greet_data()
{
    QTest::addColumn<Peer>("peer");
    QTest::addColumn<QByteArray>("greeting");
    QTest::newRow("IMAP4") << Peer::Imap << QByteArray("* OK");
    QTest::newRow("POP3") << Peer::Pop3 << QByteArray("+OK");
}

void TestPeers::imapAndPop3Greet()
{
    QFETCH(Peer, peer);
    QFETCH(QByteArray, greeting);
    QTcpSocket socket;
    socket.connectToHost(PeerFixture::address(), m_peers.port(peer));
    const QByteArray line = readUntil(socket, [](const QByteArray& r) { return r.endsWith("\r\n"); });
    QVERIFY2(line.startsWith(greeting), line.constData());
}

void TestPeers::tlsPortsHandshake_data()
{
    QTest::addColumn<Peer>("peer");
    for (const Peer peer : {Peer::Imaps, Peer::Pop3s, Peer::Https, Peer::Ldaps})
        QTest::newRow(qPrintable(PeerFixture::name(peer))) << peer;
}

void TestPeers::tlsPortsHandshake()
{
    QFETCH(Peer, peer);
    QSslSocket socket;
    socket.setPeerVerifyMode(QSslSocket::VerifyNone);
    QSignalSpy encrypted(&socket, &QSslSocket::encrypted);
    socket.connectToHostEncrypted(PeerFixture::address().toString(), m_peers.port(peer), QStringLiteral("localhost"));
    QVERIFY2(encrypted.wait(WaitMs), qPrintable(socket.errorString()));
    QCOMPARE(socket.peerCertificate().subjectInfo(QSslCertificate::CommonName),
             QStringList{QStringLiteral("localhost")});
    QCOMPARE(socket.peerCertificate(), QSslCertificate::fromPath(m_peers.certificateFile()).value(0));
    QVERIFY(socket.sessionProtocol() == QSsl::TlsV1_2 || socket.sessionProtocol() == QSsl::TlsV1_3);
}

void TestPeers::owaRedirects()
{
    QTcpSocket socket;
    socket.connectToHost(PeerFixture::address(), m_peers.port(Peer::Http));
    socket.write("GET /owa HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    const QByteArray reply = readUntil(socket, [](const QByteArray& r) { return r.contains("\r\n\r\n"); });
    QVERIFY2(reply.startsWith("HTTP/1.1 302 "), reply.constData());
    QVERIFY2(reply.contains("\r\nLocation: https://localhost/owa/\r\n"), reply.constData());
}

void TestPeers::ldapAnswersAnonymousBind()
{
    QTcpSocket socket;
    QSignalSpy connected(&socket, &QTcpSocket::connected);
    socket.connectToHost(PeerFixture::address(), m_peers.port(Peer::Ldap));
    QVERIFY(connected.wait(WaitMs));
    // BindRequest, message 1, LDAPv3, empty name, simple empty password; the answer is BindResponse with success.
    socket.write(QByteArray::fromHex("300c020101600702010304008000"));
    const QByteArray reply = readUntil(socket, [](const QByteArray& r) { return r.size() >= 14; });
    QCOMPARE(reply.toHex(), QByteArray("300c02010161070a010004000400"));
}

void TestPeers::stopEndsEveryProcess()
{
    const QList<qint64> pids = m_peers.pids();
    QCOMPARE(pids.size(), 4);
    m_peers.stop();
    for (const qint64 pid : pids) {
        const QStringList living = livingInGroup(pid);
        QVERIFY2(living.isEmpty(), qPrintable(living.join(u", ")));
    }
    QCOMPARE(m_peers.port(Peer::Smtp), quint16(0));
}

void TestPeers::namespaceDropsAndRejects()
{
    constexpr quint16 Dropped = 4001;
    constexpr quint16 Rejected = 4002;
    QProcess run;
    run.start(QStringLiteral(PORTOLAN_NETNS_RUN),
              {QString::number(Dropped), QString::number(Rejected), QStringLiteral(PORTOLAN_PEER_CONNECT),
               QStringLiteral("600"), QString::number(Dropped), QString::number(Rejected)});
    QVERIFY(run.waitForStarted());
    const qint64 pid = run.processId();
    QVERIFY(run.waitForFinished(WaitMs));
    const QString err = QString::fromLocal8Bit(run.readAllStandardError()).trimmed();
    if (run.exitCode() == 77)
        QSKIP(qPrintable(err));
    QCOMPARE(run.exitCode(), 0);
    QCOMPARE(QString::fromLatin1(run.readAllStandardOutput()),
             QStringLiteral("%1 filtered\n%2 closed\n").arg(Dropped).arg(Rejected));

    QProcess list;
    list.start(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("list")});
    QVERIFY(list.waitForFinished(WaitMs));
    const QByteArray name = "portolan-test-" + QByteArray::number(pid);
    QVERIFY(!list.readAllStandardOutput().contains(name));
}

QTEST_GUILESS_MAIN(TestPeers)
#include "tst_peers.moc"
