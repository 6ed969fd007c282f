// The report's targets: the PDF of the default deployment in at most 0.3 s, of 1,000 servers in 50 zones in at most
// 3 s and 300 MB. Each iteration draws the deployment apart from any window (DeploymentSnapshot: document, analysis,
// scene), builds, lays out and writes the whole PDF with its attachments into memory, as `portolan-cli report` does.
// The counters give the pages, the PDF's size and the process's peak resident memory so far.
#include "model/deploymentfile.h"
#include "model/export/reportwriter.h"
#include "model/portcatalog.h"
#include "model/templatelibrary.h"
#include "views/export/deploymentsnapshot.h"

#include "largedeployment.h"
#include "offscreenbenchmarkmain.h"

#include <sys/resource.h>

#include <QBuffer>
#include <QRegularExpression>

#include <benchmark/benchmark.h>

namespace {

double peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0; // kilobytes on Linux
}

void writeReport(benchmark::State& state, const DeploymentData& data)
{
    qint64 bytes = 0;
    int pages = 0;
    int rules = 0;
    for (auto _ : state) {
        const DeploymentSnapshot snapshot(data);
        rules = snapshot.input({}).matrix->rowCount();
        ReportWriter writer(snapshot.input(QStringLiteral("bench.portolan")));
        QByteArray pdf;
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        if (!writer.write(&buffer)) {
            state.SkipWithError(qPrintable(writer.errorString()));
            return;
        }
        bytes = pdf.size();
        pages = int(pdf.count("/Type /Page\n") + pdf.count("/Type /Page\r"));
        benchmark::DoNotOptimize(pdf.data());
    }
    state.counters["pdf_kB"] = double(bytes) / 1024;
    state.counters["pages"] = pages;
    state.counters["rules"] = rules;
    state.counters["peak_MB"] = peakMegabytes();
}

void defaultDeployment(benchmark::State& state)
{
    DeploymentReader reader(PortCatalog::builtin());
    const auto data = reader.readFile(TemplateLibrary::find(QStringLiteral("exchange2019-edge"))->path);
    writeReport(state, *data);
}
BENCHMARK(defaultDeployment)->Unit(benchmark::kMillisecond)->UseRealTime();

void thousandServersFiftyZones(benchmark::State& state)
{
    writeReport(state, largeDeployment(1000));
}
BENCHMARK(thousandServersFiftyZones)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

} // namespace

PORTOLAN_OFFSCREEN_BENCHMARK_MAIN()
