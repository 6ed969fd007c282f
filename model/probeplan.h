#pragma once

#include "model/portrange.h"

#include <QList>
#include <QString>
#include <QStringList>

struct DeploymentData;
struct PortMatrix;
class PortCatalog;

// One port the live probe checks: a distinct (host, protocol, port) that some required flow listens on.
struct PlannedProbe
{
    QString host;
    Protocol protocol = Protocol::Tcp;
    int port = 0;
    QString check;         // the catalog entry's service check ("smtp", "imaps", …); empty: connect only
    QString service;       // the matrix's service name, for the results
    QStringList servers;   // server ids behind this host (several when servers share an address)
    QList<int> rows;       // the matrix rows (PortMatrix::ruleAt) this port serves
    QStringList fromZones; // the zones those rows come from: a probe verifies a row only from its own source zone
};

// What the probe of a deployment covers, and what it cannot: the listening ports of every server that has a host,
// once per (host, protocol, port), in host then port order. Port ranges wider than MaxRangePorts (the dynamic RPC
// range) are not probed port by port: a connect cannot tell which of them a service holds; they are listed instead.
struct ProbePlan
{
    static constexpr int MaxRangePorts = 32;

    QList<PlannedProbe> probes;
    QList<int> unprobedRows; // rows whose ports are a range too wide to probe, on servers with a host

    static ProbePlan build(const DeploymentData& deployment, const PortMatrix& matrix, const PortCatalog& catalog);
};
