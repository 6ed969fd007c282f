// Hit-testing without a BSP index (the scene uses NoIndex, issue 10): what a click, a hover or a drag asks the scene,
// items(point), over the whole diagram of 300 and 10,000 servers in 50 zones. Each iteration asks at 100 points spread
// over the scene; arrows and items count what the linear search walks through.
#include "model/deployment.h"
#include "model/deploymentanalysis.h"
#include "model/portcatalog.h"
#include "views/diagram/topologyscene.h"

#include "largedeployment.h"
#include "offscreenbenchmarkmain.h"

#include <QApplication>

#include <benchmark/benchmark.h>

namespace {

constexpr int kPointsPerSide = 10;

void itemsAtPoints(benchmark::State& state, const DeploymentData& deployment)
{
    Deployment document;
    document.reset(deployment);
    DeploymentAnalysis analysis(&document, PortCatalog::builtin());
    TopologyScene scene(&document, &analysis, PortCatalog::builtin());
    const QRectF area = scene.sceneRect();
    QList<QPointF> points;
    for (int i = 0; i < kPointsPerSide; ++i) {
        for (int j = 0; j < kPointsPerSide; ++j)
            points.append({area.left() + area.width() * (i + 0.5) / kPointsPerSide,
                           area.top() + area.height() * (j + 0.5) / kPointsPerSide});
    }
    qsizetype hits = 0;
    for (auto _ : state) {
        for (const QPointF& point : std::as_const(points))
            hits += scene.items(point).size();
    }
    benchmark::DoNotOptimize(hits);
    state.counters["arrows"] = double(scene.flowArrows().size());
    state.counters["items"] = double(scene.items().size());
}

} // namespace

BENCHMARK_CAPTURE(itemsAtPoints, 300_servers_50_zones, largeDeployment(300))->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(itemsAtPoints, 10000_servers_50_zones, largeDeployment(10000))->Unit(benchmark::kMicrosecond);

PORTOLAN_OFFSCREEN_BENCHMARK_MAIN()
