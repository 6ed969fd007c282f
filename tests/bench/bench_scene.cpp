// The editor's target: with a 1,000-server deployment open (in four zones, or in 50 zones: issue 10), dropping a role
// until the repaint that shows its ports takes at most 16 ms. Each iteration pushes one Add command (what a drop does),
// which recomputes the analysis and rebuilds the scene, then paints the scene into an image the size of a window; the
// undo that follows is untimed.
#include "model/deployment.h"
#include "model/deploymentanalysis.h"
#include "model/deploymentcommands.h"
#include "model/portcatalog.h"
#include "views/diagram/topologyscene.h"

#include "largedeployment.h"
#include "offscreenbenchmarkmain.h"
#include "thousandservers.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QUndoStack>

#include <benchmark/benchmark.h>

namespace {

// zone: a perimeter zone of the deployment, where the new Edge goes.
void dropUntilPainted(benchmark::State& state, const DeploymentData& deployment, const QString& zone)
{
    Deployment document;
    document.reset(deployment);
    DeploymentAnalysis analysis(&document, PortCatalog::builtin());
    TopologyScene scene(&document, &analysis, PortCatalog::builtin());
    QImage frame(1400, 900, QImage::Format_ARGB32_Premultiplied);
    Server edge;
    edge.id = QStringLiteral("edge-new");
    edge.name = QStringLiteral("EDGE-NEW");
    edge.zone = zone;
    edge.roles = {QStringLiteral("edge-transport")};
    for (auto _ : state) {
        document.undoStack()->push(new AddServerCommand(&document, edge));
        // What the window's event loop does before it repaints: among others, the scene polishes its new items.
        QCoreApplication::processEvents();
        QPainter painter(&frame);
        scene.render(&painter, frame.rect(), QRectF(0, 0, 1400, 900));
        painter.end();
        state.PauseTiming();
        document.undoStack()->undo();
        QCoreApplication::processEvents();
        state.ResumeTiming();
    }
}

} // namespace

BENCHMARK_CAPTURE(dropUntilPainted, 1000_servers_4_zones, thousandServers(), QStringLiteral("dmz"))
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(dropUntilPainted, 1000_servers_50_zones, largeDeployment(1000), QStringLiteral("dmz0"))
    ->Unit(benchmark::kMillisecond);

PORTOLAN_OFFSCREEN_BENCHMARK_MAIN()
