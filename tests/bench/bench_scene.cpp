// The editor's target: with a 1,000-server deployment open (in four zones, or in 50 zones: issue 10), dropping a role
// until the window has repainted what it changed takes at most 16 ms. The diagram is a real QGraphicsView of
// 1400x900 pixels, as the window has it (antialiased), at 100 % around the zone the role goes into. The target is for
// a role the zone already has (another Edge in a perimeter network); a role new to its zone adds rows to the matrix and
// is measured too. Each iteration
// pushes one Add command (what a drop does), which updates the analysis and the scene, then runs the event loop until
// the view has painted; the undo that follows, and its repaint, are untimed.
#include "model/deployment.h"
#include "model/deploymentanalysis.h"
#include "model/deploymentcommands.h"
#include "model/portcatalog.h"
#include "views/diagram/servercarditem.h"
#include "views/diagram/topologyscene.h"

#include "largedeployment.h"
#include "offscreenbenchmarkmain.h"
#include "paintwatcher.h"
#include "thousandservers.h"

#include <QApplication>
#include <QGraphicsView>
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
    QGraphicsView view(&scene);
    view.setRenderHint(QPainter::Antialiasing);
    view.resize(1400, 900);
    const auto inZone = std::find_if(deployment.servers.begin(), deployment.servers.end(),
                                     [&zone](const Server& server) { return server.zone == zone; });
    if (inZone == deployment.servers.end()) {
        state.SkipWithError("no server in the zone of the drop");
        return;
    }
    view.centerOn(scene.card(inZone->id));
    PaintWatcher watcher(view.viewport());
    view.show();
    if (!watcher.waitForPaint()) {
        state.SkipWithError("the view was never painted");
        return;
    }
    Server edge;
    edge.id = QStringLiteral("edge-new");
    edge.name = QStringLiteral("EDGE-NEW");
    edge.zone = zone;
    edge.roles = {QStringLiteral("edge-transport")};
    for (auto _ : state) {
        watcher.reset();
        document.undoStack()->push(new AddServerCommand(&document, edge));
        if (!watcher.waitForPaint()) {
            state.SkipWithError("the drop was never painted");
            break;
        }
        state.PauseTiming();
        watcher.reset();
        document.undoStack()->undo();
        watcher.waitForPaint();
        state.ResumeTiming();
    }
}

} // namespace

BENCHMARK_CAPTURE(dropUntilPainted, 1000_servers_4_zones, thousandServers(), QStringLiteral("dmz"))
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(dropUntilPainted, 1000_servers_50_zones, largeDeployment(1000), QStringLiteral("dmz0"))
    ->Unit(benchmark::kMillisecond);
// An Edge where there was none: new rows in the matrix, so the diagram is built afresh and repainted whole.
BENCHMARK_CAPTURE(dropUntilPainted, 1000_servers_50_zones_new_rows, largeDeployment(1000), QStringLiteral("site0"))
    ->Unit(benchmark::kMillisecond);

PORTOLAN_OFFSCREEN_BENCHMARK_MAIN()
