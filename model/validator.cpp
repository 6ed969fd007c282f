#include "model/validator.h"

#include "model/catalogentry.h"
#include "model/deploymentdata.h"
#include "model/flow.h"
#include "model/networkchecks.h"
#include "model/optionlabels.h"
#include "model/portcatalog.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace {

// Plain-text mailbox access: POP3 110 and IMAP4 143 start unencrypted; their TLS siblings are 995 and 993. From 2010
// on Set-PopSettings/Set-ImapSettings default LoginType to SecureLogin (M1, M2, which apply to 2010 and later): no
// login before TLS. For 2007 and earlier no source says a login waits for STARTTLS, so passwords may cross in clear.
constexpr int kPlainPop3Port = 110;
constexpr int kPlainImap4Port = 143;

// Exchange 2007 CCR and SCR seed database copies over a random TCP port (S16), which no rule can name; the catalog
// entry of their log shipping marks the servers concerned.
constexpr QStringView kRandomPortSeedingEntry = u"common-2007-ccr-log-shipping";

// Microsoft's recommended static RPC range (BPA, S12); outside 1024-65535 is an error.
constexpr PortRange kRecommendedStaticRpc{59531, 60554};

// Windows refuses a dynamic port range of fewer ports (netsh; S46).
constexpr int kMinimumDynamicRpcPorts = 255;

// A message names at most this many servers; the warning's server list holds them all.
constexpr int kServersNamed = 5;

// Options whose service is a server role in older versions: Unified Messaging is a role in 2007/2010 and a set of
// services on Client Access and Mailbox servers (the option) in 2013/2016. There the role drives the flows.
struct OptionServedByRole
{
    const char16_t* option;
    const char16_t* role;
};
constexpr OptionServedByRole kOptionsServedByRoles[] = {{u"unifiedMessaging", u"unified-messaging"}};

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
        seedingAcrossZones();
        dynamicRpcRanges();
        staticRpcPorts();
        edgeSubscription();
        serverFlags();
        plainMailboxAccessFromInternet();
        optionsWithoutEffect();
        umRtpRange();
        reverseProxyOffload();
        preauthenticationWithHybrid();
        m_warnings += NetworkChecks(m_catalog, m_deployment, m_flows).run();
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
    // Server names for a message, the first kServersNamed of them.
    QString serverNames(const QStringList& ids) const
    {
        QStringList names;
        for (const QString& id : ids.mid(0, kServersNamed)) {
            const Server* server = m_deployment.server(id);
            names.append(server ? server->name : id);
        }
        const QString list = names.join(QStringLiteral(", "));
        if (ids.size() <= kServersNamed)
            return list;
        return tr("%1 and %n more", "servers", int(ids.size() - kServersNamed)).arg(list);
    }

    // Which of Microsoft's statements forbids a firewall between two groups, if any.
    enum class FilteringRule
    {
        None,
        Documented,   // 2007 and earlier: the data path tables give the ports (S16; S23 for 2000/2003)
        Exchange2010, // M5
        From2013      // S1, S3
    };
    FilteringRule filteringRule(const EndpointGroup& a, const EndpointGroup& b) const;
    // The servers whose static RPC port of this kind is set: listeners of the catalog entries that use the port.
    QStringList staticRpcServers(PortSpec::Kind kind) const;

    void rolesMissingFromVersion();
    void placements();
    void internalFiltering();
    void dynamicRpcAcrossZones();
    void seedingAcrossZones();
    void dynamicRpcRanges();
    void checkDynamicRpcRange(const PortRange& range, const QString& owner, const QStringList& servers);
    void staticRpcPorts();
    void edgeSubscription();
    void serverFlags();
    // code: the warning codes' stem ("hybrid-mail-flow": "-role", "-without-option").
    void serverFlag(const QString& flag, const QString& code, const QString& option, const QString& roleMessage,
                    const QString& optionOffMessage);
    void plainMailboxAccessFromInternet();
    void optionsWithoutEffect();
    void umRtpRange();
    void reverseProxyOffload();
    void preauthenticationWithHybrid();

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

// Microsoft supports no firewall that restricts traffic between internal Exchange servers, nor between them and
// domain controllers: from 2013 on for every role (S1, S3); in 2010 between Exchange servers and between Mailbox or
// Client Access servers and Active Directory (M5). The reference has no such statement for 2007, and 2000/2003
// front-end/back-end through a firewall is a documented layout (S23, S24). The Edge sits outside AD: not counted.
Checks::FilteringRule Checks::filteringRule(const EndpointGroup& a, const EndpointGroup& b) const
{
    const bool aExchange = isInternalExchange(a);
    const bool bExchange = isInternalExchange(b);
    const bool aDc = a.role == u"domain-controller";
    const bool bDc = b.role == u"domain-controller";
    if (aExchange && bExchange) {
        if (isFrom2013On(a.version) || isFrom2013On(b.version))
            return FilteringRule::From2013;
        if (a.version == u"2010" || b.version == u"2010")
            return FilteringRule::Exchange2010;
        return FilteringRule::Documented;
    }
    if ((aExchange && bDc) || (aDc && bExchange)) {
        const EndpointGroup& exchange = aExchange ? a : b;
        if (isFrom2013On(exchange.version))
            return FilteringRule::From2013;
        if (exchange.version == u"2010" && (exchange.role == u"mailbox" || exchange.role == u"client-access"))
            return FilteringRule::Exchange2010;
        if (exchange.version != u"2010")
            return FilteringRule::Documented;
    }
    return FilteringRule::None;
}

// Reported once per pair of zones that holds such servers on both sides.
void Checks::internalFiltering()
{
    // Many flows join the same two groups (40 sites: tens of thousands of flows, a few thousand pairs of groups).
    QSet<qint64> groupPairs;
    for (const Flow& flow : m_flows.flows)
        groupPairs.insert((qint64(flow.initiator) << 32) | flow.listener);
    QMap<QPair<int, int>, QPair<FilteringRule, QSet<int>>> pairs; // zone pair → (strictest rule, groups)
    for (const qint64 groupPair : std::as_const(groupPairs)) {
        const int initiator = int(groupPair >> 32);
        const int listener = int(groupPair & 0xffffffff);
        const EndpointGroup& a = m_flows.groups.at(initiator);
        const EndpointGroup& b = m_flows.groups.at(listener);
        if (a.zoneIndex == b.zoneIndex || a.implicit || b.implicit)
            continue;
        const FilteringRule rule = filteringRule(a, b);
        if (rule == FilteringRule::None)
            continue;
        auto& entry = pairs[qMakePair(qMin(a.zoneIndex, b.zoneIndex), qMax(a.zoneIndex, b.zoneIndex))];
        entry.first = std::max(entry.first, rule);
        entry.second.insert(initiator);
        entry.second.insert(listener);
    }
    for (auto it = pairs.cbegin(); it != pairs.cend(); ++it) {
        const QString& first = m_deployment.zones.at(it.key().first).name;
        const QString& second = m_deployment.zones.at(it.key().second).name;
        if (it.value().first == FilteringRule::Documented) {
            add(Severity::Info, QStringLiteral("internal-filtering-documented"),
                tr("Exchange 2007 and earlier may talk through the firewall between %1 and %2 on the ports of "
                   "Microsoft's data path tables (S16; for 2000/2003 front-end and back-end servers S23): the rules "
                   "here are those ports. Microsoft's later rule against any such firewall covers Exchange 2010 (M5) "
                   "and 2013 and later (S1).")
                    .arg(first, second),
                serversOf(it.value().second));
            continue;
        }
        add(Severity::Error, QStringLiteral("internal-filtering-unsupported"),
            it.value().first == FilteringRule::From2013
                ? tr("Microsoft does not support restricting traffic between internal Exchange servers, or between "
                     "them and domain controllers (Exchange 2013 and later): the firewall between %1 and %2 must "
                     "allow all ports between these servers, or they must share a zone (S1).")
                      .arg(first, second)
                : tr("Microsoft does not support a firewall between Exchange 2010 servers, or between Exchange 2010 "
                     "Mailbox or Client Access servers and Active Directory: the firewall between %1 and %2 must "
                     "allow all ports between these servers, or they must share a zone (M5).")
                      .arg(first, second),
            serversOf(it.value().second));
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

void Checks::seedingAcrossZones()
{
    QSet<int> groups;
    QStringList zonePairs;
    for (const Flow& flow : m_flows.flows) {
        const EndpointGroup& a = m_flows.groups.at(flow.initiator);
        const EndpointGroup& b = m_flows.groups.at(flow.listener);
        if (flow.entry->id != kRandomPortSeedingEntry || a.zoneIndex >= b.zoneIndex)
            continue; // the entry runs both ways: one direction names the pair
        groups << flow.initiator << flow.listener;
        appendUnique(zonePairs, {tr("%1 and %2").arg(zone(a).name, zone(b).name)});
    }
    if (groups.isEmpty())
        return;
    add(Severity::Warning, QStringLiteral("seeding-random-port"),
        tr("Exchange 2007 seeds CCR and SCR database copies over a random TCP port (S16) that no firewall rule can "
           "name: between %1, allow all TCP between these Mailbox servers while seeding, or seed offline.")
            .arg(zonePairs.join(QStringLiteral("; "))),
        serversOf(groups));
}

// owner: who the range belongs to, as a message names it ("the deployment", "DC01").
void Checks::checkDynamicRpcRange(const PortRange& range, const QString& owner, const QStringList& servers)
{
    if (!range.isValid()) {
        add(Severity::Error, QStringLiteral("dynamic-rpc-range-invalid"),
            tr("The dynamic RPC range %1 of %2 is not a port range: the first port must be from 1 to 65535 and not "
               "above the last.")
                .arg(range.toString(), owner),
            servers);
    } else if (range.count() < kMinimumDynamicRpcPorts) {
        add(Severity::Warning, QStringLiteral("dynamic-rpc-range-too-small"),
            tr("The dynamic RPC range %1 of %2 has %3 ports; Windows needs at least %4 (S46).")
                .arg(range.toString(), owner)
                .arg(range.count())
                .arg(kMinimumDynamicRpcPorts),
            servers);
    }
}

// The deployment's range and each server's own are checked alike; a server's own range on a server where nothing
// listens on dynamic RPC changes no rule.
void Checks::dynamicRpcRanges()
{
    if (const auto& range = m_deployment.options.dynamicRpcRange)
        checkDynamicRpcRange(*range, tr("the deployment"), {});
    for (const Server& server : m_deployment.servers) {
        if (!server.dynamicRpcRange)
            continue;
        const QString name = server.name.isEmpty() ? server.id : server.name;
        checkDynamicRpcRange(*server.dynamicRpcRange, name, {server.id});
        const bool listens = std::any_of(server.roles.begin(), server.roles.end(),
                                         [&](const QString& role) { return m_catalog.listensOnDynamicRpc(role); });
        if (!listens) {
            add(Severity::Info, QStringLiteral("dynamic-rpc-range-unused"),
                tr("%1 has its own dynamic RPC range, but none of its roles accepts dynamic RPC connections, so the "
                   "range changes no rule.")
                    .arg(name),
                {server.id});
        }
    }
}

QStringList Checks::staticRpcServers(PortSpec::Kind kind) const
{
    QStringList servers;
    for (const CatalogEntry& entry : m_catalog.entries()) {
        const bool usesPort = std::any_of(entry.ports.begin(), entry.ports.end(),
                                          [&](const PortSpec& spec) { return spec.kind == kind; });
        if (!usesPort || !entry.optionsHold(m_deployment.options))
            continue;
        // Once any server carries the entry's flag, only the servers that carry it listen (e.g. public folders).
        const QString& flag = entry.onlyServersFlagged;
        const bool flagInUse = !flag.isEmpty() && std::any_of(m_deployment.servers.begin(), m_deployment.servers.end(),
                                                              [&](const Server& s) { return s.hasFlag(flag); });
        for (const EndpointGroup& group : m_flows.groups) {
            if (!group.implicit && entry.listeners.contains(group.role) && entry.versions.contains(group.version) &&
                (!flagInUse || group.flags.contains(flag)))
                appendUnique(servers, group.servers);
        }
    }
    return servers;
}

// The ports apply to every 2010 Client Access server and, for RPC Client Access, to the Mailbox servers with public
// folders (S11, S13); the catalog's static RPC entries say which servers listen on which port.
void Checks::staticRpcPorts()
{
    const StaticRpcOptions& rpc = m_deployment.options.staticRpc;
    if (!rpc.enabled)
        return;
    struct StaticPort
    {
        QString name;
        int port;
        QStringList servers;
    };
    const StaticPort ports[] = {
        {tr("RPC Client Access"), rpc.rpcClientAccessPort, staticRpcServers(PortSpec::Kind::StaticRpcClientAccess)},
        {tr("Address Book"), rpc.addressBookPort, staticRpcServers(PortSpec::Kind::StaticRpcAddressBook)}};
    QStringList concerned;
    for (const StaticPort& port : ports) {
        appendUnique(concerned, port.servers);
        const bool invalid = port.port < 1024 || port.port > 65535;
        if (!invalid && kRecommendedStaticRpc.contains(port.port))
            continue;
        QString message;
        if (port.servers.isEmpty()) {
            message = invalid ? tr("The static %1 port %2 is outside 1024-65535, which the Exchange Best Practices "
                                   "Analyzer treats as an error (S12).")
                                    .arg(port.name)
                                    .arg(port.port)
                              : tr("The static %1 port %2 is outside Microsoft's recommended range %3 (S12).")
                                    .arg(port.name)
                                    .arg(port.port)
                                    .arg(kRecommendedStaticRpc.toString());
        } else {
            message = invalid ? tr("The static %1 port %2 on %3 is outside 1024-65535, which the Exchange Best "
                                   "Practices Analyzer treats as an error (S12).")
                                    .arg(port.name)
                                    .arg(port.port)
                                    .arg(serverNames(port.servers))
                              : tr("The static %1 port %2 on %3 is outside Microsoft's recommended range %4 (S12).")
                                    .arg(port.name)
                                    .arg(port.port)
                                    .arg(serverNames(port.servers), kRecommendedStaticRpc.toString());
        }
        add(invalid ? Severity::Error : Severity::Warning, QStringLiteral("static-rpc-out-of-range"), message,
            port.servers);
    }
    if (rpc.rpcClientAccessPort == rpc.addressBookPort) {
        add(Severity::Error, QStringLiteral("static-rpc-port-conflict"),
            tr("The RPC Client Access and Address Book services cannot share static port %1.")
                .arg(rpc.rpcClientAccessPort),
            ports[1].servers);
    }
    if (concerned.isEmpty()) {
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

// Servers marked for what only some roles do (Server::flagNames()): each must have such a role in its version (the
// catalog's entries restricted to the flag say which), and the mark means something only with its option on.
void Checks::serverFlags()
{
    serverFlag(QStringLiteral("hybridMailFlow"), QStringLiteral("hybrid-mail-flow"), QStringLiteral("hybrid"),
               tr("%1 is marked to carry hybrid mail flow, but none of its roles can in %2: Exchange Online connects "
                  "to Edge Transport (2010 and later), Hub Transport (2010), Client Access (2013) or Mailbox (2016 and "
                  "later) servers (M20)."),
               tr("Hybrid mail flow is marked on %1, but the hybrid option is off, so the mark changes no rule."));
    serverFlag(QStringLiteral("publicFolderDatabase"), QStringLiteral("public-folder-database"),
               QStringLiteral("publicFolders"),
               tr("%1 is marked as holding a public folder database, but none of its roles takes Outlook's public "
                  "folder connections in %2: only Exchange 2010 Mailbox servers do (S11)."),
               tr("Public folder databases are marked on %1, but the public folder databases option is off, so the "
                  "mark changes no rule."));
}

// roleMessage: %1 the server, %2 its version. optionOffMessage: %1 the marked servers.
void Checks::serverFlag(const QString& flag, const QString& code, const QString& option, const QString& roleMessage,
                        const QString& optionOffMessage)
{
    QStringList flagged;
    for (const Server& server : m_deployment.servers) {
        if (!server.hasFlag(flag))
            continue;
        flagged.append(server.id);
        const QString version = m_deployment.effectiveVersion(server);
        const bool applies = std::any_of(server.roles.begin(), server.roles.end(), [&](const QString& role) {
            return m_catalog.flagApplies(flag, role, version);
        });
        if (!applies) {
            add(Severity::Warning, code + QStringLiteral("-role"),
                roleMessage.arg(serverNames({server.id}), versionName(version)), {server.id});
        }
    }
    if (!flagged.isEmpty() && !m_deployment.options.isOn(option))
        add(Severity::Info, code + QStringLiteral("-without-option"), optionOffMessage.arg(serverNames(flagged)),
            flagged);
}

void Checks::plainMailboxAccessFromInternet()
{
    // Listeners before 2010 may take a password in clear; from 2010 on they wait for STARTTLS by default (M1, M2).
    QSet<int> groups[2];
    QSet<int> ports[2];
    for (const Flow& flow : m_flows.flows) {
        const EndpointGroup& from = m_flows.groups.at(flow.initiator);
        const EndpointGroup& to = m_flows.groups.at(flow.listener);
        const bool plain = flow.protocol == Protocol::Tcp &&
                           (flow.ports.contains(kPlainPop3Port) || flow.ports.contains(kPlainImap4Port)) &&
                           flow.ports.count() == 1;
        if (plain && from.zoneIndex != to.zoneIndex && zone(from).kind == u"internet" && !to.implicit) {
            const int secureLogin =
                m_catalog.versionRank(to.version) >= m_catalog.versionRank(QStringLiteral("2010")) ? 1 : 0;
            groups[secureLogin].insert(flow.listener);
            ports[secureLogin].insert(flow.ports.first);
        }
    }
    for (int secureLogin : {0, 1}) {
        if (groups[secureLogin].isEmpty())
            continue;
        QList<int> sorted(ports[secureLogin].begin(), ports[secureLogin].end());
        std::sort(sorted.begin(), sorted.end());
        QStringList names;
        for (int port : sorted)
            names.append(QString::number(port));
        const QString list = names.join(QStringLiteral(", "));
        if (secureLogin) {
            add(Severity::Info, QStringLiteral("plain-text-exposed"),
                tr("POP3/IMAP4 on TCP %1 is open to the Internet. It starts unencrypted, but by default Exchange "
                   "2010 and later accept a login only after the client has started TLS (LoginType SecureLogin; M1, "
                   "M2). Keep that setting, or offer only 995/993 outside.")
                    .arg(list),
                serversOf(groups[secureLogin]));
        } else {
            add(Severity::Warning, QStringLiteral("plain-text-exposed"),
                tr("POP3/IMAP4 without TLS (TCP %1) is open to the Internet: passwords and mail cross it in clear. "
                   "Offer only 995/993 outside.")
                    .arg(list),
                serversOf(groups[secureLogin]));
        }
    }
}

// An option whose every catalog entry belongs to versions this deployment does not run (UM in 2019, say). Where
// the run versions have the option's service as a server role (UM in 2007/2010), the role drives the flows: servers
// with that role satisfy the option, and without them the message points to the role.
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
                                                [&](const OptionExpression& e) { return e.needs(name); });
            if (!usesOption)
                continue;
            anyEntry = true;
            applies = applies || std::any_of(entry.versions.begin(), entry.versions.end(),
                                             [&](const QString& v) { return versions.contains(v); });
        }
        if (!anyEntry || applies)
            continue;
        const RoleInfo* servingRole = nullptr;
        for (const OptionServedByRole& pair : kOptionsServedByRoles) {
            if (name == QStringView(pair.option))
                servingRole = m_catalog.role(QString::fromUtf16(pair.role));
        }
        QStringList roleVersions;
        bool roleServers = false;
        if (servingRole) {
            for (const QString& version : std::as_const(versions)) {
                if (servingRole->existsIn(version))
                    roleVersions.append(versionName(version));
            }
            roleVersions.sort();
            roleServers = std::any_of(m_flows.groups.begin(), m_flows.groups.end(), [&](const EndpointGroup& g) {
                return !g.implicit && g.role == servingRole->id && servingRole->existsIn(g.version);
            });
        }
        if (roleServers)
            continue;
        if (!roleVersions.isEmpty()) {
            add(Severity::Warning, QStringLiteral("option-needs-role"),
                tr("Option %1 changes no rule: in %2, %3 is a server role of its own. Add %3 servers to the "
                   "deployment for its ports.")
                    .arg(OptionLabels::label(name), roleVersions.join(QStringLiteral(", ")), servingRole->name));
            continue;
        }
        QStringList names;
        for (const QString& version : std::as_const(versions))
            names.append(versionName(version));
        names.sort();
        add(Severity::Warning, QStringLiteral("option-not-in-version"),
            tr("Option %1 has no effect: %2 does not have this service.")
                .arg(OptionLabels::label(name), names.join(QStringLiteral(", "))));
    }
}

void Checks::umRtpRange()
{
    const PortRange& range = m_deployment.options.umRtpRange;
    if (range.isValid())
        return;
    add(Severity::Error, QStringLiteral("um-rtp-range-invalid"),
        tr("The Unified Messaging RTP range %1-%2 is not a valid port range (1-65535, first not above last); the "
           "matrix has no RTP rule until it is (S4).")
            .arg(range.first)
            .arg(range.last));
}

// SSL offloading at the reverse proxy where the catalog has no Microsoft support for the listener's version: the flow
// engine keeps the entry's port on that hop (the matrix never opens the offloaded port for it), and this says why.
void Checks::reverseProxyOffload()
{
    if (m_deployment.options.choice(QStringLiteral("reverseProxyTls")) != u"offload")
        return;
    QSet<int> groups;
    QStringList versions;
    QStringList sources;
    for (const Flow& flow : m_flows.flows) {
        const EndpointGroup& from = m_flows.groups.at(flow.initiator);
        const EndpointGroup& to = m_flows.groups.at(flow.listener);
        const CatalogEntry& entry = *flow.entry;
        if (!flow.published || entry.offloadPort == 0 || from.role != entry.publishedVia ||
            entry.offloadVersions.contains(to.version))
            continue;
        groups.insert(flow.initiator);
        groups.insert(flow.listener);
        if (!versions.contains(versionName(to.version)))
            versions.append(versionName(to.version));
        appendUnique(sources, entry.sources);
    }
    if (groups.isEmpty())
        return;
    QSet<int> proxies;
    for (int group : std::as_const(groups)) {
        if (m_flows.groups.at(group).role == u"reverse-proxy")
            proxies.insert(group);
    }
    versions.sort();
    add(Severity::Error, QStringLiteral("ssl-offload-unsupported"),
        tr("Reverse proxy %1 offloads TLS, but Microsoft does not support SSL offloading for %2 (%3): the matrix "
           "keeps HTTPS from the proxy to those servers. Use SSL bridging.")
            .arg(serverNames(serversOf(proxies)), versions.join(QStringLiteral(", ")),
                 sources.join(QStringLiteral(", "))),
        serversOf(groups));
}

void Checks::preauthenticationWithHybrid()
{
    const DeploymentOptions& options = m_deployment.options;
    if (!options.isOn(QStringLiteral("reverseProxyPreauth")) || !options.isOn(QStringLiteral("hybrid")))
        return;
    QSet<int> proxies;
    for (int i = 0; i < m_flows.groups.size(); ++i) {
        if (m_flows.groups.at(i).role == u"reverse-proxy")
            proxies.insert(i);
    }
    add(Severity::Warning, QStringLiteral("preauth-hybrid"),
        tr("The reverse proxy pre-authenticates users, but the hybrid endpoints (/ews/exchange.asmx/wssecurity, "
           "/autodiscover/autodiscover.svc, /ews/mrsproxy.svc) do not support pre-authentication: publish them as "
           "pass-through (S5)."),
        serversOf(proxies));
}

} // namespace

Validator::Validator(const PortCatalog& catalog)
    : m_catalog(catalog)
{}

QList<ValidationWarning> Validator::validate(const DeploymentData& deployment, const FlowSet& flows) const
{
    return Checks(m_catalog, deployment, flows).run();
}
