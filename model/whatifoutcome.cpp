#include "model/whatifoutcome.h"

#include "model/catalogentry.h"
#include "model/deployment.h"
#include "model/endpointnames.h"
#include "model/flow.h"
#include "model/portcatalog.h"
#include "model/portmatrix.h"
#include "model/catalogtexts.h"

#include <QCoreApplication>
#include <QHash>

namespace {
constexpr int kNamedServers = 3; // a group of more servers is named by its first ones and a count

QString groupNames(const Deployment& document, const PortCatalog& catalog, const EndpointGroup& group)
{
    QStringList names;
    const qsizetype named = qMin<qsizetype>(group.servers.size(), kNamedServers);
    for (qsizetype i = 0; i < named; ++i)
        names.append(EndpointNames::endpointName(document, catalog, group.servers.at(i)));
    const QString list = names.join(QStringLiteral(", "));
    const int more = int(group.servers.size() - named);
    return more > 0 ? QCoreApplication::translate("WhatIf", "%1 and %n more", nullptr, more).arg(list) : list;
}

QString portText(const Flow& flow)
{
    return protocolId(flow.protocol).toUpper() + u' ' + flow.ports.toString();
}
} // namespace

WhatIfOutcome whatIfOutcome(const Deployment& document, const PortCatalog& catalog, const FlowSet& flows,
                            const PortMatrix& matrix, const QSet<RuleId>& blocked)
{
    WhatIfOutcome outcome;
    if (blocked.isEmpty())
        return outcome;
    for (int row = 0; row < matrix.rowCount(); ++row) {
        if (blocked.contains(RuleId::of(*matrix.ruleAt(row))))
            outcome.blockedRows.insert(row);
    }
    const QList<Zone>& zones = document.zones();
    QHash<int, QString> names; // by group
    const auto nameOf = [&](int group) {
        auto it = names.find(group);
        if (it == names.end())
            it = names.insert(group, groupNames(document, catalog, flows.groups.at(group)));
        return *it;
    };
    QHash<QString, ConsequenceEntry> entries; // by entry id
    QStringList entryOrder;
    for (int f = 0; f < flows.flows.size(); ++f) {
        const Flow& flow = flows.flows.at(f);
        const EndpointGroup& initiator = flows.groups.at(flow.initiator);
        const EndpointGroup& listener = flows.groups.at(flow.listener);
        const RuleId id{zones.at(initiator.zoneIndex).id,
                        zones.at(listener.zoneIndex).id,
                        flow.protocol,
                        flow.ports,
                        flow.entry->id,
                        flow.published};
        if (!blocked.contains(id))
            continue;
        outcome.brokenFlows.append(f);
        for (const EndpointGroup* group : {&initiator, &listener}) {
            for (const QString& server : group->servers)
                outcome.endpointsLosingFlows.insert(server);
        }
        auto entry = entries.find(flow.entry->id);
        if (entry == entries.end()) {
            entry = entries.insert(flow.entry->id, {flow.entry, CatalogTexts::user().ifBlocked(*flow.entry), {}});
            entryOrder.append(flow.entry->id);
        }
        entry->flows.append(QCoreApplication::translate("WhatIf", "%1 → %2 (%3, %4)", "who → whom (service, port)")
                                .arg(nameOf(flow.initiator), nameOf(flow.listener),
                                     CatalogTexts::user().service(*flow.entry), portText(flow)));
    }
    for (const ImpactInfo& impact : catalog.impacts()) {
        ConsequenceGroup group{impact.id, impact.name, {}};
        for (const QString& id : std::as_const(entryOrder)) {
            if (entries.value(id).entry->impact == impact.id)
                group.entries.append(entries.value(id));
        }
        if (!group.entries.isEmpty())
            outcome.groups.append(group);
    }
    return outcome;
}
