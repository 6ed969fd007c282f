#pragma once

#include <QString>
#include <QStringList>

class PortCatalog;
struct DeploymentData;

// How the ends of a rule read to a person: a server by the name the user typed, an implicit actor
// ("<zone>:<role>", e.g. "internet:internet-mail") as its role's name and its zone's, "Internet mail servers
// (Internet)". The window, the matrix table and the PDF report name servers alike; the CSV/JSON exports keep ids.
namespace EndpointNames {

QString endpointName(const DeploymentData& deployment, const PortCatalog& catalog, const QString& id);
// The names joined with ", ".
QString endpointNames(const DeploymentData& deployment, const PortCatalog& catalog, const QStringList& ids);
// A zone's name, or its id when it has none.
QString zoneName(const DeploymentData& deployment, const QString& id);

} // namespace EndpointNames
