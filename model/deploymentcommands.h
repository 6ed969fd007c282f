#pragma once

#include "model/deploymentdata.h"

#include <QUndoCommand>

#include <memory>

class Deployment;

// Every edit of a Deployment is one of these commands, pushed with document->undoStack()->push(command); push() runs
// redo(), which applies the change. Commands find their zone or server by id at each undo/redo, never by a pointer
// or a stored index, so they stay right whatever else the history did in between.
//
// A command that cannot apply (unknown id, a duplicate id, a server moved to a zone that does not exist) or that
// changes nothing is obsolete from the start: push() drops it without touching the document or the history. So the
// factories below never return null and callers need not check.
//
// Ids are the identity of zones and servers: Edit*Command keeps them (servers refer to zones by id, the matrix and
// the probes refer to servers by id). An Edit*Command whose "after" has another id is obsolete.

// Merge ids (QUndoCommand::id()): consecutive edits of the same field of the same zone or server become one step.
enum class CommandId
{
    ServerHost = 1,
    ServerName,
    ZoneName,
    DeploymentName,
    DeploymentDescription,
    FirewallName,
};

// An edit of one server, zone or firewall (Item): the item before and after, applied by its id at each undo and redo
// (obsolete once no item has it). Consecutive edits with the same merge id of the same item become one step.
template <typename Item> class EditItemCommand : public QUndoCommand
{
public:
    // mergeId: a CommandId, or -1 for an edit that never merges.
    EditItemCommand(Deployment* document, const Item& before, const Item& after, const QString& text, int mergeId = -1,
                    QUndoCommand* parent = nullptr);

    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand* other) override;
    void undo() override;
    void redo() override;

private:
    void apply(const Item& item);

    Deployment* m_document;
    Item m_before;
    Item m_after;
    int m_mergeId;
};

extern template class EditItemCommand<Server>;
extern template class EditItemCommand<Zone>;
extern template class EditItemCommand<Firewall>;

class AddServerCommand final : public QUndoCommand
{
public:
    // index -1 appends.
    AddServerCommand(Deployment* document, const Server& server, int index = -1, QUndoCommand* parent = nullptr);
    void undo() override;
    void redo() override;

private:
    Deployment* m_document;
    Server m_server;
    int m_index;
};

class RemoveServerCommand final : public QUndoCommand
{
public:
    RemoveServerCommand(Deployment* document, const QString& serverId, QUndoCommand* parent = nullptr);
    void undo() override;
    void redo() override;

private:
    Deployment* m_document;
    Server m_server;
    int m_index = -1; // where undo puts it back
};

class EditServerCommand final : public EditItemCommand<Server>
{
public:
    using EditItemCommand::EditItemCommand;

    static std::unique_ptr<EditServerCommand> moveServer(Deployment* document, const QString& serverId,
                                                         const QString& zoneId);
    static std::unique_ptr<EditServerCommand> setServerRoles(Deployment* document, const QString& serverId,
                                                             const QStringList& roles);
    static std::unique_ptr<EditServerCommand> setServerHost(Deployment* document, const QString& serverId,
                                                            const QString& host);
    // An empty version makes the server follow the deployment's version again.
    static std::unique_ptr<EditServerCommand> setServerVersion(Deployment* document, const QString& serverId,
                                                               const QString& version);
    static std::unique_ptr<EditServerCommand> renameServer(Deployment* document, const QString& serverId,
                                                           const QString& name);
    // An unset range makes the server follow the deployment's dynamic RPC range again.
    static std::unique_ptr<EditServerCommand> setServerDynamicRpcRange(Deployment* document, const QString& serverId,
                                                                       const std::optional<PortRange>& range);
    // flag: one of Server::flagNames().
    static std::unique_ptr<EditServerCommand> setServerFlag(Deployment* document, const QString& serverId,
                                                            const QString& flag, bool on);
};

class AddZoneCommand final : public QUndoCommand
{
public:
    // index -1 appends.
    AddZoneCommand(Deployment* document, const Zone& zone, int index = -1, QUndoCommand* parent = nullptr);
    void undo() override;
    void redo() override;

private:
    Deployment* m_document;
    Zone m_zone;
    int m_index;
};

// Removes a zone and every server in it; undo puts the zone and its servers back where they were.
class RemoveZoneCommand final : public QUndoCommand
{
public:
    RemoveZoneCommand(Deployment* document, const QString& zoneId, QUndoCommand* parent = nullptr);
    void undo() override;
    void redo() override;

private:
    struct PlacedServer
    {
        int index;
        Server server;
    };

    Deployment* m_document;
    Zone m_zone;
    int m_index = -1;
    QList<PlacedServer> m_servers; // ascending index
    QList<Firewall> m_firewalls;   // as they were, when one of them faced the zone
};

class EditZoneCommand final : public EditItemCommand<Zone>
{
public:
    using EditItemCommand::EditItemCommand;

    static std::unique_ptr<EditZoneCommand> renameZone(Deployment* document, const QString& zoneId,
                                                       const QString& name);
    static std::unique_ptr<EditZoneCommand> setZoneKind(Deployment* document, const QString& zoneId,
                                                        const QString& kind);
    // An empty colour returns to the kind's tint.
    static std::unique_ptr<EditZoneCommand> setZoneColour(Deployment* document, const QString& zoneId,
                                                          const QString& colour);
    static std::unique_ptr<EditZoneCommand> setZoneImplicitActors(Deployment* document, const QString& zoneId,
                                                                  bool implicitActors);
    static std::unique_ptr<EditZoneCommand> setZoneNetworks(Deployment* document, const QString& zoneId,
                                                            const QList<IpNetwork>& networks);
};

// Moves a zone (a lane of the diagram) to another position; toIndex is its index afterwards.
class ReorderZoneCommand final : public QUndoCommand
{
public:
    ReorderZoneCommand(Deployment* document, const QString& zoneId, int toIndex, QUndoCommand* parent = nullptr);
    void undo() override;
    void redo() override;

private:
    Deployment* m_document;
    QString m_zoneId;
    int m_from = -1;
    int m_to;
};

class SetOptionsCommand final : public QUndoCommand
{
public:
    SetOptionsCommand(Deployment* document, const DeploymentOptions& options, QUndoCommand* parent = nullptr);
    void undo() override;
    void redo() override;

private:
    Deployment* m_document;
    DeploymentOptions m_before;
    DeploymentOptions m_after;
};

// Changes only the version: options the user set stay as they are (a new deployment takes defaultsFor() instead).
class SetExchangeVersionCommand final : public QUndoCommand
{
public:
    SetExchangeVersionCommand(Deployment* document, const QString& version, QUndoCommand* parent = nullptr);
    void undo() override;
    void redo() override;

private:
    Deployment* m_document;
    QString m_before;
    QString m_after;
};

// Changes the deployment's name or description; the edits of one field merge into one step while the user types.
class SetDeploymentTextCommand : public QUndoCommand
{
public:
    enum class Field
    {
        Name,
        Description
    };

    SetDeploymentTextCommand(Deployment* document, Field field, const QString& text, QUndoCommand* parent = nullptr);

    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;
    void undo() override;
    void redo() override;

private:
    void write(const QString& text);

    Deployment* m_document;
    Field m_field;
    QString m_before;
    QString m_after;
};

class SetDeploymentNameCommand final : public SetDeploymentTextCommand
{
public:
    SetDeploymentNameCommand(Deployment* document, const QString& name, QUndoCommand* parent = nullptr)
        : SetDeploymentTextCommand(document, Field::Name, name, parent)
    {}
};

class SetDeploymentDescriptionCommand final : public SetDeploymentTextCommand
{
public:
    SetDeploymentDescriptionCommand(Deployment* document, const QString& description, QUndoCommand* parent = nullptr)
        : SetDeploymentTextCommand(document, Field::Description, description, parent)
    {}
};

class AddFirewallCommand final : public QUndoCommand
{
public:
    // index -1 appends. Obsolete when the id is empty or taken.
    AddFirewallCommand(Deployment* document, const Firewall& firewall, int index = -1, QUndoCommand* parent = nullptr);
    void undo() override;
    void redo() override;

private:
    Deployment* m_document;
    Firewall m_firewall;
    int m_index;
};

class RemoveFirewallCommand final : public QUndoCommand
{
public:
    RemoveFirewallCommand(Deployment* document, const QString& firewallId, QUndoCommand* parent = nullptr);
    void undo() override;
    void redo() override;

private:
    Deployment* m_document;
    Firewall m_firewall;
    int m_index = -1;
};

// Renames a firewall or sets its interfaces; the id stays (an edit whose "after" has another id is obsolete).
class EditFirewallCommand final : public EditItemCommand<Firewall>
{
public:
    using EditItemCommand::EditItemCommand;

    static std::unique_ptr<EditFirewallCommand> renameFirewall(Deployment* document, const QString& firewallId,
                                                               const QString& name);
    // The interfaces in any order; the document keeps them in lane order.
    static std::unique_ptr<EditFirewallCommand> setFirewallInterfaces(Deployment* document, const QString& firewallId,
                                                                      const QList<FirewallInterface>& interfaces);
    // The zone whose servers run on the firewall itself; empty: none.
    static std::unique_ptr<EditFirewallCommand> setFirewallLocalZone(Deployment* document, const QString& firewallId,
                                                                     const QString& zoneId);
};
