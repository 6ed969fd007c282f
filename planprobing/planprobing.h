#pragma once

#include <QList>
#include <QStringList>

#include "model/probeplan.h"
#include "probe/nmapxmlreader.h"
#include "probe/probetarget.h"

class ProbeEngine;

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

// Whether a required port in this state fails the probe: closed, filtered, unreachable, unresolved or error. Open and
// open|filtered (a UDP port with no check to make it answer) do not.
bool isProbeFailure(ProbeState state);
