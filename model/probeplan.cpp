#include "model/probeplan.h"

#include "model/catalogentry.h"
#include "model/deploymentdata.h"
#include "model/portcatalog.h"
#include "model/portmatrix.h"

#include <QHash>
#include <QMap>

#include <tuple>

ProbePlan ProbePlan::build(const DeploymentData& deployment, const PortMatrix& matrix, const PortCatalog& catalog)
{
    QHash<QString, const Server*> servers;
    for (const Server& server : deployment.servers) {
        if (!server.host.trimmed().isEmpty())
            servers.insert(server.id, &server);
    }
    using Key = std::tuple<QString, int, int>; // host, protocol, port
    QMap<Key, PlannedProbe> probes;
    ProbePlan plan;
    for (int row = 0; row < matrix.rowCount(); ++row) {
        const MatrixRule& rule = *matrix.ruleAt(row);
        const bool tooWide = rule.ports.last - rule.ports.first + 1 > MaxRangePorts;
        for (const QString& id : rule.destinations) {
            const Server* server = servers.value(id);
            if (!server)
                continue; // no address, or an implicit actor
            if (tooWide) {
                if (!plan.unprobedRows.contains(row))
                    plan.unprobedRows.append(row);
                continue;
            }
            const QString host = server->host.trimmed();
            for (int port = rule.ports.first; port <= rule.ports.last; ++port) {
                PlannedProbe& probe = probes[Key(host.toLower(), int(rule.protocol), port)];
                if (probe.host.isEmpty()) {
                    probe.host = host;
                    probe.protocol = rule.protocol;
                    probe.port = port;
                    probe.service = rule.service;
                }
                const CatalogEntry* entry = catalog.entry(rule.entry);
                if (probe.check.isEmpty() && entry)
                    probe.check = entry->check;
                if (!probe.servers.contains(server->id))
                    probe.servers.append(server->id);
                if (!probe.rows.contains(row))
                    probe.rows.append(row);
                if (!probe.fromZones.contains(rule.from))
                    probe.fromZones.append(rule.from);
            }
        }
    }
    plan.probes = probes.values();
    return plan;
}
