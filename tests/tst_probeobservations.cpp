// Probe results as the window keeps them, and the matrix rows' "Observed" summaries: the worst state of a row's ports,
// verified only when seen from the row's own source zone.
#include "model/matrixbuilder.h"
#include "model/portcatalog.h"
#include "model/probeplan.h"
#include "views/probing/probeobservations.h"
#include "views/probing/probestatestyle.h"

#include "deploymentbuilder.h"
#include "livedocument.h"

#include <QSignalSpy>
#include <QTest>

namespace {
Observation seen(const QString& host, Transport transport, int port, ProbeState state, const char* vantage)
{
    ProbeResult result;
    result.host = host;
    result.transport = transport;
    result.port = port;
    result.state = state;
    result.latencyMs = state == ProbeState::Open ? 1.5 : -1;
    result.time = QDateTime::currentDateTimeUtc();
    return {result, QString::fromUtf8(vantage), QStringLiteral("probe")};
}

int rowOf(const PortMatrix& matrix, const char* from, const char* to, int port)
{
    for (int row = 0; row < matrix.rowCount(); ++row) {
        const MatrixRule* rule = matrix.ruleAt(row);
        if (rule->from == QLatin1String(from) && rule->to == QLatin1String(to) && rule->ports.first == port)
            return row;
    }
    return -1;
}
} // namespace

class TestProbeObservations final : public QObject
{
    Q_OBJECT

private slots:
    void keepsTheLatestPerPort()
    {
        ProbeObservations observations;
        QSignalSpy changed(&observations, &ProbeObservations::changed);
        observations.record(seen(QStringLiteral("Edge.Lab"), Transport::Tcp, 25, ProbeState::Filtered, "lan"));
        observations.record(seen(QStringLiteral("edge.lab"), Transport::Tcp, 25, ProbeState::Open, "lan"));
        observations.record(seen(QStringLiteral("edge.lab"), Transport::Udp, 25, ProbeState::Closed, "lan"));
        QCOMPARE(changed.count(), 3);
        QCOMPARE(observations.find(QStringLiteral("EDGE.lab"), Transport::Tcp, 25)->result.state, ProbeState::Open);
        QCOMPARE(observations.find(QStringLiteral("edge.lab"), Transport::Udp, 25)->result.state, ProbeState::Closed);
        QVERIFY(!observations.find(QStringLiteral("edge.lab"), Transport::Tcp, 26));
        observations.clear();
        QVERIFY(observations.isEmpty());
        QCOMPARE(changed.count(), 4);
    }

    void rowsAreVerifiedOnlyFromTheirSourceZone()
    {
        auto builder = DeploymentBuilder::threeZones("2019");
        builder.server("edge01", "dmz", {"edge-transport"}).server("ex01", "lan", {"mailbox"});
        DeploymentData data = builder.data();
        data.servers[0].host = QStringLiteral("127.0.0.2");
        LiveDocument live(data);
        const PortMatrix& matrix = live.analysis.matrix();
        const ProbePlan plan = ProbePlan::build(live.document.data(), matrix, PortCatalog::builtin());

        ProbeObservations observations;
        // This machine sits on the LAN: it sees the Edge's SMTP open and its EdgeSync port filtered.
        observations.record(seen(QStringLiteral("127.0.0.2"), Transport::Tcp, 25, ProbeState::Open, "lan"));
        observations.record(seen(QStringLiteral("127.0.0.2"), Transport::Tcp, 50636, ProbeState::Filtered, "lan"));
        const QHash<int, RowObservation> rows = observations.summarise(plan, matrix, live.document);

        const int lanSmtp = rowOf(matrix, "lan", "dmz", 25);
        const int internetSmtp = rowOf(matrix, "internet", "dmz", 25);
        const int edgeSync = rowOf(matrix, "lan", "dmz", 50636);
        QVERIFY(lanSmtp >= 0 && internetSmtp >= 0 && edgeSync >= 0);
        QVERIFY(rows.value(lanSmtp).verified);
        QVERIFY(rows.value(lanSmtp).text.startsWith(QStringLiteral("open · 1.5 ms")));
        QVERIFY(rows.value(lanSmtp).text.endsWith(QStringLiteral("from LAN")));
        QCOMPARE(rows.value(lanSmtp).colour, probeStateColour(ProbeState::Open));
        // The same port seen from the LAN says nothing certain about the Internet's path to it.
        QVERIFY(!rows.value(internetSmtp).verified);
        QVERIFY(rows.value(internetSmtp).toolTip.contains(QStringLiteral("only by a probe from INTERNET")));
        QVERIFY(rows.value(edgeSync).text.startsWith(QStringLiteral("filtered")));
        QCOMPARE(rows.value(edgeSync).colour, probeStateColour(ProbeState::Filtered));
        // Rows of servers without an address have no summary.
        QVERIFY(!rows.contains(rowOf(matrix, "internet", "lan", 443)));
    }

    void theWorstPortSpeaksForTheRow()
    {
        QVERIFY(ProbeObservations::severity(ProbeState::Closed) > ProbeObservations::severity(ProbeState::Filtered));
        QVERIFY(ProbeObservations::severity(ProbeState::Filtered) > ProbeObservations::severity(ProbeState::Open));
        QVERIFY(ProbeObservations::severity(ProbeState::OpenFiltered) > ProbeObservations::severity(ProbeState::Open));

        // Two Mailbox servers behind one HTTPS row: one open, one closed → the row reads closed.
        auto builder = DeploymentBuilder::threeZones("2019");
        builder.server("ex01", "lan", {"mailbox"}).server("ex02", "lan", {"mailbox"});
        DeploymentData data = builder.data();
        data.servers[0].host = QStringLiteral("127.0.0.3");
        data.servers[1].host = QStringLiteral("127.0.0.4");
        LiveDocument live(data);
        const PortMatrix& matrix = live.analysis.matrix();
        const ProbePlan plan = ProbePlan::build(live.document.data(), matrix, PortCatalog::builtin());
        ProbeObservations observations;
        observations.record(seen(QStringLiteral("127.0.0.3"), Transport::Tcp, 443, ProbeState::Open, "internet"));
        observations.record(seen(QStringLiteral("127.0.0.4"), Transport::Tcp, 443, ProbeState::Closed, "internet"));
        const int https = rowOf(matrix, "internet", "lan", 443);
        const RowObservation row = observations.summarise(plan, matrix, live.document).value(https);
        QVERIFY(row.text.startsWith(QStringLiteral("closed")));
        QVERIFY(row.verified);
        QVERIFY(row.toolTip.contains(QStringLiteral("127.0.0.3 tcp/443 open")));
        QVERIFY(row.toolTip.contains(QStringLiteral("127.0.0.4 tcp/443 closed")));
    }
};

QTEST_MAIN(TestProbeObservations)
#include "tst_probeobservations.moc"
