#include "model/export/scanjsonwriter.h"

#include <cmath>

#include <QIODevice>

#include "model/probeevidence.h"

// Written by hand rather than through QJsonDocument: a full scan has 65,535 results, and building a QJsonObject for
// each costs more than the scan's own work in user space. One result per line keeps the file readable and diffable.
namespace {

void appendString(QByteArray& out, const QString& text)
{
    static constexpr char Hex[] = "0123456789abcdef";
    out += '"';
    for (const char byte : text.toUtf8()) {
        const auto code = static_cast<unsigned char>(byte);
        if (byte == '"' || byte == '\\') {
            out += '\\';
            out += byte;
        } else if (code < 0x20) {
            out += "\\u00";
            out += Hex[code >> 4];
            out += Hex[code & 0xf];
        } else {
            out += byte;
        }
    }
    out += '"';
}

void appendMember(QByteArray& out, const char* key, const QString& value)
{
    out += ", \"";
    out += key;
    out += "\": ";
    appendString(out, value);
}

void appendMember(QByteArray& out, const char* key, bool value)
{
    out += ", \"";
    out += key;
    out += value ? "\": true" : "\": false";
}

void appendTls(QByteArray& out, const TlsEvidence& tls)
{
    out += ", \"tls\": {\"ok\": ";
    out += tls.ok ? "true" : "false";
    appendMember(out, "protocol", tls.protocol);
    appendMember(out, "cipher", tls.cipher);
    appendMember(out, "subject", tls.subject);
    appendMember(out, "issuer", tls.issuer);
    appendMember(out, "notAfter", tls.notAfter.toUTC().toString(Qt::ISODate));
    appendMember(out, "selfSigned", tls.selfSigned);
    appendMember(out, "trusted", tls.trusted);
    if (!tls.error.isEmpty())
        appendMember(out, "error", tls.error);
    out += '}';
}

void appendResult(QByteArray& out, const PortEvidence& port)
{
    out += "{\"host\": ";
    appendString(out, port.host);
    out +=
        port.protocol == Protocol::Tcp ? ", \"protocol\": \"tcp\", \"port\": " : ", \"protocol\": \"udp\", \"port\": ";
    out += QByteArray::number(port.port);
    appendMember(out, "state", port.state);
    out += ", \"latencyMs\": ";
    out +=
        port.latencyMs < 0 ? QByteArray("null") : QByteArray::number(std::round(port.latencyMs * 1000) / 1000, 'g', 12);
    if (!port.banner.isEmpty())
        appendMember(out, "banner", port.banner);
    if (port.startTls)
        appendMember(out, "startTls", true);
    if (port.tls)
        appendTls(out, *port.tls);
    if (!port.error.isEmpty())
        appendMember(out, "error", port.error);
    out += '}';
}

} // namespace

bool ScanJsonWriter::write(QIODevice* device)
{
    clearError();
    if (!device || !device->isWritable())
        return fail(tr("cannot write the scan results: the output is not open for writing"));
    const QList<PortEvidence>& ports = m_evidence.ports;
    QByteArray out;
    out.reserve(100 * (ports.size() + 1));
    out += "{\n  \"vantage\": ";
    if (m_evidence.vantage)
        appendString(out, *m_evidence.vantage);
    else
        out += "null";
    out += ",\n  \"started\": ";
    appendString(out, m_evidence.started.toUTC().toString(Qt::ISODateWithMs));
    out += ",\n  \"results\": [";
    for (qsizetype i = 0; i < ports.size(); ++i) {
        out += i == 0 ? "\n    " : ",\n    ";
        appendResult(out, ports.at(i));
    }
    out += ports.isEmpty() ? "]\n}\n" : "\n  ]\n}\n";
    if (device->write(out) != out.size())
        return fail(tr("cannot write: %1").arg(device->errorString()));
    return true;
}
