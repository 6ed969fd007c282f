// The what-if's target: with a 1,000-server deployment open in the real window, blocking a port until the diagram
// and the Consequences panel have repainted takes at most one frame (16 ms). The window is 1400x900 with the
// Consequences dock in front; each iteration blocks the rules of one matrix row (what "Block (what-if)" does) from
// nothing blocked, so that the what-if bar appears too, and runs the event loop until both the diagram's and the
// Consequences list's viewports have painted; the Unblock All that follows, and its repaint, are untimed. block_ms is
// the part before painting. Two rows: Internet → DMZ TCP 25 (the Edges and the Internet's mail servers lose a flow)
// and LAN → LAN TCP 389 (every Mailbox server of the LAN loses its directory: 500 cards get a badge).
#include "app/gui/mainwindow.h"
#include "app/gui/whatifactions.h"
#include "model/deploymentanalysis.h"
#include "model/deploymentfile.h"
#include "model/whatifstate.h"
#include "views/appsettings.h"

#include "offscreenbenchmarkmain.h"
#include "paintwatcher.h"
#include "thousandservers.h"

#include <QDockWidget>
#include <QElapsedTimer>
#include <QGraphicsView>
#include <QTemporaryDir>
#include <QTreeWidget>

#include <benchmark/benchmark.h>

namespace {

void blockUntilPainted(benchmark::State& state, const QString& entry, const QString& from, const QString& to)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("deployment.portolan"));
    if (!dir.isValid() || !DeploymentWriter().writeFile(thousandServers(), path)) {
        state.SkipWithError("cannot write the deployment file");
        return;
    }
    MainWindow window(std::make_unique<AppSettings>(dir.filePath(QStringLiteral("settings.ini"))));
    if (!window.openFile(path)) {
        state.SkipWithError("cannot open the deployment file");
        return;
    }
    window.resize(1400, 900);
    auto* view = window.findChild<QGraphicsView*>(QStringLiteral("topologyView"));
    auto* consequences = window.findChild<QTreeWidget*>(QStringLiteral("consequencesView"));
    WhatIfState* whatIf = window.findChild<WhatIfActions*>()->state();
    const PortMatrix& matrix = window.findChild<DeploymentAnalysis*>()->matrix();
    int row = -1;
    for (int r = 0; r < matrix.rowCount(); ++r) {
        const MatrixRule* rule = matrix.ruleAt(r);
        if (rule->entry == entry && rule->from == from && rule->to == to)
            row = r;
    }
    if (row < 0) {
        state.SkipWithError("no such rule");
        return;
    }
    PaintWatcher diagram(view->viewport());
    PaintWatcher list(consequences->viewport());
    window.show();
    window.findChild<QDockWidget*>(QStringLiteral("consequencesDock"))->raise();
    whatIf->block({row}); // once, so that the dock's list is on screen and has been laid out
    if (!diagram.waitForPaint() || !list.waitForPaint()) {
        state.SkipWithError("the window was never painted");
        return;
    }
    whatIf->unblockAll();
    diagram.reset();
    diagram.waitForPaint();
    qsizetype losing = 0;
    qint64 blockNanoseconds = 0;
    for (auto _ : state) {
        diagram.reset();
        list.reset();
        QElapsedTimer block;
        block.start();
        whatIf->block({row});
        blockNanoseconds += block.nsecsElapsed();
        if (!diagram.waitForPaint() || !list.waitForPaint()) {
            state.SkipWithError("the block was never painted");
            break;
        }
        state.PauseTiming();
        losing = whatIf->outcome().endpointsLosingFlows.size();
        diagram.reset();
        whatIf->unblockAll();
        diagram.waitForPaint();
        state.ResumeTiming();
    }
    state.counters["losing_flows"] = double(losing); // servers and actors with a warning badge
    // The part before painting: the outcome, the marks on the items, the Consequences list and the matrix rows.
    state.counters["block_ms"] = state.iterations() ? blockNanoseconds / 1e6 / double(state.iterations()) : 0;
}

} // namespace

BENCHMARK_CAPTURE(blockUntilPainted, 1000_servers_inbound_smtp, QStringLiteral("common-inbound-smtp-edge"),
                  QStringLiteral("internet"), QStringLiteral("dmz"))
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(blockUntilPainted, 1000_servers_directory_ldap, QStringLiteral("common-ad-ldap-tcp"),
                  QStringLiteral("lan"), QStringLiteral("lan"))
    ->Unit(benchmark::kMillisecond);

PORTOLAN_OFFSCREEN_BENCHMARK_MAIN()
