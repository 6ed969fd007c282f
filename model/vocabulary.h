#pragma once

#include "model/deploymentoptions.h"
#include "model/portrange.h"

#include <QString>
#include <QStringList>

// The stable ids of PRODUCT.md's vocabulary as the catalog's vocabulary.json describes them.

struct VersionInfo
{
    QString id;
    QString name;
};

struct ZoneKindInfo
{
    QString id;
    QString name;
    QString colour; // "#rrggbb", the lane tint
};

enum class RoleKind
{
    Exchange,
    Infrastructure,
    Actor
};

struct RoleInfo
{
    QString id;
    RoleKind kind = RoleKind::Exchange;
    QString name;
    QString description;
    QStringList versions; // empty: every version

    bool isExchange() const { return kind == RoleKind::Exchange; }
    bool existsIn(const QString& version) const { return versions.isEmpty() || versions.contains(version); }
};

// What a user notices when a flow breaks ("Inbound Internet mail", "Outlook desktop"): the what-if's consequences are
// grouped by it. Listed in the order the window shows the groups.
struct ImpactInfo
{
    QString id;
    QString name;
};

// A zone kind that implicitly holds an actor (Internet mail servers in the Internet zone, say), when options allow.
struct ImplicitActorRule
{
    QString role;
    QStringList zoneKinds;
    QList<OptionExpression> options;
    QString unlessZoneKind; // not when the deployment has a zone of this kind
};

// Default dynamic RPC range by version (and role); the first matching rule wins.
struct DynamicRpcDefault
{
    QStringList versions; // empty: any
    QStringList roles;    // empty: any
    PortRange range;
    QStringList sources;
    QString note;
};
