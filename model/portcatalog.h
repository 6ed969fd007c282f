#pragma once

#include "model/catalogentry.h"
#include "model/vocabulary.h"

#include <QHash>
#include <QList>
#include <QString>

struct SourceInfo
{
    QString tag;
    QString title;
    QString url;
    QString label; // what a person reads instead of the tag: the file's "label", else the tag
};

// Exchange's port knowledge, loaded from the catalog's JSON files (resources/catalog, see SCHEMA.md).
// load() checks every reference inside the data: a catalog that loads is well-formed.
class PortCatalog final
{
public:
    // The catalog compiled into the binary (":/catalog/"). Loading errors there are a build defect: they abort.
    static const PortCatalog& builtin();

    // Loads vocabulary.json, sources.json and every ports-*.json of a directory (a resource path works).
    bool load(const QString& directory);
    const QStringList& errors() const { return m_errors; }

    const QList<VersionInfo>& versions() const { return m_versions; }
    const QList<ZoneKindInfo>& zoneKinds() const { return m_zoneKinds; }
    const QList<RoleInfo>& roles() const { return m_roles; }
    const QList<ImpactInfo>& impacts() const { return m_impacts; }
    const QList<CatalogEntry>& entries() const { return m_entries; }
    const QList<SourceInfo>& sources() const { return m_sources; }
    const QList<ImplicitActorRule>& implicitActors() const { return m_implicitActors; }

    bool isVersion(const QString& id) const { return versionRank(id) >= 0; }
    int versionRank(const QString& id) const; // position in versions(), -1 if unknown
    const VersionInfo* version(const QString& id) const;
    const ZoneKindInfo* zoneKind(const QString& id) const;
    const RoleInfo* role(const QString& id) const;
    const ImpactInfo* impact(const QString& id) const;
    const SourceInfo* source(const QString& tag) const;
    // The sources' labels ("S1", "leally.ru"), an unknown tag as it is.
    QStringList sourceLabels(const QStringList& tags) const;
    const CatalogEntry* entry(const QString& id) const;

    // The versions, in catalog order, that have an entry depending on an option: where switching it changes the matrix.
    QStringList optionVersions(const QString& option) const;

    // The dynamic RPC range a listener of this version and role uses by default, and the rule that says so.
    const DynamicRpcDefault& dynamicRpcDefault(const QString& version, const QString& role) const;
    // Whether servers of this role accept dynamic RPC connections (some entry has it listen on "rpcDynamic").
    bool listensOnDynamicRpc(const QString& role) const;
    // Whether a server flag (Server::flagNames()) means something for a server of this Exchange role and version:
    // some entry restricted to the flag involves that role in that version.
    bool flagApplies(const QString& flag, const QString& role, const QString& version) const;

private:
    bool loadVocabulary(const QString& path);
    bool loadSources(const QString& path);
    bool loadEntries(const QString& path);
    void checkReferences();
    void error(const QString& file, const QString& message);

    QList<VersionInfo> m_versions;
    QList<ZoneKindInfo> m_zoneKinds;
    QList<RoleInfo> m_roles;
    QList<ImpactInfo> m_impacts;
    QList<ImplicitActorRule> m_implicitActors;
    QList<DynamicRpcDefault> m_dynamicRpcDefaults;
    QList<SourceInfo> m_sources;
    QList<CatalogEntry> m_entries;
    QHash<QString, int> m_roleIndex;
    QHash<QString, int> m_entryIndex;
    QStringList m_errors;
};
