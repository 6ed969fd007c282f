#pragma once

#include <QWidget>

class LiveProbe;
class QAction;
class QProgressBar;
class QTimer;
struct ProbeRunSummary;

// The live probe in the status bar: a progress bar with a Cancel button while a run goes on (shown only after half a
// second, as a short run is over before anyone could read it), and a summary line when it ends.
class ProbeStatus final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProbeStatus)

public:
    ProbeStatus(LiveProbe* probe, QAction* cancel, QWidget* parent = nullptr);

    // "Probed 42 ports in 1.3 s: 38 open, 3 filtered, 1 closed".
    static QString summary(const ProbeRunSummary& run);

signals:
    void message(const QString& text); // for the status bar

private:
    LiveProbe* m_probe;
    QProgressBar* m_progress;
    QTimer* m_showDelay;
};
