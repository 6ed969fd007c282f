#include "model/deployment.h"

#include <QUndoStack>

Deployment::Deployment(QObject* parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
{}

Deployment::~Deployment() = default;

const Server* Deployment::server(const QString& id) const
{
    const int index = serverIndex(id);
    return index >= 0 ? &m_data.servers.at(index) : nullptr;
}

QStringList Deployment::serversInZone(const QString& zoneId) const
{
    QStringList ids;
    for (const Server& server : m_data.servers) {
        if (server.zone == zoneId)
            ids.append(server.id);
    }
    return ids;
}

void Deployment::reset(const DeploymentData& data)
{
    emit aboutToReset();
    m_data = data;
    rebuildServerIndex();
    m_undoStack->clear();
    emit resetDone();
    emit changed();
}

void Deployment::insertZone(int index, const Zone& zone)
{
    Q_ASSERT(index >= 0 && index <= m_data.zones.size());
    emit zoneAboutToBeInserted(index);
    m_data.zones.insert(index, zone);
    emit zoneInserted(index);
    emit changed();
}

void Deployment::removeZone(int index)
{
    Q_ASSERT(index >= 0 && index < m_data.zones.size());
    emit zoneAboutToBeRemoved(index);
    m_data.zones.removeAt(index);
    emit zoneRemoved(index);
    emit changed();
}

void Deployment::setZone(int index, const Zone& zone)
{
    Q_ASSERT(index >= 0 && index < m_data.zones.size());
    if (m_data.zones.at(index) == zone)
        return;
    m_data.zones[index] = zone;
    emit zoneChanged(index);
    emit changed();
}

void Deployment::moveZone(int from, int to)
{
    Q_ASSERT(from >= 0 && from < m_data.zones.size() && to >= 0 && to < m_data.zones.size());
    if (from == to)
        return;
    emit zoneAboutToBeMoved(from, to);
    m_data.zones.move(from, to);
    for (Firewall& firewall : m_data.firewalls)
        m_data.sortInterfaces(firewall);
    emit zoneMoved(from, to);
    if (!m_data.firewalls.isEmpty())
        emit firewallsChanged();
    emit changed();
}

void Deployment::insertFirewall(int index, const Firewall& firewall)
{
    Q_ASSERT(index >= 0 && index <= m_data.firewalls.size());
    m_data.firewalls.insert(index, firewall);
    m_data.sortInterfaces(m_data.firewalls[index]);
    emit firewallsChanged();
    emit changed();
}

void Deployment::removeFirewall(int index)
{
    Q_ASSERT(index >= 0 && index < m_data.firewalls.size());
    m_data.firewalls.removeAt(index);
    emit firewallsChanged();
    emit changed();
}

void Deployment::setFirewall(int index, const Firewall& firewall)
{
    Q_ASSERT(index >= 0 && index < m_data.firewalls.size());
    Firewall sorted = firewall;
    m_data.sortInterfaces(sorted);
    if (m_data.firewalls.at(index) == sorted)
        return;
    m_data.firewalls[index] = sorted;
    emit firewallsChanged();
    emit changed();
}

void Deployment::setFirewalls(const QList<Firewall>& firewalls)
{
    QList<Firewall> sorted = firewalls;
    for (Firewall& firewall : sorted)
        m_data.sortInterfaces(firewall);
    if (m_data.firewalls == sorted)
        return;
    m_data.firewalls = sorted;
    emit firewallsChanged();
    emit changed();
}

void Deployment::insertServer(int index, const Server& server)
{
    Q_ASSERT(index >= 0 && index <= m_data.servers.size());
    emit serverAboutToBeInserted(index);
    m_data.servers.insert(index, server);
    rebuildServerIndex();
    emit serverInserted(index);
    emit changed();
}

void Deployment::removeServer(int index)
{
    Q_ASSERT(index >= 0 && index < m_data.servers.size());
    emit serverAboutToBeRemoved(index);
    m_data.servers.removeAt(index);
    rebuildServerIndex();
    emit serverRemoved(index);
    emit changed();
}

void Deployment::setServer(int index, const Server& server)
{
    Q_ASSERT(index >= 0 && index < m_data.servers.size());
    if (m_data.servers.at(index) == server)
        return;
    const bool idChanged = m_data.servers.at(index).id != server.id;
    m_data.servers[index] = server;
    if (idChanged)
        rebuildServerIndex();
    emit serverChanged(index);
    emit changed();
}

void Deployment::setOptions(const DeploymentOptions& options)
{
    if (m_data.options == options)
        return;
    m_data.options = options;
    emit optionsChanged();
    emit changed();
}

void Deployment::setExchangeVersion(const QString& version)
{
    if (m_data.exchangeVersion == version)
        return;
    m_data.exchangeVersion = version;
    emit propertiesChanged();
    emit changed();
}

void Deployment::setName(const QString& name)
{
    if (m_data.name == name)
        return;
    m_data.name = name;
    emit propertiesChanged();
    emit changed();
}

void Deployment::setDescription(const QString& description)
{
    if (m_data.description == description)
        return;
    m_data.description = description;
    emit propertiesChanged();
    emit changed();
}

QString Deployment::freeServerId(const QString& prefix) const
{
    QString id;
    for (int n = 1; id.isEmpty() || server(id); ++n)
        id = prefix + QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0'));
    return id;
}

QString Deployment::freeZoneId(const QString& prefix) const
{
    QString id;
    for (int n = 1; id.isEmpty() || zone(id); ++n)
        id = prefix + QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0'));
    return id;
}

void Deployment::rebuildServerIndex()
{
    m_serverIndex.clear();
    m_serverIndex.reserve(m_data.servers.size());
    for (int i = 0; i < m_data.servers.size(); ++i)
        m_serverIndex.insert(m_data.servers.at(i).id, i);
}
