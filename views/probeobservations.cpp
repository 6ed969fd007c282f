#include "views/probeobservations.h"

#include "model/deployment.h"
#include "model/portmatrix.h"
#include "model/probeplan.h"
#include "views/probestatestyle.h"

ProbeObservations::ProbeObservations(QObject* parent)
    : QObject(parent)
{}

QString ProbeObservations::key(const QString& host, Transport transport, int port)
{
    return host.trimmed().toLower() + u'/' + transportId(transport) + u'/' + QString::number(port);
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
    if (result.time.isValid())
        parts.append(result.time.toLocalTime().toString(QStringLiteral("hh:mm:ss")));
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
    struct Worst
    {
        const Observation* observation = nullptr;
        bool verified = true;
        QStringList details;
    };
    QHash<int, Worst> rows;
    for (const PlannedProbe& probe : plan.probes) {
        const Transport transport = probe.protocol == Protocol::Udp ? Transport::Udp : Transport::Tcp;
        const Observation* observation = find(probe.host, transport, probe.port);
        if (!observation)
            continue;
        QString detail = probe.host + u' ' + transportId(transport) + u'/' + QString::number(probe.port) + u' ' +
                         describe(*observation, zoneName(observation->vantage));
        if (!observation->result.banner.isEmpty())
            detail += u'\n' + observation->result.banner;
        for (const int row : probe.rows) {
            const MatrixRule* rule = matrix.ruleAt(row);
            if (!rule)
                continue;
            Worst& worst = rows[row];
            if (!worst.observation || severity(observation->result.state) > severity(worst.observation->result.state))
                worst.observation = observation;
            worst.verified = worst.verified && observation->vantage == rule->from;
            worst.details.append(detail);
        }
    }
    QHash<int, RowObservation> summaries;
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        const Observation& observation = *it->observation;
        const MatrixRule& rule = *matrix.ruleAt(it.key());
        QString toolTip = it->details.join(u'\n');
        if (!it->verified)
            toolTip +=
                u'\n' + tr("Not verified: this rule is checked only by a probe from %1.").arg(zoneName(rule.from));
        summaries.insert(it.key(), {describe(observation, zoneName(observation.vantage)), toolTip,
                                    probeStateColour(observation.result.state), it->verified});
    }
    return summaries;
}
