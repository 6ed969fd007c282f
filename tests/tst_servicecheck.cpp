#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <utility>

#include "probe/servicecheck.h"

namespace {

const QString localhost = QStringLiteral("127.0.0.1");

// A plain server whose connections are QSslSockets, so that a fake can switch one to TLS after STARTTLS.
class StartTlsServer final : public QTcpServer
{
public:
    using QTcpServer::QTcpServer;
    QSslConfiguration tls;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto* socket = new QSslSocket(this);
        socket->setSocketDescriptor(descriptor);
        socket->setSslConfiguration(tls);
        addPendingConnection(socket);
    }
};

// A scripted server on 127.0.0.1: it greets, answers the lines it knows, records every line it gets, and closes
// after QUIT / LOGOUT the way real servers do. Implicit TLS makes it a QSslServer that speaks only once the handshake
// is done; otherwise it starts TLS after answering a line in upgradeAfter.
class FakePeer final : public QObject
{
public:
    enum class Tls
    {
        None,
        Implicit
    };

    explicit FakePeer(Tls tls = Tls::None, const QSslConfiguration& configuration = {})
    {
        if (tls == Tls::Implicit) {
            auto* server = new QSslServer(this);
            server->setSslConfiguration(configuration);
            m_server = server;
        } else {
            auto* server = new StartTlsServer(this);
            server->tls = configuration;
            m_server = server;
        }
        connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &FakePeer::accept);
        m_server->listen(QHostAddress::LocalHost);
    }

    int port() const { return m_server->serverPort(); }

    QByteArray greeting;
    QByteArray greetingTail; // held back until the first line from the client, so that it comes as a later segment
    QList<QPair<QByteArray, QByteArray>> answers; // line received → bytes sent back
    QByteArrayList upgradeAfter;                  // e.g. "STARTTLS": answer, then the TLS handshake
    bool closeAtOnce = false;
    QByteArrayList received;

private:
    void accept()
    {
        while (QTcpSocket* socket = m_server->nextPendingConnection()) {
            if (closeAtOnce) {
                socket->abort();
                socket->deleteLater();
                continue;
            }
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { answer(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            socket->write(greeting);
        }
    }

    void answer(QTcpSocket* socket)
    {
        while (socket->canReadLine()) {
            const QByteArray line = socket->readLine().chopped(2);
            received += line;
            socket->write(std::exchange(greetingTail, {}));
            for (const auto& [request, reply] : std::as_const(answers)) {
                if (request == line)
                    socket->write(reply);
            }
            if (upgradeAfter.contains(line)) {
                auto* tlsSocket = qobject_cast<QSslSocket*>(socket);
                tlsSocket->flush(); // the answer goes in the clear
                tlsSocket->startServerEncryption();
                return;
            }
            if (line == "QUIT" || line == "a3 LOGOUT")
                socket->disconnectFromHost();
        }
    }

    QTcpServer* m_server = nullptr;
};

struct Outcome
{
    int count = 0;
    ServiceCheckResult result;
};

// Runs one check to its end and counts the finished() signals; the check must end well within its timeout. The slot
// deletes the check at once, which the class allows: under `make test-asan` a member read after finished() fails.
std::shared_ptr<Outcome> run(ServiceKind kind, int port, int timeoutMs = 1500)
{
    auto outcome = std::make_shared<Outcome>();
    auto* check = new ServiceCheck(kind, localhost, port);
    check->setTimeout(timeoutMs);
    QObject::connect(check, &ServiceCheck::finished, check, [outcome, check](const ServiceCheckResult& result) {
        ++outcome->count;
        outcome->result = result;
        delete check; // deleting from the slot is allowed
    });
    check->start();
    [&outcome] {
        QTRY_COMPARE_WITH_TIMEOUT(outcome->count, 1, 3000);
    }();
    QTest::qWait(20); // a second finished() would come now
    return outcome;
}

using Answers = QList<QPair<QByteArray, QByteArray>>;

} // namespace

Q_DECLARE_METATYPE(ServiceKind)

class TestServiceCheck final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void kindIds();
    void conversation_data();
    void conversation();
    void startTlsUpgrade_data();
    void startTlsUpgrade();
    void startTlsWithoutHandshake();
    void badPeer_data();
    void badPeer();
    void longGreetingLineIsCutAndTheRestSkipped();
    void floodWithoutLineEndIsCapped();
    void tlsDetailsOfSelfSignedCertificate();
    void implicitTlsThenGreeting();
    void httpsStatusLine();
    void httpHostHeaderOnIpv6();
    void plainTextOnTlsPortIsHandshakeError();
    void silentTlsPortTimesOut();
    void abortFinishesOnce();

private:
    QTemporaryDir m_dir;
    QSslConfiguration m_tls;
};

void TestServiceCheck::initTestCase()
{
    QVERIFY(QSslSocket::supportsSsl());
    QVERIFY(m_dir.isValid());
    const QString key = m_dir.filePath(QStringLiteral("key.pem"));
    const QString cert = m_dir.filePath(QStringLiteral("cert.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                   QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1"), QStringLiteral("-keyout"), key,
                   QStringLiteral("-out"), cert});
    QVERIFY(openssl.waitForFinished(10000));
    QCOMPARE(openssl.exitCode(), 0);
    QFile keyFile(key);
    QFile certFile(cert);
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    QVERIFY(certFile.open(QIODevice::ReadOnly));
    m_tls = QSslConfiguration::defaultConfiguration();
    m_tls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Ec));
    m_tls.setLocalCertificate(QSslCertificate(certFile.readAll()));
    m_tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    QVERIFY(!m_tls.privateKey().isNull());
    QVERIFY(!m_tls.localCertificate().isNull());
}

void TestServiceCheck::kindIds()
{
    const QStringList ids{QStringLiteral("smtp"),  QStringLiteral("smtps"), QStringLiteral("imap4"),
                          QStringLiteral("imaps"), QStringLiteral("pop3"),  QStringLiteral("pop3s"),
                          QStringLiteral("nntp"),  QStringLiteral("nntps"), QStringLiteral("tls"),
                          QStringLiteral("http"),  QStringLiteral("https")};
    int implicitTls = 0;
    for (const QString& id : ids) {
        const std::optional<ServiceKind> kind = serviceKindFromId(id);
        QVERIFY2(kind, qPrintable(id));
        QCOMPARE(serviceKindId(*kind), id);
        implicitTls += usesImplicitTls(*kind) ? 1 : 0;
    }
    QCOMPARE(implicitTls, 6);
    QVERIFY(usesImplicitTls(ServiceKind::Imaps));
    QVERIFY(!usesImplicitTls(ServiceKind::Imap4));
    QVERIFY(!serviceKindFromId(u"SMTP"));
    QVERIFY(!serviceKindFromId(u"ldap"));
}

void TestServiceCheck::conversation_data()
{
    QTest::addColumn<ServiceKind>("kind");
    QTest::addColumn<QByteArray>("greeting");
    QTest::addColumn<Answers>("answers");
    QTest::addColumn<QString>("banner");
    QTest::addColumn<bool>("startTls");
    QTest::addColumn<QString>("tlsError"); // empty: no tls in the result
    QTest::addColumn<QByteArrayList>("sent");

    const Answers smtpTls{{"EHLO portolan.invalid", "250-fake.test\r\n250-SIZE 1000\r\n250 STARTTLS\r\n"},
                          {"STARTTLS", "454 4.7.0 TLS not available\r\n"},
                          {"QUIT", "221 bye\r\n"}};
    QTest::newRow("smtp, multi-line greeting, STARTTLS refused")
        << ServiceKind::Smtp << QByteArray("220-fake.test ESMTP\r\n220 ready\r\n") << smtpTls
        << QStringLiteral("220-fake.test ESMTP\n220 ready") << true
        << QStringLiteral("STARTTLS refused: 454 4.7.0 TLS not available")
        << QByteArrayList{"EHLO portolan.invalid", "STARTTLS", "QUIT"};
    const Answers smtpPlain{{"EHLO portolan.invalid", "250-fake.test\r\n250-XSTARTTLSX\r\n250 8BITMIME\r\n"},
                            {"QUIT", "221 bye\r\n"}};
    QTest::newRow("smtp without STARTTLS") << ServiceKind::Smtp << QByteArray("220 fake.test ESMTP\r\n") << smtpPlain
                                           << QStringLiteral("220 fake.test ESMTP") << false << QString()
                                           << QByteArrayList{"EHLO portolan.invalid", "QUIT"};
    const Answers smtpOld{{"EHLO portolan.invalid", "502 what\r\n"}, {"QUIT", "221 bye\r\n"}};
    QTest::newRow("smtp without ESMTP") << ServiceKind::Smtp << QByteArray("220 old.test\r\n") << smtpOld
                                        << QStringLiteral("220 old.test") << false << QString()
                                        << QByteArrayList{"EHLO portolan.invalid", "QUIT"};

    const Answers imapTls{{"a1 CAPABILITY", "* CAPABILITY IMAP4rev1 LITERAL+ STARTTLS AUTH=PLAIN\r\na1 OK done\r\n"},
                          {"a2 STARTTLS", "a2 BAD not now\r\n"},
                          {"a3 LOGOUT", "* BYE bye\r\na3 OK done\r\n"}};
    QTest::newRow("imap4 STARTTLS refused") << ServiceKind::Imap4 << QByteArray("* OK [CAPABILITY IMAP4rev1] ready\r\n")
                                            << imapTls << QStringLiteral("* OK [CAPABILITY IMAP4rev1] ready") << true
                                            << QStringLiteral("STARTTLS refused: a2 BAD not now")
                                            << QByteArrayList{"a1 CAPABILITY", "a2 STARTTLS", "a3 LOGOUT"};
    const Answers imapPlain{{"a1 CAPABILITY", "* CAPABILITY IMAP4rev1 LOGINDISABLED\r\na1 OK done\r\n"},
                            {"a3 LOGOUT", "* BYE bye\r\na3 OK done\r\n"}};
    QTest::newRow("imap4 without STARTTLS (named in the greeting only)")
        << ServiceKind::Imap4 << QByteArray("* OK [CAPABILITY STARTTLS] ready\r\n") << imapPlain
        << QStringLiteral("* OK [CAPABILITY STARTTLS] ready") << false << QString()
        << QByteArrayList{"a1 CAPABILITY", "a3 LOGOUT"};

    const Answers popTls{
        {"CAPA", "+OK list\r\nTOP\r\nSTLS\r\nUSER\r\n.\r\n"}, {"STLS", "-ERR not now\r\n"}, {"QUIT", "+OK bye\r\n"}};
    QTest::newRow("pop3 STLS refused") << ServiceKind::Pop3 << QByteArray("+OK Dovecot ready.\r\n") << popTls
                                       << QStringLiteral("+OK Dovecot ready.") << true
                                       << QStringLiteral("STARTTLS refused: -ERR not now")
                                       << QByteArrayList{"CAPA", "STLS", "QUIT"};
    const Answers popOld{{"CAPA", "-ERR unknown command\r\n"}, {"QUIT", "+OK bye\r\n"}};
    QTest::newRow("pop3 without CAPA") << ServiceKind::Pop3 << QByteArray("+OK old\r\n") << popOld
                                       << QStringLiteral("+OK old") << false << QString()
                                       << QByteArrayList{"CAPA", "QUIT"};

    QTest::newRow("nntp") << ServiceKind::Nntp << QByteArray("200 news.test ready\r\n")
                          << Answers{{"QUIT", "205 bye\r\n"}} << QStringLiteral("200 news.test ready") << false
                          << QString() << QByteArrayList{"QUIT"};

    const Answers http{{"", "HTTP/1.1 302 Found\r\nLocation: /owa/\r\nContent-Length: 0\r\n\r\n"}};
    QTest::newRow("http") << ServiceKind::Http << QByteArray() << http << QStringLiteral("HTTP/1.1 302 Found") << false
                          << QString() << QByteArrayList{"GET /owa HTTP/1.1", "Host: 127.0.0.1:%port"};
}

void TestServiceCheck::conversation()
{
    QFETCH(ServiceKind, kind);
    QFETCH(QByteArray, greeting);
    QFETCH(Answers, answers);
    QFETCH(QString, banner);
    QFETCH(bool, startTls);
    QFETCH(QString, tlsError);
    QFETCH(QByteArrayList, sent);

    FakePeer peer;
    peer.greeting = greeting;
    peer.answers = answers;
    const auto outcome = run(kind, peer.port());
    QCOMPARE(outcome->count, 1);
    QCOMPARE(outcome->result.error, QString());
    QCOMPARE(outcome->result.banner, banner);
    QCOMPARE(outcome->result.startTls, startTls);
    QCOMPARE(bool(outcome->result.tls), !tlsError.isEmpty());
    if (outcome->result.tls) {
        QVERIFY(!outcome->result.tls->ok);
        QCOMPARE(outcome->result.tls->error, tlsError);
    }
    for (QByteArray line : std::as_const(sent)) {
        line.replace("%port", QByteArray::number(peer.port()));
        QVERIFY2(peer.received.contains(line), line.constData());
    }
    if (kind == ServiceKind::Http)
        QVERIFY(peer.received.contains("Connection: close"));
    else
        QCOMPARE(peer.received, sent);
}

void TestServiceCheck::startTlsUpgrade_data()
{
    QTest::addColumn<ServiceKind>("kind");
    QTest::addColumn<QByteArray>("greeting");
    QTest::addColumn<Answers>("answers");
    QTest::addColumn<QByteArrayList>("sent");

    QTest::newRow("smtp") << ServiceKind::Smtp << QByteArray("220 fake.test ESMTP\r\n")
                          << Answers{{"EHLO portolan.invalid", "250-fake.test\r\n250 STARTTLS\r\n"},
                                     {"STARTTLS", "220 2.0.0 Ready to start TLS\r\n"},
                                     {"QUIT", "221 bye\r\n"}}
                          << QByteArrayList{"EHLO portolan.invalid", "STARTTLS", "QUIT"};
    QTest::newRow("imap4") << ServiceKind::Imap4 << QByteArray("* OK ready\r\n")
                           << Answers{{"a1 CAPABILITY", "* CAPABILITY IMAP4rev1 STARTTLS\r\na1 OK done\r\n"},
                                      {"a2 STARTTLS", "a2 OK Begin TLS negotiation now.\r\n"},
                                      {"a3 LOGOUT", "* BYE\r\na3 OK bye\r\n"}}
                           << QByteArrayList{"a1 CAPABILITY", "a2 STARTTLS", "a3 LOGOUT"};
    QTest::newRow("pop3") << ServiceKind::Pop3 << QByteArray("+OK ready\r\n")
                          << Answers{{"CAPA", "+OK\r\nSTLS\r\n.\r\n"},
                                     {"STLS", "+OK Begin TLS\r\n"},
                                     {"QUIT", "+OK\r\n"}}
                          << QByteArrayList{"CAPA", "STLS", "QUIT"};
}

void TestServiceCheck::startTlsUpgrade()
{
    QFETCH(ServiceKind, kind);
    QFETCH(QByteArray, greeting);
    QFETCH(Answers, answers);
    QFETCH(QByteArrayList, sent);

    FakePeer peer(FakePeer::Tls::None, m_tls);
    peer.greeting = greeting;
    peer.answers = answers;
    peer.upgradeAfter = {sent.at(1)};
    const auto outcome = run(kind, peer.port());
    QCOMPARE(outcome->result.error, QString());
    QCOMPARE(outcome->result.banner, QString::fromLatin1(greeting.chopped(2)));
    QVERIFY(outcome->result.startTls);
    QVERIFY(outcome->result.tls);
    QVERIFY(outcome->result.tls->ok);
    QCOMPARE(outcome->result.tls->subject, QStringLiteral("CN=localhost"));
    QVERIFY(!outcome->result.tls->trusted);
    QCOMPARE(peer.received, sent); // the last one over TLS
}

void TestServiceCheck::startTlsWithoutHandshake()
{
    FakePeer peer; // says yes to STARTTLS, then ignores the ClientHello
    peer.greeting = "220 fake.test ESMTP\r\n";
    peer.answers = {{"EHLO portolan.invalid", "250 STARTTLS\r\n"}, {"STARTTLS", "220 go ahead\r\n"}};
    const auto outcome = run(ServiceKind::Smtp, peer.port(), 300);
    QCOMPARE(outcome->result.error, QStringLiteral("no TLS handshake within 300 ms"));
    QCOMPARE(outcome->result.banner, QStringLiteral("220 fake.test ESMTP"));
    QVERIFY(outcome->result.startTls);
    QVERIFY(outcome->result.tls && !outcome->result.tls->ok);
}

void TestServiceCheck::badPeer_data()
{
    QTest::addColumn<ServiceKind>("kind");
    QTest::addColumn<bool>("closeAtOnce");
    QTest::addColumn<QByteArray>("greeting");
    QTest::addColumn<QString>("banner");
    QTest::addColumn<QString>("error");

    QTest::newRow("smtp: accept and close") << ServiceKind::Smtp << true << QByteArray() << QString()
                                            << QStringLiteral("connection closed before the greeting");
    QTest::newRow("http: accept and close") << ServiceKind::Http << true << QByteArray() << QString()
                                            << QStringLiteral("connection closed before the HTTP response");
    QTest::newRow("smtp: silent") << ServiceKind::Smtp << false << QByteArray() << QString()
                                  << QStringLiteral("no greeting within 300 ms");
    QTest::newRow("imap4: silent") << ServiceKind::Imap4 << false << QByteArray() << QString()
                                   << QStringLiteral("no greeting within 300 ms");
    QTest::newRow("http: silent") << ServiceKind::Http << false << QByteArray() << QString()
                                  << QStringLiteral("no HTTP response within 300 ms");
    QTest::newRow("smtp: garbage") << ServiceKind::Smtp << false << QByteArray("\x16\x03\x01garbage\x7f\r\n", 13)
                                   << QStringLiteral("\\x16\\x03\\x01garbage\\x7f")
                                   << QStringLiteral("not an SMTP greeting");
    QTest::newRow("smtp: refused") << ServiceKind::Smtp << false << QByteArray("554 no service\r\n")
                                   << QStringLiteral("554 no service")
                                   << QStringLiteral("the SMTP server refused the session (554)");
    QTest::newRow("smtp: greeting without its last line")
        << ServiceKind::Smtp << false << QByteArray("220-first\r\n220-second\r\n")
        << QStringLiteral("220-first\n220-second") << QStringLiteral("greeting incomplete after 300 ms");
    QTest::newRow("smtp: greeting without EHLO answer")
        << ServiceKind::Smtp << false << QByteArray("220 mute\r\n") << QStringLiteral("220 mute")
        << QStringLiteral("no answer to EHLO within 300 ms");
    QTest::newRow("imap4: smtp greeting")
        << ServiceKind::Imap4 << false << QByteArray("220 mail ESMTP\r\n") << QStringLiteral("220 mail ESMTP")
        << QStringLiteral("not an IMAP4 greeting");
    QTest::newRow("imap4: bye") << ServiceKind::Imap4 << false << QByteArray("* BYE too many\r\n")
                                << QStringLiteral("* BYE too many")
                                << QStringLiteral("the IMAP4 server refused the session");
    QTest::newRow("pop3: imap greeting") << ServiceKind::Pop3 << false << QByteArray("* OK imap\r\n")
                                         << QStringLiteral("* OK imap") << QStringLiteral("not a POP3 greeting");
    QTest::newRow("nntp: refused") << ServiceKind::Nntp << false << QByteArray("502 no permission\r\n")
                                   << QStringLiteral("502 no permission")
                                   << QStringLiteral("the NNTP server refused the session (502)");
    QTest::newRow("http: smtp greeting") << ServiceKind::Http << false << QByteArray("220 mail ESMTP\r\n")
                                         << QStringLiteral("220 mail ESMTP") << QStringLiteral("not an HTTP response");
}

void TestServiceCheck::badPeer()
{
    QFETCH(ServiceKind, kind);
    QFETCH(bool, closeAtOnce);
    QFETCH(QByteArray, greeting);
    QFETCH(QString, banner);
    QFETCH(QString, error);

    FakePeer peer;
    peer.closeAtOnce = closeAtOnce;
    peer.greeting = greeting;
    QElapsedTimer clock;
    clock.start();
    const auto outcome = run(kind, peer.port(), 300);
    QCOMPARE(outcome->count, 1);
    QCOMPARE(outcome->result.error, error);
    QCOMPARE(outcome->result.banner, banner);
    QVERIFY(!outcome->result.startTls);
    QVERIFY(clock.elapsed() < 1500);
}

void TestServiceCheck::longGreetingLineIsCutAndTheRestSkipped()
{
    FakePeer peer;
    // The cut comes with the first segment; the rest of the line, in the second, must not count as a reply to EHLO.
    peer.greeting = "220 " + QByteArray(5000, 'x');
    peer.greetingTail = QByteArray(5000, 'x') + "\r\n";
    peer.answers = {{"EHLO portolan.invalid", "250-fake\r\n250 STARTTLS\r\n"},
                    {"STARTTLS", "454 4.7.0 TLS not available\r\n"},
                    {"QUIT", "221 bye\r\n"}};
    const auto outcome = run(ServiceKind::Smtp, peer.port());
    QCOMPARE(outcome->result.error, QString());
    QCOMPARE(outcome->result.banner.size(), 4096);
    QVERIFY(outcome->result.banner.startsWith(QStringLiteral("220 xxx")));
    QVERIFY(outcome->result.startTls);
    QCOMPARE(peer.received, (QByteArrayList{"EHLO portolan.invalid", "STARTTLS", "QUIT"}));
}

void TestServiceCheck::floodWithoutLineEndIsCapped()
{
    FakePeer peer;
    peer.greeting = QByteArray(1 << 20, 'A');
    const auto outcome = run(ServiceKind::Pop3, peer.port());
    QCOMPARE(outcome->result.error, QStringLiteral("not a POP3 greeting"));
    QCOMPARE(outcome->result.banner, QString(4096, u'A'));
}

void TestServiceCheck::tlsDetailsOfSelfSignedCertificate()
{
    FakePeer peer(FakePeer::Tls::Implicit, m_tls);
    const auto outcome = run(ServiceKind::Tls, peer.port());
    const ServiceCheckResult& result = outcome->result;
    QCOMPARE(result.error, QString());
    QCOMPARE(result.banner, QString());
    QVERIFY(result.tls);
    QVERIFY(result.tls->ok);
    QVERIFY2(result.tls->protocol.startsWith(QStringLiteral("TLSv1.")), qPrintable(result.tls->protocol));
    QVERIFY(!result.tls->cipher.isEmpty());
    QCOMPARE(result.tls->subject, QStringLiteral("CN=localhost"));
    QCOMPARE(result.tls->issuer, QStringLiteral("CN=localhost"));
    QVERIFY(result.tls->selfSigned);
    QVERIFY(!result.tls->trusted);
    QVERIFY2(!result.tls->error.isEmpty(), "the verification errors are reported");
    QVERIFY(result.tls->notAfter > QDateTime::currentDateTimeUtc());
    QVERIFY(result.tls->notAfter < QDateTime::currentDateTimeUtc().addDays(31));
}

void TestServiceCheck::implicitTlsThenGreeting()
{
    FakePeer peer(FakePeer::Tls::Implicit, m_tls);
    peer.greeting = "* OK imaps ready\r\n";
    peer.answers = {{"a1 CAPABILITY", "* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\na1 OK done\r\n"},
                    {"a3 LOGOUT", "* BYE\r\na3 OK bye\r\n"}};
    const auto outcome = run(ServiceKind::Imaps, peer.port());
    QCOMPARE(outcome->result.error, QString());
    QCOMPARE(outcome->result.banner, QStringLiteral("* OK imaps ready"));
    QVERIFY(!outcome->result.startTls);
    QVERIFY(outcome->result.tls && outcome->result.tls->ok);
    QCOMPARE(outcome->result.tls->subject, QStringLiteral("CN=localhost"));
    QCOMPARE(peer.received, (QByteArrayList{"a1 CAPABILITY", "a3 LOGOUT"}));
}

void TestServiceCheck::httpsStatusLine()
{
    FakePeer peer(FakePeer::Tls::Implicit, m_tls);
    peer.answers = {{"", "HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\n\r\n"}};
    const auto outcome = run(ServiceKind::Https, peer.port());
    QCOMPARE(outcome->result.error, QString());
    QCOMPARE(outcome->result.banner, QStringLiteral("HTTP/1.1 401 Unauthorized"));
    QVERIFY(outcome->result.tls && outcome->result.tls->ok);
    QVERIFY(peer.received.contains("Host: 127.0.0.1:" + QByteArray::number(peer.port())));
}

void TestServiceCheck::httpHostHeaderOnIpv6()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHostIPv6))
        QSKIP("no IPv6 loopback");
    QByteArray request;
    connect(&server, &QTcpServer::pendingConnectionAvailable, this, [&server, &request] {
        QTcpSocket* socket = server.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [socket, &request] {
            request += socket->readAll();
            if (request.endsWith("\r\n\r\n"))
                socket->write("HTTP/1.0 200 OK\r\n\r\n");
        });
    });
    ServiceCheck check(ServiceKind::Http, QStringLiteral("::1"), server.serverPort());
    QString banner;
    connect(&check, &ServiceCheck::finished, this,
            [&banner](const ServiceCheckResult& result) { banner = result.banner; });
    check.start();
    QTRY_COMPARE(banner, QStringLiteral("HTTP/1.0 200 OK"));
    const QByteArray host = "\r\nHost: [::1]:" + QByteArray::number(server.serverPort()) + "\r\n";
    QVERIFY2(request.contains(host), request.constData());
}

void TestServiceCheck::plainTextOnTlsPortIsHandshakeError()
{
    FakePeer peer;
    peer.greeting = "220 plain ESMTP\r\n";
    const auto outcome = run(ServiceKind::Smtps, peer.port());
    QVERIFY2(outcome->result.error.startsWith(QStringLiteral("TLS handshake failed: ")),
             qPrintable(outcome->result.error));
    QCOMPARE(outcome->result.banner, QString());
    QVERIFY(outcome->result.tls);
    QVERIFY(!outcome->result.tls->ok);
    QVERIFY(!outcome->result.tls->error.isEmpty());
}

void TestServiceCheck::silentTlsPortTimesOut()
{
    FakePeer peer; // accepts, then never answers the ClientHello
    const auto outcome = run(ServiceKind::Tls, peer.port(), 300);
    QCOMPARE(outcome->result.error, QStringLiteral("no TLS handshake within 300 ms"));
    QVERIFY(outcome->result.tls && !outcome->result.tls->ok);
}

void TestServiceCheck::abortFinishesOnce()
{
    FakePeer peer;
    ServiceCheck check(ServiceKind::Smtp, localhost, peer.port()); // the peer never greets
    check.setTimeout(100);
    QSignalSpy finished(&check, &ServiceCheck::finished);
    check.start();
    QTest::qWait(50);
    check.abort();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).value<ServiceCheckResult>().error, QStringLiteral("aborted"));
    check.abort();
    QTest::qWait(150); // past the timeout, which must not report a second time
    QCOMPARE(finished.count(), 1);
    check.start(); // a check runs once
    QTest::qWait(150);
    QCOMPARE(finished.count(), 1);
}

QTEST_GUILESS_MAIN(TestServiceCheck)
#include "tst_servicecheck.moc"
