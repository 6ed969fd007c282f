// Issue 4's responsiveness target: the window stays responsive (no frame longer than 50 ms) while 10,000 targets are
// probed. The real MainWindow opens the 1,000-server deployment with every server at its own loopback address
// (127.0.x.y: nearly every port is refused at once), shows itself offscreen and probes the whole plan. A 1 ms timer
// notes the longest gap between event-loop ticks, and the window's repaints are timed; both are reported with the
// number of targets and the run's length.
#include "app/gui/mainwindow.h"
#include "model/deploymentfile.h"
#include "probe/probeengine.h"
#include "views/appsettings.h"
#include "views/probing/liveprobe.h"

#include "offscreenbenchmarkmain.h"
#include "thousandservers.h"

#include <QAction>
#include <QApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimer>

#include <benchmark/benchmark.h>

namespace {

// Times each repaint of the window it watches: the UpdateRequest that paints every dirty widget is sent on from the
// filter, so that its whole handling is measured.
class PaintTimer final : public QObject
{
public:
    qint64 longestNs() const { return m_longestNs; }
    int paints() const { return m_paints; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() != QEvent::UpdateRequest || m_inside)
            return QObject::eventFilter(watched, event);
        m_inside = true;
        QElapsedTimer clock;
        clock.start();
        QCoreApplication::sendEvent(watched, event);
        m_longestNs = qMax(m_longestNs, clock.nsecsElapsed());
        ++m_paints;
        m_inside = false;
        return true;
    }

private:
    bool m_inside = false;
    qint64 m_longestNs = 0;
    int m_paints = 0;
};

// Runs the event loop for this long.
void spin(int milliseconds)
{
    const QDeadlineTimer deadline(milliseconds);
    while (!deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

// The editor benchmarks' 1,000 servers and 600 more of the same mix (about seven planned ports each), every one at its
// own loopback address.
DeploymentData loopbackServers()
{
    DeploymentData data = thousandServers();
    for (int i = 1000; i < 1600; ++i) {
        Server server = data.servers.at(i % 1000);
        server.id = QStringLiteral("srv%1").arg(i);
        server.name = server.id.toUpper();
        data.servers.append(server);
    }
    for (int i = 0; i < data.servers.size(); ++i)
        data.servers[i].host = QStringLiteral("127.0.%1.%2").arg(1 + i / 250).arg(1 + i % 250);
    return data;
}

void probeTenThousandPorts(benchmark::State& state)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("loopback.portolan"));
    if (!dir.isValid() || !DeploymentWriter().writeFile(loopbackServers(), path)) {
        state.SkipWithError("cannot write the deployment file");
        return;
    }
    MainWindow window(std::make_unique<AppSettings>(dir.filePath(QStringLiteral("settings.ini"))));
    if (!window.openFile(path)) {
        state.SkipWithError("cannot open the deployment file");
        return;
    }
    window.show();
    spin(500);
    LiveProbe* probe = window.liveProbe();
    const auto targets = probe->plan().probes.size();
    if (targets < 10000) {
        state.SkipWithError(
            QStringLiteral("the plan has %1 targets, fewer than 10,000").arg(targets).toUtf8().constData());
        return;
    }

    qint64 longestStallNs = 0;
    qint64 runMs = 0;
    PaintTimer paints;
    window.installEventFilter(&paints);
    for (auto _ : state) {
        QElapsedTimer tick;
        QTimer ticker;
        ticker.setTimerType(Qt::PreciseTimer);
        ticker.setInterval(1);
        QObject::connect(&ticker, &QTimer::timeout, [&] {
            longestStallNs = qMax(longestStallNs, tick.nsecsElapsed() - 1000000);
            tick.restart();
        });
        bool finished = false;
        const auto connection = QObject::connect(probe, &LiveProbe::runFinished, [&] { finished = true; });
        QElapsedTimer run;
        run.start();
        tick.start();
        ticker.start();
        window.findChild<QAction*>(QStringLiteral("actionProbeNow"))->trigger();
        const QDeadlineTimer deadline(120000);
        while (!finished && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
        runMs = run.elapsed();
        // The paints that follow the last update of the views belong to the run.
        spin(LiveProbe::UpdateIntervalMs + 50);
        ticker.stop();
        QObject::disconnect(connection);
        if (!finished) {
            state.SkipWithError("the probe run did not finish in two minutes");
            break;
        }
    }
    window.removeEventFilter(&paints);
    state.counters["targets"] = double(targets);
    state.counters["run_ms"] = double(runMs);
    state.counters["longest_stall_ms"] = double(longestStallNs) / 1e6;
    state.counters["longest_paint_ms"] = double(paints.longestNs()) / 1e6;
    state.counters["paints"] = paints.paints();
}

} // namespace

BENCHMARK(probeTenThousandPorts)->Iterations(1)->Unit(benchmark::kMillisecond)->UseRealTime();

PORTOLAN_OFFSCREEN_BENCHMARK_MAIN()
