#include "model/serversettings.h"

#include <algorithm>

#include "model/deploymentdata.h"
#include "model/flow.h"
#include "model/flowengine.h"
#include "model/portcatalog.h"

namespace {

PortSpec::Kind kindOf(const RegistrySetting& setting)
{
    return setting.port == u"addressBookPort" ? PortSpec::Kind::StaticRpcAddressBook
                                              : PortSpec::Kind::StaticRpcClientAccess;
}

QString displayName(const Server& server)
{
    return server.name.isEmpty() ? server.id : server.name;
}

void appendUnique(QStringList& list, const QStringList& items)
{
    for (const QString& item : items) {
        if (!list.contains(item))
            list.append(item);
    }
}

} // namespace

QStringList ServerSettingsPlan::serverIds() const
{
    QStringList ids;
    for (const ServerSetting& setting : settings)
        appendUnique(ids, {setting.serverId});
    return ids;
}

QList<ServerSetting> ServerSettingsPlan::forServer(const QString& serverId) const
{
    QList<ServerSetting> found;
    for (const ServerSetting& setting : settings) {
        if (setting.serverId == serverId)
            found.append(setting);
    }
    return found;
}

QStringList ServerSettingsPlan::sources() const
{
    QStringList tags;
    for (const ServerSetting& setting : settings) {
        appendUnique(tags, setting.sources);
        appendUnique(tags, setting.restart.sources);
    }
    return tags;
}

QStringList ServerSettings::staticRpcListeners(const PortCatalog& catalog, const DeploymentData& deployment,
                                               const FlowSet& flows, PortSpec::Kind kind)
{
    QStringList servers;
    for (const CatalogEntry& entry : catalog.entries()) {
        const bool usesPort = std::any_of(entry.ports.begin(), entry.ports.end(),
                                          [&](const PortSpec& spec) { return spec.kind == kind; });
        if (!usesPort || !entry.optionsHold(deployment.options))
            continue;
        // Once any server carries the entry's flag, only the servers that carry it listen (e.g. public folders).
        const QString& flag = entry.onlyServersFlagged;
        const bool flagInUse = !flag.isEmpty() && std::any_of(deployment.servers.begin(), deployment.servers.end(),
                                                              [&](const Server& s) { return s.hasFlag(flag); });
        for (const EndpointGroup& group : flows.groups) {
            if (!group.implicit && entry.listeners.contains(group.role) && entry.versions.contains(group.version) &&
                (!flagInUse || group.flags.contains(flag)))
                appendUnique(servers, group.servers);
        }
    }
    return servers;
}

ServerSettingsPlan ServerSettings::plan(const PortCatalog& catalog, const DeploymentData& deployment,
                                        const QString& serverId)
{
    return plan(catalog, deployment, FlowEngine(catalog).requiredFlows(deployment), serverId);
}

ServerSettingsPlan ServerSettings::plan(const PortCatalog& catalog, const DeploymentData& deployment,
                                        const FlowSet& flows, const QString& serverId)
{
    ServerSettingsPlan result;
    result.deploymentName = deployment.name;
    const StaticRpcOptions& rpc = deployment.options.staticRpc;
    QStringList serversWithValues;
    if (rpc.enabled) {
        QList<QPair<const RegistrySetting*, QStringList>> listeners;
        for (const RegistrySetting& setting : RegistrySettings::staticRpc()) {
            if (setting.isModelled())
                listeners.append({&setting, staticRpcListeners(catalog, deployment, flows, kindOf(setting))});
        }
        for (const Server& server : deployment.servers) {
            const QString version = deployment.effectiveVersion(server);
            for (const auto& [setting, servers] : std::as_const(listeners)) {
                // A lambda may not capture a structured binding before C++20 (clang 14 rejects it): a plain reference.
                const QStringList& roles = setting->roles;
                const bool hasRole = std::any_of(server.roles.begin(), server.roles.end(),
                                                 [&roles](const QString& role) { return roles.contains(role); });
                if (!servers.contains(server.id) || !hasRole || !setting->versions.contains(version))
                    continue;
                appendUnique(serversWithValues, {server.id});
                if (!serverId.isEmpty() && server.id != serverId)
                    continue;
                result.settings.append({server.id, displayName(server), version, setting->service, setting->key,
                                        setting->valueName, setting->type, setting->portIn(rpc), setting->restart,
                                        setting->references, setting->note});
            }
        }
    }
    if (result.settings.isEmpty())
        result.nothingToSet = nothingToSet(deployment, serverId, serversWithValues);
    return result;
}

QString ServerSettings::nothingToSet(const DeploymentData& deployment, const QString& serverId,
                                     const QStringList& serversWithValues)
{
    if (!deployment.options.staticRpc.enabled)
        return tr("Static RPC ports are off: the servers keep the dynamic RPC range, so there is no registry value "
                  "to set.");
    const auto names = [&deployment](const QStringList& ids) {
        QStringList list;
        for (const QString& id : ids) {
            if (const Server* server = deployment.server(id))
                list.append(displayName(*server));
        }
        return list.join(QStringLiteral(", "));
    };
    if (!serversWithValues.isEmpty()) {
        const Server* server = deployment.server(serverId);
        return tr("%1 needs no registry value for static RPC ports; the values are for %2.")
            .arg(server ? displayName(*server) : serverId, names(serversWithValues));
    }
    // Servers whose own static port values the reference gives, although the plan keeps their dynamic range.
    QStringList legacy;
    QStringList values;
    for (const Server& server : deployment.servers) {
        if (!serverId.isEmpty() && server.id != serverId)
            continue;
        const QString version = deployment.effectiveVersion(server);
        for (const RegistrySetting& setting : RegistrySettings::staticRpc()) {
            const bool hasRole = std::any_of(server.roles.begin(), server.roles.end(),
                                             [&](const QString& role) { return setting.roles.contains(role); });
            if (setting.isModelled() || !hasRole || !setting.versions.contains(version))
                continue;
            appendUnique(legacy, {server.id});
            appendUnique(values, {setting.key.section(u'\\', -2) + QStringLiteral(" \"") + setting.valueName + u'"'});
        }
    }
    if (!legacy.isEmpty())
        return tr("Static RPC ports are on, but Portolan sets them for Exchange 2010 only. The plan opens the dynamic "
                  "RPC range to %1, so the values that would pin their ports (%2) are not set: a port the firewall "
                  "does not open would cut Outlook off.")
            .arg(names(legacy), values.join(QStringLiteral(", ")));
    return tr("Static RPC ports are on, but no server here listens on them: they belong to Exchange 2010 Client "
              "Access servers and to the Mailbox servers that hold public folders.");
}

QStringList ServerSettings::sourceLines(const ServerSettingsPlan& plan, const PortCatalog& catalog)
{
    QStringList lines;
    for (const QString& tag : plan.sources()) {
        const SourceInfo* source = catalog.source(tag);
        lines.append(source ? QString(tag + u' ' + oneLine(source->title) + QStringLiteral(" <") + source->url + u'>')
                            : tag);
    }
    return lines;
}

QString ServerSettings::oneLine(const QString& text)
{
    return text.simplified();
}
