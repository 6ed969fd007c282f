#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

// What one probe of one (host, transport, port) found. Plain values, shared by the engine, the service checks, the
// command line and the window.

enum class Transport
{
    Tcp,
    Udp
};

// PortQry's and nmap's words, as PRODUCT.md and issue 4 name them.
enum class ProbeState
{
    Open,         // a TCP connection was accepted, or a UDP service answered
    Closed,       // refused (TCP RST, or ICMP port unreachable for UDP)
    Filtered,     // no answer before the timeout
    OpenFiltered, // UDP without a service check: no answer, no ICMP error (nmap's open|filtered)
    Unreachable,  // host or network unreachable
    Unresolved,   // the name did not resolve
    Error         // anything else; ProbeResult::error says what
};

QString transportId(Transport transport); // "tcp" / "udp"
QString probeStateId(ProbeState state);   // "open", "closed", "filtered", "open|filtered", "unreachable", …
std::optional<ProbeState> probeStateFromId(QStringView id);

// The TLS handshake of an implicit-TLS port or after STARTTLS. An untrusted certificate is reported, not a failure.
struct TlsInfo
{
    bool ok = false;  // the handshake completed
    QString protocol; // e.g. "TLSv1.3"
    QString cipher;   // e.g. "TLS_AES_256_GCM_SHA384"
    QString subject;  // certificate subject, e.g. "CN=localhost"
    QString issuer;
    QDateTime notAfter;
    bool selfSigned = false;
    bool trusted = false; // the certificate chain verifies against the system's roots and matches the host
    QString error;        // why the handshake failed, or the verification errors of an untrusted certificate
};

struct ProbeResult
{
    QString host;
    Transport transport = Transport::Tcp;
    int port = 0;
    ProbeState state = ProbeState::Error;
    double latencyMs = -1; // connect time; -1 when not measured
    QString banner;        // the service's greeting, e.g. "220 mail.example ESMTP", or an HTTP status line
    bool startTls = false; // SMTP/IMAP4/POP3 offer STARTTLS
    std::optional<TlsInfo> tls;
    QString error;
    QDateTime time; // when the probe finished (UTC)
};
