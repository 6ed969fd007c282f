#pragma once

#include "model/export/proberesultsjsonwriter.h"
#include "model/probeevidence.h"

#include <QBuffer>

// The evidence of a small probe for the tests of the results files: SMTP on 127.0.0.1 behind two servers (open, with
// TLS, from the Internet's rows, not verified from the LAN) and DNS over UDP on mail.example (closed, verified).
// The expected files in the tests are what Portolan wrote for it before the writers moved to model/export.
namespace ProbeEvidenceFixture {

inline QDateTime utc(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
}

inline ProbeEvidence evidence()
{
    PortEvidence smtp;
    smtp.serverId = QStringLiteral("ex01");
    smtp.serverName = QStringLiteral("EX01");
    smtp.host = QStringLiteral("127.0.0.1");
    smtp.port = 25;
    smtp.service = QStringLiteral("SMTP");
    smtp.check = QStringLiteral("smtp");
    smtp.state = QStringLiteral("open");
    smtp.latencyMs = 1.23456;
    smtp.banner = QStringLiteral("220 mail, \"ESMTP\"");
    smtp.startTls = true;
    TlsEvidence tls;
    tls.ok = true;
    tls.protocol = QStringLiteral("TLSv1.3");
    tls.cipher = QStringLiteral("TLS_AES_256_GCM_SHA384");
    tls.subject = QStringLiteral("CN=mail.example");
    tls.issuer = QStringLiteral("CN=Example CA");
    tls.notAfter = utc("2030-01-02T03:04:05.678Z");
    tls.trusted = true;
    smtp.tls = tls;
    smtp.time = utc("2024-05-01T10:31:02.123Z");
    smtp.rows = {0, 3};
    smtp.fromZones = {QStringLiteral("internet")};
    PortEvidence smtp2 = smtp;
    smtp2.serverId = QStringLiteral("ex02");
    smtp2.serverName = QStringLiteral("EX02");
    PortEvidence dns;
    dns.serverId = QStringLiteral("ex02");
    dns.serverName = QStringLiteral("EX02");
    dns.host = QStringLiteral("mail.example");
    dns.protocol = Protocol::Udp;
    dns.port = 53;
    dns.service = QStringLiteral("DNS");
    dns.check = QStringLiteral("dns");
    dns.state = QStringLiteral("closed");
    dns.error = QStringLiteral("=refused");
    dns.verified = true;
    dns.rows = {5};
    dns.fromZones = {QStringLiteral("lan")};

    ProbeEvidence evidence;
    evidence.vantage = QStringLiteral("lan");
    evidence.started = utc("2024-05-01T10:31:00.000Z");
    evidence.ports = {smtp, smtp2, dns};
    return evidence;
}

// The results file the JSON writer makes of the evidence.
inline QByteArray json(const ProbeEvidence& evidence)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ProbeResultsJsonWriter writer(evidence);
    if (!writer.write(&buffer))
        qWarning("%s", qPrintable(writer.errorString()));
    return buffer.data();
}

} // namespace ProbeEvidenceFixture
