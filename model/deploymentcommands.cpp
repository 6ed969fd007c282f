#include "model/deploymentcommands.h"

#include <QCoreApplication>

#include "model/deployment.h"
#include "model/optionlabels.h"

namespace {

// The name of a server, zone or firewall, or its id when it has none or does not exist.
template <typename Item> QString label(const Item* item, const QString& id)
{
    return item && !item->name.isEmpty() ? item->name : id;
}

QString serverLabel(const Deployment* document, const QString& id)
{
    return label(document->server(id), id);
}

QString zoneLabel(const Deployment* document, const QString& id)
{
    return label(document->zone(id), id);
}

QString firewallLabel(const Deployment* document, const QString& id)
{
    return label(document->firewall(id), id);
}

// The item as it is now, or a stand-in holding only the id when it does not exist: the edit built from the stand-in
// changes nothing and is obsolete.
template <typename Item> Item current(const Item* item, const QString& id)
{
    if (item)
        return *item;
    Item missing;
    missing.id = id;
    return missing;
}

Server currentServer(const Deployment* document, const QString& id)
{
    return current(document->server(id), id);
}

Zone currentZone(const Deployment* document, const QString& id)
{
    return current(document->zone(id), id);
}

Firewall currentFirewall(const Deployment* document, const QString& id)
{
    return current(document->firewall(id), id);
}

// What EditItemCommand needs of each kind of item: where it is in the document, how to put it there, and its
// normal form (a firewall's interfaces in lane order).
int indexOf(const Deployment* document, const Server& server)
{
    return document->serverIndex(server.id);
}

int indexOf(const Deployment* document, const Zone& zone)
{
    return document->zoneIndex(zone.id);
}

int indexOf(const Deployment* document, const Firewall& firewall)
{
    return document->firewallIndex(firewall.id);
}

void put(Deployment* document, int index, const Server& server)
{
    document->setServer(index, server);
}

void put(Deployment* document, int index, const Zone& zone)
{
    document->setZone(index, zone);
}

void put(Deployment* document, int index, const Firewall& firewall)
{
    document->setFirewall(index, firewall);
}

template <typename Item> Item normalised(const Deployment*, Item item)
{
    return item;
}

Firewall normalised(const Deployment* document, Firewall firewall)
{
    document->data().sortInterfaces(firewall);
    return firewall;
}

} // namespace

// --- edits of one item

template <typename Item>
EditItemCommand<Item>::EditItemCommand(Deployment* document, const Item& before, const Item& after, const QString& text,
                                       int mergeId, QUndoCommand* parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_before(before)
    , m_after(normalised(document, after))
    , m_mergeId(mergeId)
{
    if (m_before == m_after || m_before.id != m_after.id || m_before.id.isEmpty())
        setObsolete(true);
}

template <typename Item> bool EditItemCommand<Item>::mergeWith(const QUndoCommand* other)
{
    const auto* edit = dynamic_cast<const EditItemCommand*>(other);
    if (!edit || edit->m_mergeId != m_mergeId || edit->m_before.id != m_after.id)
        return false;
    m_after = edit->m_after;
    // Typing a value back to what it was leaves nothing to undo: the stack then drops this command.
    setObsolete(m_before == m_after);
    return true;
}

template <typename Item> void EditItemCommand<Item>::apply(const Item& item)
{
    const int index = indexOf(m_document, item);
    if (index < 0) {
        setObsolete(true);
        return;
    }
    put(m_document, index, item);
}

template <typename Item> void EditItemCommand<Item>::redo()
{
    if (!isObsolete())
        apply(m_after);
}

template <typename Item> void EditItemCommand<Item>::undo()
{
    if (!isObsolete())
        apply(m_before);
}

template class EditItemCommand<Server>;
template class EditItemCommand<Zone>;
template class EditItemCommand<Firewall>;

// --- servers

AddServerCommand::AddServerCommand(Deployment* document, const Server& server, int index, QUndoCommand* parent)
    : QUndoCommand(QCoreApplication::translate("DeploymentCommands", "Add %1")
                       .arg(server.name.isEmpty() ? server.id : server.name),
                   parent)
    , m_document(document)
    , m_server(server)
    , m_index(index)
{
    if (m_server.id.isEmpty())
        setObsolete(true);
}

void AddServerCommand::redo()
{
    // Checked here rather than in the constructor so that a macro can add the zone first.
    if (isObsolete() || m_document->serverIndex(m_server.id) >= 0 || !m_document->zone(m_server.zone)) {
        setObsolete(true);
        return;
    }
    const int size = int(m_document->servers().size());
    m_document->insertServer(m_index < 0 || m_index > size ? size : m_index, m_server);
}

void AddServerCommand::undo()
{
    if (isObsolete())
        return;
    const int index = m_document->serverIndex(m_server.id);
    if (index >= 0)
        m_document->removeServer(index);
}

RemoveServerCommand::RemoveServerCommand(Deployment* document, const QString& serverId, QUndoCommand* parent)
    : QUndoCommand(QCoreApplication::translate("DeploymentCommands", "Remove %1").arg(serverLabel(document, serverId)),
                   parent)
    , m_document(document)
{
    m_server.id = serverId;
}

void RemoveServerCommand::redo()
{
    const int index = m_document->serverIndex(m_server.id);
    if (index < 0) {
        setObsolete(true);
        return;
    }
    m_server = m_document->servers().at(index);
    m_index = index;
    m_document->removeServer(index);
}

void RemoveServerCommand::undo()
{
    if (isObsolete() || m_index < 0)
        return;
    m_document->insertServer(std::min(m_index, int(m_document->servers().size())), m_server);
}

std::unique_ptr<EditServerCommand> EditServerCommand::moveServer(Deployment* document, const QString& serverId,
                                                                 const QString& zoneId)
{
    const Server before = currentServer(document, serverId);
    Server after = before;
    // A server never lives in a zone that does not exist: such a move stays a no-op.
    if (document->zone(zoneId))
        after.zone = zoneId;
    const QString text = QCoreApplication::translate("DeploymentCommands", "Move %1 to %2")
                             .arg(serverLabel(document, serverId), zoneLabel(document, zoneId));
    return std::make_unique<EditServerCommand>(document, before, after, text);
}

std::unique_ptr<EditServerCommand> EditServerCommand::setServerRoles(Deployment* document, const QString& serverId,
                                                                     const QStringList& roles)
{
    const Server before = currentServer(document, serverId);
    Server after = before;
    if (document->server(serverId))
        after.roles = roles;
    const QString text =
        QCoreApplication::translate("DeploymentCommands", "Change roles of %1").arg(serverLabel(document, serverId));
    return std::make_unique<EditServerCommand>(document, before, after, text);
}

std::unique_ptr<EditServerCommand> EditServerCommand::setServerHost(Deployment* document, const QString& serverId,
                                                                    const QString& host)
{
    const Server before = currentServer(document, serverId);
    Server after = before;
    if (document->server(serverId))
        after.host = host.trimmed();
    const QString text =
        QCoreApplication::translate("DeploymentCommands", "Change address of %1").arg(serverLabel(document, serverId));
    return std::make_unique<EditServerCommand>(document, before, after, text, int(CommandId::ServerHost));
}

std::unique_ptr<EditServerCommand> EditServerCommand::setServerVersion(Deployment* document, const QString& serverId,
                                                                       const QString& version)
{
    const Server before = currentServer(document, serverId);
    Server after = before;
    if (document->server(serverId))
        after.version = version;
    const QString text = QCoreApplication::translate("DeploymentCommands", "Change Exchange version of %1")
                             .arg(serverLabel(document, serverId));
    return std::make_unique<EditServerCommand>(document, before, after, text);
}

std::unique_ptr<EditServerCommand> EditServerCommand::renameServer(Deployment* document, const QString& serverId,
                                                                   const QString& name)
{
    const Server before = currentServer(document, serverId);
    Server after = before;
    if (document->server(serverId))
        after.name = name;
    // Names the server as it was: the label stays true when later keystrokes merge into this command.
    const QString text =
        QCoreApplication::translate("DeploymentCommands", "Rename %1").arg(serverLabel(document, serverId));
    return std::make_unique<EditServerCommand>(document, before, after, text, int(CommandId::ServerName));
}

std::unique_ptr<EditServerCommand> EditServerCommand::setServerDynamicRpcRange(Deployment* document,
                                                                               const QString& serverId,
                                                                               const std::optional<PortRange>& range)
{
    const Server before = currentServer(document, serverId);
    Server after = before;
    if (document->server(serverId))
        after.dynamicRpcRange = range;
    const QString text = QCoreApplication::translate("DeploymentCommands", "Change dynamic RPC range of %1")
                             .arg(serverLabel(document, serverId));
    return std::make_unique<EditServerCommand>(document, before, after, text);
}

std::unique_ptr<EditServerCommand> EditServerCommand::setServerFlag(Deployment* document, const QString& serverId,
                                                                    const QString& flag, bool on)
{
    // The undo texts of Server::flagNames(), in that order: setting the flag, clearing it.
    static const char* const texts[][2] = {
        {QT_TRANSLATE_NOOP("DeploymentCommands", "Let %1 carry hybrid mail flow"),
         QT_TRANSLATE_NOOP("DeploymentCommands", "Take hybrid mail flow off %1")},
        {QT_TRANSLATE_NOOP("DeploymentCommands", "Mark %1 as holding a public folder database"),
         QT_TRANSLATE_NOOP("DeploymentCommands", "Mark %1 as holding no public folder database")},
    };
    static_assert(std::size(texts) == 2, "one pair of texts per server flag");
    const Server before = currentServer(document, serverId);
    Server after = before;
    if (document->server(serverId))
        after.setFlag(flag, on);
    const qsizetype index = Server::flagNames().indexOf(flag);
    const QString text = index < 0 ? flag
                                   : QCoreApplication::translate("DeploymentCommands", texts[index][on ? 0 : 1])
                                         .arg(serverLabel(document, serverId));
    return std::make_unique<EditServerCommand>(document, before, after, text);
}

// --- zones

AddZoneCommand::AddZoneCommand(Deployment* document, const Zone& zone, int index, QUndoCommand* parent)
    : QUndoCommand(QCoreApplication::translate("DeploymentCommands", "Add zone %1")
                       .arg(zone.name.isEmpty() ? zone.id : zone.name),
                   parent)
    , m_document(document)
    , m_zone(zone)
    , m_index(index)
{
    if (m_zone.id.isEmpty())
        setObsolete(true);
}

void AddZoneCommand::redo()
{
    if (isObsolete() || m_document->zoneIndex(m_zone.id) >= 0) {
        setObsolete(true);
        return;
    }
    const int size = int(m_document->zones().size());
    m_document->insertZone(m_index < 0 || m_index > size ? size : m_index, m_zone);
}

void AddZoneCommand::undo()
{
    if (isObsolete())
        return;
    const int index = m_document->zoneIndex(m_zone.id);
    if (index >= 0)
        m_document->removeZone(index);
}

RemoveZoneCommand::RemoveZoneCommand(Deployment* document, const QString& zoneId, QUndoCommand* parent)
    : QUndoCommand(QCoreApplication::translate("DeploymentCommands", "Remove zone %1").arg(zoneLabel(document, zoneId)),
                   parent)
    , m_document(document)
{
    m_zone.id = zoneId;
}

void RemoveZoneCommand::redo()
{
    const int index = m_document->zoneIndex(m_zone.id);
    if (index < 0) {
        setObsolete(true);
        return;
    }
    m_zone = m_document->zones().at(index);
    m_index = index;
    m_servers.clear();
    const QList<Server>& servers = m_document->servers();
    for (int i = 0; i < servers.size(); ++i) {
        if (servers.at(i).zone == m_zone.id)
            m_servers.append({i, servers.at(i)});
    }
    // From the back, so the recorded indexes of the servers still to remove stay valid.
    for (auto it = m_servers.crbegin(); it != m_servers.crend(); ++it)
        m_document->removeServer(it->index);
    // The firewalls lose their interface to the zone (or stop running it): none may name a zone that is gone.
    m_firewalls = m_document->firewalls();
    for (int i = 0; i < m_firewalls.size(); ++i) {
        Firewall firewall = m_firewalls.at(i);
        firewall.interfaces.removeIf([&](const FirewallInterface& leg) { return leg.zone == m_zone.id; });
        if (firewall.runs(m_zone.id))
            firewall.localZone.clear();
        m_document->setFirewall(i, firewall);
    }
    m_document->removeZone(index);
}

void RemoveZoneCommand::undo()
{
    if (isObsolete() || m_index < 0)
        return;
    m_document->insertZone(std::min(m_index, int(m_document->zones().size())), m_zone);
    for (const Firewall& firewall : std::as_const(m_firewalls)) {
        const int index = m_document->firewallIndex(firewall.id);
        if (index >= 0)
            m_document->setFirewall(index, firewall);
    }
    // In ascending order each server lands exactly at its old index.
    for (const PlacedServer& placed : std::as_const(m_servers))
        m_document->insertServer(std::min(placed.index, int(m_document->servers().size())), placed.server);
}

std::unique_ptr<EditZoneCommand> EditZoneCommand::renameZone(Deployment* document, const QString& zoneId,
                                                             const QString& name)
{
    const Zone before = currentZone(document, zoneId);
    Zone after = before;
    if (document->zone(zoneId))
        after.name = name;
    const QString text =
        QCoreApplication::translate("DeploymentCommands", "Rename zone %1").arg(zoneLabel(document, zoneId));
    return std::make_unique<EditZoneCommand>(document, before, after, text, int(CommandId::ZoneName));
}

std::unique_ptr<EditZoneCommand> EditZoneCommand::setZoneKind(Deployment* document, const QString& zoneId,
                                                              const QString& kind)
{
    const Zone before = currentZone(document, zoneId);
    Zone after = before;
    if (document->zone(zoneId))
        after.kind = kind;
    const QString text =
        QCoreApplication::translate("DeploymentCommands", "Change kind of zone %1").arg(zoneLabel(document, zoneId));
    return std::make_unique<EditZoneCommand>(document, before, after, text);
}

std::unique_ptr<EditZoneCommand> EditZoneCommand::setZoneColour(Deployment* document, const QString& zoneId,
                                                                const QString& colour)
{
    const Zone before = currentZone(document, zoneId);
    Zone after = before;
    if (document->zone(zoneId))
        after.colour = colour;
    const QString text =
        QCoreApplication::translate("DeploymentCommands", "Change colour of zone %1").arg(zoneLabel(document, zoneId));
    return std::make_unique<EditZoneCommand>(document, before, after, text);
}

std::unique_ptr<EditZoneCommand> EditZoneCommand::setZoneImplicitActors(Deployment* document, const QString& zoneId,
                                                                        bool implicitActors)
{
    const Zone before = currentZone(document, zoneId);
    Zone after = before;
    if (document->zone(zoneId))
        after.implicitActors = implicitActors;
    const QString text =
        implicitActors
            ? QCoreApplication::translate("DeploymentCommands", "Assume clients and mail servers in zone %1")
                  .arg(zoneLabel(document, zoneId))
            : QCoreApplication::translate("DeploymentCommands", "Assume no clients or mail servers in zone %1")
                  .arg(zoneLabel(document, zoneId));
    return std::make_unique<EditZoneCommand>(document, before, after, text);
}

std::unique_ptr<EditZoneCommand> EditZoneCommand::setZoneNetworks(Deployment* document, const QString& zoneId,
                                                                  const QList<IpNetwork>& networks)
{
    const Zone before = currentZone(document, zoneId);
    Zone after = before;
    if (document->zone(zoneId))
        after.networks = networks;
    const QString text = QCoreApplication::translate("DeploymentCommands", "Change networks of zone %1")
                             .arg(zoneLabel(document, zoneId));
    return std::make_unique<EditZoneCommand>(document, before, after, text);
}

ReorderZoneCommand::ReorderZoneCommand(Deployment* document, const QString& zoneId, int toIndex, QUndoCommand* parent)
    : QUndoCommand(QCoreApplication::translate("DeploymentCommands", "Move zone %1").arg(zoneLabel(document, zoneId)),
                   parent)
    , m_document(document)
    , m_zoneId(zoneId)
    , m_to(toIndex)
{
    const int from = document->zoneIndex(zoneId);
    if (from < 0 || from == toIndex || toIndex < 0 || toIndex >= document->zones().size())
        setObsolete(true);
}

void ReorderZoneCommand::redo()
{
    const int from = m_document->zoneIndex(m_zoneId);
    if (isObsolete() || from < 0 || m_to >= m_document->zones().size()) {
        setObsolete(true);
        return;
    }
    m_from = from;
    m_document->moveZone(from, m_to);
}

void ReorderZoneCommand::undo()
{
    const int at = m_document->zoneIndex(m_zoneId);
    if (isObsolete() || at < 0 || m_from < 0 || m_from >= m_document->zones().size())
        return;
    m_document->moveZone(at, m_from);
}

// --- deployment-wide

SetOptionsCommand::SetOptionsCommand(Deployment* document, const DeploymentOptions& options, QUndoCommand* parent)
    : QUndoCommand(OptionLabels::describeChange(document->options(), options), parent)
    , m_document(document)
    , m_before(document->options())
    , m_after(options)
{
    if (m_before == m_after)
        setObsolete(true);
}

void SetOptionsCommand::redo()
{
    if (!isObsolete())
        m_document->setOptions(m_after);
}

void SetOptionsCommand::undo()
{
    if (!isObsolete())
        m_document->setOptions(m_before);
}

SetExchangeVersionCommand::SetExchangeVersionCommand(Deployment* document, const QString& version, QUndoCommand* parent)
    : QUndoCommand(QCoreApplication::translate("DeploymentCommands", "Change Exchange version to %1").arg(version),
                   parent)
    , m_document(document)
    , m_before(document->exchangeVersion())
    , m_after(version)
{
    if (m_before == m_after || m_after.isEmpty())
        setObsolete(true);
}

void SetExchangeVersionCommand::redo()
{
    if (!isObsolete())
        m_document->setExchangeVersion(m_after);
}

void SetExchangeVersionCommand::undo()
{
    if (!isObsolete())
        m_document->setExchangeVersion(m_before);
}

SetDeploymentTextCommand::SetDeploymentTextCommand(Deployment* document, Field field, const QString& text,
                                                   QUndoCommand* parent)
    : QUndoCommand(field == Field::Name
                       ? QCoreApplication::translate("DeploymentCommands", "Rename deployment")
                       : QCoreApplication::translate("DeploymentCommands", "Change deployment description"),
                   parent)
    , m_document(document)
    , m_field(field)
    , m_before(field == Field::Name ? document->name() : document->description())
    , m_after(text)
{
    if (m_before == m_after)
        setObsolete(true);
}

int SetDeploymentTextCommand::id() const
{
    return int(m_field == Field::Name ? CommandId::DeploymentName : CommandId::DeploymentDescription);
}

bool SetDeploymentTextCommand::mergeWith(const QUndoCommand* other)
{
    const auto* edit = dynamic_cast<const SetDeploymentTextCommand*>(other);
    if (!edit || edit->m_field != m_field)
        return false;
    m_after = edit->m_after;
    setObsolete(m_before == m_after);
    return true;
}

void SetDeploymentTextCommand::redo()
{
    if (!isObsolete())
        write(m_after);
}

void SetDeploymentTextCommand::undo()
{
    if (!isObsolete())
        write(m_before);
}

void SetDeploymentTextCommand::write(const QString& text)
{
    if (m_field == Field::Name)
        m_document->setName(text);
    else
        m_document->setDescription(text);
}

// --- firewalls

AddFirewallCommand::AddFirewallCommand(Deployment* document, const Firewall& firewall, int index, QUndoCommand* parent)
    : QUndoCommand(QCoreApplication::translate("DeploymentCommands", "Add firewall %1")
                       .arg(firewall.name.isEmpty() ? firewall.id : firewall.name),
                   parent)
    , m_document(document)
    , m_firewall(firewall)
    , m_index(index)
{
    if (m_firewall.id.isEmpty() || document->firewall(m_firewall.id))
        setObsolete(true);
}

void AddFirewallCommand::redo()
{
    if (isObsolete() || m_document->firewall(m_firewall.id)) {
        setObsolete(true);
        return;
    }
    const int size = int(m_document->firewalls().size());
    m_document->insertFirewall(m_index < 0 || m_index > size ? size : m_index, m_firewall);
}

void AddFirewallCommand::undo()
{
    if (isObsolete())
        return;
    const int index = m_document->firewallIndex(m_firewall.id);
    if (index >= 0)
        m_document->removeFirewall(index);
}

RemoveFirewallCommand::RemoveFirewallCommand(Deployment* document, const QString& firewallId, QUndoCommand* parent)
    : QUndoCommand(QCoreApplication::translate("DeploymentCommands", "Remove firewall %1")
                       .arg(firewallLabel(document, firewallId)),
                   parent)
    , m_document(document)
{
    m_firewall.id = firewallId;
}

void RemoveFirewallCommand::redo()
{
    const int index = m_document->firewallIndex(m_firewall.id);
    if (index < 0) {
        setObsolete(true);
        return;
    }
    m_firewall = m_document->firewalls().at(index);
    m_index = index;
    m_document->removeFirewall(index);
}

void RemoveFirewallCommand::undo()
{
    if (isObsolete() || m_index < 0)
        return;
    m_document->insertFirewall(std::min(m_index, int(m_document->firewalls().size())), m_firewall);
}

std::unique_ptr<EditFirewallCommand> EditFirewallCommand::renameFirewall(Deployment* document,
                                                                         const QString& firewallId, const QString& name)
{
    const Firewall before = currentFirewall(document, firewallId);
    Firewall after = before;
    if (document->firewall(firewallId))
        after.name = name;
    const QString text = QCoreApplication::translate("DeploymentCommands", "Rename firewall %1")
                             .arg(firewallLabel(document, firewallId));
    return std::make_unique<EditFirewallCommand>(document, before, after, text, int(CommandId::FirewallName));
}

std::unique_ptr<EditFirewallCommand>
EditFirewallCommand::setFirewallInterfaces(Deployment* document, const QString& firewallId,
                                           const QList<FirewallInterface>& interfaces)
{
    const Firewall before = currentFirewall(document, firewallId);
    Firewall after = before;
    if (document->firewall(firewallId))
        after.interfaces = interfaces;
    const QString text = QCoreApplication::translate("DeploymentCommands", "Change interfaces of firewall %1")
                             .arg(firewallLabel(document, firewallId));
    return std::make_unique<EditFirewallCommand>(document, before, after, text);
}

std::unique_ptr<EditFirewallCommand>
EditFirewallCommand::setFirewallLocalZone(Deployment* document, const QString& firewallId, const QString& zoneId)
{
    const Firewall before = currentFirewall(document, firewallId);
    Firewall after = before;
    if (document->firewall(firewallId))
        after.localZone = zoneId;
    const QString text = QCoreApplication::translate("DeploymentCommands", "Change servers run by firewall %1")
                             .arg(firewallLabel(document, firewallId));
    return std::make_unique<EditFirewallCommand>(document, before, after, text);
}
