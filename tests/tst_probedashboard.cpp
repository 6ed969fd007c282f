// The probe dashboard, fed results as a probe run delivers them: one stacked bar per run, a latency line per port (up
// to MaxSeries, then one shared series), a histogram of the latest run, the list of ports that changed state, and each
// plot saved as PNG or PDF.
// PORTOLAN_DASHBOARD_PNG=path saves a picture of the whole dashboard.
#include "views/probing/probedashboard.h"

#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

#include <qcustomplot.h>

namespace {
ProbeResult result(int port, ProbeState state, double latencyMs, const QDateTime& time)
{
    ProbeResult r;
    r.host = QStringLiteral("127.0.0.1");
    r.port = port;
    r.state = state;
    r.latencyMs = latencyMs;
    r.time = time;
    return r;
}

double barsTotal(QCustomPlot* plot)
{
    double total = 0;
    for (int i = 0; i < plot->plottableCount(); ++i) {
        auto* bars = qobject_cast<QCPBars*>(plot->plottable(i));
        for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it)
            total += it->value;
    }
    return total;
}
} // namespace

class TestProbeDashboard final : public QObject
{
    Q_OBJECT

private slots:
    void runsBecomeBarsLinesAndAHistogram()
    {
        ProbeDashboard dashboard;
        dashboard.resize(1200, 320);
        const QDateTime start = QDateTime::currentDateTimeUtc();
        // Run 1: 20 ports, 16 open with latencies 1..16 ms, 2 closed, 2 filtered.
        dashboard.beginRun(start);
        for (int i = 0; i < 20; ++i) {
            const ProbeState state = i < 16 ? ProbeState::Open : i < 18 ? ProbeState::Closed : ProbeState::Filtered;
            dashboard.addResult(QStringLiteral("EX01 tcp/%1").arg(1000 + i),
                                result(1000 + i, state, i < 16 ? i + 1 : -1, start.addMSecs(i)));
        }
        // Run 2, 30 s later: the same ports, all open at 2 ms.
        dashboard.beginRun(start.addSecs(30));
        for (int i = 0; i < 20; ++i)
            dashboard.addResult(QStringLiteral("EX01 tcp/%1").arg(1000 + i),
                                result(1000 + i, ProbeState::Open, 2, start.addSecs(30).addMSecs(i)));
        QCOMPARE(dashboard.runCount(), 2);
        QTRY_COMPARE(barsTotal(dashboard.plot(ProbeDashboard::Plot::States)), 40.0);
        // MaxSeries lines of their own, then one shared series for the rest.
        QCOMPARE(dashboard.plot(ProbeDashboard::Plot::Latency)->graphCount(), ProbeDashboard::MaxSeries + 1);
        // The histogram counts the latest run's open ports.
        QCOMPARE(barsTotal(dashboard.plot(ProbeDashboard::Plot::Histogram)), 20.0);
        // The four ports that were closed or filtered in run 1 opened in run 2: the change list says which and when,
        // newest first; the sixteen that stayed open are not in it.
        const QStringList changes = dashboard.changes();
        QCOMPARE(changes.size(), 4);
        QVERIFY2(changes.first().contains(QStringLiteral("EX01 tcp/1019: filtered → open")),
                 qPrintable(changes.first()));
        QVERIFY(changes.last().contains(QStringLiteral("EX01 tcp/1016: closed → open")));
        QVERIFY(changes.first().startsWith(
            QLocale().toString(start.addSecs(30).addMSecs(19).toLocalTime().time(), QLocale::ShortFormat)));

        if (const QString png = qEnvironmentVariable("PORTOLAN_DASHBOARD_PNG"); !png.isEmpty()) {
            dashboard.show();
            QTest::qWait(300);
            QVERIFY(dashboard.grab().save(png));
        }
        dashboard.clear();
        QCOMPARE(dashboard.runCount(), 0);
        QVERIFY(dashboard.changes().isEmpty());
        QCOMPARE(dashboard.plot(ProbeDashboard::Plot::Latency)->graphCount(), 0);
    }

    void plotsSaveAsPngAndPdf()
    {
        ProbeDashboard dashboard;
        dashboard.addResult(QStringLiteral("EDGE01 tcp/25"),
                            result(25, ProbeState::Open, 3.5, QDateTime::currentDateTimeUtc()));
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("latency.png"));
        const QString pdf = dir.filePath(QStringLiteral("states.pdf"));
        QVERIFY(dashboard.savePlot(ProbeDashboard::Plot::Latency, png));
        QVERIFY(dashboard.savePlot(ProbeDashboard::Plot::States, pdf));
        QFile pngFile(png);
        QVERIFY(pngFile.open(QIODevice::ReadOnly));
        QVERIFY(pngFile.read(8).startsWith("\x89PNG"));
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.read(5) == "%PDF-");
        QString error;
        QVERIFY(!dashboard.savePlot(ProbeDashboard::Plot::Histogram, dir.filePath(QStringLiteral("h.jpg")), &error));
        QVERIFY(error.contains(QStringLiteral("h.jpg")));
    }
};

QTEST_MAIN(TestProbeDashboard)
#include "tst_probedashboard.moc"
