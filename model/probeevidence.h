#pragma once

#include "model/portrange.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// What a probe saw of a deployment's planned ports, as plain model values: the window's live probe or nmap import,
// or a results file of `portolan-cli probe` / `import-nmap`, read back. The report shows it as evidence next to the
// rules; the model never probes.

// The TLS handshake a service check made (the "tls" object of a results file).
struct TlsEvidence
{
    bool ok = false;
    QString protocol; // "TLSv1.3"
    QString cipher;
    QString subject; // "CN=mail.contoso.com"
    QString issuer;
    QDateTime notAfter;
    bool selfSigned = false;
    bool trusted = false;
    QString error;
};

// One planned (server, protocol, port) and what was seen of it: one entry of a results file.
struct PortEvidence
{
    QString serverId;
    QString serverName;
    QString host;
    Protocol protocol = Protocol::Tcp;
    int port = 0;
    QString service;
    QString check;         // the service check's id, e.g. "smtp"
    QString state;         // the probe's word: "open", "closed", "filtered", "open|filtered", "unreachable", …
    double latencyMs = -1; // -1: not measured
    QString banner;        // greeting or HTTP status line
    bool startTls = false; // STARTTLS offered
    std::optional<TlsEvidence> tls;
    QString error;
    QDateTime time;        // when the port was probed (UTC)
    bool verified = false; // seen from a zone some matrix row of the port comes from
    QList<int> rows;       // the matrix rows (PortMatrix::ruleAt) that need this port
    QStringList fromZones; // the zones those rows come from
};

struct ProbeEvidence
{
    std::optional<QString> vantage; // zone id the probe ran from; none for a plain scan
    QDateTime started;
    QString origin = QStringLiteral("probe"); // "probe" or "nmap"
    QList<PortEvidence> ports;

    bool isEmpty() const { return ports.isEmpty(); }
};
