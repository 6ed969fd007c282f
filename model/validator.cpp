#include "model/validator.h"

#include "model/catalogentry.h"
#include "model/deploymentdata.h"
#include "model/flow.h"
#include "model/portcatalog.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace {

// Plain-text mailbox access: POP3 110 and IMAP4 143 carry passwords in clear unless the client upgrades with
// STARTTLS, which S1 does not promise. Their TLS siblings are 995 and 993.
constexpr int kPlainPop3Port = 110;
constexpr int kPlainImap4Port = 143;

// Microsoft's recommended static RPC range (BPA, S12); outside 1024-65535 is an error.
constexpr PortRange kRecommendedStaticRpc{59531, 60554};

bool isOutside(const QString& zoneKind)
{
    return zoneKind == u"internet" || zoneKind == u"cloud";
}

void appendUnique(QStringList& list, const QStringList& items)
{
    for (const QString& item : items) {
        if (!list.contains(item))
            list.append(item);
    }
}

class Checks
{
    Q_DECLARE_TR_FUNCTIONS(Validator)

public:
    Checks(const PortCatalog& catalog, const DeploymentData& deployment, const FlowSet& flows)
        : m_catalog(catalog)
        , m_deployment(deployment)
        , m_flows(flows)
    {}

    QList<ValidationWarning> run()
    {
        rolesMissingFromVersion();
        placements();
        internalFiltering();
        dynamicRpcAcrossZones();
        staticRpcPorts();
        edgeSubscription();
        plainMailboxAccessFromInternet();
        optionsWithoutEffect();
        std::stable_sort(m_warnings.begin(), m_warnings.end(), [](const auto& a, const auto& b) {
            return a.severity != b.severity ? a.severity < b.severity : a.code < b.code;
        });
        return m_warnings;
    }

private:
    void add(Severity severity, const QString& code, const QString& message, const QStringList& servers = {})
    {
        m_warnings.append({severity, code, message, servers});
    }
    const RoleInfo* role(const EndpointGroup& group) const { return m_catalog.role(group.role); }
    const Zone& zone(const EndpointGroup& group) const { return m_deployment.zones.at(group.zoneIndex); }
    QString versionName(const QString& id) const
    {
        const VersionInfo* info = m_catalog.version(id);
        return info ? info->name : id;
    }
    // The servers of a set of groups, each once, in group order.
    QStringList serversOf(const QSet<int>& groups) const
    {
        QList<int> sorted(groups.begin(), groups.end());
        std::sort(sorted.begin(), sorted.end());
        return serversOfGroups(m_flows, sorted);
    }
    // An Exchange server inside the organisation: every Exchange role but the Edge, which sits outside AD.
    bool isInternalExchange(const EndpointGroup& group) const
    {
        const RoleInfo* info = role(group);
        return !group.implicit && info && info->isExchange() && group.role != u"edge-transport";
    }
    bool isFrom2013On(const QString& version) const
    {
        return m_catalog.versionRank(version) >= m_catalog.versionRank(QStringLiteral("2013"));
    }

    void rolesMissingFromVersion();
    void placements();
    void internalFiltering();
    void dynamicRpcAcrossZones();
    void staticRpcPorts();
    void edgeSubscription();
    void plainMailboxAccessFromInternet();
    void optionsWithoutEffect();

    const PortCatalog& m_catalog;
    const DeploymentData& m_deployment;
    const FlowSet& m_flows;
    QList<ValidationWarning> m_warnings;
};

void Checks::rolesMissingFromVersion()
{
    for (const EndpointGroup& group : m_flows.groups) {
        const RoleInfo* info = role(group);
        if (group.implicit || !info || info->existsIn(group.version))
            continue;
        add(Severity::Error, QStringLiteral("role-not-in-version"),
            tr("%1 has no %2 role (servers in zone %3).").arg(versionName(group.version), info->name, zone(group).name),
            group.servers);
    }
}

void Checks::placements()
{
    for (const EndpointGroup& group : m_flows.groups) {
        const RoleInfo* info = role(group);
        if (group.implicit || !info)
            continue;
        const QString& kind = zone(group).kind;
        const bool perimeterOrOutside = kind == u"dmz" || isOutside(kind);
        if (info->isExchange() && perimeterOrOutside && group.role != u"edge-transport" && group.role != u"front-end") {
            const bool legacy = group.role == u"back-end";
            add(legacy ? Severity::Warning : Severity::Error, QStringLiteral("unsupported-placement"),
                legacy ? tr("Exchange 2000/2003 back-end servers belong on the internal network: Microsoft's "
                            "front-end/back-end guide puts only front-end servers in the perimeter, and a back-end "
                            "there needs the whole Active Directory and RPC port set opened to it (zone %1).")
                             .arg(zone(group).name)
                       : tr("Microsoft does not support %1 servers in a perimeter or outside network (zone %2); "
                            "only Edge Transport belongs there (S5).")
                             .arg(info->name, zone(group).name),
                group.servers);
        } else if (group.role == u"edge-transport" && kind == u"lan") {
            add(Severity::Warning, QStringLiteral("unsupported-placement"),
                tr("Edge Transport servers belong in the perimeter network, outside the Active Directory forest "
                   "(zone %1).")
                    .arg(zone(group).name),
                group.servers);
        } else if (group.role == u"domain-controller" && perimeterOrOutside) {
            add(Severity::Warning, QStringLiteral("unsupported-placement"),
                tr("A domain controller in zone %1 exposes Active Directory outside the internal network.")
                    .arg(zone(group).name),
                group.servers);
        }
    }
}

// From 2013 on Microsoft supports no filtering between internal Exchange servers, nor between them and domain
// controllers (S1, S3). Reported once per pair of zones that holds such servers on both sides.
void Checks::internalFiltering()
{
    QMap<QPair<int, int>, QSet<int>> pairs; // zone pair → groups
    for (const Flow& flow : m_flows.flows) {
        const EndpointGroup& a = m_flows.groups.at(flow.initiator);
        const EndpointGroup& b = m_flows.groups.at(flow.listener);
        if (a.zoneIndex == b.zoneIndex || a.implicit || b.implicit)
            continue;
        const bool aExchange = isInternalExchange(a);
        const bool bExchange = isInternalExchange(b);
        const bool aDc = a.role == u"domain-controller";
        const bool bDc = b.role == u"domain-controller";
        const bool modern = (aExchange && isFrom2013On(a.version)) || (bExchange && isFrom2013On(b.version));
        if (!modern || !((aExchange && bExchange) || (aExchange && bDc) || (aDc && bExchange)))
            continue;
        QSet<int>& groups = pairs[qMakePair(qMin(a.zoneIndex, b.zoneIndex), qMax(a.zoneIndex, b.zoneIndex))];
        groups.insert(flow.initiator);
        groups.insert(flow.listener);
    }
    for (auto it = pairs.cbegin(); it != pairs.cend(); ++it) {
        add(Severity::Error, QStringLiteral("internal-filtering-unsupported"),
            tr("Microsoft does not support restricting traffic between internal Exchange servers, or between them "
               "and domain controllers (Exchange 2013 and later): the firewall between %1 and %2 must allow all "
               "ports between these servers, or they must share a zone (S1).")
                .arg(m_deployment.zones.at(it.key().first).name, m_deployment.zones.at(it.key().second).name),
            serversOf(it.value()));
    }
}

void Checks::dynamicRpcAcrossZones()
{
    QMap<QPair<int, int>, QPair<QSet<int>, QStringList>> pairs; // zone pair → (groups, ranges)
    for (const Flow& flow : m_flows.flows) {
        const EndpointGroup& a = m_flows.groups.at(flow.initiator);
        const EndpointGroup& b = m_flows.groups.at(flow.listener);
        if (!flow.dynamicRpc || a.zoneIndex == b.zoneIndex)
            continue;
        auto& entry = pairs[qMakePair(a.zoneIndex, b.zoneIndex)];
        if (!a.implicit)
            entry.first.insert(flow.initiator);
        entry.first.insert(flow.listener);
        appendUnique(entry.second, {flow.ports.toString()});
    }
    for (auto it = pairs.cbegin(); it != pairs.cend(); ++it) {
        add(Severity::Warning, QStringLiteral("dynamic-rpc-crossing"),
            tr("Dynamic RPC crosses the boundary from %1 to %2 (TCP %3): the firewall must open a wide port range. "
               "Use static RPC ports (Exchange 2010), RPC over HTTP or keep these servers in one zone.")
                .arg(m_deployment.zones.at(it.key().first).name, m_deployment.zones.at(it.key().second).name,
                     it.value().second.join(QStringLiteral(", "))),
            serversOf(it.value().first));
    }
}

void Checks::staticRpcPorts()
{
    const StaticRpcOptions& rpc = m_deployment.options.staticRpc;
    if (!rpc.enabled)
        return;
    const QPair<QString, int> ports[] = {{QStringLiteral("rpcClientAccessPort"), rpc.rpcClientAccessPort},
                                         {QStringLiteral("addressBookPort"), rpc.addressBookPort}};
    for (const auto& [name, port] : ports) {
        if (port < 1024 || port > 65535) {
            add(Severity::Error, QStringLiteral("static-rpc-out-of-range"),
                tr("Static RPC port %1 = %2 is outside 1024-65535, which the Exchange Best Practices Analyzer "
                   "treats as an error (S12).")
                    .arg(name)
                    .arg(port));
        } else if (!kRecommendedStaticRpc.contains(port)) {
            add(Severity::Warning, QStringLiteral("static-rpc-out-of-range"),
                tr("Static RPC port %1 = %2 is outside Microsoft's recommended range %3 (S12).")
                    .arg(name)
                    .arg(port)
                    .arg(kRecommendedStaticRpc.toString()));
        }
    }
    if (rpc.rpcClientAccessPort == rpc.addressBookPort) {
        add(Severity::Error, QStringLiteral("static-rpc-port-conflict"),
            tr("The RPC Client Access and Address Book services cannot share static port %1.")
                .arg(rpc.rpcClientAccessPort));
    }
    const bool has2010 = std::any_of(m_flows.groups.begin(), m_flows.groups.end(), [&](const EndpointGroup& g) {
        return !g.implicit && g.version == u"2010" && (g.role == u"client-access" || g.role == u"mailbox");
    });
    if (!has2010) {
        add(Severity::Info, QStringLiteral("static-rpc-not-applicable"),
            tr("Static RPC ports apply to Exchange 2010 Client Access and public folder Mailbox servers; this "
               "deployment has none, so the option changes no rule (S11)."));
    }
}

void Checks::edgeSubscription()
{
    QStringList edges;
    bool subscriber = false;
    for (const EndpointGroup& group : m_flows.groups) {
        if (group.implicit)
            continue;
        if (group.role == u"edge-transport")
            appendUnique(edges, group.servers);
        const bool hubOrMailbox =
            group.role == u"hub-transport" || (group.role == u"mailbox" && isFrom2013On(group.version));
        if (hubOrMailbox && !isOutside(zone(group).kind))
            subscriber = true;
    }
    if (!edges.isEmpty() && !subscriber) {
        add(Severity::Warning, QStringLiteral("edge-not-subscribed"),
            tr("No Hub Transport (2007/2010) or Mailbox (2013 and later) server can subscribe the Edge Transport "
               "servers: EdgeSync needs one in the organisation, and without it the Edge neither relays inbound "
               "mail nor learns recipients (S6)."),
            edges);
    }
}

void Checks::plainMailboxAccessFromInternet()
{
    QSet<int> groups;
    QSet<int> ports;
    for (const Flow& flow : m_flows.flows) {
        const EndpointGroup& from = m_flows.groups.at(flow.initiator);
        const EndpointGroup& to = m_flows.groups.at(flow.listener);
        const bool plain = flow.protocol == Protocol::Tcp &&
                           (flow.ports.contains(kPlainPop3Port) || flow.ports.contains(kPlainImap4Port)) &&
                           flow.ports.count() == 1;
        if (plain && from.zoneIndex != to.zoneIndex && zone(from).kind == u"internet" && !to.implicit) {
            groups.insert(flow.listener);
            ports.insert(flow.ports.first);
        }
    }
    if (groups.isEmpty())
        return;
    QList<int> sorted(ports.begin(), ports.end());
    std::sort(sorted.begin(), sorted.end());
    QStringList names;
    for (int port : sorted)
        names.append(QString::number(port));
    add(Severity::Warning, QStringLiteral("plain-text-exposed"),
        tr("POP3/IMAP4 without TLS (TCP %1) is open to the Internet: passwords and mail cross it in clear. Offer "
           "only 995/993 outside.")
            .arg(names.join(QStringLiteral(", "))),
        serversOf(groups));
}

// An option whose every catalog entry belongs to versions this deployment does not run (UM in 2019, say).
void Checks::optionsWithoutEffect()
{
    QSet<QString> versions;
    for (const EndpointGroup& group : m_flows.groups) {
        if (!group.implicit && role(group) && role(group)->isExchange())
            versions.insert(group.version);
    }
    if (versions.isEmpty())
        versions.insert(m_deployment.exchangeVersion);
    for (const QString& name : DeploymentOptions::flagNames()) {
        if (!m_deployment.options.isOn(name))
            continue;
        bool anyEntry = false;
        bool applies = false;
        for (const CatalogEntry& entry : m_catalog.entries()) {
            const bool usesOption = std::any_of(entry.options.begin(), entry.options.end(),
                                                [&](const OptionExpression& e) { return e.text() == name; });
            if (!usesOption)
                continue;
            anyEntry = true;
            applies = applies || std::any_of(entry.versions.begin(), entry.versions.end(),
                                             [&](const QString& v) { return versions.contains(v); });
        }
        if (anyEntry && !applies) {
            QStringList names;
            for (const QString& version : std::as_const(versions))
                names.append(versionName(version));
            names.sort();
            add(Severity::Warning, QStringLiteral("option-not-in-version"),
                tr("Option %1 has no effect: %2 does not have this service.")
                    .arg(name, names.join(QStringLiteral(", "))));
        }
    }
}

} // namespace

Validator::Validator(const PortCatalog& catalog)
    : m_catalog(catalog)
{}

QList<ValidationWarning> Validator::validate(const DeploymentData& deployment, const FlowSet& flows) const
{
    return Checks(m_catalog, deployment, flows).run();
}
