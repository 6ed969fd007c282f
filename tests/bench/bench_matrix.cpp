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

namespace {

// 50 zones: Internet, Exchange Online, 8 perimeter networks and 40 internal sites. Each site has domain controllers
// and Mailbox servers; the perimeters hold Edge servers and reverse proxies. DAG and hybrid are on.
DeploymentData largeDeployment(int servers)
{
    DeploymentData data;
    data.name = QStringLiteral("Scale %1").arg(servers);
    data.exchangeVersion = QStringLiteral("2019");
    data.options = DeploymentOptions::defaultsFor(data.exchangeVersion);
    data.options.dag.enabled = true;
    data.options.setFlag(QStringLiteral("hybrid"), true);
    data.zones.append({QStringLiteral("internet"), QStringLiteral("Internet"), QStringLiteral("internet"), {}, true});
    data.zones.append({QStringLiteral("cloud"), QStringLiteral("Exchange Online"), QStringLiteral("cloud"), {}, true});
    for (int i = 0; i < 8; ++i)
        data.zones.append(
            {QStringLiteral("dmz%1").arg(i), QStringLiteral("DMZ %1").arg(i), QStringLiteral("dmz"), {}, true});
    for (int i = 0; i < 40; ++i)
        data.zones.append(
            {QStringLiteral("site%1").arg(i), QStringLiteral("Site %1").arg(i), QStringLiteral("lan"), {}, true});
    for (int i = 0; i < servers; ++i) {
        Server server;
        server.id = QStringLiteral("srv%1").arg(i);
        server.name = server.id.toUpper();
        switch (i % 25) {
        case 0:
            server.zone = QStringLiteral("dmz%1").arg(i / 25 % 8);
            server.roles = {QStringLiteral("edge-transport")};
            break;
        case 1:
            server.zone = QStringLiteral("dmz%1").arg(i / 25 % 8);
            server.roles = {QStringLiteral("reverse-proxy")};
            break;
        case 2:
        case 3:
            server.zone = QStringLiteral("site%1").arg(i % 40);
            server.roles = {QStringLiteral("domain-controller")};
            break;
        default:
            server.zone = QStringLiteral("site%1").arg(i % 40);
            server.roles = {QStringLiteral("mailbox")};
        }
        data.servers.append(server);
    }
    return data;
}

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
