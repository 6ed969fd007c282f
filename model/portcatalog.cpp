#include "model/portcatalog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <cstdlib>

#include "model/deploymentdata.h"
#include "model/jsonparseproblem.h"

namespace {
// A vocabulary text in the interface's language (model/vocabularytexts.cpp lists them for lupdate).
QString displayText(const QJsonValue& value)
{
    return QCoreApplication::translate("Vocabulary", value.toString().toUtf8().constData());
}

const QStringList& entryKeys()
{
    static const QStringList keys = {
        QStringLiteral("id"),          QStringLiteral("service"),
        QStringLiteral("family"),      QStringLiteral("protocol"),
        QStringLiteral("ports"),       QStringLiteral("listeners"),
        QStringLiteral("initiators"),  QStringLiteral("fromZoneKinds"),
        QStringLiteral("versions"),    QStringLiteral("options"),
        QStringLiteral("requires"),    QStringLiteral("absent"),
        QStringLiteral("reach"),       QStringLiteral("publishedVia"),
        QStringLiteral("encryption"),  QStringLiteral("purpose"),
        QStringLiteral("ifBlocked"),   QStringLiteral("sources"),
        QStringLiteral("confidence"),  QStringLiteral("note"),
        QStringLiteral("check"),       QStringLiteral("onlyServersFlagged"),
        QStringLiteral("offloadPort"), QStringLiteral("offloadVersions"),
        QStringLiteral("impact"),
    };
    return keys;
}

// The service checks a live probe can run on an entry's port (SCHEMA.md, "check").
const QStringList& checks()
{
    static const QStringList names = {
        QStringLiteral("smtp"),  QStringLiteral("smtps"), QStringLiteral("imap4"), QStringLiteral("imaps"),
        QStringLiteral("pop3"),  QStringLiteral("pop3s"), QStringLiteral("nntp"),  QStringLiteral("nntps"),
        QStringLiteral("tls"),   QStringLiteral("http"),  QStringLiteral("https"), QStringLiteral("dns"),
        QStringLiteral("cldap"),
    };
    return names;
}

const QStringList& families()
{
    static const QStringList names = {
        QStringLiteral("mail"),        QStringLiteral("web"),   QStringLiteral("directory"),  QStringLiteral("rpc"),
        QStringLiteral("replication"), QStringLiteral("voice"), QStringLiteral("management"), QStringLiteral("other")};
    return names;
}

QStringList toStringList(const QJsonValue& value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue& item : array)
        list.append(item.toString());
    return list;
}

std::optional<QJsonObject> readObject(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return std::nullopt;
    }
    std::optional<JsonParseProblem> problem;
    const std::optional<QJsonDocument> document = JsonParseProblem::parse(file.readAll(), &problem);
    if (!document) {
        *error = problem->place().isEmpty() ? problem->problem()
                                            : problem->place() + QStringLiteral(": ") + problem->problem();
        return std::nullopt;
    }
    if (!document->isObject()) {
        *error = QStringLiteral("the top level is not a JSON object");
        return std::nullopt;
    }
    return document->object();
}

} // namespace

const PortCatalog& PortCatalog::builtin()
{
    static const PortCatalog catalog = [] {
        PortCatalog loaded;
        if (!loaded.load(QStringLiteral(":/catalog"))) {
            qCritical("The built-in port catalog is broken:\n%s", qPrintable(loaded.errors().join(u'\n')));
            std::abort();
        }
        return loaded;
    }();
    return catalog;
}

void PortCatalog::error(const QString& file, const QString& message)
{
    m_errors.append(QFileInfo(file).fileName() + QStringLiteral(": ") + message);
}

bool PortCatalog::load(const QString& directory)
{
    *this = PortCatalog();
    const QDir dir(directory);
    loadVocabulary(dir.filePath(QStringLiteral("vocabulary.json")));
    loadSources(dir.filePath(QStringLiteral("sources.json")));
    const QStringList portFiles = dir.entryList({QStringLiteral("ports-*.json")}, QDir::Files, QDir::Name);
    if (portFiles.isEmpty())
        error(directory, QStringLiteral("no ports-*.json files"));
    for (const QString& name : portFiles)
        loadEntries(dir.filePath(name));
    if (m_errors.isEmpty())
        checkReferences();
    return m_errors.isEmpty();
}

bool PortCatalog::loadVocabulary(const QString& path)
{
    QString readError;
    const auto root = readObject(path, &readError);
    if (!root) {
        error(path, readError);
        return false;
    }
    const QJsonArray versions = root->value(QStringLiteral("versions")).toArray();
    for (const QJsonValue& value : versions) {
        const QJsonObject object = value.toObject();
        m_versions.append(
            {object.value(QStringLiteral("id")).toString(), object.value(QStringLiteral("name")).toString()});
    }
    const QJsonArray kinds = root->value(QStringLiteral("zoneKinds")).toArray();
    for (const QJsonValue& value : kinds) {
        const QJsonObject object = value.toObject();
        m_zoneKinds.append({object.value(QStringLiteral("id")).toString(),
                            displayText(object.value(QStringLiteral("name"))),
                            object.value(QStringLiteral("colour")).toString()});
    }
    const QJsonArray roles = root->value(QStringLiteral("roles")).toArray();
    for (const QJsonValue& value : roles) {
        const QJsonObject object = value.toObject();
        RoleInfo role;
        role.id = object.value(QStringLiteral("id")).toString();
        const QString kind = object.value(QStringLiteral("kind")).toString();
        if (kind == u"exchange")
            role.kind = RoleKind::Exchange;
        else if (kind == u"infrastructure")
            role.kind = RoleKind::Infrastructure;
        else if (kind == u"actor")
            role.kind = RoleKind::Actor;
        else
            error(path, QStringLiteral("role \"%1\": unknown kind \"%2\"").arg(role.id, kind));
        role.name = displayText(object.value(QStringLiteral("name")));
        role.description = displayText(object.value(QStringLiteral("description")));
        role.versions = toStringList(object.value(QStringLiteral("versions")));
        if (m_roleIndex.contains(role.id))
            error(path, QStringLiteral("duplicate role id \"%1\"").arg(role.id));
        m_roleIndex.insert(role.id, int(m_roles.size()));
        m_roles.append(role);
    }
    const QJsonArray impacts = root->value(QStringLiteral("impacts")).toArray();
    for (const QJsonValue& value : impacts) {
        const QJsonObject object = value.toObject();
        const ImpactInfo impact{object.value(QStringLiteral("id")).toString(),
                                displayText(object.value(QStringLiteral("name")))};
        if (impact.id.isEmpty() || impact.name.isEmpty())
            error(path, QStringLiteral("impact \"%1\" needs an id and a name").arg(impact.id));
        if (this->impact(impact.id))
            error(path, QStringLiteral("duplicate impact id \"%1\"").arg(impact.id));
        m_impacts.append(impact);
    }
    const QJsonArray implicitActors = root->value(QStringLiteral("implicitActors")).toArray();
    for (const QJsonValue& value : implicitActors) {
        const QJsonObject object = value.toObject();
        ImplicitActorRule rule;
        rule.role = object.value(QStringLiteral("role")).toString();
        rule.zoneKinds = toStringList(object.value(QStringLiteral("zoneKinds")));
        rule.unlessZoneKind = object.value(QStringLiteral("unlessZoneKind")).toString();
        const QStringList options = toStringList(object.value(QStringLiteral("options")));
        for (const QString& text : options) {
            if (const auto expression = OptionExpression::parse(text))
                rule.options.append(*expression);
            else
                error(path, QStringLiteral("implicit actor \"%1\": unknown option \"%2\"").arg(rule.role, text));
        }
        m_implicitActors.append(rule);
    }
    const QJsonArray defaults = root->value(QStringLiteral("dynamicRpcDefaults")).toArray();
    for (const QJsonValue& value : defaults) {
        const QJsonObject object = value.toObject();
        DynamicRpcDefault rule;
        rule.versions = toStringList(object.value(QStringLiteral("versions")));
        rule.roles = toStringList(object.value(QStringLiteral("roles")));
        rule.range = {object.value(QStringLiteral("first")).toInt(), object.value(QStringLiteral("last")).toInt()};
        rule.sources = toStringList(object.value(QStringLiteral("sources")));
        rule.note = object.value(QStringLiteral("note")).toString();
        if (!rule.range.isValid())
            error(path, QStringLiteral("dynamicRpcDefaults: invalid range %1").arg(rule.range.toString()));
        m_dynamicRpcDefaults.append(rule);
    }
    if (m_versions.isEmpty() || m_zoneKinds.isEmpty() || m_roles.isEmpty() || m_impacts.isEmpty())
        error(path, QStringLiteral("versions, zoneKinds, roles and impacts must not be empty"));
    if (m_dynamicRpcDefaults.isEmpty() || !m_dynamicRpcDefaults.constLast().versions.isEmpty() ||
        !m_dynamicRpcDefaults.constLast().roles.isEmpty())
        error(path, QStringLiteral("dynamicRpcDefaults must end with a rule for any version and role"));
    return m_errors.isEmpty();
}

bool PortCatalog::loadSources(const QString& path)
{
    QString readError;
    const auto root = readObject(path, &readError);
    if (!root) {
        error(path, readError);
        return false;
    }
    const QJsonArray sources = root->value(QStringLiteral("sources")).toArray();
    for (const QJsonValue& value : sources) {
        const QJsonObject object = value.toObject();
        SourceInfo source{
            object.value(QStringLiteral("tag")).toString(), object.value(QStringLiteral("title")).toString(),
            object.value(QStringLiteral("url")).toString(), object.value(QStringLiteral("label")).toString()};
        if (source.label.isEmpty())
            source.label = source.tag;
        if (source.tag.isEmpty() || source.title.isEmpty() || source.url.isEmpty())
            error(path, QStringLiteral("source \"%1\" needs a tag, a title and a url").arg(source.tag));
        m_sources.append(source);
    }
    return true;
}

bool PortCatalog::loadEntries(const QString& path)
{
    QString readError;
    const auto root = readObject(path, &readError);
    if (!root) {
        error(path, readError);
        return false;
    }
    const QJsonArray entries = root->value(QStringLiteral("entries")).toArray();
    if (entries.isEmpty())
        error(path, QStringLiteral("no entries"));
    for (const QJsonValue& value : entries) {
        const QJsonObject object = value.toObject();
        CatalogEntry entry;
        entry.id = object.value(QStringLiteral("id")).toString();
        const auto fail = [&](const QString& message) {
            error(path, QStringLiteral("entry \"%1\": %2").arg(entry.id, message));
        };
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!entryKeys().contains(it.key()))
                fail(QStringLiteral("unknown key \"%1\"").arg(it.key()));
        }
        entry.service = object.value(QStringLiteral("service")).toString();
        entry.family = object.value(QStringLiteral("family")).toString();
        if (!families().contains(entry.family))
            fail(QStringLiteral("unknown family \"%1\"").arg(entry.family));
        if (const auto protocol = protocolFromId(object.value(QStringLiteral("protocol")).toString()))
            entry.protocol = *protocol;
        else
            fail(QStringLiteral("protocol must be \"tcp\" or \"udp\""));
        const QJsonArray ports = object.value(QStringLiteral("ports")).toArray();
        for (const QJsonValue& port : ports) {
            PortSpec spec;
            if (port.isDouble()) {
                spec.range = {port.toInt(), port.toInt()};
            } else if (port.isArray() && port.toArray().size() == 2) {
                spec.range = {port.toArray().at(0).toInt(), port.toArray().at(1).toInt()};
            } else if (port.toString() == u"rpcDynamic") {
                spec.kind = PortSpec::Kind::RpcDynamic;
            } else if (port.toString() == u"staticRpc.rpcClientAccessPort") {
                spec.kind = PortSpec::Kind::StaticRpcClientAccess;
            } else if (port.toString() == u"staticRpc.addressBookPort") {
                spec.kind = PortSpec::Kind::StaticRpcAddressBook;
            } else if (port.toString() == u"dag.replicationPort") {
                spec.kind = PortSpec::Kind::DagReplication;
            } else if (port.toString() == u"umRtpRange") {
                spec.kind = PortSpec::Kind::UmRtpRange;
            } else {
                fail(QStringLiteral("invalid port element %1")
                         .arg(QString::fromUtf8(QJsonDocument(QJsonArray{port}).toJson(QJsonDocument::Compact))));
                continue;
            }
            if (spec.kind == PortSpec::Kind::Fixed && !spec.range.isValid())
                fail(QStringLiteral("invalid port range %1").arg(spec.range.toString()));
            if (spec.kind == PortSpec::Kind::Fixed && spec.range.first == 50389)
                fail(QStringLiteral("50389 is AD LDS's local port on the Edge and never crosses a firewall (S6)"));
            entry.ports.append(spec);
        }
        if (entry.ports.isEmpty())
            fail(QStringLiteral("no ports"));
        entry.listeners = toStringList(object.value(QStringLiteral("listeners")));
        entry.initiators = toStringList(object.value(QStringLiteral("initiators")));
        entry.fromZoneKinds = toStringList(object.value(QStringLiteral("fromZoneKinds")));
        entry.versions = toStringList(object.value(QStringLiteral("versions")));
        const QStringList options = toStringList(object.value(QStringLiteral("options")));
        for (const QString& text : options) {
            if (const auto expression = OptionExpression::parse(text))
                entry.options.append(*expression);
            else
                fail(QStringLiteral("unknown option in \"%1\"").arg(text));
        }
        entry.requiredRoles = toStringList(object.value(QStringLiteral("requires")));
        entry.absentRoles = toStringList(object.value(QStringLiteral("absent")));
        const QString reach = object.value(QStringLiteral("reach")).toString(QStringLiteral("all"));
        if (reach == u"all")
            entry.reach = Reach::All;
        else if (reach == u"sameZone")
            entry.reach = Reach::SameZone;
        else if (reach == u"sameZoneOrInternet")
            entry.reach = Reach::SameZoneOrInternet;
        else if (reach == u"sameZoneElseAll")
            entry.reach = Reach::SameZoneElseAll;
        else
            fail(QStringLiteral("unknown reach \"%1\"").arg(reach));
        entry.publishedVia = object.value(QStringLiteral("publishedVia")).toString();
        entry.onlyServersFlagged = object.value(QStringLiteral("onlyServersFlagged")).toString();
        if (!entry.onlyServersFlagged.isEmpty() && !Server::flagNames().contains(entry.onlyServersFlagged))
            fail(QStringLiteral("unknown server flag \"%1\" in onlyServersFlagged (known: %2)")
                     .arg(entry.onlyServersFlagged, Server::flagNames().join(QStringLiteral(", "))));
        entry.offloadPort = object.value(QStringLiteral("offloadPort")).toInt();
        entry.offloadVersions = toStringList(object.value(QStringLiteral("offloadVersions")));
        if (object.contains(QStringLiteral("offloadPort")) &&
            (entry.offloadPort < 1 || entry.offloadPort > 65535 || entry.publishedVia.isEmpty()))
            fail(QStringLiteral("offloadPort must be a port number, on an entry with publishedVia"));
        if (!entry.offloadVersions.isEmpty() && entry.offloadPort == 0)
            fail(QStringLiteral("offloadVersions needs offloadPort"));
        for (const QString& version : std::as_const(entry.offloadVersions)) {
            if (!entry.versions.contains(version))
                fail(QStringLiteral("offloadVersions: \"%1\" is not one of the entry's versions").arg(version));
        }
        entry.encryption = object.value(QStringLiteral("encryption")).toString();
        entry.purpose = object.value(QStringLiteral("purpose")).toString();
        entry.ifBlocked = object.value(QStringLiteral("ifBlocked")).toString();
        entry.impact = object.value(QStringLiteral("impact")).toString();
        entry.sources = toStringList(object.value(QStringLiteral("sources")));
        const QString confidence = object.value(QStringLiteral("confidence")).toString(QStringLiteral("confirmed"));
        if (confidence != u"confirmed" && confidence != u"unconfirmed")
            fail(QStringLiteral("confidence must be \"confirmed\" or \"unconfirmed\""));
        entry.confirmed = confidence == u"confirmed";
        entry.note = object.value(QStringLiteral("note")).toString();
        entry.check = object.value(QStringLiteral("check")).toString();
        if (!entry.check.isEmpty() && !checks().contains(entry.check))
            fail(QStringLiteral("unknown check \"%1\" (known: %2)")
                     .arg(entry.check, checks().join(QStringLiteral(", "))));
        if (entry.id.isEmpty() || entry.service.isEmpty() || entry.purpose.isEmpty() || entry.ifBlocked.isEmpty() ||
            entry.encryption.isEmpty())
            fail(QStringLiteral("id, service, encryption, purpose and ifBlocked must not be empty"));
        if (entry.listeners.isEmpty() || entry.initiators.isEmpty() || entry.versions.isEmpty() ||
            entry.sources.isEmpty())
            fail(QStringLiteral("listeners, initiators, versions and sources must not be empty"));
        if (m_entryIndex.contains(entry.id))
            fail(QStringLiteral("duplicate id"));
        m_entryIndex.insert(entry.id, int(m_entries.size()));
        m_entries.append(entry);
    }
    return true;
}

// Every id the data uses must be one the vocabulary defines, and every cited source must exist.
void PortCatalog::checkReferences()
{
    const QString vocabulary = QStringLiteral("vocabulary.json");
    QSet<QString> tags;
    for (const SourceInfo& source : std::as_const(m_sources)) {
        if (tags.contains(source.tag))
            error(QStringLiteral("sources.json"), QStringLiteral("duplicate tag \"%1\"").arg(source.tag));
        tags.insert(source.tag);
    }
    for (const RoleInfo& role : std::as_const(m_roles)) {
        for (const QString& version : role.versions) {
            if (!isVersion(version))
                error(vocabulary, QStringLiteral("role \"%1\": unknown version \"%2\"").arg(role.id, version));
        }
    }
    for (const ImplicitActorRule& rule : std::as_const(m_implicitActors)) {
        if (!role(rule.role) || role(rule.role)->isExchange())
            error(vocabulary, QStringLiteral("implicit actor \"%1\" is not an actor or infrastructure").arg(rule.role));
        for (const QString& kind : rule.zoneKinds) {
            if (!zoneKind(kind))
                error(vocabulary,
                      QStringLiteral("implicit actor \"%1\": unknown zone kind \"%2\"").arg(rule.role, kind));
        }
    }
    for (const DynamicRpcDefault& rule : std::as_const(m_dynamicRpcDefaults)) {
        for (const QString& tag : rule.sources) {
            if (!tags.contains(tag))
                error(vocabulary, QStringLiteral("dynamicRpcDefaults: unknown source \"%1\"").arg(tag));
        }
    }
    for (const CatalogEntry& entry : std::as_const(m_entries)) {
        const auto fail = [&](const QString& message) {
            error(QStringLiteral("ports"), QStringLiteral("entry \"%1\": %2").arg(entry.id, message));
        };
        for (const QString& version : entry.versions) {
            if (!isVersion(version))
                fail(QStringLiteral("unknown version \"%1\"").arg(version));
        }
        const QStringList roleLists[] = {entry.listeners, entry.initiators, entry.requiredRoles, entry.absentRoles};
        for (const QStringList& list : roleLists) {
            for (const QString& id : list) {
                if (!role(id))
                    fail(QStringLiteral("unknown role \"%1\"").arg(id));
            }
        }
        for (const QString& kind : entry.fromZoneKinds) {
            if (!zoneKind(kind))
                fail(QStringLiteral("unknown zone kind \"%1\" in fromZoneKinds").arg(kind));
        }
        if (entry.impact.isEmpty())
            fail(QStringLiteral("no impact (what a user notices when the flow breaks)"));
        else if (!impact(entry.impact))
            fail(QStringLiteral("unknown impact \"%1\"").arg(entry.impact));
        if (!entry.publishedVia.isEmpty() && !role(entry.publishedVia))
            fail(QStringLiteral("unknown publishedVia role \"%1\"").arg(entry.publishedVia));
        for (const QString& tag : entry.sources) {
            if (!tags.contains(tag))
                fail(QStringLiteral("unknown source \"%1\"").arg(tag));
        }
        // An Exchange role named on one side must exist in at least one of the entry's versions.
        for (const QStringList& list : {entry.listeners, entry.initiators}) {
            for (const QString& id : list) {
                const RoleInfo* info = role(id);
                if (!info || !info->isExchange())
                    continue;
                const bool anyVersion = std::any_of(entry.versions.begin(), entry.versions.end(),
                                                    [&](const QString& v) { return info->existsIn(v); });
                if (!anyVersion)
                    fail(QStringLiteral("role \"%1\" exists in none of the versions %2")
                             .arg(id, entry.versions.join(QStringLiteral(", "))));
            }
        }
    }
}

int PortCatalog::versionRank(const QString& id) const
{
    for (int i = 0; i < m_versions.size(); ++i) {
        if (m_versions.at(i).id == id)
            return i;
    }
    return -1;
}

const VersionInfo* PortCatalog::version(const QString& id) const
{
    const int rank = versionRank(id);
    return rank >= 0 ? &m_versions.at(rank) : nullptr;
}

const ZoneKindInfo* PortCatalog::zoneKind(const QString& id) const
{
    for (const ZoneKindInfo& kind : m_zoneKinds) {
        if (kind.id == id)
            return &kind;
    }
    return nullptr;
}

const RoleInfo* PortCatalog::role(const QString& id) const
{
    const auto it = m_roleIndex.constFind(id);
    return it == m_roleIndex.constEnd() ? nullptr : &m_roles.at(*it);
}

const ImpactInfo* PortCatalog::impact(const QString& id) const
{
    for (const ImpactInfo& impact : m_impacts) {
        if (impact.id == id)
            return &impact;
    }
    return nullptr;
}

QStringList PortCatalog::optionVersions(const QString& option) const
{
    // An entry depends on an option through its conditions, through a port it takes from the option, or (for
    // reverseProxyTls) through the offloaded port of its published hop.
    const auto dependsOn = [&option](const CatalogEntry& entry) {
        if (option == u"umRtpRange")
            return std::any_of(entry.ports.begin(), entry.ports.end(),
                               [](const PortSpec& spec) { return spec.kind == PortSpec::Kind::UmRtpRange; });
        if (option == u"reverseProxyTls" && entry.offloadPort != 0)
            return true;
        return std::any_of(entry.options.begin(), entry.options.end(),
                           [&option](const OptionExpression& expression) { return expression.mentions(option); });
    };
    QStringList versions;
    for (const VersionInfo& version : m_versions) {
        const bool used = std::any_of(m_entries.begin(), m_entries.end(), [&](const CatalogEntry& entry) {
            return entry.versions.contains(version.id) && dependsOn(entry);
        });
        if (used)
            versions.append(version.id);
    }
    return versions;
}

const SourceInfo* PortCatalog::source(const QString& tag) const
{
    for (const SourceInfo& source : m_sources) {
        if (source.tag == tag)
            return &source;
    }
    return nullptr;
}

QStringList PortCatalog::sourceLabels(const QStringList& tags) const
{
    QStringList labels;
    labels.reserve(tags.size());
    for (const QString& tag : tags) {
        const SourceInfo* info = source(tag);
        labels.append(info ? info->label : tag);
    }
    return labels;
}

const CatalogEntry* PortCatalog::entry(const QString& id) const
{
    const auto it = m_entryIndex.constFind(id);
    return it == m_entryIndex.constEnd() ? nullptr : &m_entries.at(*it);
}

const DynamicRpcDefault& PortCatalog::dynamicRpcDefault(const QString& version, const QString& role) const
{
    for (const DynamicRpcDefault& rule : m_dynamicRpcDefaults) {
        if ((rule.versions.isEmpty() || rule.versions.contains(version)) &&
            (rule.roles.isEmpty() || rule.roles.contains(role)))
            return rule;
    }
    return m_dynamicRpcDefaults.constLast();
}

bool PortCatalog::listensOnDynamicRpc(const QString& role) const
{
    return std::any_of(m_entries.begin(), m_entries.end(), [&](const CatalogEntry& entry) {
        return entry.listeners.contains(role) &&
               std::any_of(entry.ports.begin(), entry.ports.end(),
                           [](const PortSpec& spec) { return spec.kind == PortSpec::Kind::RpcDynamic; });
    });
}

bool PortCatalog::flagApplies(const QString& flag, const QString& role, const QString& version) const
{
    const RoleInfo* info = this->role(role);
    if (!info || !info->isExchange())
        return false; // the restriction concerns Exchange servers; actors and infrastructure take part as they are
    return std::any_of(m_entries.begin(), m_entries.end(), [&](const CatalogEntry& entry) {
        return entry.onlyServersFlagged == flag && entry.versions.contains(version) &&
               (entry.listeners.contains(role) || entry.initiators.contains(role));
    });
}
