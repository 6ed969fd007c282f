#include "model/export/proberesultsjsonwriter.h"

#include <cmath>

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "model/probeevidence.h"

namespace {

QJsonValue latency(double latencyMs)
{
    return latencyMs < 0 ? QJsonValue() : QJsonValue(std::round(latencyMs * 1000) / 1000);
}

QString isoTime(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonObject toJson(const TlsEvidence& tls)
{
    return {{QStringLiteral("ok"), tls.ok},
            {QStringLiteral("protocol"), tls.protocol},
            {QStringLiteral("cipher"), tls.cipher},
            {QStringLiteral("subject"), tls.subject},
            {QStringLiteral("issuer"), tls.issuer},
            {QStringLiteral("notAfter"), isoTime(tls.notAfter)},
            {QStringLiteral("selfSigned"), tls.selfSigned},
            {QStringLiteral("trusted"), tls.trusted},
            {QStringLiteral("error"), tls.error}};
}

QJsonObject toJson(const PortEvidence& port)
{
    QJsonArray rows;
    for (const int row : port.rows)
        rows.append(row);
    return {{QStringLiteral("server"), port.serverName},
            {QStringLiteral("serverId"), port.serverId},
            {QStringLiteral("host"), port.host},
            {QStringLiteral("protocol"), protocolId(port.protocol)},
            {QStringLiteral("port"), port.port},
            {QStringLiteral("service"), port.service},
            {QStringLiteral("check"), port.check},
            {QStringLiteral("state"), port.state},
            {QStringLiteral("latencyMs"), latency(port.latencyMs)},
            {QStringLiteral("banner"), port.banner},
            {QStringLiteral("startTls"), port.startTls},
            {QStringLiteral("error"), port.error},
            {QStringLiteral("time"), isoTime(port.time)},
            {QStringLiteral("verified"), port.verified},
            {QStringLiteral("fromZones"), QJsonArray::fromStringList(port.fromZones)},
            {QStringLiteral("rows"), rows},
            {QStringLiteral("tls"), port.tls ? QJsonValue(toJson(*port.tls)) : QJsonValue()}};
}

// One value as compact JSON text. QJsonDocument only writes arrays and objects: wrap the value, then unwrap it.
QByteArray compact(const QJsonValue& value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

} // namespace

bool ProbeResultsJsonWriter::write(QIODevice* device)
{
    clearError();
    if (!device || !device->isWritable())
        return fail(tr("cannot write the probe results: the output is not open for writing"));
    // The top-level members in the order issue 4 gives them (QJsonDocument would sort them), one result per line.
    QByteArray out = "{\n  \"vantage\": ";
    out += compact(m_evidence.vantage ? QJsonValue(*m_evidence.vantage) : QJsonValue());
    out += ",\n  \"started\": " + compact(isoTime(m_evidence.started));
    out += ",\n  \"origin\": " + compact(m_evidence.origin);
    out += ",\n  \"results\": [";
    for (qsizetype i = 0; i < m_evidence.ports.size(); ++i)
        out += (i == 0 ? "\n    " : ",\n    ") + compact(toJson(m_evidence.ports.at(i)));
    out += m_evidence.ports.isEmpty() ? "]\n}\n" : "\n  ]\n}\n";
    if (device->write(out) != out.size())
        return fail(tr("cannot write: %1").arg(device->errorString()));
    return true;
}
