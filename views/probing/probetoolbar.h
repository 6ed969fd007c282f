#pragma once

#include <QToolBar>

class AppSettings;
class DeploymentAnalysis;
class LiveProbe;
class QComboBox;
class QSpinBox;

// The live probe's controls: live mode on or off, probe now, cancel, the zone this machine probes from, and how often
// live mode probes again (kept in the settings). The window puts the same actions in its Probe menu.
class ProbeToolBar final : public QToolBar
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProbeToolBar)

public:
    ProbeToolBar(LiveProbe* probe, DeploymentAnalysis* analysis, AppSettings* settings, QWidget* parent = nullptr);

    QAction* liveAction() const { return m_live; }
    QAction* probeNowAction() const { return m_now; }
    QAction* cancelAction() const { return m_cancel; }

signals:
    void message(const QString& text); // for the status bar

private:
    void refillVantages();

    LiveProbe* m_probe;
    DeploymentAnalysis* m_analysis;
    QAction* m_live;
    QAction* m_now;
    QAction* m_cancel;
    QComboBox* m_vantage;
    QSpinBox* m_interval;
};
