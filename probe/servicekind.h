#pragma once

#include <QString>

#include <optional>

// Which service check a catalog entry asks for on an open TCP port. The implicit-TLS variants are kinds of their own
// (a TLS handshake first, then the same conversation as the plain kind), so one catalog id names the whole check and
// nobody maps port numbers to protocols in code.
enum class ServiceKind
{
    Smtp,  // "smtp": 220 greeting, EHLO (STARTTLS offered?), QUIT
    Smtps, // "smtps": TLS, then the SMTP conversation
    Imap4, // "imap4": * OK greeting, CAPABILITY (STARTTLS offered?), LOGOUT
    Imaps, // "imaps"
    Pop3,  // "pop3": +OK greeting, CAPA (STLS offered?), QUIT
    Pop3s, // "pop3s"
    Nntp,  // "nntp": 200/201 greeting, QUIT
    Nntps, // "nntps"
    Tls,   // "tls": the TLS handshake only, no application protocol
    Http,  // "http": GET /owa, the status line
    Https  // "https": TLS, then the HTTP request
};

QString serviceKindId(ServiceKind kind);
std::optional<ServiceKind> serviceKindFromId(QStringView id);
bool usesImplicitTls(ServiceKind kind);
