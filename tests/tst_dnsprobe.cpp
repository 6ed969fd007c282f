// The probe's DNS check against a real DNS server: dnsmasq on a free UDP port of 127.0.0.1, with no upstream, so that
// it answers every query itself (REFUSED for the root) and never forwards one. An answer of any kind proves the
// service: the port reads open, where a bare UDP probe could only say open|filtered.
#include "probe/dnscheck.h"
#include "probe/probeengine.h"
#include "probe/probetarget.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUdpSocket>

#include <memory>

namespace {
ProbeResult probeOnce(const ProbeTarget& target)
{
    ProbeEngine engine;
    engine.setTimeout(500);
    ProbeResult result;
    QObject::connect(&engine, &ProbeEngine::resultReady, [&result](const ProbeResult& r) { result = r; });
    QSignalSpy finished(&engine, &ProbeEngine::finished);
    engine.start({target});
    if (!finished.wait(5000))
        result.error = QStringLiteral("no result");
    return result;
}

int freeUdpPort()
{
    QUdpSocket socket;
    return socket.bind(QHostAddress::LocalHost, 0) ? socket.localPort() : 0;
}
} // namespace

class TestDnsProbe final : public QObject
{
    Q_OBJECT

private slots:
    void realDnsServerAnswersTheCheck()
    {
        const QString dnsmasq =
            QStandardPaths::findExecutable(QStringLiteral("dnsmasq"), {QStringLiteral("/usr/sbin")});
        if (dnsmasq.isEmpty())
            QSKIP("dnsmasq is not installed (scripts/install-deps installs dnsmasq-base)");
        const int port = freeUdpPort();
        QVERIFY(port > 0);
        QProcess server;
        server.setProcessChannelMode(QProcess::MergedChannels);
        server.start(dnsmasq,
                     {QStringLiteral("--keep-in-foreground"), QStringLiteral("--conf-file=/dev/null"),
                      QStringLiteral("--port=%1").arg(port), QStringLiteral("--listen-address=127.0.0.1"),
                      QStringLiteral("--bind-interfaces"), QStringLiteral("--no-resolv"), QStringLiteral("--no-hosts"),
                      QStringLiteral("--pid-file="), QStringLiteral("--log-facility=-")});
        QVERIFY2(server.waitForStarted(), qPrintable(server.errorString()));

        ProbeTarget target;
        target.host = QStringLiteral("127.0.0.1");
        target.transport = Transport::Udp;
        target.port = port;
        target.udpCheck = std::make_shared<DnsCheck>();
        // dnsmasq binds within a moment of starting: ask until it answers.
        ProbeResult result;
        QTRY_VERIFY_WITH_TIMEOUT((result = probeOnce(target)).state == ProbeState::Open, 5000);
        QVERIFY2(result.banner.contains(QStringLiteral("DNS")), qPrintable(result.banner));

        server.terminate();
        QVERIFY(server.waitForFinished(5000));
        // With the server gone, the kernel refuses the datagram: the same check reads closed.
        QCOMPARE(probeOnce(target).state, ProbeState::Closed);
    }
};

QTEST_GUILESS_MAIN(TestDnsProbe)
#include "tst_dnsprobe.moc"
