// The window's targets: opening until the diagram has been painted once takes at most 0.5 s for 1,000 servers in four
// zones, 1 s and 200 MB for 300 servers in 50 zones, 2 s and 300 MB for 10,000 servers in 50 zones (issue 10). Each
// iteration builds the real MainWindow, opens the file (read, analysis, scene), shows the window and waits for the
// first paint of the diagram's viewport; destroying the window is untimed. peak_MB is the process's peak resident
// memory so far: run one case per process (--benchmark_filter) to read it for that case.
#include "app/gui/mainwindow.h"
#include "model/deploymentfile.h"
#include "views/appsettings.h"

#include "largedeployment.h"
#include "offscreenbenchmarkmain.h"
#include "paintwatcher.h"
#include "thousandservers.h"

#include <QApplication>
#include <QGraphicsView>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <sys/resource.h>

namespace {

// Every server gets a loopback address, as a deployment ready for probing has addresses (nothing probes here: live
// probing is off), so that the probe plan has work to do when it is built.
DeploymentData withAddresses(DeploymentData data)
{
    for (int i = 0; i < data.servers.size(); ++i)
        data.servers[i].host = QStringLiteral("127.0.%1.%2").arg(i / 250).arg(i % 250 + 1);
    return data;
}

double peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0; // kilobytes on Linux
}

void openUntilPainted(benchmark::State& state, const DeploymentData& deployment)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("deployment.portolan"));
    if (!dir.isValid() || !DeploymentWriter().writeFile(deployment, path)) {
        state.SkipWithError("cannot write the deployment file");
        return;
    }
    const QString settings = dir.filePath(QStringLiteral("settings.ini"));
    for (auto _ : state) {
        auto window = std::make_unique<MainWindow>(std::make_unique<AppSettings>(settings));
        if (!window->openFile(path)) {
            state.SkipWithError("cannot open the deployment file");
            break;
        }
        PaintWatcher watcher(window->findChild<QGraphicsView*>(QStringLiteral("topologyView"))->viewport());
        window->show();
        if (!watcher.waitForPaint()) {
            state.SkipWithError("the diagram was never painted");
            break;
        }
        state.PauseTiming();
        window.reset();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        state.ResumeTiming();
    }
    state.counters["peak_MB"] = peakMegabytes();
}

} // namespace

BENCHMARK_CAPTURE(openUntilPainted, 1000_servers_4_zones, thousandServers())->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(openUntilPainted, 300_servers_50_zones, withAddresses(largeDeployment(300)))
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(openUntilPainted, 10000_servers_50_zones, withAddresses(largeDeployment(10000)))
    ->Unit(benchmark::kMillisecond)
    ->Iterations(3);

PORTOLAN_OFFSCREEN_BENCHMARK_MAIN()
