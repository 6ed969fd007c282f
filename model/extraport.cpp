#include "model/extraport.h"

#include "model/catalogentry.h"
#include "model/deployment.h"
#include "model/endpointnames.h"
#include "model/flow.h"
#include "model/portcatalog.h"
#include "model/portmatrix.h"
#include "model/catalogtexts.h"

#include <algorithm>
#include <cstdlib>

namespace {
bool listensOn(const CatalogEntry& entry, Protocol protocol, int port)
{
    return entry.protocol == protocol &&
           std::any_of(entry.ports.begin(), entry.ports.end(), [port](const PortSpec& spec) {
               return spec.kind == PortSpec::Kind::Fixed && spec.range.contains(port);
           });
}
} // namespace

std::optional<ExtraPortAnswer> answerExtraPort(const Deployment& document, const PortCatalog& catalog,
                                               const FlowSet& flows, const PortMatrix& matrix,
                                               const ExtraPortQuestion& question)
{
    const int from = document.zoneIndex(question.fromZone);
    const int to = document.zoneIndex(question.toZone);
    if (from < 0 || to < 0 || std::abs(from - to) != 1)
        return std::nullopt;
    const int direction = to - from;
    // Zone indexes along the way: a rule crosses the firewall when it starts on the from side and ends on the other.
    const auto onFromSide = [&](int zone) {
        return direction > 0 ? zone <= from : zone >= from;
    };
    const auto beyond = [&](int zone) {
        return direction > 0 ? zone >= to : zone <= to;
    };
    ExtraPortAnswer answer{question, {}, {}};
    for (int row = 0; row < matrix.rules.size(); ++row) {
        const MatrixRule& rule = matrix.rules.at(row);
        if (rule.protocol == question.protocol && rule.ports.contains(question.port) &&
            onFromSide(document.zoneIndex(rule.from)) && beyond(document.zoneIndex(rule.to)))
            answer.neededRows.append(row);
    }
    // Entries that someone on the near side would use come first: their purpose says what the port is for here, and
    // it is theirs that a service of the same name keeps.
    QList<const CatalogEntry*> candidates;
    for (const CatalogEntry& entry : catalog.entries()) {
        if (listensOn(entry, question.protocol, question.port))
            candidates.append(&entry);
    }
    const auto usedFromHere = [&](const CatalogEntry* entry) {
        return std::any_of(flows.groups.begin(), flows.groups.end(), [&](const EndpointGroup& group) {
            return onFromSide(group.zoneIndex) && entry->initiators.contains(group.role);
        });
    };
    std::stable_partition(candidates.begin(), candidates.end(), usedFromHere);
    QList<ExposedService> switchedOff;
    for (const CatalogEntry* candidate : std::as_const(candidates)) {
        const CatalogEntry& entry = *candidate;
        QStringList listeners;
        for (const EndpointGroup& group : flows.groups) {
            if (!beyond(group.zoneIndex) || !entry.listeners.contains(group.role) ||
                !entry.versions.contains(group.version))
                continue;
            for (const QString& id : group.servers) {
                const QString name = EndpointNames::endpointName(document, catalog, id);
                if (!listeners.contains(name))
                    listeners.append(name);
            }
        }
        if (listeners.isEmpty())
            continue;
        const bool on = entry.optionsHold(document.options());
        QList<ExposedService>& list = on ? answer.exposed : switchedOff;
        const QString service = CatalogTexts::user().service(entry);
        const bool known = std::any_of(list.begin(), list.end(), [&](const ExposedService& exposed) {
            return exposed.service == service && exposed.listeners == listeners;
        });
        if (!known)
            list.append({&entry, service, CatalogTexts::user().purpose(entry), listeners, !on});
    }
    if (answer.exposed.isEmpty())
        answer.exposed = switchedOff;
    return answer;
}
