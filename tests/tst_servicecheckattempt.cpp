#include <QEventLoop>
#include <QHash>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include "planprobing/planprobing.h"
#include "probe/probeengine.h"
#include "tests/peers/peerfixture.h"

// The engine with enableServiceChecks() against the real peers on 127.0.0.1: the state comes from the connect, the
// banner, STARTTLS and TLS details from the check; a check that fails or runs out of time leaves the port open.
class TestServiceCheckAttempt final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void mailPortsGreetAndOfferTls();
    void implicitTlsPortsShowTheirCertificate_data();
    void implicitTlsPortsShowTheirCertificate();
    void httpPortsGiveTheirStatusLine();
    void closedPortRunsNoCheck();
    void wrongServiceStaysOpenWithTheReason();
    void silentServiceTimesOutOpen();
    void cancelDuringCheck();

private:
    // Probes the targets with the checks on and returns the results by port.
    QHash<int, ProbeResult> probe(const QList<ProbeTarget>& targets, int timeoutMs = 3000);
    ProbeTarget target(int port, ServiceKind kind) const;

    PeerFixture m_peers;
};

void TestServiceCheckAttempt::initTestCase()
{
    if (const QString why = PeerFixture::unavailableReason(); !why.isEmpty())
        QSKIP(qPrintable(why));
    QVERIFY2(m_peers.start(), qPrintable(m_peers.errorString()));
}

ProbeTarget TestServiceCheckAttempt::target(int port, ServiceKind kind) const
{
    ProbeTarget target;
    target.host = PeerFixture::address().toString();
    target.port = port;
    target.check = kind;
    return target;
}

QHash<int, ProbeResult> TestServiceCheckAttempt::probe(const QList<ProbeTarget>& targets, int timeoutMs)
{
    ProbeEngine engine;
    engine.setTimeout(timeoutMs);
    enableServiceChecks(engine);
    QHash<int, ProbeResult> results;
    connect(&engine, &ProbeEngine::resultReady, this,
            [&results](const ProbeResult& result) { results.insert(result.port, result); });
    QSignalSpy finished(&engine, &ProbeEngine::finished);
    engine.start(targets);
    if (!finished.wait(timeoutMs + 2000))
        qWarning("the engine did not finish");
    return results;
}

void TestServiceCheckAttempt::mailPortsGreetAndOfferTls()
{
    const int smtp = m_peers.port(Peer::Smtp);
    const int imap = m_peers.port(Peer::Imap);
    const int pop3 = m_peers.port(Peer::Pop3);
    const auto results =
        probe({target(smtp, ServiceKind::Smtp), target(imap, ServiceKind::Imap4), target(pop3, ServiceKind::Pop3)});
    QCOMPARE(results.size(), 3);
    const ProbeResult& result = results.value(smtp);
    QCOMPARE(result.state, ProbeState::Open);
    QVERIFY2(result.banner.startsWith(u"220"), qPrintable(result.banner));
    QVERIFY(result.startTls);
    QVERIFY(result.tls);
    QVERIFY2(result.tls->ok, qPrintable(result.tls->error));
    QVERIFY2(result.tls->subject.contains(u"CN=localhost"), qPrintable(result.tls->subject));
    QVERIFY(result.tls->selfSigned);
    QVERIFY(result.latencyMs >= 0);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QVERIFY2(results.value(imap).banner.startsWith(u"* OK"), qPrintable(results.value(imap).banner));
    QVERIFY(results.value(imap).startTls);
    QVERIFY2(results.value(pop3).banner.startsWith(u"+OK"), qPrintable(results.value(pop3).banner));
}

void TestServiceCheckAttempt::implicitTlsPortsShowTheirCertificate_data()
{
    QTest::addColumn<Peer>("peer");
    QTest::addColumn<ServiceKind>("kind");
    QTest::addColumn<QString>("banner");
    QTest::newRow("IMAPS") << Peer::Imaps << ServiceKind::Imaps << QStringLiteral("* OK");
    QTest::newRow("POP3S") << Peer::Pop3s << ServiceKind::Pop3s << QStringLiteral("+OK");
    QTest::newRow("LDAPS") << Peer::Ldaps << ServiceKind::Tls << QString();
}

void TestServiceCheckAttempt::implicitTlsPortsShowTheirCertificate()
{
    QFETCH(Peer, peer);
    QFETCH(ServiceKind, kind);
    QFETCH(QString, banner);
    const int port = m_peers.port(peer);
    const ProbeResult result = probe({target(port, kind)}).value(port);
    QCOMPARE(result.state, ProbeState::Open);
    QVERIFY(result.tls);
    QVERIFY2(result.tls->ok, qPrintable(result.tls->error));
    QVERIFY(result.tls->protocol.startsWith(u"TLSv1."));
    QVERIFY(!result.tls->cipher.isEmpty());
    QVERIFY2(result.tls->subject.contains(u"CN=localhost"), qPrintable(result.tls->subject));
    QVERIFY(result.tls->selfSigned);
    QVERIFY(result.tls->notAfter > QDateTime::currentDateTimeUtc());
    QVERIFY2(result.banner.startsWith(banner), qPrintable(result.banner));
}

void TestServiceCheckAttempt::httpPortsGiveTheirStatusLine()
{
    const int http = m_peers.port(Peer::Http);
    const int https = m_peers.port(Peer::Https);
    const auto results = probe({target(http, ServiceKind::Http), target(https, ServiceKind::Https)});
    QCOMPARE(results.value(http).state, ProbeState::Open);
    QVERIFY2(results.value(http).banner.startsWith(u"HTTP/1.1 302"), qPrintable(results.value(http).banner));
    QVERIFY(!results.value(http).tls);
    QCOMPARE(results.value(https).state, ProbeState::Open);
    QVERIFY2(results.value(https).banner.startsWith(u"HTTP/1.1 302"), qPrintable(results.value(https).banner));
    QVERIFY(results.value(https).tls && results.value(https).tls->ok);
}

void TestServiceCheckAttempt::closedPortRunsNoCheck()
{
    QTcpServer server;
    QVERIFY(server.listen(PeerFixture::address()));
    const int port = server.serverPort();
    server.close();
    const ProbeResult result = probe({target(port, ServiceKind::Smtps)}).value(port);
    QCOMPARE(result.state, ProbeState::Closed);
    QVERIFY(result.banner.isEmpty());
    QVERIFY(!result.tls);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
}

void TestServiceCheckAttempt::wrongServiceStaysOpenWithTheReason()
{
    const int http = m_peers.port(Peer::Http);
    // nginx waits for a request: the SMTP check waits for a greeting in vain, and says so before the engine's timeout.
    const ProbeResult result = probe({target(http, ServiceKind::Smtp)}, 400).value(http);
    QCOMPARE(result.state, ProbeState::Open);
    QVERIFY(result.latencyMs >= 0);
    QVERIFY2(result.error.startsWith(u"no greeting within"), qPrintable(result.error));
    QVERIFY(result.banner.isEmpty());

    // IMAP4 against the SMTP server: a greeting, but not the expected one.
    const int smtp = m_peers.port(Peer::Smtp);
    const ProbeResult wrong = probe({target(smtp, ServiceKind::Imap4)}).value(smtp);
    QCOMPARE(wrong.state, ProbeState::Open);
    QVERIFY2(wrong.error.contains(u"not an IMAP4 greeting"), qPrintable(wrong.error));
}

void TestServiceCheckAttempt::silentServiceTimesOutOpen()
{
    QTcpServer silent; // accepts (the kernel does) and never says a word
    QVERIFY(silent.listen(PeerFixture::address()));
    const int port = silent.serverPort();
    const ProbeResult result = probe({target(port, ServiceKind::Imap4)}, 300).value(port);
    QCOMPARE(result.state, ProbeState::Open);
    QVERIFY(result.latencyMs >= 0 && result.latencyMs < 300);
    QVERIFY2(result.error.startsWith(u"no greeting within"), qPrintable(result.error));
}

void TestServiceCheckAttempt::cancelDuringCheck()
{
    QTcpServer silent;
    QVERIFY(silent.listen(PeerFixture::address()));
    ProbeEngine engine;
    enableServiceChecks(engine);
    int results = 0;
    connect(&engine, &ProbeEngine::resultReady, this, [&results] { ++results; });
    QSignalSpy finished(&engine, &ProbeEngine::finished);
    engine.start({target(silent.serverPort(), ServiceKind::Smtp)});
    int connections = 0;
    connect(&silent, &QTcpServer::newConnection, this, [&silent, &connections] {
        while (silent.nextPendingConnection())
            ++connections; // the sockets are the server's children
    });
    QTRY_COMPARE(connections,
                 2); // the probe's connect, then the check's own connection: the check waits for a greeting
    engine.cancel();
    QCOMPARE(finished.size(), 1);
    QTest::qWait(50); // nothing of the aborted check may come after finished()
    QCOMPARE(results, 0);
    QCOMPARE(finished.size(), 1);
}

QTEST_GUILESS_MAIN(TestServiceCheckAttempt)
#include "tst_servicecheckattempt.moc"
