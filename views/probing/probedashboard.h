#pragma once

#include "probe/proberesult.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QWidget>

class QCPBars;
class QCPGraph;
class QCustomPlot;
class QListWidget;
class QTimer;

// The probe dashboard: connect latency over time per server and port, the state counts of each probe run as stacked
// bars, a histogram of the latest run's latencies, and the list of ports whose state changed from one run to the next
// with when (newest first). Results arrive one by one while a run goes on; the plots redraw
// at most a few times a second, so that thousands of results never stall the window. Each plot saves as PNG or PDF.
class ProbeDashboard final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProbeDashboard)

public:
    enum class Plot
    {
        Latency,
        States,
        Histogram
    };
    static constexpr int MaxSeries = 12;   // latency lines; later ports share one "other ports" series
    static constexpr int MaxRuns = 30;     // stacked bars kept
    static constexpr int MaxChanges = 500; // entries of the change list kept

    explicit ProbeDashboard(QWidget* parent = nullptr);
    ~ProbeDashboard() override;

    // A new probe run starts: a new bar in the state plot and a fresh histogram.
    void beginRun(const QDateTime& started);
    // One result of the current run; label names the series, e.g. "EDGE01 tcp/25".
    void addResult(const QString& label, const ProbeResult& result);
    void clear();

    QCustomPlot* plot(Plot which) const;
    int runCount() const { return int(m_runs.size()); }
    // The change list's lines, newest first: "10:31:02  EDGE01 tcp/25: filtered → open".
    QStringList changes() const;
    // Writes one plot as PNG or PDF, chosen by the file's suffix.
    bool savePlot(Plot which, const QString& path, QString* error = nullptr);

private:
    struct Run
    {
        QDateTime started;
        QMap<ProbeState, int> counts;
        QList<double> latencies;
    };

    QCustomPlot* makePlot(const QString& objectName, const QString& title);
    QCPGraph* seriesFor(const QString& label);
    void replotSoon();
    void replot();
    void refillStates();
    void refillHistogram();
    void offerSaving(QCustomPlot* plot);

    QCustomPlot* m_latency;
    QCustomPlot* m_states;
    QCustomPlot* m_histogram;
    QHash<ProbeState, QCPBars*> m_stateBars;
    QCPBars* m_histogramBars;
    QHash<QString, QCPGraph*> m_series;
    QCPGraph* m_otherSeries = nullptr;
    QList<Run> m_runs;
    QHash<QString, ProbeState> m_lastStates; // by label: what the change list compares a new result with
    QListWidget* m_changes;
    QTimer* m_replotTimer;
};
