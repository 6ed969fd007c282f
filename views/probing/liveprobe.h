#pragma once

#include "model/probeevidence.h"
#include "model/probeplan.h"
#include "probe/proberesult.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QMap>
#include <QObject>
#include <QSet>
#include <QTimer>

class Deployment;
class DeploymentAnalysis;
class PortCatalog;
class ProbeEngine;
class ProbeObservations;
struct NmapHost;
struct ProbeTarget;

// What one probe run did: where from, when, how long, and how many ports ended in each state.
struct ProbeRunSummary
{
    QString vantage; // zone id
    QDateTime started;
    qint64 elapsedMs = 0;
    QMap<ProbeState, int> counts;
    int total = 0; // results received
    bool cancelled = false;
};

// The window's live probe, without a widget: probes the ports of the document's probe plan (servers with a host)
// from the vantage zone the user names, keeps the latest result of every port in observations(), and in live mode
// probes again every interval and, after a short pause, whenever an edit changes the plan's targets (a host, a role
// or a zone). Nothing is probed while no server has an address, nor while probing is off; probeNow() is one run.
// Observation changes are announced at most a few times a second, so that a long run never floods the views.
class LiveProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveProbe)

public:
    static constexpr int DebounceMs = 300;
    static constexpr int UpdateIntervalMs = 250;

    LiveProbe(Deployment* document, DeploymentAnalysis* analysis, const PortCatalog& catalog,
              QObject* parent = nullptr);
    ~LiveProbe() override;

    ProbeEngine* engine() const { return m_engine; }
    ProbeObservations* observations() const { return m_observations; }
    // The plan of the document as it is now. Built when first asked for after a change: a window that never probes
    // never pays for it (opening 10,000 servers spent most of its time here).
    const ProbePlan& plan() const;

    bool isEnabled() const { return m_enabled; }
    // Live mode: on probes at once (when there is something to probe), then every interval and after edits.
    void setEnabled(bool enabled);
    void setIntervalSeconds(int seconds);
    int intervalSeconds() const { return m_intervalSeconds; }
    // The zone this machine is in; every later result is recorded as seen from there.
    void setVantage(const QString& zoneId);
    QString vantage() const { return m_vantage; }

    // Starts a run of the whole plan now (cancelling one in progress). Returns false when no server has an address.
    bool probeNow();
    void cancel();
    bool isRunning() const;
    const ProbeRunSummary& lastRun() const { return m_run; }

    // Records an nmap report's ports of planned hosts (matched by address or name) as observations of origin
    // "nmap"; returns how many were recorded and names the hosts that match no server in unmatched. started is when
    // the scan began (NmapXmlReader::started()); when unknown, the time of the import stands in.
    int importNmap(const QList<NmapHost>& hosts, QStringList* unmatched = nullptr, const QDateTime& started = {});

    // The latest observation of every planned port, as the results file of `portolan-cli probe` would hold it: one
    // entry per (server, planned port) in plan order. vantage, started and origin are those of the latest probe run
    // or nmap import. A port keeps its own observation's zone, though: it is verified only when seen from the source
    // zone of one of its rows, even when the vantage changed since it was probed. Empty before anything was seen.
    ProbeEvidence evidence() const;

    // "EDGE01 tcp/25": the servers behind a result's host and its port, as the dashboard labels its series.
    QString label(const ProbeResult& result) const;

signals:
    void runStarted(const QDateTime& started);
    void progress(int done, int total);
    void resultArrived(const QString& label, const ProbeResult& result);
    void runFinished(const ProbeRunSummary& summary);
    // Throttled: the observations of these hosts (trimmed, lower case) changed, or the plan they are read against
    // changed (then every planned host is named).
    void observationsChanged(const QSet<QString>& hosts);
    void enabledChanged(bool enabled);

private:
    void planChanged();
    // Builds the plan if the document changed since; true if the set of probed targets changed.
    bool ensurePlan() const;
    void recordResult(const ProbeResult& result);
    void runDone();
    void announceChanges();
    static QString targetKey(const QString& host, Transport transport, int port);

    Deployment* m_document;
    DeploymentAnalysis* m_analysis;
    const PortCatalog& m_catalog;
    ProbeEngine* m_engine;
    ProbeObservations* m_observations;
    // The plan and what is derived from it, built by ensurePlan() on demand.
    mutable ProbePlan m_plan;
    mutable bool m_planStale = true;
    mutable QSet<QString> m_targets;          // the plan's targets, to notice edits that change them
    mutable QHash<QString, QString> m_labels; // target key → server names
    QString m_vantage;
    bool m_enabled = false;
    int m_intervalSeconds = 30;
    ProbeRunSummary m_run;
    // What evidence() says of the latest run or import: where from, when, "probe" or "nmap".
    struct Source
    {
        QString vantage;
        QDateTime started;
        QString origin = QStringLiteral("probe");
    };
    Source m_lastSource;
    QElapsedTimer m_runClock;
    QTimer m_intervalTimer;
    QTimer m_debounceTimer;
    QTimer m_updateTimer;
    QSet<QString> m_changedHosts; // since the last observationsChanged()
};
