#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

struct DeploymentData;
class PortCatalog;

// How the ends of the rules of two deployments (a comparison) read to a person: servers by the name the user typed
// (B's over A's), an implicit actor ("internet:internet-mail") as its role's name and its zone's, "Internet mail
// servers (Internet)". Built once: a rule of a large deployment lists thousands of servers.
class EndpointNamer final
{
public:
    EndpointNamer(const PortCatalog& catalog, const DeploymentData& a, const DeploymentData& b);

    QString name(const QString& id) const;
    // The names joined with ", ".
    QString names(const QStringList& ids) const;

private:
    const PortCatalog* m_catalog;
    QHash<QString, QString> m_names; // A's, then B's over them
    QHash<QString, QString> m_zones;
};
