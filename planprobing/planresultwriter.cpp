#include "planprobing/planresultwriter.h"

#include <QHash>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <map>
#include <tuple>

#include "planprobing/planprobing.h"
#include "model/deploymentdata.h"
#include "model/export/matrixcsvwriter.h"
#include "model/probeplan.h"

namespace {

using Key = std::tuple<QString, int, int>; // host, transport, port

Key keyOf(const QString& host, Transport transport, int port)
{
    return {host, int(transport), port};
}

QJsonValue latency(const ProbeResult& result)
{
    return result.latencyMs < 0 ? QJsonValue() : QJsonValue(std::round(result.latencyMs * 1000) / 1000);
}

QString isoTime(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonArray toArray(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

} // namespace

PlanResultWriter::PlanResultWriter(const DeploymentData& deployment, const ProbePlan& plan)
    : m_deployment(deployment)
    , m_plan(plan)
{}

bool PlanResultWriter::verified(int probe) const
{
    return m_vantage && m_plan.probes.at(probe).fromZones.contains(*m_vantage);
}

QList<PlanResultWriter::Entry> PlanResultWriter::entries(const QList<ProbeResult>& results) const
{
    std::map<Key, const ProbeResult*> byKey;
    for (const ProbeResult& result : results)
        byKey[keyOf(result.host, result.transport, result.port)] = &result;
    QHash<QString, QString> names;
    for (const Server& server : m_deployment.servers)
        names.insert(server.id, server.name);
    QList<Entry> out;
    for (int index = 0; index < m_plan.probes.size(); ++index) {
        const PlannedProbe& probe = m_plan.probes.at(index);
        const Transport transport = transportOf(probe.protocol);
        const auto found = byKey.find(keyOf(probe.host, transport, probe.port));
        if (found == byKey.end())
            continue;
        for (const QString& server : probe.servers)
            out.append(Entry{index, server, names.value(server, server), found->second});
    }
    return out;
}

QJsonObject PlanResultWriter::toJson(const QList<ProbeResult>& results) const
{
    QJsonArray array;
    for (const Entry& entry : entries(results)) {
        const PlannedProbe& probe = m_plan.probes.at(entry.probe);
        const ProbeResult& result = *entry.result;
        QJsonObject object{{QStringLiteral("server"), entry.serverName},
                           {QStringLiteral("serverId"), entry.serverId},
                           {QStringLiteral("host"), probe.host},
                           {QStringLiteral("protocol"), protocolId(probe.protocol)},
                           {QStringLiteral("port"), probe.port},
                           {QStringLiteral("service"), probe.service},
                           {QStringLiteral("check"), probe.check},
                           {QStringLiteral("state"), probeStateId(result.state)},
                           {QStringLiteral("latencyMs"), latency(result)},
                           {QStringLiteral("banner"), result.banner},
                           {QStringLiteral("startTls"), result.startTls},
                           {QStringLiteral("error"), result.error},
                           {QStringLiteral("time"), isoTime(result.time)},
                           {QStringLiteral("verified"), verified(entry.probe)},
                           {QStringLiteral("fromZones"), toArray(probe.fromZones)}};
        QJsonArray rows;
        for (const int row : probe.rows)
            rows.append(row);
        object.insert(QStringLiteral("rows"), rows);
        if (result.tls) {
            const TlsInfo& tls = *result.tls;
            object.insert(QStringLiteral("tls"), QJsonObject{{QStringLiteral("ok"), tls.ok},
                                                             {QStringLiteral("protocol"), tls.protocol},
                                                             {QStringLiteral("cipher"), tls.cipher},
                                                             {QStringLiteral("subject"), tls.subject},
                                                             {QStringLiteral("issuer"), tls.issuer},
                                                             {QStringLiteral("notAfter"), isoTime(tls.notAfter)},
                                                             {QStringLiteral("selfSigned"), tls.selfSigned},
                                                             {QStringLiteral("trusted"), tls.trusted},
                                                             {QStringLiteral("error"), tls.error}});
        } else {
            object.insert(QStringLiteral("tls"), QJsonValue());
        }
        array.append(object);
    }
    return QJsonObject{{QStringLiteral("vantage"), m_vantage ? QJsonValue(*m_vantage) : QJsonValue()},
                       {QStringLiteral("started"), isoTime(m_started)},
                       {QStringLiteral("origin"), m_origin},
                       {QStringLiteral("results"), array}};
}

bool PlanResultWriter::writeJson(const QList<ProbeResult>& results, QIODevice* device)
{
    // The members in the order issue 4 gives them (QJsonDocument sorts them), one result per line.
    const QJsonObject json = toJson(results);
    const auto compact = [](const QJsonValue& value) {
        const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        return array.mid(1, array.size() - 2);
    };
    QByteArray out = "{\n";
    for (const char* key : {"vantage", "started", "origin"})
        out += "  \"" + QByteArray(key) + "\": " + compact(json.value(QLatin1String(key))) + ",\n";
    out += "  \"results\": [";
    const QJsonArray array = json.value(u"results").toArray();
    for (qsizetype i = 0; i < array.size(); ++i)
        out += (i == 0 ? "\n    " : ",\n    ") + compact(array.at(i));
    out += array.isEmpty() ? "]\n}\n" : "\n  ]\n}\n";
    return write(out, device);
}

bool PlanResultWriter::writeCsv(const QList<ProbeResult>& results, QIODevice* device)
{
    const QStringList header{QStringLiteral("Server"),        QStringLiteral("Host"),
                             QStringLiteral("Protocol"),      QStringLiteral("Port"),
                             QStringLiteral("Service"),       QStringLiteral("State"),
                             QStringLiteral("Latency ms"),    QStringLiteral("Banner"),
                             QStringLiteral("STARTTLS"),      QStringLiteral("TLS ok"),
                             QStringLiteral("TLS protocol"),  QStringLiteral("TLS cipher"),
                             QStringLiteral("TLS subject"),   QStringLiteral("TLS issuer"),
                             QStringLiteral("TLS not after"), QStringLiteral("TLS self-signed"),
                             QStringLiteral("Error"),         QStringLiteral("Verified"),
                             QStringLiteral("Vantage"),       QStringLiteral("Origin")};
    const auto yesNo = [](bool value) {
        return value ? QStringLiteral("yes") : QStringLiteral("no");
    };
    QString text = header.join(u',') + QStringLiteral("\r\n");
    for (const Entry& entry : entries(results)) {
        const PlannedProbe& probe = m_plan.probes.at(entry.probe);
        const ProbeResult& result = *entry.result;
        const std::optional<TlsInfo>& tls = result.tls;
        const QStringList cells{entry.serverName,
                                probe.host,
                                protocolId(probe.protocol),
                                QString::number(probe.port),
                                probe.service,
                                probeStateId(result.state),
                                result.latencyMs < 0 ? QString() : QString::number(result.latencyMs, 'f', 3),
                                result.banner,
                                yesNo(result.startTls),
                                tls ? yesNo(tls->ok) : QString(),
                                tls ? tls->protocol : QString(),
                                tls ? tls->cipher : QString(),
                                tls ? tls->subject : QString(),
                                tls ? tls->issuer : QString(),
                                tls ? isoTime(tls->notAfter) : QString(),
                                tls ? yesNo(tls->selfSigned) : QString(),
                                result.error,
                                yesNo(verified(entry.probe)),
                                m_vantage.value_or(QString()),
                                m_origin};
        QStringList escaped;
        for (const QString& cell : cells)
            escaped.append(MatrixCsvWriter::escapeCell(cell));
        text += escaped.join(u',') + QStringLiteral("\r\n");
    }
    return write(text.toUtf8(), device);
}

bool PlanResultWriter::write(const QByteArray& bytes, QIODevice* device)
{
    if (device->write(bytes) != bytes.size()) {
        m_error = device->errorString();
        return false;
    }
    return true;
}
