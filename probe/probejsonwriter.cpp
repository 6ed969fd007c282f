#include "probe/probejsonwriter.h"

#include <cmath>

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QJsonObject tlsObject(const TlsInfo& tls)
{
    QJsonObject object{{QStringLiteral("ok"), tls.ok},
                       {QStringLiteral("protocol"), tls.protocol},
                       {QStringLiteral("cipher"), tls.cipher},
                       {QStringLiteral("subject"), tls.subject},
                       {QStringLiteral("issuer"), tls.issuer},
                       {QStringLiteral("notAfter"), tls.notAfter.toString(Qt::ISODate)},
                       {QStringLiteral("selfSigned"), tls.selfSigned},
                       {QStringLiteral("trusted"), tls.trusted}};
    if (!tls.error.isEmpty())
        object.insert(QStringLiteral("error"), tls.error);
    return object;
}

QJsonObject resultObject(const ProbeResult& result)
{
    QJsonObject object{{QStringLiteral("host"), result.host},
                       {QStringLiteral("protocol"), transportId(result.transport)},
                       {QStringLiteral("port"), result.port},
                       {QStringLiteral("state"), probeStateId(result.state)},
                       {QStringLiteral("latencyMs"), result.latencyMs < 0 ? QJsonValue() : QJsonValue(std::round(result.latencyMs * 1000) / 1000)}};
    if (!result.banner.isEmpty())
        object.insert(QStringLiteral("banner"), result.banner);
    if (result.startTls)
        object.insert(QStringLiteral("startTls"), true);
    if (result.tls)
        object.insert(QStringLiteral("tls"), tlsObject(*result.tls));
    if (!result.error.isEmpty())
        object.insert(QStringLiteral("error"), result.error);
    return object;
}

} // namespace

void ProbeJsonWriter::setVantage(const QString& zoneId)
{
    m_vantage = zoneId;
}

bool ProbeJsonWriter::write(const QDateTime& started, const QList<ProbeResult>& results, QIODevice* device)
{
    QJsonArray array;
    for (const ProbeResult& result : results)
        array.append(resultObject(result));
    const QJsonObject root{{QStringLiteral("vantage"), m_vantage ? QJsonValue(*m_vantage) : QJsonValue()},
                           {QStringLiteral("started"), started.toUTC().toString(Qt::ISODateWithMs)},
                           {QStringLiteral("results"), array}};
    const QByteArray bytes = QJsonDocument(root).toJson(QJsonDocument::Indented);
    if (device->write(bytes) != bytes.size()) {
        m_error = device->errorString();
        return false;
    }
    return true;
}

QString ProbeJsonWriter::errorString() const
{
    return m_error;
}
