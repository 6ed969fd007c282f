#include <algorithm>
#include <cerrno>
#include <memory>
#include <vector>

#include <QElapsedTimer>
#include <QHostAddress>
#include <QScopeGuard>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QUdpSocket>

#include <netinet/in.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include "probe/probeengine.h"
#include "probe/rtttimeout.h"
#include "probe/socketpoller.h"
#include "probe/socketprobeattempt.h"

// Loopback only: every socket here talks to 127.0.0.1, and the one name looked up fails inside Qt before any lookup.
namespace {

const QString Loopback = QStringLiteral("127.0.0.1");
// An empty label: QHostInfo refuses it without asking any resolver, so the test sends nothing to a name server.
const QString BadName = QStringLiteral("portolan..invalid");

// A port on 127.0.0.1 that nothing listens on: one the system just handed out and took back.
int freePort(QAbstractSocket::SocketType type)
{
    if (type == QAbstractSocket::TcpSocket) {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost);
        return server.serverPort();
    }
    QUdpSocket socket;
    socket.bind(QHostAddress::LocalHost);
    return socket.localPort();
}

// Fake attempts: they count how many exist at once and complete after delayMs (never when negative).
struct FakeNetwork
{
    int live = 0;
    int maxLive = 0;
    int created = 0;
    int delayMs = -1;
    ProbeState state = ProbeState::Closed;
    qint64* clock = nullptr; // advanced by clockStepNs just before each completion
    qint64 clockStepNs = 0;

    ProbeEngine::AttemptFactory factory();
};

class FakeAttempt final : public ProbeAttempt
{
public:
    explicit FakeAttempt(FakeNetwork& network)
        : m_network(network)
    {
        m_network.maxLive = std::max(m_network.maxLive, ++m_network.live);
        ++m_network.created;
    }
    ~FakeAttempt() override { --m_network.live; }

    std::optional<ProbeResult> begin(Done done) override
    {
        if (m_network.delayMs < 0)
            return std::nullopt;
        m_timer.setSingleShot(true);
        QObject::connect(&m_timer, &QTimer::timeout, [this, done] {
            if (m_network.clock)
                *m_network.clock += m_network.clockStepNs;
            ProbeResult result;
            result.state = m_network.state;
            const Done call = done;
            call(result);
        });
        m_timer.start(m_network.delayMs);
        return std::nullopt;
    }

private:
    FakeNetwork& m_network;
    QTimer m_timer;
};

ProbeEngine::AttemptFactory FakeNetwork::factory()
{
    return [this](const QHostAddress&, const ProbeTarget&) {
        return std::make_unique<FakeAttempt>(*this);
    };
}

QList<ProbeTarget> targets(const QString& host, int firstPort, int count, Transport transport = Transport::Tcp)
{
    QList<ProbeTarget> list;
    for (int port = firstPort; port < firstPort + count; ++port)
        list.append(ProbeTarget{host, transport, port, {}, {}});
    return list;
}

// Runs the engine over `list` and returns the results once finished() came.
QList<ProbeResult> run(ProbeEngine& engine, const QList<ProbeTarget>& list, int waitMs = 2000)
{
    QList<ProbeResult> results;
    const QMetaObject::Connection connection = QObject::connect(
        &engine, &ProbeEngine::resultReady, &engine, [&results](const ProbeResult& result) { results.append(result); });
    QSignalSpy finished(&engine, &ProbeEngine::finished);
    engine.start(list);
    if (!finished.wait(waitMs))
        qWarning("the engine did not finish within %d ms", waitMs);
    QObject::disconnect(connection);
    return results;
}

// Answers each datagram with the same bytes.
class EchoServer final : public QObject
{
public:
    EchoServer()
    {
        m_socket.bind(QHostAddress::LocalHost);
        connect(&m_socket, &QUdpSocket::readyRead, this, [this] {
            while (m_socket.hasPendingDatagrams()) {
                QHostAddress sender;
                quint16 port = 0;
                QByteArray datagram(int(m_socket.pendingDatagramSize()), Qt::Uninitialized);
                m_socket.readDatagram(datagram.data(), datagram.size(), &sender, &port);
                m_socket.writeDatagram(datagram, sender, port);
            }
        });
    }
    int port() const { return m_socket.localPort(); }

private:
    QUdpSocket m_socket;
};

// Sends "portolan?" and recognises its echo.
class EchoCheck final : public UdpServiceCheck
{
public:
    QByteArray request() const override { return QByteArrayLiteral("portolan?"); }
    QString describeReply(const QByteArray& reply) const override
    {
        return reply == request() ? QStringLiteral("echo") : QString();
    }
};

} // namespace

class TestProbeEngine : public QObject
{
    Q_OBJECT

private slots:
    void resultForError_data()
    {
        QTest::addColumn<int>("error");
        QTest::addColumn<ProbeState>("state");
        QTest::addColumn<bool>("hasText");
        QTest::newRow("connected") << 0 << ProbeState::Open << false;
        QTest::newRow("refused") << int(ECONNREFUSED) << ProbeState::Closed << false;
        QTest::newRow("no route to host") << int(EHOSTUNREACH) << ProbeState::Unreachable << true;
        QTest::newRow("network unreachable") << int(ENETUNREACH) << ProbeState::Unreachable << true;
        QTest::newRow("host down") << int(EHOSTDOWN) << ProbeState::Unreachable << true;
        QTest::newRow("kernel timeout") << int(ETIMEDOUT) << ProbeState::Filtered << false;
        QTest::newRow("not permitted") << int(EPERM) << ProbeState::Error << true;
        QTest::newRow("no buffers") << int(ENOBUFS) << ProbeState::Error << true;
    }

    void resultForError()
    {
        QFETCH(int, error);
        QFETCH(ProbeState, state);
        QFETCH(bool, hasText);
        const ProbeResult result = SocketProbeAttempt::resultForError(error);
        QCOMPARE(result.state, state);
        QCOMPARE(!result.error.isEmpty(), hasText);
    }

    void openPort()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        ProbeEngine engine;
        const QList<ProbeResult> results = run(engine, targets(Loopback, server.serverPort(), 1));
        QCOMPARE(results.size(), 1);
        const ProbeResult& result = results.first();
        QCOMPARE(result.state, ProbeState::Open);
        QCOMPARE(result.host, Loopback);
        QCOMPARE(result.port, int(server.serverPort()));
        QCOMPARE(result.transport, Transport::Tcp);
        QVERIFY(result.latencyMs >= 0);
        QVERIFY(result.latencyMs < 1000);
        QVERIFY(result.time.isValid());
        QVERIFY(result.error.isEmpty());
    }

    void closedPort()
    {
        ProbeEngine engine;
        const QList<ProbeResult> results = run(engine, targets(Loopback, freePort(QAbstractSocket::TcpSocket), 1));
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first().state, ProbeState::Closed);
        QVERIFY(results.first().latencyMs >= 0);
    }

    // A service that accepts and resets at once (SO_LINGER 0) is open, as nmap -sT counts it, whether the reset
    // arrives after the attempt has looked at its connect or before. For "before", a queued connection fills the
    // listener's backlog of 0: the attempt's SYN is dropped and its handshake completes on the retransmission a
    // second later, while the test holds the event loop until the reset is sent.
    void acceptedThenResetIsOpen_data()
    {
        QTest::addColumn<bool>("resetFirst");
        QTest::newRow("reset after the look") << false;
        QTest::newRow("reset before the look") << true;
    }

    void acceptedThenResetIsOpen()
    {
        QFETCH(bool, resetFirst);
        const int listener = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        QVERIFY(listener >= 0);
        const auto closeListener = qScopeGuard([listener] { ::close(listener); });
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        auto* socketAddress = reinterpret_cast<sockaddr*>(&address);
        socklen_t length = sizeof(address);
        QCOMPARE(::bind(listener, socketAddress, length), 0);
        QCOMPARE(::listen(listener, 0), 0);
        QCOMPARE(::getsockname(listener, socketAddress, &length), 0);
        const int filler = resetFirst ? ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0) : -1;
        const auto closeFiller = qScopeGuard([filler] {
            if (filler >= 0)
                ::close(filler);
        });
        if (resetFirst)
            QCOMPARE(::connect(filler, socketAddress, length), 0);

        SocketProbeAttempt attempt(QHostAddress::LocalHost,
                                   ProbeTarget{Loopback, Transport::Tcp, ntohs(address.sin_port), {}, {}},
                                   std::make_shared<SocketPoller>());
        std::optional<ProbeResult> result;
        result = attempt.begin([&result](const ProbeResult& done) { result = done; });
        if (resetFirst) {
            QVERIFY(!result);                                             // the SYN waits for its retransmission
            ::close(::accept4(listener, nullptr, nullptr, SOCK_CLOEXEC)); // the filler's turn: room for the attempt
        }
        pollfd incoming{listener, POLLIN, 0};
        QCOMPARE(::poll(&incoming, 1, 10000), 1);
        const int accepted = ::accept4(listener, nullptr, nullptr, SOCK_CLOEXEC);
        QVERIFY(accepted >= 0);
        const linger resetOnClose{1, 0};
        QCOMPARE(::setsockopt(accepted, SOL_SOCKET, SO_LINGER, &resetOnClose, sizeof(resetOnClose)), 0);
        ::close(accepted);
        QTRY_VERIFY(result);
        QCOMPARE(result->state, ProbeState::Open);
        QVERIFY2(result->error.isEmpty(), qPrintable(result->error));
    }

    // A listener that does not accept and whose queue is full drops further SYNs: a real unanswered connect on
    // loopback, which the engine's timeout turns into filtered.
    void fullListenQueueIsFiltered()
    {
        QTcpServer server;
        server.setListenBacklogSize(0);
        QVERIFY(server.listen(QHostAddress::LocalHost));
        server.pauseAccepting();
        std::vector<std::unique_ptr<QTcpSocket>> queued;
        for (int i = 0; i < 4; ++i) {
            queued.push_back(std::make_unique<QTcpSocket>());
            queued.back()->connectToHost(QHostAddress::LocalHost, server.serverPort());
        }
        // A backlog of 0 queues one connection; the SYNs after it are dropped.
        QTRY_VERIFY(std::any_of(queued.cbegin(), queued.cend(),
                                [](const auto& socket) { return socket->state() == QAbstractSocket::ConnectedState; }));
        ProbeEngine engine;
        engine.setTimeout(100);
        const QList<ProbeResult> results = run(engine, targets(Loopback, server.serverPort(), 1));
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first().state, ProbeState::Filtered);
        QCOMPARE(results.first().latencyMs, -1.0);
    }

    // The timeout with an attempt that never answers, for UDP too: open|filtered.
    void silenceTimesOut()
    {
        FakeNetwork network;
        ProbeEngine engine;
        engine.setAttemptFactory(network.factory());
        engine.setTimeout(5);
        QList<ProbeTarget> list = targets(Loopback, 1, 2);
        list.last().transport = Transport::Udp;
        QElapsedTimer elapsed;
        elapsed.start();
        QList<ProbeResult> results = run(engine, list);
        QVERIFY(elapsed.elapsed() >= 5);
        QCOMPARE(results.size(), 2);
        std::sort(results.begin(), results.end(), [](const auto& a, const auto& b) { return a.port < b.port; });
        QCOMPARE(results.at(0).state, ProbeState::Filtered);
        QCOMPARE(results.at(1).state, ProbeState::OpenFiltered);
        QCOMPARE(results.at(0).latencyMs, -1.0);
        QCOMPARE(network.live, 0);
    }

    // A connect that gets no answer is tried once more before it counts as filtered; UDP is not retried.
    void silentConnectIsRetriedOnce()
    {
        FakeNetwork network;
        ProbeEngine engine;
        engine.setAttemptFactory(network.factory());
        engine.setTimeout(5);
        QList<ProbeTarget> list = targets(Loopback, 1, 3);
        list.last().transport = Transport::Udp;
        const QList<ProbeResult> results = run(engine, list);
        QCOMPARE(results.size(), 3);
        QCOMPARE(network.created, 2 * 2 + 1);
        for (const ProbeResult& result : results)
            QCOMPARE(result.state,
                     result.transport == Transport::Tcp ? ProbeState::Filtered : ProbeState::OpenFiltered);
    }

    // The RTT estimator as nmap's: 1 s before any answer, srtt + 4 * rttvar after, at least 100 ms, at most the cap.
    void rttTimeoutLearns()
    {
        constexpr qint64 Ms = 1'000'000;
        RttTimeout rtt;
        QVERIFY(!rtt.hasSamples());
        QCOMPARE(rtt.timeoutNs(2000 * Ms), 1000 * Ms);
        QCOMPARE(rtt.timeoutNs(300 * Ms), 300 * Ms); // the user's timeout caps it
        rtt.addSample(20 * Ms);                      // srtt 20, rttvar 20
        QCOMPARE(rtt.timeoutNs(2000 * Ms), 100 * Ms);
        rtt.addSample(200 * Ms); // delta 180: srtt 42.5, rttvar 20 + (180 - 20) / 4 = 60
        QCOMPARE(rtt.timeoutNs(2000 * Ms), 42'500'000 + 4 * 60 * Ms);
        QCOMPARE(rtt.timeoutNs(50 * Ms), 50 * Ms); // the cap wins over the minimum too
        RttTimeout fast;
        fast.addSample(50'000); // 50 us on loopback: the variance's floor and the minimum hold
        QCOMPARE(fast.timeoutNs(2000 * Ms), 100 * Ms);
        RttTimeout slow;
        slow.addSample(800 * Ms); // srtt 800, rttvar 800
        QCOMPARE(slow.timeoutNs(10'000 * Ms), 4000 * Ms);
        QCOMPARE(slow.timeoutNs(2000 * Ms), 2000 * Ms);
    }

    // Once a host has answered quickly, a silent port of it times out after the learnt 100 ms (twice: the retry),
    // not after the user's 2 s; a host that never answered waits the initial 1 s.
    void answersShortenTheWait()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        FakeNetwork silence;
        ProbeEngine engine;
        engine.setTimeout(2000);
        engine.setConcurrency(1); // the answered port first, then the silent one
        engine.setAttemptFactory(
            [&silence, poller = std::make_shared<SocketPoller>()](
                const QHostAddress& address, const ProbeTarget& target) -> std::unique_ptr<ProbeAttempt> {
                if (target.port == 1)
                    return std::make_unique<FakeAttempt>(silence);
                return std::make_unique<SocketProbeAttempt>(address, target, poller);
            });
        QList<ProbeTarget> list = targets(Loopback, server.serverPort(), 1);
        list += targets(Loopback, 1, 1);
        QElapsedTimer elapsed;
        elapsed.start();
        const QList<ProbeResult> results = run(engine, list, 5000);
        const qint64 ms = elapsed.elapsed();
        QCOMPARE(results.size(), 2);
        QCOMPARE(results.at(0).state, ProbeState::Open);
        QCOMPARE(results.at(1).state, ProbeState::Filtered);
        QCOMPARE(silence.created, 2);
        QVERIFY2(ms >= 200 && ms < 1000, qPrintable(QString::number(ms)));
    }

    // The engine's own default runs many connects at once, but within the open-file limit.
    void defaultConcurrencyFollowsTheFileLimit()
    {
        ProbeEngine engine;
        QCOMPARE(engine.concurrency(), ProbeEngine::defaultConcurrency());
        QCOMPARE(ProbeEngine::defaultConcurrency(),
                 std::min(ProbeEngine::maxConcurrency(), ProbeEngine::ConcurrencyCeiling));
        QVERIFY(engine.concurrency() > 256 || ProbeEngine::maxConcurrency() <= 256);
        FakeNetwork network;
        network.delayMs = 20;
        engine.setAttemptFactory(network.factory());
        const int count = std::min(engine.concurrency(), 2000) + 10;
        QCOMPARE(run(engine, targets(Loopback, 1, count), 10'000).size(), count);
        QVERIFY(network.maxLive <= engine.concurrency());
        QVERIFY(network.maxLive > 256 || engine.concurrency() <= 256);
    }

    void latencyComesFromTheClock()
    {
        qint64 now = 1'000'000'000;
        FakeNetwork network;
        network.delayMs = 0;
        network.state = ProbeState::Open;
        network.clock = &now;
        network.clockStepNs = 3'500'000;
        ProbeEngine engine;
        engine.setAttemptFactory(network.factory());
        engine.setClock([&now] { return now; });
        const QList<ProbeResult> results = run(engine, targets(Loopback, 25, 1));
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first().latencyMs, 3.5);
    }

    void unresolvedName()
    {
        ProbeEngine engine;
        const QList<ProbeResult> results = run(engine, targets(BadName, 25, 3));
        QCOMPARE(results.size(), 3);
        for (const ProbeResult& result : results) {
            QCOMPARE(result.state, ProbeState::Unresolved);
            QCOMPARE(result.host, BadName);
            QVERIFY(!result.error.isEmpty());
        }
    }

    void concurrencyIsBounded()
    {
        FakeNetwork network;
        network.delayMs = 1;
        ProbeEngine engine;
        engine.setAttemptFactory(network.factory());
        engine.setConcurrency(7);
        QCOMPARE(engine.concurrency(), 7);
        QCOMPARE(run(engine, targets(Loopback, 1, 200)).size(), 200);
        QCOMPARE(network.maxLive, 7);
        QCOMPARE(network.live, 0);
    }

    void concurrencyStaysBelowTheFileLimit()
    {
        rlimit limit{};
        QCOMPARE(::getrlimit(RLIMIT_NOFILE, &limit), 0);
        ProbeEngine engine;
        engine.setConcurrency(10'000'000);
        QVERIFY(engine.concurrency() > 0);
        QVERIFY(rlim_t(engine.concurrency()) <= limit.rlim_cur - 64);
        QCOMPARE(engine.concurrency(), ProbeEngine::maxConcurrency());
    }

    void cancelStopsEverything()
    {
        FakeNetwork network;
        network.delayMs = 2;
        ProbeEngine engine;
        engine.setAttemptFactory(network.factory());
        engine.setConcurrency(4);
        int results = 0;
        int afterFinished = 0;
        bool finishedCame = false;
        connect(&engine, &ProbeEngine::resultReady, &engine, [&] {
            ++results;
            afterFinished += finishedCame ? 1 : 0;
            if (results == 10)
                engine.cancel(); // from inside a result, the hardest place
        });
        QSignalSpy finished(&engine, &ProbeEngine::finished);
        connect(&engine, &ProbeEngine::finished, &engine, [&] { finishedCame = true; });
        engine.start(targets(Loopback, 1, 100));
        QVERIFY(finished.wait(2000));
        QCOMPARE(results, 10);
        QVERIFY(!engine.isRunning());
        QCOMPARE(network.live, 0);
        QTest::qWait(30);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(afterFinished, 0);
        QCOMPARE(results, 10);
    }

    // Datagrams to a bound socket that never reads stay unanswered: real sockets in flight until the cancel.
    void cancelAbortsRealSockets()
    {
        QUdpSocket silent;
        QVERIFY(silent.bind(QHostAddress::LocalHost));
        QList<ProbeTarget> list = targets(Loopback, 20000, 100);
        list += QList<ProbeTarget>(500, ProbeTarget{Loopback, Transport::Udp, silent.localPort(), {}, {}});
        ProbeEngine engine;
        engine.setConcurrency(50);
        QSignalSpy finished(&engine, &ProbeEngine::finished);
        QSignalSpy results(&engine, &ProbeEngine::resultReady);
        engine.start(list);
        QTRY_COMPARE(results.count(), 100); // the closed TCP ports answered, the datagrams do not
        QTRY_COMPARE(engine.inFlight(), 50);
        engine.cancel();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(engine.inFlight(), 0);
        QTest::qWait(20);
        QCOMPARE(results.count(), 100);
        QCOMPARE(finished.count(), 1);
    }

    void emptyListFinishesLater()
    {
        ProbeEngine engine;
        QSignalSpy finished(&engine, &ProbeEngine::finished);
        engine.start({});
        QCOMPARE(finished.count(), 0); // never from inside start()
        QVERIFY(finished.wait(1000));
        QCOMPARE(finished.count(), 1);
    }

    void thousandPortsQuickly()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        ProbeEngine engine;
        engine.setConcurrency(64);
        int maxInFlight = 0;
        connect(&engine, &ProbeEngine::resultReady, &engine,
                [&] { maxInFlight = std::max(maxInFlight, engine.inFlight()); });
        QSignalSpy progress(&engine, &ProbeEngine::progress);
        QList<ProbeTarget> list = targets(Loopback, 20000, 999);
        list.append(ProbeTarget{Loopback, Transport::Tcp, server.serverPort(), {}, {}});
        QElapsedTimer elapsed;
        elapsed.start();
        const QList<ProbeResult> results = run(engine, list);
        QVERIFY2(elapsed.elapsed() < 1500, qPrintable(QString::number(elapsed.elapsed())));
        QCOMPARE(results.size(), 1000);
        QSet<int> ports;
        for (const ProbeResult& result : results) {
            ports.insert(result.port);
            if (result.port == server.serverPort())
                QCOMPARE(result.state, ProbeState::Open);
        }
        QCOMPARE(ports.size(), 1000);
        QVERIFY(maxInFlight <= 64);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toInt(), 1000);
        QCOMPARE(progress.last().at(1).toInt(), 1000);
    }

    void udpAnswered()
    {
        EchoServer echo;
        ProbeEngine engine;
        QList<ProbeTarget> list = targets(Loopback, echo.port(), 1, Transport::Udp);
        QList<ProbeResult> results = run(engine, list);
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first().state, ProbeState::Open);
        QCOMPARE(results.first().transport, Transport::Udp);
        QVERIFY(results.first().banner.isEmpty());

        list.first().udpCheck = std::make_shared<EchoCheck>();
        results = run(engine, list);
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first().state, ProbeState::Open);
        QCOMPARE(results.first().banner, QStringLiteral("echo"));
    }

    void udpRefused()
    {
        ProbeEngine engine;
        engine.setTimeout(1500);
        const QList<ProbeResult> results =
            run(engine, targets(Loopback, freePort(QAbstractSocket::UdpSocket), 1, Transport::Udp));
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first().state, ProbeState::Closed);
    }
};

QTEST_GUILESS_MAIN(TestProbeEngine)
#include "tst_probeengine.moc"
