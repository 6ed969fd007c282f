#include "model/endpointnames.h"

#include <QCoreApplication>

#include "model/deployment.h"
#include "model/portcatalog.h"

namespace EndpointNames {

QString endpointName(const Deployment& deployment, const PortCatalog& catalog, const QString& id)
{
    if (const Server* server = deployment.server(id))
        return server->name.isEmpty() ? server->id : server->name;
    const qsizetype colon = id.indexOf(u':');
    if (colon < 0)
        return id;
    const QString role = id.mid(colon + 1);
    const RoleInfo* info = catalog.role(role);
    return QCoreApplication::translate("Inspector", "%1 (%2)", "implicit actor (zone)")
        .arg(info ? info->name : role, zoneName(deployment, id.left(colon)));
}

QString endpointNames(const Deployment& deployment, const PortCatalog& catalog, const QStringList& ids)
{
    QStringList names;
    names.reserve(ids.size());
    for (const QString& id : ids)
        names.append(endpointName(deployment, catalog, id));
    return names.join(QStringLiteral(", "));
}

QString zoneName(const Deployment& deployment, const QString& id)
{
    const Zone* zone = deployment.zone(id);
    return zone && !zone->name.isEmpty() ? zone->name : id;
}

} // namespace EndpointNames
