#pragma once

#include "model/deploymentdata.h"

#include <QHash>
#include <QObject>

class QUndoStack;

// The deployment document: the store of record. Views read it and follow its signals; every user edit is a command
// on undoStack() (deploymentcommands.h) that calls the mutators below, which emit about-to/done signals around the
// change and changed() after it.
class Deployment final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Deployment)

public:
    explicit Deployment(QObject* parent = nullptr);
    ~Deployment() override;

    const DeploymentData& data() const { return m_data; }
    const QList<Zone>& zones() const { return m_data.zones; }
    const QList<Server>& servers() const { return m_data.servers; }
    const QList<Firewall>& firewalls() const { return m_data.firewalls; }
    int firewallIndex(const QString& id) const { return m_data.firewallIndex(id); }
    const Firewall* firewall(const QString& id) const { return m_data.firewall(id); }
    const DeploymentOptions& options() const { return m_data.options; }
    QString exchangeVersion() const { return m_data.exchangeVersion; }
    QString name() const { return m_data.name; }
    QString description() const { return m_data.description; }

    int zoneIndex(const QString& id) const { return m_data.zoneIndex(id); }
    const Zone* zone(const QString& id) const { return m_data.zone(id); }
    int serverIndex(const QString& id) const { return m_serverIndex.value(id, -1); }
    const Server* server(const QString& id) const;
    QStringList serversInZone(const QString& zoneId) const;
    // A readable id no server (zone) has yet: the prefix and the first free number, e.g. edge01, zone02.
    QString freeServerId(const QString& prefix) const;
    QString freeZoneId(const QString& prefix) const;

    QUndoStack* undoStack() const { return m_undoStack; }

    // Replaces the whole content (open, new from template) and clears the undo history.
    void reset(const DeploymentData& data);

    // Mutators for the undo commands. Indexes must be valid.
    void insertZone(int index, const Zone& zone);
    void removeZone(int index);
    void setZone(int index, const Zone& zone);
    void moveZone(int from, int to);
    void insertServer(int index, const Server& server);
    void removeServer(int index);
    void setServer(int index, const Server& server);
    // A firewall's interfaces are put in the zones' lane order (and again when a zone moves).
    void insertFirewall(int index, const Firewall& firewall);
    void removeFirewall(int index);
    void setFirewall(int index, const Firewall& firewall);
    // All firewalls at once, as one change (implied firewalls made explicit: no view sees half of them).
    void setFirewalls(const QList<Firewall>& firewalls);
    void setOptions(const DeploymentOptions& options);
    void setExchangeVersion(const QString& version);
    void setName(const QString& name);
    void setDescription(const QString& description);

signals:
    void aboutToReset();
    void resetDone();
    void zoneAboutToBeInserted(int index);
    void zoneInserted(int index);
    void zoneAboutToBeRemoved(int index);
    void zoneRemoved(int index);
    void zoneChanged(int index);
    void zoneAboutToBeMoved(int from, int to);
    void zoneMoved(int from, int to);
    void serverAboutToBeInserted(int index);
    void serverInserted(int index);
    void serverAboutToBeRemoved(int index);
    void serverRemoved(int index);
    void serverChanged(int index);
    void optionsChanged();
    void firewallsChanged();  // one was added, removed or edited, or a zone move reordered their interfaces
    void propertiesChanged(); // name, description or Exchange version
    // After every change of any kind: what the flow engine listens to.
    void changed();

private:
    void rebuildServerIndex();

    DeploymentData m_data;
    QHash<QString, int> m_serverIndex;
    QUndoStack* m_undoStack;
};
