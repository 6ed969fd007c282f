#include "model/deploymentfile.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <QHash>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include "model/jsonfieldreader.h"
#include "model/jsonparseproblem.h"
#include "model/portcatalog.h"
#include "model/userfile.h"

bool isValidId(const QString& id)
{
    if (id.isEmpty())
        return false;
    return std::all_of(id.cbegin(), id.cend(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'.' ||
               c == u'_' || c == u'-';
    });
}

namespace {

bool isColour(const QString& text)
{
    if (text.size() != 7 || !text.startsWith(u'#'))
        return false;
    return std::all_of(text.cbegin() + 1, text.cend(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
    });
}

int editDistance(const QString& a, const QString& b)
{
    QList<int> previous(b.size() + 1);
    QList<int> current(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        previous[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int substitution = previous[j - 1] + (a.at(i - 1).toLower() == b.at(j - 1).toLower() ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

// Longer words get no suggestion: no id is that long, and the distance costs the product of the two lengths.
constexpr qsizetype MaxSuggestedWordLength = 64;

// The id a typo most likely meant, or empty when none is close: "mailbx" → "mailbox".
QString closest(const QString& word, const QStringList& candidates)
{
    if (word.size() > MaxSuggestedWordLength)
        return {};
    QString best;
    int bestDistance = std::max(2, int(word.size()) / 3) + 1;
    for (const QString& candidate : candidates) {
        const int distance = editDistance(word, candidate);
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}

class FileParser final : public JsonFieldReader
{
    Q_DECLARE_TR_FUNCTIONS(DeploymentReader)

public:
    explicit FileParser(const PortCatalog& catalog)
        : m_catalog(catalog)
    {}

    std::optional<DeploymentData> parse(const QByteArray& json);

private:
    bool failUnknown(const QString& place, const QString& problem, const QString& word, const QStringList& known);

    bool checkKeys(const QJsonObject& object, const QStringList& allowed, const QString& place);
    bool requiredString(const QJsonObject& object, const QString& key, const QString& place, QString* out);
    bool requiredId(const QJsonObject& object, const QString& key, const QString& place, QString* out);
    bool optionalPort(const QJsonObject& object, const QString& key, const QString& place, int* out);
    bool optionalPortRange(const QJsonObject& object, const QString& key, const QString& place,
                           std::optional<PortRange>* out);

    bool readHeader(const QJsonObject& root);
    bool readProperties(const QJsonObject& root, DeploymentData* data);
    bool readZones(const QJsonObject& root, DeploymentData* data);
    bool readServers(const QJsonObject& root, DeploymentData* data);
    bool readNetworks(const QJsonObject& object, const QString& place, Zone* zone);
    bool readFirewalls(const QJsonObject& root, DeploymentData* data);
    bool readInterfaces(const QJsonObject& object, const QString& place, const DeploymentData& data,
                        Firewall* firewall);
    bool readLocalZone(const QJsonObject& object, const QString& place, const DeploymentData& data, Firewall* firewall);
    bool checkLocalZones(const QString& place, const DeploymentData& data, const Firewall& firewall);
    bool readOptions(const QJsonObject& root, DeploymentData* data);

    QStringList versionIds() const;

    const PortCatalog& m_catalog;
};

bool FileParser::failUnknown(const QString& place, const QString& problem, const QString& word,
                             const QStringList& known)
{
    // Short lists are shown whole; for long ones the nearest id is the useful hint.
    if (known.size() <= 10)
        return fail(place, tr("%1 (known: %2)").arg(problem, known.join(QStringLiteral(", "))));
    const QString suggestion = closest(word, known);
    if (!suggestion.isEmpty())
        return fail(place, tr("%1; did you mean \"%2\"?").arg(problem, suggestion));
    return fail(place, problem);
}

bool FileParser::checkKeys(const QJsonObject& object, const QStringList& allowed, const QString& place)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!allowed.contains(it.key())) {
            const QString suggestion = closest(it.key(), allowed);
            if (suggestion.isEmpty())
                return fail(place, tr("unknown key \"%1\"").arg(it.key()));
            return fail(place, tr("unknown key \"%1\"; did you mean \"%2\"?").arg(it.key(), suggestion));
        }
    }
    return true;
}

bool FileParser::requiredString(const QJsonObject& object, const QString& key, const QString& place, QString* out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return failMissing(place, key);
    if (!value.isString())
        return fail(keyPlace(place, key), tr("expected a string"));
    if (value.toString().trimmed().isEmpty())
        return fail(keyPlace(place, key), tr("must not be empty"));
    *out = value.toString();
    return true;
}

bool FileParser::requiredId(const QJsonObject& object, const QString& key, const QString& place, QString* out)
{
    if (!requiredString(object, key, place, out))
        return false;
    if (!isValidId(*out))
        return fail(keyPlace(place, key),
                    tr("invalid id \"%1\": use only letters, digits, '.', '_' and '-'").arg(*out));
    return true;
}

bool FileParser::optionalPort(const QJsonObject& object, const QString& key, const QString& place, int* out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return true;
    const auto port = toInteger(value);
    if (!port || *port < 1 || *port > 65535)
        return fail(keyPlace(place, key), tr("expected a port number from 1 to 65535"));
    *out = *port;
    return true;
}

// "first-last"; absent or null leaves *out unset: the natural JSON spelling of "use the default".
bool FileParser::optionalPortRange(const QJsonObject& object, const QString& key, const QString& place,
                                   std::optional<PortRange>* out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return true;
    const QString rangePlace = keyPlace(place, key);
    if (!value.isString())
        return fail(rangePlace, tr("expected a port range string such as \"49152-65535\""));
    const auto parsed = PortRange::parse(value.toString());
    if (!parsed)
        return fail(
            rangePlace,
            tr("invalid port range \"%1\": expected \"first-last\" with ports from 1 to 65535").arg(value.toString()));
    *out = parsed;
    return true;
}

QStringList FileParser::versionIds() const
{
    QStringList ids;
    for (const VersionInfo& version : m_catalog.versions())
        ids.append(version.id);
    return ids;
}

std::optional<DeploymentData> FileParser::parse(const QByteArray& json)
{
    std::optional<JsonParseProblem> problem;
    const std::optional<QJsonDocument> document = JsonParseProblem::parse(json, &problem);
    if (!document) {
        fail(problem->place(), problem->problem());
        return std::nullopt;
    }
    if (!document->isObject()) {
        fail({}, tr("not a Portolan deployment: the top level is not a JSON object"));
        return std::nullopt;
    }
    const QJsonObject root = document->object();
    DeploymentData data;
    if (!readHeader(root) || !readProperties(root, &data) || !readZones(root, &data) || !readServers(root, &data) ||
        !readFirewalls(root, &data) || !readOptions(root, &data))
        return std::nullopt;
    return data;
}

bool FileParser::readHeader(const QJsonObject& root)
{
    const QJsonValue format = root.value(QStringLiteral("format"));
    if (format.isUndefined())
        return fail(QStringLiteral("format"), tr("required key is missing; is this a Portolan deployment?"));
    if (format.toString() != deploymentFormatName())
        return fail(QStringLiteral("format"),
                    tr("expected \"%1\"; this is not a Portolan deployment").arg(deploymentFormatName()));

    const QJsonValue versionValue = root.value(QStringLiteral("version"));
    if (versionValue.isUndefined())
        return fail(QStringLiteral("version"), tr("required key is missing"));
    const auto version = toInteger(versionValue);
    if (!version)
        return fail(QStringLiteral("version"), tr("expected an integer"));
    // Checked before anything else: a newer file may have keys and meanings this Portolan does not know.
    if (*version > DeploymentFormatVersion)
        return fail({}, tr("this file uses format version %1, newer than this Portolan (%2); open it with a newer "
                           "Portolan")
                            .arg(*version)
                            .arg(DeploymentFormatVersion));
    if (*version < 1)
        return fail(QStringLiteral("version"), tr("unsupported format version %1").arg(*version));

    return checkKeys(root,
                     {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("name"),
                      QStringLiteral("description"), QStringLiteral("exchangeVersion"), QStringLiteral("zones"),
                      QStringLiteral("servers"), QStringLiteral("firewalls"), QStringLiteral("options")},
                     {});
}

bool FileParser::readProperties(const QJsonObject& root, DeploymentData* data)
{
    const QJsonValue name = root.value(QStringLiteral("name"));
    if (name.isUndefined())
        return fail(QStringLiteral("name"), tr("required key is missing"));
    if (!name.isString())
        return fail(QStringLiteral("name"), tr("expected a string"));
    data->name = name.toString(); // may be empty: an untitled deployment saves and opens like any other
    if (!optionalString(root, QStringLiteral("description"), {}, &data->description))
        return false;
    if (!requiredString(root, QStringLiteral("exchangeVersion"), {}, &data->exchangeVersion))
        return false;
    if (!m_catalog.isVersion(data->exchangeVersion))
        return failUnknown(QStringLiteral("exchangeVersion"), tr("unknown version \"%1\"").arg(data->exchangeVersion),
                           data->exchangeVersion, versionIds());
    return true;
}

bool FileParser::readZones(const QJsonObject& root, DeploymentData* data)
{
    QStringList kindIds;
    for (const ZoneKindInfo& kind : m_catalog.zoneKinds())
        kindIds.append(kind.id);
    const QStringList keys = {QStringLiteral("id"),     QStringLiteral("name"),           QStringLiteral("kind"),
                              QStringLiteral("colour"), QStringLiteral("implicitActors"), QStringLiteral("networks")};

    QJsonArray zones;
    if (!requiredArray(root, QStringLiteral("zones"), {}, &zones))
        return false;
    QSet<QString> ids;
    for (int i = 0; i < zones.size(); ++i) {
        QString place = QStringLiteral("zones[%1]").arg(i);
        if (!zones.at(i).isObject())
            return fail(place, tr("expected an object"));
        const QJsonObject object = zones.at(i).toObject();
        Zone zone;
        if (!checkKeys(object, keys, place) || !requiredId(object, QStringLiteral("id"), place, &zone.id))
            return false;
        if (ids.contains(zone.id))
            return fail(place, tr("duplicate zone id \"%1\"").arg(zone.id));
        ids.insert(zone.id);
        place += QStringLiteral(" (%1)").arg(quoted(zone.id));
        if (!requiredString(object, QStringLiteral("name"), place, &zone.name) ||
            !requiredString(object, QStringLiteral("kind"), place, &zone.kind))
            return false;
        if (!m_catalog.zoneKind(zone.kind))
            return failUnknown(keyPlace(place, QStringLiteral("kind")), tr("unknown zone kind \"%1\"").arg(zone.kind),
                               zone.kind, kindIds);
        if (!optionalString(object, QStringLiteral("colour"), place, &zone.colour))
            return false;
        if (object.contains(QStringLiteral("colour")) && !isColour(zone.colour))
            return fail(keyPlace(place, QStringLiteral("colour")),
                        tr("expected a colour \"#rrggbb\", found \"%1\"").arg(zone.colour));
        if (!optionalBool(object, QStringLiteral("implicitActors"), place, &zone.implicitActors) ||
            !readNetworks(object, place, &zone))
            return false;
        data->zones.append(zone);
    }
    return true;
}

bool FileParser::readNetworks(const QJsonObject& object, const QString& place, Zone* zone)
{
    const QJsonValue value = object.value(QStringLiteral("networks"));
    if (value.isUndefined())
        return true;
    const QString networksPlace = keyPlace(place, QStringLiteral("networks"));
    if (!value.isArray())
        return fail(networksPlace, tr("expected an array of networks such as [\"192.0.2.0/24\"]"));
    const QJsonArray networks = value.toArray();
    for (int i = 0; i < networks.size(); ++i) {
        const QString itemPlace = networksPlace + QStringLiteral("[%1]").arg(i);
        if (!networks.at(i).isString())
            return fail(itemPlace, tr("expected a string such as \"192.0.2.0/24\""));
        QString problem;
        const auto network = IpNetwork::parse(networks.at(i).toString().trimmed(), &problem);
        if (!network)
            return fail(itemPlace, problem);
        if (zone->networks.contains(*network))
            return fail(itemPlace, tr("duplicate network \"%1\"").arg(network->toCidr()));
        zone->networks.append(*network);
    }
    return true;
}

bool FileParser::readFirewalls(const QJsonObject& root, DeploymentData* data)
{
    const QJsonValue value = root.value(QStringLiteral("firewalls"));
    if (value.isUndefined())
        return true;
    if (!value.isArray())
        return fail(QStringLiteral("firewalls"), tr("expected an array"));
    const QJsonArray firewalls = value.toArray();
    const QStringList keys = {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("local"),
                              QStringLiteral("interfaces")};
    QSet<QString> ids;
    for (int i = 0; i < firewalls.size(); ++i) {
        QString place = QStringLiteral("firewalls[%1]").arg(i);
        if (!firewalls.at(i).isObject())
            return fail(place, tr("expected an object"));
        const QJsonObject object = firewalls.at(i).toObject();
        Firewall firewall;
        if (!checkKeys(object, keys, place) || !requiredId(object, QStringLiteral("id"), place, &firewall.id))
            return false;
        if (ids.contains(firewall.id))
            return fail(place, tr("duplicate firewall id \"%1\"").arg(firewall.id));
        ids.insert(firewall.id);
        place += QStringLiteral(" (%1)").arg(quoted(firewall.id));
        if (!requiredString(object, QStringLiteral("name"), place, &firewall.name) ||
            !readLocalZone(object, place, *data, &firewall) || !readInterfaces(object, place, *data, &firewall) ||
            !checkLocalZones(place, *data, firewall))
            return false;
        data->firewalls.append(firewall);
    }
    return true;
}

// {"zone id": "interface name", ...}: JSON objects have no order, so the interfaces take the zones' lane order.
bool FileParser::readInterfaces(const QJsonObject& object, const QString& place, const DeploymentData& data,
                                Firewall* firewall)
{
    const QJsonValue value = object.value(QStringLiteral("interfaces"));
    if (value.isUndefined())
        return failMissing(place, QStringLiteral("interfaces"));
    const QString interfacesPlace = keyPlace(place, QStringLiteral("interfaces"));
    if (!value.isObject())
        return fail(interfacesPlace,
                    tr("expected an object of zone ids and interface names, such as {\"dmz\": \"dmz\"}"));
    QStringList zoneIds;
    for (const Zone& zone : data.zones)
        zoneIds.append(zone.id);
    const QJsonObject interfaces = value.toObject();
    QHash<QString, QString> zoneOfName;
    for (auto it = interfaces.constBegin(); it != interfaces.constEnd(); ++it) {
        const QString legPlace = keyPlace(interfacesPlace, it.key());
        if (!zoneIds.contains(it.key()))
            return failUnknown(legPlace, tr("unknown zone \"%1\"").arg(it.key()), it.key(), zoneIds);
        if (!it.value().isString() || it.value().toString().trimmed().isEmpty())
            return fail(legPlace, tr("expected the interface's name, such as \"outside\""));
        const QString name = it.value().toString().trimmed();
        if (!isValidId(name))
            return fail(legPlace,
                        tr("invalid interface name \"%1\": use only letters, digits, '.', '_' and '-'").arg(name));
        if (firewall->runs(it.key()))
            return fail(
                legPlace,
                tr("zone \"%1\" runs on this firewall (local): it is reached without an interface").arg(it.key()));
        if (zoneOfName.contains(name))
            return fail(legPlace, tr("interface \"%1\" already faces zone \"%2\"; each interface faces one zone")
                                      .arg(name, zoneOfName.value(name)));
        zoneOfName.insert(name, it.key());
        firewall->interfaces.append({it.key(), name});
    }
    if (firewall->interfaces.size() + (firewall->localZone.isEmpty() ? 0 : 1) < 2)
        return fail(interfacesPlace, tr("a firewall joins two or more zones"));
    data.sortInterfaces(*firewall);
    return true;
}

// "local": the zone whose servers run on the firewall itself (docs/firewall-model.md).
bool FileParser::readLocalZone(const QJsonObject& object, const QString& place, const DeploymentData& data,
                               Firewall* firewall)
{
    const QJsonValue value = object.value(QStringLiteral("local"));
    if (value.isUndefined())
        return true;
    const QString localPlace = keyPlace(place, QStringLiteral("local"));
    if (!value.isString() || value.toString().trimmed().isEmpty())
        return fail(localPlace, tr("expected the id of the zone whose servers run on the firewall"));
    const QString id = value.toString().trimmed();
    const Zone* zone = data.zone(id);
    if (!zone) {
        QStringList zoneIds;
        for (const Zone& known : data.zones)
            zoneIds.append(known.id);
        return failUnknown(localPlace, tr("unknown zone \"%1\"").arg(id), id, zoneIds);
    }
    if (zone->kind == QLatin1String("internet"))
        return fail(localPlace,
                    tr("zone \"%1\" is an Internet zone; only a zone of servers runs on a firewall").arg(id));
    firewall->localZone = id;
    return true;
}

// A zone that runs on a firewall is reached through that firewall only: no other firewall runs it or faces it.
bool FileParser::checkLocalZones(const QString& place, const DeploymentData& data, const Firewall& firewall)
{
    for (const Firewall& other : data.firewalls) {
        if (other.runs(firewall.localZone))
            return fail(keyPlace(place, QStringLiteral("local")),
                        tr("zone \"%1\" already runs on firewall \"%2\"; a zone runs on one firewall at most")
                            .arg(firewall.localZone, other.id));
        const QString name = firewall.localZone.isEmpty() ? QString() : other.interfaceTo(firewall.localZone);
        if (!name.isEmpty())
            return fail(keyPlace(place, QStringLiteral("local")),
                        tr("zone \"%1\" faces interface \"%2\" of firewall \"%3\"; a zone that runs on a firewall "
                           "is reached through that firewall only")
                            .arg(firewall.localZone, name, other.id));
        for (const FirewallInterface& leg : firewall.interfaces) {
            if (other.runs(leg.zone))
                return fail(keyPlace(keyPlace(place, QStringLiteral("interfaces")), leg.zone),
                            tr("zone \"%1\" runs on firewall \"%2\"; a zone that runs on a firewall is reached "
                               "through that firewall only")
                                .arg(leg.zone, other.id));
        }
    }
    return true;
}

bool FileParser::readServers(const QJsonObject& root, DeploymentData* data)
{
    QStringList roleIds;
    for (const RoleInfo& role : m_catalog.roles())
        roleIds.append(role.id);
    QStringList zoneIds;
    for (const Zone& zone : std::as_const(data->zones))
        zoneIds.append(zone.id);
    const QStringList keys = QStringList{QStringLiteral("id"),
                                         QStringLiteral("name"),
                                         QStringLiteral("zone"),
                                         QStringLiteral("roles"),
                                         QStringLiteral("host"),
                                         QStringLiteral("version"),
                                         QStringLiteral("dynamicRpcRange")} +
                             Server::flagNames();

    QJsonArray servers;
    if (!requiredArray(root, QStringLiteral("servers"), {}, &servers))
        return false;
    QSet<QString> ids;
    for (int i = 0; i < servers.size(); ++i) {
        QString place = QStringLiteral("servers[%1]").arg(i);
        if (!servers.at(i).isObject())
            return fail(place, tr("expected an object"));
        const QJsonObject object = servers.at(i).toObject();
        Server server;
        if (!checkKeys(object, keys, place) || !requiredId(object, QStringLiteral("id"), place, &server.id))
            return false;
        if (ids.contains(server.id))
            return fail(place, tr("duplicate server id \"%1\"").arg(server.id));
        ids.insert(server.id);
        place += QStringLiteral(" (%1)").arg(quoted(server.id));

        if (!requiredString(object, QStringLiteral("name"), place, &server.name) ||
            !requiredString(object, QStringLiteral("zone"), place, &server.zone))
            return false;
        if (!zoneIds.contains(server.zone))
            return failUnknown(keyPlace(place, QStringLiteral("zone")), tr("unknown zone \"%1\"").arg(server.zone),
                               server.zone, zoneIds);

        const QJsonValue rolesValue = object.value(QStringLiteral("roles"));
        if (rolesValue.isUndefined())
            return failMissing(place, QStringLiteral("roles"));
        if (!rolesValue.isArray())
            return fail(keyPlace(place, QStringLiteral("roles")), tr("expected an array of strings"));
        const QJsonArray roles = rolesValue.toArray();
        for (const QJsonValue& role : std::as_const(roles)) {
            if (!role.isString())
                return fail(keyPlace(place, QStringLiteral("roles")), tr("expected an array of strings"));
            const QString id = role.toString();
            if (!m_catalog.role(id))
                return failUnknown(place, tr("unknown role \"%1\"").arg(id), id, roleIds);
            if (server.roles.contains(id))
                return fail(keyPlace(place, QStringLiteral("roles")), tr("duplicate role \"%1\"").arg(id));
            server.roles.append(id);
        }

        if (!optionalString(object, QStringLiteral("host"), place, &server.host) ||
            !optionalString(object, QStringLiteral("version"), place, &server.version))
            return false;
        server.host = server.host.trimmed();
        // An empty version means "inherit", as when the key is absent.
        if (!server.version.isEmpty() && !m_catalog.isVersion(server.version))
            return failUnknown(keyPlace(place, QStringLiteral("version")),
                               tr("unknown version \"%1\"").arg(server.version), server.version, versionIds());
        if (!optionalPortRange(object, QStringLiteral("dynamicRpcRange"), place, &server.dynamicRpcRange))
            return false;
        for (const QString& flag : Server::flagNames()) {
            bool on = false;
            if (!optionalBool(object, flag, place, &on))
                return false;
            server.setFlag(flag, on);
        }
        data->servers.append(server);
    }
    return true;
}

bool FileParser::readOptions(const QJsonObject& root, DeploymentData* data)
{
    data->options = DeploymentOptions::defaultsFor(data->exchangeVersion);
    const QJsonValue value = root.value(QStringLiteral("options"));
    if (value.isUndefined())
        return true;
    const QString place = QStringLiteral("options");
    if (!value.isObject())
        return fail(place, tr("expected an object"));
    const QJsonObject options = value.toObject();

    QStringList keys = DeploymentOptions::flagNames();
    for (const ChoiceOption& choice : DeploymentOptions::choiceOptions())
        keys << choice.name;
    keys << QStringLiteral("staticRpc") << QStringLiteral("dag") << QStringLiteral("dynamicRpcRange")
         << QStringLiteral("umRtpRange");
    if (!checkKeys(options, keys, place))
        return false;

    for (const QString& flag : DeploymentOptions::flagNames()) {
        bool on = data->options.isOn(flag);
        if (!optionalBool(options, flag, place, &on))
            return false;
        data->options.setFlag(flag, on);
    }

    for (const ChoiceOption& choice : DeploymentOptions::choiceOptions()) {
        QString value = data->options.choice(choice.name);
        if (!optionalString(options, choice.name, place, &value))
            return false;
        if (!choice.values.contains(value))
            return fail(keyPlace(place, choice.name),
                        tr("unknown value \"%1\" (allowed: %2)").arg(value, choice.values.join(QStringLiteral(", "))));
        data->options.setChoice(choice.name, value);
    }

    const QJsonValue staticRpc = options.value(QStringLiteral("staticRpc"));
    if (!staticRpc.isUndefined()) {
        const QString rpcPlace = keyPlace(place, QStringLiteral("staticRpc"));
        if (!staticRpc.isObject())
            return fail(rpcPlace, tr("expected an object"));
        const QJsonObject object = staticRpc.toObject();
        StaticRpcOptions& rpc = data->options.staticRpc;
        if (!checkKeys(
                object,
                {QStringLiteral("enabled"), QStringLiteral("rpcClientAccessPort"), QStringLiteral("addressBookPort")},
                rpcPlace) ||
            !optionalBool(object, QStringLiteral("enabled"), rpcPlace, &rpc.enabled) ||
            !optionalPort(object, QStringLiteral("rpcClientAccessPort"), rpcPlace, &rpc.rpcClientAccessPort) ||
            !optionalPort(object, QStringLiteral("addressBookPort"), rpcPlace, &rpc.addressBookPort))
            return false;
    }

    const QJsonValue dag = options.value(QStringLiteral("dag"));
    if (!dag.isUndefined()) {
        const QString dagPlace = keyPlace(place, QStringLiteral("dag"));
        if (!dag.isObject())
            return fail(dagPlace, tr("expected an object"));
        const QJsonObject object = dag.toObject();
        DagOptions& dagOptions = data->options.dag;
        if (!checkKeys(object, {QStringLiteral("enabled"), QStringLiteral("replicationPort")}, dagPlace) ||
            !optionalBool(object, QStringLiteral("enabled"), dagPlace, &dagOptions.enabled) ||
            !optionalPort(object, QStringLiteral("replicationPort"), dagPlace, &dagOptions.replicationPort))
            return false;
    }

    const QJsonValue range = options.value(QStringLiteral("dynamicRpcRange"));
    // null reads as "not set" too: the natural JSON spelling of "use the Windows default".
    if (!range.isUndefined() && !range.isNull()) {
        const QString rangePlace = keyPlace(place, QStringLiteral("dynamicRpcRange"));
        if (!range.isString())
            return fail(rangePlace, tr("expected a port range string such as \"49152-65535\""));
        const auto parsed = PortRange::parse(range.toString());
        if (!parsed)
            return fail(rangePlace, tr("invalid port range \"%1\": expected \"first-last\" with ports from 1 to 65535")
                                        .arg(range.toString()));
        data->options.dynamicRpcRange = *parsed;
    }

    const QJsonValue rtp = options.value(QStringLiteral("umRtpRange"));
    if (!rtp.isUndefined()) {
        const QString rtpPlace = keyPlace(place, QStringLiteral("umRtpRange"));
        if (!rtp.isString())
            return fail(rtpPlace, tr("expected a port range string such as \"1024-65535\""));
        const auto parsed = PortRange::parse(rtp.toString());
        if (!parsed)
            return fail(rtpPlace, tr("invalid port range \"%1\": expected \"first-last\" with ports from 1 to 65535")
                                      .arg(rtp.toString()));
        data->options.umRtpRange = *parsed;
    }
    return true;
}

} // namespace

DeploymentReader::DeploymentReader(const PortCatalog& catalog)
    : m_catalog(catalog)
{}

std::optional<DeploymentData> DeploymentReader::read(const QByteArray& json)
{
    FileParser parser(m_catalog);
    auto data = parser.parse(json);
    m_errorString = data ? QString() : parser.error();
    return data;
}

std::optional<DeploymentData> DeploymentReader::readFile(const QString& path)
{
    const std::optional<QByteArray> json = UserFile::read(path, UserFileKind::Deployment, &m_errorString);
    return json ? read(*json) : std::nullopt;
}
