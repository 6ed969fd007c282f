#pragma once

#include <QString>
#include <QStringList>

class Deployment;
class PortCatalog;

// How the ends of a rule read to a person: a server by the name the user typed, an implicit actor
// ("<zone>:<role>", e.g. "internet:internet-mail") as its role's name and its zone's, "Internet mail servers
// (Internet)". The window, the matrix table and the PDF report name servers alike; the CSV/JSON exports keep ids.
// Servers are looked up through the document's index: a rule of a large deployment lists thousands of them.
namespace EndpointNames {

QString endpointName(const Deployment& deployment, const PortCatalog& catalog, const QString& id);
// The names joined with ", ".
QString endpointNames(const Deployment& deployment, const PortCatalog& catalog, const QStringList& ids);
// A zone's name, or its id when it has none.
QString zoneName(const Deployment& deployment, const QString& id);

} // namespace EndpointNames
