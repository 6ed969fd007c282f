#include "app/cli/portexplainer.h"

#include <algorithm>

#include <QHash>
#include <QRegularExpression>

#include "model/catalogentry.h"
#include "model/catalogtexts.h"
#include "model/deploymentoptions.h"
#include "model/portcatalog.h"

namespace {

// More ports than any service lists on purpose (the smallest dynamic RPC range, 1025-5000, has 3,976).
constexpr int WideRangePorts = 1000;

bool overlaps(const PortRange& a, const PortRange& b)
{
    return a.first <= b.last && b.first <= a.last;
}

QString protocolName(Protocol protocol)
{
    return protocolId(protocol).toUpper();
}

// "    Label:         text"; an empty label continues the field above (a second source, say).
QString field(const QString& label, const QString& text)
{
    constexpr int Indent = 4;
    constexpr int LabelWidth = 15;
    return QString(Indent, u' ') + (label.isEmpty() ? QString() : QString(label + u':')).leftJustified(LabelWidth) +
           text + u'\n';
}

} // namespace

std::optional<PortQuery> PortQuery::parse(QStringView text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(?:(tcp|udp)\\s*[/:]\\s*)?([0-9]+(?:\\s*-\\s*[0-9]+)?)\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(text.toString());
    if (!match.hasMatch())
        return std::nullopt;
    PortQuery query;
    if (match.hasCaptured(1))
        query.protocol = protocolFromId(match.captured(1).toLower());
    const auto range = PortRange::parse(match.capturedView(2));
    if (!range)
        return std::nullopt;
    query.ports = *range;
    return query;
}

QString PortQuery::toString() const
{
    const QString protocolText = protocol ? protocolName(*protocol) : PortExplainer::tr("TCP or UDP");
    return protocolText + u' ' + ports.toString();
}

PortExplainer::PortExplainer(const PortCatalog& catalog, const CatalogTexts& texts)
    : m_catalog(catalog)
    , m_texts(texts)
{}

QString PortExplainer::versionName(const QString& version) const
{
    const VersionInfo* info = m_catalog.version(version);
    return info ? info->name : version;
}

PortExplainer::ResolvedPorts PortExplainer::resolve(const CatalogEntry& entry, const QString& version,
                                                    const PortRange& query) const
{
    ResolvedPorts resolved;
    const auto add = [&](const PortRange& range, const QString& how) {
        if (overlaps(range, query)) {
            // A port that only falls into a dynamic or ephemeral range is not "used" by that service the way 25 is
            // used by SMTP: it is listed apart, so `explain 12345` does not read as if Exchange needed 12345.
            const bool wide =
                range.count() > WideRangePorts && !(query.first <= range.first && range.last <= query.last);
            resolved.match = std::max(resolved.match, wide ? ResolvedPorts::WideRange : ResolvedPorts::Specific);
        }
        resolved.descriptions.append(how.isEmpty() ? range.toString() : range.toString() + u" (" + how + u')');
    };
    const StaticRpcOptions staticRpc;
    const DagOptions dag;
    for (const PortSpec& spec : entry.ports) {
        switch (spec.kind) {
        case PortSpec::Kind::Fixed:
            add(spec.range, {});
            break;
        case PortSpec::Kind::RpcDynamic: {
            // The range depends on the listener's Windows generation, which the catalog keys by version and role.
            struct Group
            {
                const DynamicRpcDefault* rule;
                QStringList roles;
            };
            QList<Group> groups;
            for (const QString& role : entry.listeners) {
                const RoleInfo* info = m_catalog.role(role);
                if (info && info->isExchange() && !info->existsIn(version))
                    continue;
                const DynamicRpcDefault& rule = m_catalog.dynamicRpcDefault(version, role);
                const auto same = std::find_if(groups.begin(), groups.end(),
                                               [&rule](const Group& group) { return group.rule->range == rule.range; });
                if (same == groups.end())
                    groups.append({&rule, {role}});
                else
                    same->roles.append(role);
            }
            for (const Group& group : std::as_const(groups)) {
                QString how = tr("dynamic RPC, default in %1").arg(version);
                if (groups.size() > 1)
                    how += u' ' + tr("on %1").arg(roleNames(group.roles, version));
                if (!group.rule->sources.isEmpty())
                    how += u"; " + group.rule->sources.join(QStringLiteral(", "));
                add(group.rule->range, how);
            }
            break;
        }
        case PortSpec::Kind::StaticRpcClientAccess:
            add({staticRpc.rpcClientAccessPort, staticRpc.rpcClientAccessPort},
                tr("staticRpc.rpcClientAccessPort, default"));
            break;
        case PortSpec::Kind::StaticRpcAddressBook:
            add({staticRpc.addressBookPort, staticRpc.addressBookPort}, tr("staticRpc.addressBookPort, default"));
            break;
        case PortSpec::Kind::DagReplication:
            add({dag.replicationPort, dag.replicationPort}, tr("dag.replicationPort, default"));
            break;
        case PortSpec::Kind::UmRtpRange:
            add(DeploymentOptions::defaultUmRtpRange, tr("umRtpRange, default"));
            break;
        }
    }
    if (entry.offloadVersions.contains(version))
        add({entry.offloadPort, entry.offloadPort}, tr("reverse proxy to server with reverseProxyTls offload"));
    return resolved;
}

// The names of the roles that exist in this version ("Mailbox, Edge Transport"); version empty: of all roles.
QString PortExplainer::roleNames(const QStringList& roles, const QString& version) const
{
    QStringList names;
    for (const QString& id : roles) {
        const RoleInfo* info = m_catalog.role(id);
        if (!info) {
            names.append(id);
            continue;
        }
        if (!version.isEmpty() && info->isExchange() && !info->existsIn(version))
            continue;
        names.append(info->name);
    }
    return names.join(QStringLiteral(", "));
}

QString PortExplainer::details(const CatalogEntry& entry) const
{
    QString text;
    if (!entry.options.isEmpty()) {
        QStringList options;
        for (const OptionExpression& expression : entry.options)
            options.append(expression.text());
        text += field(tr("Options"), options.join(QStringLiteral(", ")));
    }
    if (!entry.requiredRoles.isEmpty())
        text += field(tr("Only with"), roleNames(entry.requiredRoles, {}));
    if (!entry.absentRoles.isEmpty())
        text += field(tr("Only without"), roleNames(entry.absentRoles, {}));
    if (!entry.fromZoneKinds.isEmpty())
        text += field(tr("From zones"), entry.fromZoneKinds.join(QStringLiteral(", ")));
    if (!entry.publishedVia.isEmpty())
        text += field(tr("Published via"), roleNames({entry.publishedVia}, {}));
    if (entry.offloadPort != 0) {
        QStringList names;
        for (const QString& id : entry.offloadVersions)
            names.append(versionName(id));
        text += field(tr("SSL offload"), names.isEmpty()
                                             ? tr("not supported by Microsoft; the proxy keeps HTTPS to the server")
                                             : tr("TCP %1 from the proxy to the server in %2")
                                                   .arg(entry.offloadPort)
                                                   .arg(names.join(QStringLiteral(", "))));
    }
    text += field(tr("Purpose"), m_texts.purpose(entry));
    text += field(tr("If blocked"), m_texts.ifBlocked(entry));
    text += field(tr("Encryption"), m_texts.encryption(entry));
    for (qsizetype i = 0; i < entry.sources.size(); ++i) {
        const SourceInfo* source = m_catalog.source(entry.sources.at(i));
        const QString line =
            source ? source->tag + u' ' + source->title + u" <" + source->url + u'>' : entry.sources.at(i);
        text += field(i == 0 ? tr("Sources") : QString(), line);
    }
    if (!entry.note.isEmpty())
        text += field(tr("Note"), m_texts.note(entry));
    return text;
}

QString PortExplainer::explain(const PortQuery& query, const QString& version) const
{
    QStringList versions;
    if (!version.isEmpty()) {
        versions.append(version);
    } else {
        for (const VersionInfo& info : m_catalog.versions())
            versions.append(info.id);
    }

    QString text;
    QStringList unusedIn;
    bool anySpecific = false;
    QHash<QString, QString> describedIn; // entry id → the version under which its details were printed
    for (const QString& id : versions) {
        QString specific;
        QString wide;
        for (const CatalogEntry& entry : m_catalog.entries()) {
            if (!entry.versions.contains(id) || (query.protocol && entry.protocol != *query.protocol))
                continue;
            const ResolvedPorts ports = resolve(entry, id, query.ports);
            if (ports.match == ResolvedPorts::None)
                continue;
            // An entry spanning several versions may name a role on one side that this version lacks entirely:
            // a coexistence entry (a 2007 Hub and a 2003 back-end) names the other version's role as such.
            QString initiators = roleNames(entry.initiators, id);
            QString listeners = roleNames(entry.listeners, id);
            if (initiators.isEmpty() && listeners.isEmpty())
                continue;
            const QString coexisting = u' ' + tr("(coexistence with another version)");
            if (initiators.isEmpty())
                initiators = roleNames(entry.initiators, {}) + coexisting;
            if (listeners.isEmpty())
                listeners = roleNames(entry.listeners, {}) + coexisting;
            const QString who = initiators + u" → " + listeners;
            const QString unconfirmed = entry.confirmed ? QString() : QString(u' ' + tr("(unconfirmed)"));
            const QString portText =
                protocolName(entry.protocol) + u' ' + ports.descriptions.join(QStringLiteral(", "));
            if (ports.match == ResolvedPorts::WideRange) {
                wide += u"    " + m_texts.service(entry) + u"  " + portText + u"  (" + who + u")  [" + entry.id + u']' +
                        unconfirmed + u'\n';
                continue;
            }
            specific +=
                u"  " + m_texts.service(entry) + u"  " + portText + u"  [" + entry.id + u']' + unconfirmed + u'\n';
            specific += field(tr("Who"), who);
            // Printed once: the same entry in a later version only refers back, so `explain 25` stays readable.
            if (const auto it = describedIn.constFind(entry.id); it != describedIn.constEnd()) {
                specific += field(tr("Details"), tr("as under %1 above").arg(versionName(*it)));
            } else {
                describedIn.insert(entry.id, id);
                specific += details(entry);
            }
        }
        if (specific.isEmpty() && wide.isEmpty()) {
            unusedIn.append(id);
            continue;
        }
        anySpecific = anySpecific || !specific.isEmpty();
        text += u'\n' + query.toString() + u" — " + versionName(id) + u"\n\n" + specific;
        if (!wide.isEmpty())
            text += u"  " + tr("Inside wider port ranges:") + u'\n' + wide;
    }

    QString summary;
    if (!anySpecific) {
        summary =
            version.isEmpty()
                ? tr("No Exchange service in the catalog uses %1.").arg(query.toString())
                : tr("No Exchange service in the catalog uses %1 in %2.").arg(query.toString(), versionName(version));
        summary += u'\n';
        if (!text.isEmpty())
            summary += tr("It lies inside these wider port ranges (dynamic or ephemeral ports):") + u'\n';
    }
    if (!text.isEmpty() && !unusedIn.isEmpty())
        text += u'\n' + tr("Not used in: %1.").arg(unusedIn.join(QStringLiteral(", "))) + u'\n';
    // The first section's leading blank line separates it from the summary; without a summary it is dropped.
    return summary.isEmpty() ? text.mid(1) : summary + text;
}
