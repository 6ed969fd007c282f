#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <optional>

#include "model/portrange.h"

class CatalogTexts;
class PortCatalog;
struct CatalogEntry;

// What `portolan-cli explain` asks about: "25", "tcp/25", "udp/53" or a range such as "6000-7000".
struct PortQuery
{
    std::optional<Protocol> protocol; // unset: TCP or UDP
    PortRange ports;

    static std::optional<PortQuery> parse(QStringView text);
    QString toString() const; // "TCP 25", "UDP 53", "TCP or UDP 6000-7000"
};

// Explains a port for teaching: every catalog entry whose ports contain it, version by version, with who connects to
// whom, the options it needs, why it exists, what breaks when it is blocked and where the fact comes from. Option
// ports resolve as in a new deployment: the dynamic RPC default of the listener's version and role, and the default
// static RPC and DAG replication ports. The catalog's texts come in the language of `texts`; the headings stay English
// like the rest of portolan-cli.
class PortExplainer final
{
    Q_DECLARE_TR_FUNCTIONS(PortExplainer)

public:
    PortExplainer(const PortCatalog& catalog, const CatalogTexts& texts);

    // version empty: every version of the catalog. The version must be one the catalog knows.
    QString explain(const PortQuery& query, const QString& version) const;

private:
    struct ResolvedPorts
    {
        enum Match
        {
            None,
            WideRange,
            Specific
        };                        // ordered: the best match of an entry's ports wins
        QStringList descriptions; // one per port element: "135", "49152-65535 (dynamic RPC, ...)"
        Match match = None;
    };
    ResolvedPorts resolve(const CatalogEntry& entry, const QString& version, const PortRange& query) const;
    QString roleNames(const QStringList& roles, const QString& version) const;
    QString details(const CatalogEntry& entry) const;
    QString versionName(const QString& version) const;

    const PortCatalog& m_catalog;
    const CatalogTexts& m_texts;
};
