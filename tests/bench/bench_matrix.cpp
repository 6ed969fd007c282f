// The scale target: a 10,000-server, 50-zone deployment gives its JSON matrix in under 1 s end to end, and
// 10× the servers costs at most 12× the time. Each iteration parses the file, builds the matrix and writes its JSON to
// a file.
#include "model/deploymentfile.h"
#include "model/matrixbuilder.h"
#include "model/export/matrixjsonwriter.h"
#include "model/portcatalog.h"

#include <QCoreApplication>
#include <QTemporaryFile>

#include <benchmark/benchmark.h>

#include "largedeployment.h"

namespace {

void matrixJsonEndToEnd(benchmark::State& state)
{
    const PortCatalog& catalog = PortCatalog::builtin();
    const QByteArray file = DeploymentWriter().toJson(largeDeployment(int(state.range(0))));
    qint64 outputBytes = 0;
    for (auto _ : state) {
        DeploymentReader reader(catalog);
        const auto data = reader.read(file);
        if (!data) {
            state.SkipWithError(qPrintable(reader.errorString()));
            break;
        }
        const PortMatrix matrix = MatrixBuilder(catalog).build(*data);
        // To a file, as `portolan-cli matrix -o` does.
        QTemporaryFile out;
        if (!out.open() || !MatrixJsonWriter(matrix, catalog).write(&out)) {
            state.SkipWithError("cannot write the matrix");
            break;
        }
        outputBytes = out.size();
    }
    state.counters["servers"] = double(state.range(0));
    state.counters["jsonMB"] = double(outputBytes) / 1e6;
}

} // namespace

BENCHMARK(matrixJsonEndToEnd)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
