#include "planprobing/planprobing.h"

#include <memory>

#include "probe/cldapcheck.h"
#include "probe/dnscheck.h"
#include "probe/probeengine.h"
#include "probe/servicecheckattempt.h"
#include "probe/socketprobeattempt.h"

Transport transportOf(Protocol protocol)
{
    return protocol == Protocol::Udp ? Transport::Udp : Transport::Tcp;
}

QList<ProbeTarget> probeTargets(const ProbePlan& plan)
{
    static const std::shared_ptr<const UdpServiceCheck> dns = std::make_shared<DnsCheck>();
    static const std::shared_ptr<const UdpServiceCheck> cldap = std::make_shared<CldapCheck>();
    QList<ProbeTarget> targets;
    targets.reserve(plan.probes.size());
    for (const PlannedProbe& probe : plan.probes) {
        ProbeTarget target;
        target.host = probe.host;
        target.transport = transportOf(probe.protocol);
        target.port = probe.port;
        if (target.transport == Transport::Tcp)
            target.check = serviceKindFromId(probe.check);
        else if (probe.check == u"dns")
            target.udpCheck = dns;
        else if (probe.check == u"cldap")
            target.udpCheck = cldap;
        targets.append(target);
    }
    return targets;
}

void enableServiceChecks(ProbeEngine& engine)
{
    engine.setAttemptFactory(
        [&engine, poller = std::make_shared<SocketPoller>()](
            const QHostAddress& address, const ProbeTarget& target) -> std::unique_ptr<ProbeAttempt> {
            if (target.transport == Transport::Tcp && target.check)
                return std::make_unique<ServiceCheckAttempt>(address, target, poller, engine.timeout());
            return std::make_unique<SocketProbeAttempt>(address, target, poller);
        });
}

QList<ProbeResult> resultsFromNmap(const ProbePlan& plan, const QList<NmapHost>& hosts, QStringList* unmatched,
                                   QStringList* notScanned)
{
    const auto matches = [](const QString& planned, const NmapHost& host) {
        return host.addresses.contains(planned) || host.names.contains(planned, Qt::CaseInsensitive);
    };
    QList<ProbeResult> results;
    for (const PlannedProbe& probe : plan.probes) {
        const Transport transport = transportOf(probe.protocol);
        bool found = false;
        for (int index = 0; index < hosts.size() && !found; ++index) {
            const NmapHost& host = hosts.at(index);
            if (!matches(probe.host, host))
                continue;
            for (const ProbeResult& scanned : host.results) {
                if (scanned.transport == transport && scanned.port == probe.port) {
                    ProbeResult result = scanned;
                    result.host = probe.host;
                    results.append(result);
                    found = true;
                    break;
                }
            }
        }
        if (!found && notScanned)
            notScanned->append(QStringLiteral("%1 %2/%3").arg(probe.host, transportId(transport)).arg(probe.port));
    }
    for (const NmapHost& host : hosts) {
        bool planned = false;
        for (const PlannedProbe& probe : plan.probes)
            planned = planned || matches(probe.host, host);
        if (!planned && unmatched)
            unmatched->append(host.addresses.isEmpty() ? host.names.value(0) : host.addresses.constFirst());
    }
    return results;
}

bool isProbeFailure(ProbeState state)
{
    return state != ProbeState::Open && state != ProbeState::OpenFiltered;
}
