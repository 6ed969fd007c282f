#include "probe/probejsonwriter.h"

#include <cmath>

#include <QIODevice>

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

void appendTls(QByteArray& out, const TlsInfo& tls)
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

void appendResult(QByteArray& out, const ProbeResult& result)
{
    out += "{\"host\": ";
    appendString(out, result.host);
    out += result.transport == Transport::Tcp ? ", \"protocol\": \"tcp\", \"port\": "
                                              : ", \"protocol\": \"udp\", \"port\": ";
    out += QByteArray::number(result.port);
    appendMember(out, "state", probeStateId(result.state));
    out += ", \"latencyMs\": ";
    out += result.latencyMs < 0 ? QByteArray("null")
                                : QByteArray::number(std::round(result.latencyMs * 1000) / 1000, 'g', 12);
    if (!result.banner.isEmpty())
        appendMember(out, "banner", result.banner);
    if (result.startTls)
        appendMember(out, "startTls", true);
    if (result.tls)
        appendTls(out, *result.tls);
    if (!result.error.isEmpty())
        appendMember(out, "error", result.error);
    out += '}';
}

} // namespace

void ProbeJsonWriter::setVantage(const QString& zoneId)
{
    m_vantage = zoneId;
}

bool ProbeJsonWriter::write(const QDateTime& started, const QList<ProbeResult>& results, QIODevice* device)
{
    QByteArray out;
    out.reserve(100 * (results.size() + 1));
    out += "{\n  \"vantage\": ";
    if (m_vantage)
        appendString(out, *m_vantage);
    else
        out += "null";
    out += ",\n  \"started\": ";
    appendString(out, started.toUTC().toString(Qt::ISODateWithMs));
    out += ",\n  \"results\": [";
    for (qsizetype i = 0; i < results.size(); ++i) {
        out += i == 0 ? "\n    " : ",\n    ";
        appendResult(out, results.at(i));
    }
    out += results.isEmpty() ? "]\n}\n" : "\n  ]\n}\n";
    if (device->write(out) != out.size()) {
        m_error = device->errorString();
        return false;
    }
    return true;
}

QString ProbeJsonWriter::errorString() const
{
    return m_error;
}
