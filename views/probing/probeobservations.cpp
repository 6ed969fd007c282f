#include "views/probing/probeobservations.h"

#include "planprobing/planprobing.h"
#include "model/deployment.h"
#include "model/portmatrix.h"
#include "model/probeplan.h"
#include "views/probing/probestatestyle.h"

ProbeObservations::ProbeObservations(QObject* parent)
    : QObject(parent)
{}

ProbeObservations::Key ProbeObservations::key(const QString& host, Transport transport, int port)
{
    return {host.trimmed().toLower(), transport, port};
}

void ProbeObservations::record(const Observation& observation)
{
    const ProbeResult& result = observation.result;
    m_observations.insert(key(result.host, result.transport, result.port), observation);
    emit changed();
}

void ProbeObservations::clear()
{
    if (m_observations.isEmpty())
        return;
    m_observations.clear();
    emit changed();
}

const Observation* ProbeObservations::find(const QString& host, Transport transport, int port) const
{
    const auto it = m_observations.constFind(key(host, transport, port));
    return it == m_observations.cend() ? nullptr : &it.value();
}

int ProbeObservations::severity(ProbeState state)
{
    switch (state) {
    case ProbeState::Closed:
        return 6;
    case ProbeState::Filtered:
        return 5;
    case ProbeState::Unreachable:
        return 4;
    case ProbeState::Unresolved:
        return 3;
    case ProbeState::Error:
        return 2;
    case ProbeState::OpenFiltered:
        return 1;
    case ProbeState::Open:
        break;
    }
    return 0;
}

QString ProbeObservations::describe(const Observation& observation, const QString& vantageName)
{
    const ProbeResult& result = observation.result;
    QStringList parts{probeStateName(result.state)};
    if (result.latencyMs >= 0)
        parts.append(tr("%1 ms").arg(result.latencyMs, 0, 'f', 1));
    if (result.time.isValid()) {
        // Results of one run share their seconds: formatting a local time is the slow part of a line.
        thread_local std::pair<qint64, QString> lastSecond{-1, {}};
        const qint64 second = result.time.toSecsSinceEpoch();
        if (second != lastSecond.first)
            lastSecond = {second, result.time.toLocalTime().toString(QStringLiteral("hh:mm:ss"))};
        parts.append(lastSecond.second);
    }
    parts.append(observation.origin == u"nmap" ? tr("nmap from %1").arg(vantageName) : tr("from %1").arg(vantageName));
    return parts.join(QStringLiteral(" · "));
}

QHash<int, RowObservation> ProbeObservations::summarise(const ProbePlan& plan, const PortMatrix& matrix,
                                                        const Deployment& deployment) const
{
    const auto zoneName = [&deployment](const QString& id) {
        const Zone* zone = deployment.zone(id);
        return zone ? zone->name : id;
    };
    // A row that many servers share lists its first ports only: the tooltip stays readable, and a run of thousands
    // of ports is summarised without formatting every one of them.
    constexpr int maxDetails = 12;
    struct Seen
    {
        const PlannedProbe* probe;
        const Observation* observation;
    };
    struct Worst
    {
        const Observation* observation = nullptr;
        bool verified = true;
        QList<Seen> seen;
        int count = 0;
    };
    QHash<int, Worst> rows;
    for (const PlannedProbe& probe : plan.probes) {
        const Transport transport = transportOf(probe.protocol);
        const Observation* observation = find(probe.host, transport, probe.port);
        if (!observation)
            continue;
        for (const int row : probe.rows) {
            const MatrixRule* rule = matrix.ruleAt(row);
            if (!rule)
                continue;
            Worst& worst = rows[row];
            if (!worst.observation || severity(observation->result.state) > severity(worst.observation->result.state))
                worst.observation = observation;
            worst.verified = worst.verified && observation->vantage == rule->from;
            if (worst.seen.size() < maxDetails)
                worst.seen.append({&probe, observation});
            ++worst.count;
        }
    }
    QHash<int, RowObservation> summaries;
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        const Observation& observation = *it->observation;
        const MatrixRule& rule = *matrix.ruleAt(it.key());
        QStringList details;
        for (const Seen& seen : it->seen) {
            const ProbeResult& result = seen.observation->result;
            QString detail = seen.probe->host + u' ' + transportId(result.transport) + u'/' +
                             QString::number(seen.probe->port) + u' ' +
                             describe(*seen.observation, zoneName(seen.observation->vantage));
            if (!result.banner.isEmpty())
                detail += u'\n' + result.banner;
            details.append(detail);
        }
        if (it->count > maxDetails)
            details.append(tr("… and %n more ports", nullptr, it->count - maxDetails));
        QString toolTip = details.join(u'\n');
        if (!it->verified)
            toolTip +=
                u'\n' + tr("Not verified: this rule is checked only by a probe from %1.").arg(zoneName(rule.from));
        summaries.insert(it.key(), {describe(observation, zoneName(observation.vantage)), toolTip,
                                    probeStateColour(observation.result.state), it->verified});
    }
    return summaries;
}
