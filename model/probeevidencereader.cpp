#include "model/probeevidencereader.h"

#include <QHash>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "model/deploymentdata.h"
#include "model/jsonfieldreader.h"
#include "model/jsonparseproblem.h"
#include "model/userfile.h"

namespace {

// The words of the probe's ProbeState (probe/proberesult.cpp), which the model cannot link; tst_planprobing checks
// that the two lists agree.
const char* const StateWords[] = {"open", "closed", "filtered", "open|filtered", "unreachable", "unresolved", "error"};

QString indexPlace(const QString& place, qsizetype index)
{
    return place + u'[' + QString::number(index) + u']';
}

class EvidenceParser final : public JsonFieldReader
{
    Q_DECLARE_TR_FUNCTIONS(ProbeEvidenceReader)

public:
    std::optional<ProbeEvidence> parse(const QByteArray& json);

private:
    bool requiredString(const QJsonObject& object, const QString& key, const QString& place, QString* out);
    bool optionalTime(const QJsonObject& object, const QString& key, const QString& place, QDateTime* out);
    bool readHeader(const QJsonObject& root, ProbeEvidence* evidence);
    bool readPort(const QJsonObject& object, const QString& place, PortEvidence* port);
    bool readTls(const QJsonObject& object, const QString& place, TlsEvidence* tls);
};

bool EvidenceParser::requiredString(const QJsonObject& object, const QString& key, const QString& place, QString* out)
{
    if (!object.contains(key))
        return failMissing(place, key);
    return optionalString(object, key, place, out);
}

// An empty string is a time nobody knew, as the writer writes it.
bool EvidenceParser::optionalTime(const QJsonObject& object, const QString& key, const QString& place, QDateTime* out)
{
    QString text;
    if (!optionalString(object, key, place, &text))
        return false;
    if (text.isEmpty())
        return true;
    *out = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!out->isValid())
        return fail(keyPlace(place, key),
                    tr("not a time: %1 (expected ISO 8601, e.g. 2024-05-01T10:31:02.000Z)").arg(quoted(text)));
    return true;
}

bool EvidenceParser::readHeader(const QJsonObject& root, ProbeEvidence* evidence)
{
    const QJsonValue vantage = root.value(QStringLiteral("vantage"));
    if (vantage.isString())
        evidence->vantage = vantage.toString();
    else if (!vantage.isNull() && !vantage.isUndefined())
        return fail(QStringLiteral("vantage"), tr("expected a zone id or null"));
    if (!optionalTime(root, QStringLiteral("started"), {}, &evidence->started))
        return false;
    if (!optionalString(root, QStringLiteral("origin"), {}, &evidence->origin))
        return false;
    if (evidence->origin != u"probe" && evidence->origin != u"nmap")
        return fail(QStringLiteral("origin"),
                    tr("unknown origin %1 (known: probe, nmap)").arg(quoted(evidence->origin)));
    return true;
}

bool EvidenceParser::readTls(const QJsonObject& object, const QString& place, TlsEvidence* tls)
{
    return optionalBool(object, QStringLiteral("ok"), place, &tls->ok) &&
           optionalString(object, QStringLiteral("protocol"), place, &tls->protocol) &&
           optionalString(object, QStringLiteral("cipher"), place, &tls->cipher) &&
           optionalString(object, QStringLiteral("subject"), place, &tls->subject) &&
           optionalString(object, QStringLiteral("issuer"), place, &tls->issuer) &&
           optionalTime(object, QStringLiteral("notAfter"), place, &tls->notAfter) &&
           optionalBool(object, QStringLiteral("selfSigned"), place, &tls->selfSigned) &&
           optionalBool(object, QStringLiteral("trusted"), place, &tls->trusted) &&
           optionalString(object, QStringLiteral("error"), place, &tls->error);
}

bool EvidenceParser::readPort(const QJsonObject& object, const QString& place, PortEvidence* port)
{
    if (!requiredString(object, QStringLiteral("serverId"), place, &port->serverId))
        return false;
    if (port->serverId.isEmpty())
        return fail(keyPlace(place, QStringLiteral("serverId")), tr("must not be empty"));
    port->serverName = port->serverId;
    if (!optionalString(object, QStringLiteral("server"), place, &port->serverName) ||
        !requiredString(object, QStringLiteral("host"), place, &port->host))
        return false;

    QString protocol;
    if (!requiredString(object, QStringLiteral("protocol"), place, &protocol))
        return false;
    const auto parsedProtocol = protocolFromId(protocol);
    if (!parsedProtocol)
        return fail(keyPlace(place, QStringLiteral("protocol")),
                    tr("unknown protocol %1 (known: tcp, udp)").arg(quoted(protocol)));
    port->protocol = *parsedProtocol;

    const QString portPlace = keyPlace(place, QStringLiteral("port"));
    if (!object.contains(QStringLiteral("port")))
        return failMissing(place, QStringLiteral("port"));
    const auto number = toInteger(object.value(QStringLiteral("port")));
    if (!number || *number < 1 || *number > 65535)
        return fail(portPlace, tr("not a port number (1 to 65535)"));
    port->port = *number;

    if (!requiredString(object, QStringLiteral("state"), place, &port->state))
        return false;
    const QStringList states = ProbeEvidenceReader::stateWords();
    if (!states.contains(port->state))
        return fail(keyPlace(place, QStringLiteral("state")),
                    tr("unknown state %1 (known: %2)").arg(quoted(port->state), states.join(QStringLiteral(", "))));

    const QJsonValue latency = object.value(QStringLiteral("latencyMs"));
    if (latency.isDouble() && latency.toDouble() >= 0)
        port->latencyMs = latency.toDouble();
    else if (!latency.isNull() && !latency.isUndefined())
        return fail(keyPlace(place, QStringLiteral("latencyMs")),
                    tr("expected a number of milliseconds (0 or more) or null"));

    if (!optionalString(object, QStringLiteral("service"), place, &port->service) ||
        !optionalString(object, QStringLiteral("check"), place, &port->check) ||
        !optionalString(object, QStringLiteral("banner"), place, &port->banner) ||
        !optionalBool(object, QStringLiteral("startTls"), place, &port->startTls) ||
        !optionalString(object, QStringLiteral("error"), place, &port->error) ||
        !optionalTime(object, QStringLiteral("time"), place, &port->time) ||
        !optionalBool(object, QStringLiteral("verified"), place, &port->verified))
        return false;

    const QJsonValue tls = object.value(QStringLiteral("tls"));
    if (tls.isObject()) {
        TlsEvidence read;
        if (!readTls(tls.toObject(), keyPlace(place, QStringLiteral("tls")), &read))
            return false;
        port->tls = read;
    } else if (!tls.isNull() && !tls.isUndefined()) {
        return fail(keyPlace(place, QStringLiteral("tls")), tr("expected an object or null"));
    }

    const QString rowsPlace = keyPlace(place, QStringLiteral("rows"));
    const QJsonValue rows = object.value(QStringLiteral("rows"));
    if (!rows.isArray() && !rows.isUndefined())
        return fail(rowsPlace, tr("expected an array"));
    const QJsonArray rowArray = rows.toArray();
    for (qsizetype i = 0; i < rowArray.size(); ++i) {
        const auto row = toInteger(rowArray.at(i));
        if (!row || *row < 0)
            return fail(indexPlace(rowsPlace, i), tr("not a row number"));
        port->rows.append(*row);
    }

    const QString zonesPlace = keyPlace(place, QStringLiteral("fromZones"));
    const QJsonValue zones = object.value(QStringLiteral("fromZones"));
    if (!zones.isArray() && !zones.isUndefined())
        return fail(zonesPlace, tr("expected an array"));
    const QJsonArray zoneArray = zones.toArray();
    for (qsizetype i = 0; i < zoneArray.size(); ++i) {
        if (!zoneArray.at(i).isString())
            return fail(indexPlace(zonesPlace, i), tr("expected a zone id"));
        port->fromZones.append(zoneArray.at(i).toString());
    }
    return true;
}

std::optional<ProbeEvidence> EvidenceParser::parse(const QByteArray& json)
{
    std::optional<JsonParseProblem> problem;
    const std::optional<QJsonDocument> document = JsonParseProblem::parse(json, &problem);
    if (!document) {
        fail(problem->place(), problem->problem());
        return std::nullopt;
    }
    if (!document->isObject()) {
        fail({}, tr("not a probe results file: the top level is not a JSON object"));
        return std::nullopt;
    }
    const QJsonObject root = document->object();
    ProbeEvidence evidence;
    if (!readHeader(root, &evidence))
        return std::nullopt;
    const QString resultsPlace = QStringLiteral("results");
    const QJsonValue results = root.value(resultsPlace);
    if (results.isUndefined()) {
        fail(resultsPlace, tr("required key is missing; is this a results file of portolan-cli probe?"));
        return std::nullopt;
    }
    if (!results.isArray()) {
        fail(resultsPlace, tr("expected an array"));
        return std::nullopt;
    }
    const QJsonArray array = results.toArray();
    evidence.ports.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString place = indexPlace(resultsPlace, i);
        if (!array.at(i).isObject()) {
            fail(place, tr("expected an object"));
            return std::nullopt;
        }
        PortEvidence port;
        if (!readPort(array.at(i).toObject(), place, &port))
            return std::nullopt;
        evidence.ports.append(std::move(port));
    }
    return evidence;
}

} // namespace

QStringList ProbeEvidenceReader::stateWords()
{
    QStringList words;
    for (const char* word : StateWords)
        words.append(QString::fromLatin1(word));
    return words;
}

std::optional<ProbeEvidence> ProbeEvidenceReader::read(const QByteArray& json)
{
    EvidenceParser parser;
    auto evidence = parser.parse(json);
    m_errorString = evidence ? QString() : parser.error();
    return evidence;
}

std::optional<ProbeEvidence> ProbeEvidenceReader::read(QIODevice* device)
{
    const std::optional<QByteArray> json = UserFile::read(device, UserFileKind::ProbeResults, &m_errorString);
    return json ? read(*json) : std::nullopt;
}

std::optional<ProbeEvidence> ProbeEvidenceReader::readFile(const QString& path)
{
    const std::optional<QByteArray> json = UserFile::read(path, UserFileKind::ProbeResults, &m_errorString);
    return json ? read(*json) : std::nullopt;
}

bool ProbeEvidenceReader::matches(const ProbeEvidence& evidence, const DeploymentData& deployment, QString* error)
{
    QHash<QString, const Server*> servers;
    for (const Server& server : deployment.servers)
        servers.insert(server.id, &server);
    for (qsizetype i = 0; i < evidence.ports.size(); ++i) {
        const PortEvidence& port = evidence.ports.at(i);
        const Server* server = servers.value(port.serverId);
        QString problem;
        if (!server)
            problem = tr("results[%1]: server %2 is not in this deployment — the results file belongs to another "
                         "deployment")
                          .arg(i)
                          .arg(JsonFieldReader::quoted(port.serverId));
        else if (server->host.trimmed().compare(port.host.trimmed(), Qt::CaseInsensitive) != 0)
            problem = tr("results[%1]: server %2 has the host %3 in this deployment, not %4 — the results file "
                         "belongs to another deployment")
                          .arg(i)
                          .arg(JsonFieldReader::quoted(port.serverId), JsonFieldReader::quoted(server->host.trimmed()),
                               JsonFieldReader::quoted(port.host));
        if (!problem.isEmpty()) {
            if (error)
                *error = problem;
            return false;
        }
    }
    return true;
}
