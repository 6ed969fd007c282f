#pragma once

#include "model/portrange.h"

#include <QList>
#include <QString>

class PortCatalog;
struct CatalogEntry;
struct DeploymentData;

// What opening a port into a zone would expose: the catalog entries whose listeners are roles of servers in that zone
// (in the servers' Exchange versions) and whose ports, resolved for that deployment (its dynamic RPC range, static
// RPC and DAG ports), include the port. Each entry once, in catalog order; empty when nothing known listens there.
QList<const CatalogEntry*> entriesExposedBy(const DeploymentData& deployment, const PortCatalog& catalog,
                                            const QString& toZone, Protocol protocol, int port);
