#pragma once

#include "model/portrange.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class Deployment;
class PortCatalog;
struct CatalogEntry;
struct FlowSet;
struct PortMatrix;

// "Open an extra port (what-if)" on the firewall between two neighbouring zones, in one direction.
struct ExtraPortQuestion
{
    QString fromZone; // the side connections come from
    QString toZone;   // the neighbouring zone they go to
    Protocol protocol = Protocol::Tcp;
    int port = 0;

    friend bool operator==(const ExtraPortQuestion& a, const ExtraPortQuestion& b)
    {
        return a.fromZone == b.fromZone && a.toZone == b.toZone && a.protocol == b.protocol && a.port == b.port;
    }
};

// A service of the catalog that listens on the port behind that firewall.
struct ExposedService
{
    const CatalogEntry* entry = nullptr;
    QString service;
    QString purpose;
    QStringList listeners;    // the names of the servers (or actors) that would be reachable
    bool switchedOff = false; // the deployment's options leave it off (POP3 in 2019, say)
};

struct ExtraPortAnswer
{
    ExtraPortQuestion question;
    QList<int> neededRows;         // matrix rows crossing that firewall that way on that port: a flow needs it
    QList<ExposedService> exposed; // empty: an unknown service
};

// Which rules need the port, and what it would expose: the catalog entries with that fixed port whose listener roles
// sit beyond the firewall (in the zone it leads to or farther that way) in a version the entry covers and whose
// options the deployment has on, each service and set of listeners once (described by an entry someone on the near
// side uses, where there is one); when only entries of options that are off listen there, those, marked switched off.
// Null when the zones are not neighbours of the document.
std::optional<ExtraPortAnswer> answerExtraPort(const Deployment& document, const PortCatalog& catalog,
                                               const FlowSet& flows, const PortMatrix& matrix,
                                               const ExtraPortQuestion& question);
