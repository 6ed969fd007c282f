#include "model/endpointnamer.h"

#include <QCoreApplication>

#include "model/deploymentdata.h"
#include "model/portcatalog.h"

EndpointNamer::EndpointNamer(const PortCatalog& catalog, const DeploymentData& a, const DeploymentData& b)
    : m_catalog(&catalog)
{
    for (const DeploymentData* data : {&a, &b}) {
        for (const Server& server : data->servers)
            m_names.insert(server.id, server.name.isEmpty() ? server.id : server.name);
        for (const Zone& zone : data->zones)
            m_zones.insert(zone.id, zone.name.isEmpty() ? zone.id : zone.name);
    }
}

QString EndpointNamer::name(const QString& id) const
{
    if (const auto it = m_names.constFind(id); it != m_names.cend())
        return *it;
    const qsizetype colon = id.indexOf(u':');
    if (colon < 0)
        return id;
    const QString role = id.mid(colon + 1);
    const RoleInfo* info = m_catalog->role(role);
    const QString zone = id.left(colon);
    return QCoreApplication::translate("Inspector", "%1 (%2)", "implicit actor (zone)")
        .arg(info ? info->name : role, m_zones.value(zone, zone));
}

QString EndpointNamer::names(const QStringList& ids) const
{
    QStringList names;
    names.reserve(ids.size());
    for (const QString& id : ids)
        names.append(name(id));
    return names.join(QStringLiteral(", "));
}
