#include "views/probing/liveprobe.h"

#include "model/deployment.h"
#include "model/deploymentanalysis.h"
#include "planprobing/planprobing.h"
#include "probe/nmapxmlreader.h"
#include "probe/probeengine.h"
#include "probe/probetarget.h"
#include "views/probing/probeobservations.h"

LiveProbe::LiveProbe(Deployment* document, DeploymentAnalysis* analysis, const PortCatalog& catalog, QObject* parent)
    : QObject(parent)
    , m_document(document)
    , m_analysis(analysis)
    , m_catalog(catalog)
    , m_engine(new ProbeEngine(this))
    , m_observations(new ProbeObservations(this))
{
    enableServiceChecks(*m_engine);
    m_debounceTimer.setSingleShot(true);
    m_debounceTimer.setInterval(DebounceMs);
    m_updateTimer.setSingleShot(true);
    m_updateTimer.setInterval(UpdateIntervalMs);
    m_intervalTimer.setInterval(m_intervalSeconds * 1000);
    connect(&m_debounceTimer, &QTimer::timeout, this, &LiveProbe::probeNow);
    connect(&m_intervalTimer, &QTimer::timeout, this, [this] {
        if (!isRunning())
            probeNow();
    });
    connect(&m_updateTimer, &QTimer::timeout, this, &LiveProbe::announceChanges);
    connect(m_observations, &ProbeObservations::changed, this, [this] {
        if (!m_updateTimer.isActive())
            m_updateTimer.start();
    });
    connect(m_engine, &ProbeEngine::resultReady, this, &LiveProbe::recordResult);
    connect(m_engine, &ProbeEngine::progress, this, &LiveProbe::progress);
    connect(m_engine, &ProbeEngine::finished, this, &LiveProbe::runDone);
    connect(m_analysis, &DeploymentAnalysis::updated, this, &LiveProbe::planChanged);
    planChanged();
}

LiveProbe::~LiveProbe() = default;

QString LiveProbe::targetKey(const QString& host, Transport transport, int port)
{
    return host.trimmed().toLower() + u'/' + transportId(transport) + u'/' + QString::number(port);
}

const ProbePlan& LiveProbe::plan() const
{
    ensurePlan();
    return m_plan;
}

bool LiveProbe::ensurePlan() const
{
    if (!m_planStale)
        return false;
    m_planStale = false;
    m_plan = ProbePlan::build(m_document->data(), m_analysis->matrix(), m_catalog);
    QSet<QString> targets;
    m_labels.clear();
    for (const PlannedProbe& probe : std::as_const(m_plan.probes)) {
        const QString key = targetKey(probe.host, transportOf(probe.protocol), probe.port);
        targets.insert(key);
        QStringList names;
        for (const QString& id : probe.servers) {
            const Server* server = m_document->server(id);
            names.append(server ? server->name : id);
        }
        m_labels.insert(key, names.join(QStringLiteral(", ")));
    }
    const bool changed = targets != m_targets;
    m_targets = targets;
    return changed;
}

// Live mode and shown observations need the new plan at once; otherwise it waits until something asks for it.
void LiveProbe::planChanged()
{
    m_planStale = true;
    if (!m_document->zone(m_vantage))
        m_vantage = m_document->zones().isEmpty() ? QString() : m_document->zones().constFirst().id;
    if (!m_enabled && m_observations->isEmpty())
        return;
    if (ensurePlan() && m_enabled && !m_targets.isEmpty())
        m_debounceTimer.start();
    // The rows were renumbered: the views read every observation against the new plan at once.
    if (!m_observations->isEmpty()) {
        for (const PlannedProbe& probe : std::as_const(m_plan.probes))
            m_changedHosts.insert(probe.host.trimmed().toLower());
        announceChanges();
    }
}

void LiveProbe::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    if (enabled) {
        m_intervalTimer.start();
        probeNow();
    } else {
        m_intervalTimer.stop();
        m_debounceTimer.stop();
    }
    emit enabledChanged(enabled);
}

void LiveProbe::setIntervalSeconds(int seconds)
{
    m_intervalSeconds = qMax(1, seconds);
    m_intervalTimer.setInterval(m_intervalSeconds * 1000);
}

void LiveProbe::setVantage(const QString& zoneId)
{
    m_vantage = zoneId;
}

bool LiveProbe::isRunning() const
{
    return m_engine->isRunning();
}

bool LiveProbe::probeNow()
{
    m_debounceTimer.stop();
    if (plan().probes.isEmpty())
        return false;
    if (isRunning())
        cancel();
    m_run = {};
    m_run.vantage = m_vantage;
    m_run.started = QDateTime::currentDateTimeUtc();
    m_lastSource = {m_vantage, m_run.started, QStringLiteral("probe")};
    m_runClock.start();
    emit runStarted(m_run.started);
    m_engine->start(probeTargets(m_plan));
    return true;
}

void LiveProbe::cancel()
{
    m_debounceTimer.stop();
    if (!isRunning())
        return;
    m_run.cancelled = true;
    m_engine->cancel();
}

void LiveProbe::announceChanges()
{
    m_updateTimer.stop();
    emit observationsChanged(std::exchange(m_changedHosts, {}));
}

void LiveProbe::recordResult(const ProbeResult& result)
{
    m_changedHosts.insert(result.host.trimmed().toLower());
    m_observations->record({result, m_run.vantage, QStringLiteral("probe")});
    ++m_run.counts[result.state];
    ++m_run.total;
    emit resultArrived(label(result), result);
}

void LiveProbe::runDone()
{
    m_run.elapsedMs = m_runClock.elapsed();
    if (m_updateTimer.isActive())
        announceChanges();
    emit runFinished(m_run);
}

int LiveProbe::importNmap(const QList<NmapHost>& hosts, QStringList* unmatched, const QDateTime& started)
{
    const QList<ProbeResult> results = resultsFromNmap(plan(), hosts, unmatched);
    m_lastSource = {m_vantage, started.isValid() ? started : QDateTime::currentDateTimeUtc(), QStringLiteral("nmap")};
    for (const ProbeResult& result : results) {
        m_changedHosts.insert(result.host.trimmed().toLower());
        m_observations->record({result, m_vantage, QStringLiteral("nmap")});
    }
    return int(results.size());
}

ProbeEvidence LiveProbe::evidence() const
{
    QList<ProbeResult> results;
    for (const PlannedProbe& probe : plan().probes) {
        if (const Observation* seen = m_observations->find(probe.host, transportOf(probe.protocol), probe.port)) {
            results.append(seen->result);
            results.last().host = probe.host; // find() ignores case and spaces, evidenceOf() matches hosts exactly
        }
    }
    const std::optional<QString> vantage =
        m_lastSource.vantage.isEmpty() ? std::nullopt : std::optional<QString>(m_lastSource.vantage);
    ProbeEvidence evidence =
        evidenceOf(m_document->data(), m_plan, results, vantage, m_lastSource.started, m_lastSource.origin);
    for (PortEvidence& port : evidence.ports) {
        const Observation* seen = m_observations->find(port.host, transportOf(port.protocol), port.port);
        port.verified = seen && port.fromZones.contains(seen->vantage);
    }
    return evidence;
}

QString LiveProbe::label(const ProbeResult& result) const
{
    ensurePlan();
    const QString key = targetKey(result.host, result.transport, result.port);
    const QString servers = m_labels.value(key, result.host);
    return servers + u' ' + transportId(result.transport) + u'/' + QString::number(result.port);
}
