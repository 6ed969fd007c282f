#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

#include "model/probeevidence.h"
#include "model/probeplan.h"
#include "probe/nmapxmlreader.h"
#include "probe/probetarget.h"

class ProbeEngine;
struct DeploymentData;

// The glue between the model's ProbePlan and the probe: what to probe, how, and what an nmap scan says about it.

// The probe's transport for the model's protocol of a planned port.
Transport transportOf(Protocol protocol);

// The targets of a probe plan, in plan order, each carrying the service check its catalog entry names (none when
// empty or unknown): a TCP target gets `check`, a UDP target with "dns" or "cldap" gets the matching udpCheck.
QList<ProbeTarget> probeTargets(const ProbePlan& plan);

// Makes the engine run the service checks: a TCP target with a check connects, then runs ServiceCheck (greeting,
// STARTTLS, TLS details, HTTP status line) on an open port. The state and latency still come from the connect: a check
// that fails on an open port leaves it open, with the reason in ProbeResult::error. The check gets the engine's
// timeout as it is when the attempt starts. UDP targets send their udpCheck's query (probeTargets() sets it).
void enableServiceChecks(ProbeEngine& engine);

// The planned probes an nmap scan covers, as probe results (host = the plan's host): a planned host matches an nmap
// host by address (equal to one of its addresses) or by name (equal, ignoring case, to one of its host names). Ports
// the scan did not report are left out and named in `notScanned` ("host tcp/port"); nmap hosts no planned host
// matches are named in `unmatched` (by their first address). Either list may be null.
QList<ProbeResult> resultsFromNmap(const ProbePlan& plan, const QList<NmapHost>& hosts, QStringList* unmatched,
                                   QStringList* notScanned = nullptr);

// One result as evidence of its own host, protocol and port, with no server, rows or zones: what `scan` writes.
PortEvidence portEvidenceOf(const ProbeResult& result);

// What a probe or an nmap scan saw of the plan, as the results files and the report show it: one PortEvidence per
// (server, planned port) that results has a result for (matched by host, transport and port), in plan order, the
// servers of a port in the plan's order; a host that two servers share gives two entries. Planned ports without a
// result are left out. Host, protocol and port are the plan's; a port is verified when one of its rows comes from the
// vantage zone. origin is "probe" or "nmap".
ProbeEvidence evidenceOf(const DeploymentData& deployment, const ProbePlan& plan, const QList<ProbeResult>& results,
                         const std::optional<QString>& vantage, const QDateTime& started,
                         const QString& origin = QStringLiteral("probe"));

// Whether a required port in this state fails the probe: closed, filtered, unreachable, unresolved or error. Open and
// open|filtered (a UDP port with no check to make it answer) do not.
bool isProbeFailure(ProbeState state);
