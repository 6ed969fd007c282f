#include "views/probing/probestatus.h"

#include "views/probing/liveprobe.h"
#include "views/probing/probestatestyle.h"

#include <QHBoxLayout>
#include <QLocale>
#include <QProgressBar>
#include <QTimer>
#include <QToolButton>

namespace {
constexpr int ShowAfterMs = 500;
}

ProbeStatus::ProbeStatus(LiveProbe* probe, QAction* cancel, QWidget* parent)
    : QWidget(parent)
    , m_probe(probe)
    , m_progress(new QProgressBar(this))
    , m_showDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("probeStatus"));
    m_progress->setObjectName(QStringLiteral("probeProgress"));
    m_progress->setMaximumWidth(220);
    m_progress->setFormat(tr("Probing %v of %m ports"));
    auto* cancelButton = new QToolButton(this);
    cancelButton->setObjectName(QStringLiteral("probeCancelButton"));
    cancelButton->setDefaultAction(cancel);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_progress);
    layout->addWidget(cancelButton);
    hide();

    m_showDelay->setSingleShot(true);
    m_showDelay->setInterval(ShowAfterMs);
    connect(m_showDelay, &QTimer::timeout, this, [this] { setVisible(m_probe->isRunning()); });
    connect(m_probe, &LiveProbe::runStarted, this, [this] {
        const int total = int(m_probe->plan().probes.size());
        m_progress->setRange(0, total);
        m_progress->setValue(0);
        m_showDelay->start();
        emit message(tr("Probing %n ports…", nullptr, total));
    });
    connect(m_probe, &LiveProbe::progress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(m_probe, &LiveProbe::runFinished, this, [this](const ProbeRunSummary& run) {
        m_showDelay->stop();
        hide();
        emit message(summary(run));
    });
}

QString ProbeStatus::summary(const ProbeRunSummary& run)
{
    QStringList counts;
    for (const ProbeState state : probeStatesInOrder()) {
        if (const int count = run.counts.value(state))
            counts.append(QStringLiteral("%1 %2").arg(count).arg(probeStateName(state)));
    }
    // "1.3 s", or "45 ms" for a run shorter than a second.
    const QString elapsed = run.elapsedMs < 1000 ? tr("%1 ms").arg(run.elapsedMs)
                                                 : tr("%1 s").arg(QLocale().toString(run.elapsedMs / 1000.0, 'f', 1));
    const QString message = run.cancelled ? tr("Probe cancelled after %n ports in %1: %2", nullptr, run.total)
                                          : tr("Probed %n ports in %1: %2", nullptr, run.total);
    return message.arg(elapsed, counts.join(QStringLiteral(", ")));
}
