// The probe engine on loopback (127.0.0.1 only): a full 65,535-port TCP scan and a 10,000-port one, each timed, and
// the longest the event loop went without running a 1 ms timer meanwhile, which is what a window would feel as a
// frozen frame (issue 4: no frame longer than 50 ms while 10,000 targets are probed).
#include "probe/probeengine.h"

#include <algorithm>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <benchmark/benchmark.h>

namespace {

void scanLoopback(benchmark::State& state)
{
    const int ports = int(state.range(0));
    QList<ProbeTarget> targets;
    for (int port = 1; port <= ports; ++port)
        targets.append(ProbeTarget{QStringLiteral("127.0.0.1"), Transport::Tcp, port, {}, {}});
    qint64 longestStallNs = 0;
    for (auto _ : state) {
        ProbeEngine engine;
        QEventLoop loop;
        QObject::connect(&engine, &ProbeEngine::finished, &loop, &QEventLoop::quit);
        QTimer tick;
        tick.setTimerType(Qt::PreciseTimer);
        tick.setInterval(1);
        QElapsedTimer sinceTick;
        QObject::connect(&tick, &QTimer::timeout, &tick, [&] {
            longestStallNs = std::max(longestStallNs, sinceTick.nsecsElapsed());
            sinceTick.restart();
        });
        sinceTick.start();
        tick.start();
        engine.start(targets);
        loop.exec();
    }
    state.counters["longest_stall_ms"] = double(longestStallNs) / 1e6;
    state.counters["ports_per_s"] = benchmark::Counter(double(ports), benchmark::Counter::kIsIterationInvariantRate);
}

} // namespace

BENCHMARK(scanLoopback)->Arg(10'000)->Arg(65'535)->Unit(benchmark::kMillisecond)->UseRealTime();

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
