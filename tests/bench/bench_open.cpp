// The window's target: opening a 1,000-server deployment until the diagram has been painted once takes at most
// 0.5 s. Each iteration builds the real MainWindow, opens the file (read, analysis, scene), shows the window and waits
// for the first paint of the diagram's viewport; destroying the window is untimed.
#include "app/gui/mainwindow.h"
#include "model/deploymentfile.h"
#include "views/appsettings.h"

#include "offscreenbenchmarkmain.h"
#include "thousandservers.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QGraphicsView>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

namespace {

// Notes the first paint event of the widget it watches.
class PaintWatcher final : public QObject
{
public:
    bool painted() const { return m_painted; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            m_painted = true;
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_painted = false;
};

void openUntilPainted(benchmark::State& state)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("1000-servers.portolan"));
    if (!dir.isValid() || !DeploymentWriter().writeFile(thousandServers(), path)) {
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
        PaintWatcher watcher;
        window->findChild<QGraphicsView*>(QStringLiteral("topologyView"))->viewport()->installEventFilter(&watcher);
        window->show();
        const QDeadlineTimer deadline(10000);
        while (!watcher.painted() && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        if (!watcher.painted()) {
            state.SkipWithError("the diagram was never painted");
            break;
        }
        state.PauseTiming();
        window.reset();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        state.ResumeTiming();
    }
}

} // namespace

BENCHMARK(openUntilPainted)->Unit(benchmark::kMillisecond);

PORTOLAN_OFFSCREEN_BENCHMARK_MAIN()
