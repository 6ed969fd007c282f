#include "planprobing/planprobing.h"

#include <QHash>

#include <map>
#include <memory>
#include <tuple>

#include "model/deploymentdata.h"
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
            if (std::optional<ProbeResult> scanned = host.result(transport, probe.port)) {
                scanned->host = probe.host;
                results.append(*scanned);
                found = true;
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

PortEvidence portEvidenceOf(const ProbeResult& result)
{
    PortEvidence port;
    port.host = result.host;
    port.protocol = result.transport == Transport::Udp ? Protocol::Udp : Protocol::Tcp;
    port.port = result.port;
    port.state = probeStateId(result.state);
    port.latencyMs = result.latencyMs;
    port.banner = result.banner;
    port.startTls = result.startTls;
    if (result.tls) {
        const TlsInfo& tls = *result.tls;
        port.tls = TlsEvidence{tls.ok,       tls.protocol,   tls.cipher,  tls.subject, tls.issuer,
                               tls.notAfter, tls.selfSigned, tls.trusted, tls.error};
    }
    port.error = result.error;
    port.time = result.time;
    return port;
}

ProbeEvidence evidenceOf(const DeploymentData& deployment, const ProbePlan& plan, const QList<ProbeResult>& results,
                         const std::optional<QString>& vantage, const QDateTime& started, const QString& origin)
{
    using Key = std::tuple<QString, int, int>; // host, transport, port
    std::map<Key, const ProbeResult*> byKey;
    for (const ProbeResult& result : results)
        byKey[Key(result.host, int(result.transport), result.port)] = &result;
    QHash<QString, QString> names;
    for (const Server& server : deployment.servers)
        names.insert(server.id, server.name);

    ProbeEvidence evidence;
    evidence.vantage = vantage;
    evidence.started = started;
    evidence.origin = origin;
    for (const PlannedProbe& probe : plan.probes) {
        const auto found = byKey.find(Key(probe.host, int(transportOf(probe.protocol)), probe.port));
        if (found == byKey.end())
            continue;
        PortEvidence port = portEvidenceOf(*found->second);
        port.host = probe.host;
        port.protocol = probe.protocol;
        port.port = probe.port;
        port.service = probe.service;
        port.check = probe.check;
        port.verified = vantage && probe.fromZones.contains(*vantage);
        port.rows = probe.rows;
        port.fromZones = probe.fromZones;
        for (const QString& server : probe.servers) {
            port.serverId = server;
            port.serverName = names.value(server, server);
            evidence.ports.append(port);
        }
    }
    return evidence;
}

bool isProbeFailure(ProbeState state)
{
    return state != ProbeState::Open && state != ProbeState::OpenFiltered;
}
