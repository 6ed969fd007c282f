// Issue 10: the scanner on a filtered network against nmap -sT, in the same run. A network namespace of the
// benchmark's own (BenchNetwork) drops TCP to 1,000 ports; each case sweeps them with ProbeEngine's defaults (what
// `portolan-cli scan` does) and with `nmap -sT -Pn -n -p<same ports>`, in alternating pairs, and reports the median
// of the pairs' ratios (ours / nmap; the target is at most 0.5) with both medians.
// - dropped1000: ports 19900-20999, of which 20000-20999 are dropped and the 100 below them closed. With no port
//   answering at all nmap learns no round trip and slows to a crawl (201 s for 1,000 dropped ports when measured).
// - fullSweep20ms: all 65,535 ports over a link that delays each round trip by 20 ms (netem).
// Each case skips with the reason when it is not run as root or ip, nft, nmap or netem are missing.
#include "benchnetwork.h"
#include "probe/probeengine.h"

#include <algorithm>
#include <vector>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <benchmark/benchmark.h>

namespace {

constexpr int DropFirst = 20000;
constexpr int DropLast = 20999;
constexpr int Dropped = DropLast - DropFirst + 1;

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t middle = values.size() / 2;
    return values.size() % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

// Seconds of our sweep; `filtered` gets the count of filtered ports.
double sweepOurs(int firstPort, int lastPort, int* filtered)
{
    QList<ProbeTarget> targets;
    for (int port = firstPort; port <= lastPort; ++port)
        targets.append(ProbeTarget{BenchNetwork::address(), Transport::Tcp, port, {}, {}});
    ProbeEngine engine;
    *filtered = 0;
    QObject::connect(&engine, &ProbeEngine::resultReady, &engine,
                     [filtered](const ProbeResult& result) { *filtered += result.state == ProbeState::Filtered; });
    QEventLoop loop;
    QObject::connect(&engine, &ProbeEngine::finished, &loop, &QEventLoop::quit);
    QElapsedTimer elapsed;
    elapsed.start();
    engine.start(targets);
    loop.exec();
    return double(elapsed.nsecsElapsed()) / 1e9;
}

// Seconds of nmap's sweep, or a negative number when it failed; `filtered` gets its count of filtered ports.
double sweepNmap(const QString& nmap, int firstPort, int lastPort, int* filtered)
{
    QProcess process;
    QElapsedTimer elapsed;
    elapsed.start();
    process.start(nmap, {QStringLiteral("-sT"), QStringLiteral("-Pn"), QStringLiteral("-n"),
                         QStringLiteral("-p%1-%2").arg(firstPort).arg(lastPort), BenchNetwork::address(),
                         QStringLiteral("-oX"), QStringLiteral("-")});
    if (!process.waitForFinished(-1) || process.exitCode() != 0)
        return -1;
    const double seconds = double(elapsed.nsecsElapsed()) / 1e9;
    const QString xml = QString::fromUtf8(process.readAllStandardOutput());
    *filtered = int(xml.count(QStringLiteral("<state state=\"filtered\"")));
    static const QRegularExpression extra(QStringLiteral("<extraports state=\"filtered\" count=\"(\\d+)\""));
    for (auto match = extra.globalMatch(xml); match.hasNext();)
        *filtered += match.next().captured(1).toInt();
    return seconds;
}

void compareWithNmap(benchmark::State& state, int firstPort, int lastPort, int delayMs, int pairs)
{
    const QString nmap = QStandardPaths::findExecutable(QStringLiteral("nmap"));
    if (nmap.isEmpty()) {
        state.SkipWithError("nmap is not installed (scripts/install-deps installs it)");
        return;
    }
    const BenchNetwork network(DropFirst, DropLast, delayMs);
    if (!network.error().isEmpty()) {
        state.SkipWithError(network.error().toStdString().c_str());
        return;
    }
    std::vector<double> ours;
    std::vector<double> theirs;
    std::vector<double> ratios;
    for (auto _ : state) {
        for (int pair = 0; pair < pairs; ++pair) {
            int ourFiltered = 0;
            int nmapFiltered = 0;
            double oursSeconds = 0;
            double nmapSeconds = 0;
            if (pair % 2 == 0) { // alternate who goes first, so that neither always finds a warm or a cold network
                oursSeconds = sweepOurs(firstPort, lastPort, &ourFiltered);
                nmapSeconds = sweepNmap(nmap, firstPort, lastPort, &nmapFiltered);
            } else {
                nmapSeconds = sweepNmap(nmap, firstPort, lastPort, &nmapFiltered);
                oursSeconds = sweepOurs(firstPort, lastPort, &ourFiltered);
            }
            if (nmapSeconds < 0) {
                state.SkipWithError("nmap failed");
                return;
            }
            if (ourFiltered != Dropped || nmapFiltered != Dropped) {
                state.SkipWithError(QStringLiteral("filtered ports: ours %1, nmap %2, dropped %3")
                                        .arg(ourFiltered)
                                        .arg(nmapFiltered)
                                        .arg(Dropped)
                                        .toStdString()
                                        .c_str());
                return;
            }
            ours.push_back(oursSeconds);
            theirs.push_back(nmapSeconds);
            ratios.push_back(oursSeconds / nmapSeconds);
        }
    }
    state.counters["ours_s"] = median(ours);
    state.counters["nmap_s"] = median(theirs);
    state.counters["ratio"] = median(ratios);
    state.counters["pairs"] = double(ratios.size());
}

void dropped1000(benchmark::State& state)
{
    compareWithNmap(state, DropFirst - 100, DropLast, 0, 5);
}

void fullSweep20ms(benchmark::State& state)
{
    compareWithNmap(state, 1, 65535, 20, 3);
}

} // namespace

BENCHMARK(dropped1000)->Iterations(1)->Unit(benchmark::kSecond)->UseRealTime();
BENCHMARK(fullSweep20ms)->Iterations(1)->Unit(benchmark::kSecond)->UseRealTime();

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
