// nftables ruleset of one firewall. References: F1 (nft(8): inet tables, base chains, ct state, iifname/oifname,
// named sets, comments of at most 128 characters, nft -c -f) and F2 (nftables wiki: named sets, type ipv4_addr /
// ipv6_addr, flags interval) of resources/catalog/sources.json.
#include "model/export/nftableswriter.h"

#include <algorithm>
#include <cstring>

#include <QHash>
#include <QIODevice>
#include <QRegularExpression>
#include <QSet>

#include "model/deploymentdata.h"
#include "model/export/firewallexporttexts.h"
#include "model/firewallplan.h"
#include "model/ipnetwork.h"
#include "model/portcatalog.h"
#include "model/portmatrix.h"

namespace {

constexpr int CommentLimit = 128;  // nft refuses longer rule comments (F1)
constexpr int InterfaceLimit = 15; // IFNAMSIZ less the terminating zero
constexpr int LineWidth = 100;     // where a set's element list wraps
constexpr int ListedEndpoints = 8; // a set's comment names this many of its endpoints, then counts the rest

const QString Indent = QStringLiteral("\t");

bool hasFamily(const AddressSet& set, bool v6)
{
    return std::any_of(set.networks.cbegin(), set.networks.cend(),
                       [v6](const IpNetwork& network) { return network.isIPv6() == v6; });
}

// By first address, then the wider network first: a network then comes before everything inside it.
bool startsBefore(const IpNetwork& a, const IpNetwork& b)
{
    if (a.isIPv6() != b.isIPv6())
        return !a.isIPv6();
    if (a.isIPv6()) {
        const Q_IPV6ADDR x = a.address().toIPv6Address();
        const Q_IPV6ADDR y = b.address().toIPv6Address();
        if (const int order = std::memcmp(x.c, y.c, sizeof x.c))
            return order < 0;
    } else if (a.address().toIPv4Address() != b.address().toIPv4Address()) {
        return a.address().toIPv4Address() < b.address().toIPv4Address();
    }
    return a.prefixLength() < b.prefixLength();
}

// The networks of one family without those inside another: nft refuses overlapping elements in an interval set.
QList<IpNetwork> elementsOf(const AddressSet& set, bool v6)
{
    QList<IpNetwork> networks;
    for (const IpNetwork& network : set.networks) {
        if (network.isIPv6() == v6)
            networks.append(network);
    }
    std::sort(networks.begin(), networks.end(), startsBefore);
    QList<IpNetwork> elements;
    for (const IpNetwork& network : std::as_const(networks)) {
        // CIDR blocks nest or are apart, and sorted by start the last one kept is the only one that can hold this.
        if (elements.isEmpty() || !elements.last().contains(network))
            elements.append(network);
    }
    return elements;
}

QString setName(const AddressSet& set, bool v6)
{
    return set.name + (v6 ? QStringLiteral("-v6") : QStringLiteral("-v4"));
}

QString portsText(const ServiceGroup& service)
{
    QStringList ports;
    for (const PortRange& range : service.ports)
        ports.append(range.toString());
    return ports.size() == 1 ? ports.first() : u"{ " + ports.join(QStringLiteral(", ")) + QStringLiteral(" }");
}

// Text for a '#' comment: one line.
QString oneLine(QString text)
{
    static const QRegularExpression breaks(QStringLiteral("[\\r\\n\\t]+"));
    return text.replace(breaks, QStringLiteral(" "));
}

// A rule comment nft accepts: no quote or backslash, at most CommentLimit bytes.
QString commentText(const QString& text)
{
    QString comment = oneLine(text);
    comment.remove(u'"');
    comment.remove(u'\\');
    if (comment.toUtf8().size() <= CommentLimit)
        return comment;
    while (comment.toUtf8().size() > CommentLimit - 3)
        comment.chop(1);
    return comment + QStringLiteral("...");
}

bool isInterfaceName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_.-]{1,%1}$").arg(InterfaceLimit));
    return pattern.match(name).hasMatch();
}

// "edge01, edge02, … and 12 more"
QString endpointList(const QStringList& endpoints)
{
    if (endpoints.size() <= ListedEndpoints)
        return endpoints.join(QStringLiteral(", "));
    return endpoints.first(ListedEndpoints).join(QStringLiteral(", ")) +
           QStringLiteral(" and %1 more").arg(endpoints.size() - ListedEndpoints);
}

// elements = { a, b, c }, wrapped below the set's other lines when long.
QString elementsLine(const QList<IpNetwork>& elements)
{
    QStringList items;
    for (const IpNetwork& element : elements)
        items.append(element.toString());
    const QString single = QStringLiteral("elements = { ") + items.join(QStringLiteral(", ")) + QStringLiteral(" }");
    if (single.size() <= LineWidth)
        return Indent + Indent + single + u'\n';
    QString text = Indent + Indent + QStringLiteral("elements = {\n");
    QString line;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString item = items.at(i) + (i + 1 < items.size() ? QStringLiteral(",") : QString());
        if (!line.isEmpty() && line.size() + 1 + item.size() > LineWidth) {
            text += Indent + Indent + Indent + line + u'\n';
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + item;
    }
    text += Indent + Indent + Indent + line + u'\n';
    return text + Indent + Indent + QStringLiteral("}\n");
}

// "set NAME { type …; flags interval; elements = { … } }" of one family, under a comment line.
QString setDefinition(const AddressSet& set, bool v6, const QString& comment)
{
    QString out = Indent + QStringLiteral("# ") + comment + u'\n';
    out += Indent + QStringLiteral("set ") + setName(set, v6) + QStringLiteral(" {\n");
    out += Indent + Indent + (v6 ? QStringLiteral("type ipv6_addr\n") : QStringLiteral("type ipv4_addr\n"));
    out += Indent + Indent + QStringLiteral("flags interval\n");
    out += elementsLine(elementsOf(set, v6));
    return out + Indent + QStringLiteral("}\n\n");
}

} // namespace

NftablesWriter::NftablesWriter(const ExportInput& input)
    : m_input(input)
{}

bool NftablesWriter::write(QIODevice* device)
{
    clearError();
    m_ruleCount = 0;
    if (!device || !device->isWritable())
        return fail(tr("cannot write the ruleset: the output is not open for writing"));
    const FirewallPlan& plan = *m_input.firewallPlan;
    const DeploymentData& deployment = *m_input.deployment;
    const FirewallRules* rules = plan.firewall(m_input.firewallId);
    if (!rules) {
        return fail(tr("no firewall \"%1\" in the deployment (its firewalls: %2)")
                        .arg(m_input.firewallId, FirewallExportTexts::firewallIds(plan)));
    }
    const Firewall& firewall = rules->firewall;
    QHash<QString, QString> zoneOfInterface;
    for (const FirewallInterface& interface : firewall.interfaces) {
        if (!isInterfaceName(interface.name)) {
            return fail(tr("firewall \"%1\": the interface \"%2\" (zone \"%3\") is not a Linux interface name: at most "
                           "%4 letters, digits, '.', '-' or '_'")
                            .arg(firewall.id, interface.name, interface.zone)
                            .arg(InterfaceLimit));
        }
        zoneOfInterface.insert(interface.name, interface.zone);
    }
    const QStringList missing = FirewallExportTexts::missingAddresses(*rules, plan, deployment);
    if (!missing.isEmpty())
        return fail(FirewallExportTexts::missingAddressError(firewall.id, missing));

    // "Any address" (an Internet zone without networks) is any address but the deployment's own: behind back-to-back
    // firewalls the inner one sees the Internet's traffic come in through the DMZ's interface, and a rule without a
    // source would let the DMZ's own hosts through as well. Its networks are the zones' other than the Internet's.
    AddressSet internal;
    internal.name = QStringLiteral("not-internet");
    for (const Zone& zone : deployment.zones) {
        if (zone.kind != QLatin1String("internet"))
            internal.networks += zone.networks;
    }
    bool internalUsed[2] = {false, false};

    // The rules, by interface pair in the order the pairs first appear, and the sets they use.
    QStringList pairs;
    QHash<QString, QString> rulesOfPair;
    QList<std::pair<int, bool>> usedSets; // (address set, IPv6), in order of first use
    QSet<QString> usedSetNames;
    QStringList familyProblems;
    const auto match = [&](const char* direction, int index, bool v6) -> QString {
        const AddressSet& set = plan.addressSets.at(index);
        const QString family = v6 ? QStringLiteral("ip6 ") : QStringLiteral("ip ");
        if (set.kind == AddressSet::Kind::Any) {
            if (!hasFamily(internal, v6))
                return {};
            internalUsed[v6] = true;
            return family + QLatin1String(direction) + QStringLiteral(" != @") + setName(internal, v6) + u' ';
        }
        const QString name = setName(set, v6);
        if (!usedSetNames.contains(name)) {
            usedSetNames.insert(name);
            usedSets.append({index, v6});
        }
        return family + QLatin1String(direction) + QStringLiteral(" @") + name + u' ';
    };
    for (const FirewallRuleGroup& group : rules->groups) {
        const AddressSet& sources = plan.addressSets.at(group.sources);
        const AddressSet& destinations = plan.addressSets.at(group.destinations);
        const ServiceGroup& service = plan.serviceGroups.at(group.serviceGroup);
        const QString comment = FirewallExportTexts::groupComment(*rules, group);
        const QString pair = group.ingress + u'\n' + group.egress;
        // The firewall host's own side (its local zone) is matched by the chain: input for what comes to it, output
        // for what it sends; it is any of the host's addresses.
        QString head = Indent + Indent;
        if (!group.fromHost())
            head += QStringLiteral("iifname \"%1\" ").arg(group.ingress);
        if (!group.toHost())
            head += QStringLiteral("oifname \"%1\" ").arg(group.egress);
        const QString tail = protocolId(service.protocol) + QStringLiteral(" dport ") + portsText(service) +
                             QStringLiteral(" accept comment \"") + commentText(comment) + QStringLiteral("\"\n");
        const bool anySource = group.fromHost() || sources.kind == AddressSet::Kind::Any;
        const bool anyDestination = group.toHost() || destinations.kind == AddressSet::Kind::Any;
        QList<std::pair<bool, QString>> lines; // (IPv6, address matches) per family the rule applies to
        for (const bool v6 : {false, true}) {
            if ((anySource || hasFamily(sources, v6)) && (anyDestination || hasFamily(destinations, v6))) {
                lines.append({v6, (group.fromHost() ? QString() : match("saddr", group.sources, v6)) +
                                      (group.toHost() ? QString() : match("daddr", group.destinations, v6))});
            }
        }
        // No address in either family ("any" or the host on both sides, no own networks): one rule for both.
        if (lines.size() == 2 && lines.first().second.isEmpty() && lines.last().second.isEmpty())
            lines = {{false, QString()}};
        else
            for (auto& [v6, addresses] : lines) {
                if (addresses.isEmpty()) // no address to match in this family: the family alone
                    addresses = v6 ? QStringLiteral("meta nfproto ipv6 ") : QStringLiteral("meta nfproto ipv4 ");
            }
        const int count = int(lines.size());
        QString text;
        for (const auto& line : std::as_const(lines))
            text += head + line.second + tail;
        if (count == 0) {
            familyProblems.append(
                tr("%1: the sources (%2) and the destinations (%3) have no address family in common; give them "
                   "IPv4 or IPv6 addresses of the same family")
                    .arg(comment, sources.name, destinations.name));
            continue;
        }
        if (!rulesOfPair.contains(pair))
            pairs.append(pair);
        rulesOfPair[pair] += text;
        m_ruleCount += count;
    }
    if (!familyProblems.isEmpty()) {
        m_ruleCount = 0;
        return fail(tr("firewall \"%1\": %2").arg(firewall.id, familyProblems.join(QStringLiteral("\n  "))));
    }

    const PortCatalog& catalog = *m_input.catalog;
    const PortMatrix& matrix = *m_input.matrix;
    const auto zoneName = [&](const QString& id) {
        const Zone* zone = deployment.zone(id);
        return zone ? oneLine(zone->name) + QStringLiteral(" (") + id + u')' : id;
    };
    const VersionInfo* version = catalog.version(matrix.exchangeVersion);
    QString out = QStringLiteral("#!/usr/sbin/nft -f\n");
    out +=
        QStringLiteral("# nftables ruleset of the firewall \"%1\" (%2)\n# for the Exchange deployment \"%3\" (%4),\n")
            .arg(oneLine(firewall.name), firewall.id, oneLine(matrix.deploymentName),
                 version ? version->name : matrix.exchangeVersion);
    out += firewall.localZone.isEmpty()
               ? QStringLiteral("# written by Portolan: what this firewall must forward between its interfaces, and "
                                "nothing more.\n")
               : QStringLiteral("# written by Portolan: what this firewall must forward between its interfaces and let "
                                "in and out\n# of itself for the servers it runs, and nothing more.\n");
    out += QStringLiteral("# Check it with `nft -c -f FILE`, load it with `nft -f FILE`: the table inet portolan is\n"
                          "# replaced as a whole in one transaction; the rest of the ruleset stays as it is.\n#\n"
                          "# Interfaces:\n");
    for (const FirewallInterface& interface : firewall.interfaces)
        out +=
            QStringLiteral("#   %1  %2\n").arg(interface.name.leftJustified(InterfaceLimit), zoneName(interface.zone));
    if (!firewall.localZone.isEmpty()) {
        out += QStringLiteral("#   %1  %2: its servers run on this host\n")
                   .arg(QStringLiteral("(this host)").leftJustified(InterfaceLimit), zoneName(firewall.localZone));
        out += QStringLiteral(
            "#\n"
            "# WARNING: this host runs servers of the deployment, so the input and output chains filter its own\n"
            "# traffic with policy drop: only what the matrix lists reaches it or leaves it (and loopback, replies,\n"
            "# IPv6 neighbour discovery). The matrix lists no management access: loading this over SSH locks you\n"
            "# out. Add your own access first (for example an SSH rule from your admin network in the input chain),\n"
            "# and the host's other traffic it needs (updates, time, a resolver the matrix does not name).\n");
    }
    out += QStringLiteral("#\n# References:\n");
    for (const QString& line : FirewallExportTexts::references(catalog, {QStringLiteral("F1"), QStringLiteral("F2")}))
        out += QStringLiteral("#   ") + line + u'\n';
    out += QStringLiteral("\ntable inet portolan\ndelete table inet portolan\n\ntable inet portolan {\n");

    const QHash<QString, const Server*> servers = FirewallExportTexts::serversById(deployment);
    for (const auto& [index, v6] : std::as_const(usedSets)) {
        const AddressSet& set = plan.addressSets.at(index);
        const QString what = set.kind == AddressSet::Kind::ZoneNetworks ? QStringLiteral("networks of zone %1, for %2")
                                                                        : QStringLiteral("addresses in zone %1 of %2");
        // A set of servers' own addresses names, per family, the servers whose address it holds.
        QStringList endpoints;
        for (const QString& endpoint : set.endpoints) {
            const Server* server = servers.value(endpoint);
            const auto address = server ? hostAddress(server->host) : std::nullopt;
            if (set.kind != AddressSet::Kind::Servers || !address ||
                (address->protocol() == QAbstractSocket::IPv6Protocol) == v6)
                endpoints.append(endpoint);
        }
        out += setDefinition(set, v6, what.arg(zoneName(set.zone), endpointList(endpoints)));
    }
    for (const bool v6 : {false, true}) {
        if (internalUsed[v6])
            out += setDefinition(internal, v6,
                                 QStringLiteral("the networks of the deployment's own zones: \"any address\" of the "
                                                "Internet is any address but these"));
    }

    // The rules of one chain: those between interfaces (forward), to the host (input) or from it (output).
    const auto chainRules = [&](bool toHost, bool fromHost) {
        QString text;
        for (const QString& pair : std::as_const(pairs)) {
            const QString ingress = pair.section(u'\n', 0, 0);
            const QString egress = pair.section(u'\n', 1, 1);
            if (ingress.isEmpty() != fromHost || egress.isEmpty() != toHost)
                continue;
            const auto side = [](const QString& interface) {
                return interface.isEmpty() ? QStringLiteral("this host") : interface;
            };
            text += u'\n' + Indent + Indent +
                    QStringLiteral("# %1 -> %2: %3 -> %4\n")
                        .arg(side(ingress), side(egress),
                             zoneName(fromHost ? firewall.localZone : zoneOfInterface.value(ingress)),
                             zoneName(toHost ? firewall.localZone : zoneOfInterface.value(egress)));
            text += rulesOfPair.value(pair);
        }
        return text;
    };
    const auto chain = [&](const QString& hook, const QString& loopback, const QString& rulesText,
                           const QString& none) {
        out += Indent + QStringLiteral("chain %1 {\n").arg(hook);
        out += Indent + Indent + QStringLiteral("type filter hook %1 priority filter; policy drop;\n").arg(hook);
        if (!loopback.isEmpty()) {
            out += Indent + Indent + loopback + QStringLiteral(" \"lo\" accept\n");
            ++m_ruleCount;
        }
        out += Indent + Indent + QStringLiteral("ct state established,related accept\n");
        out += Indent + Indent + QStringLiteral("ct state invalid drop\n");
        m_ruleCount += 2;
        if (!loopback.isEmpty()) { // IPv6 needs neighbour discovery on every link the host has an address on
            out += Indent + Indent +
                   QStringLiteral("icmpv6 type { nd-neighbor-solicit, nd-neighbor-advert, "
                                  "nd-router-solicit, nd-router-advert } accept\n");
            ++m_ruleCount;
        }
        out += rulesText.isEmpty() ? Indent + Indent + QStringLiteral("# ") + none + u'\n' : rulesText;
        out += Indent + QStringLiteral("}\n");
    };
    chain(QStringLiteral("forward"), {}, chainRules(false, false),
          QStringLiteral("No rule of the matrix crosses this firewall."));
    if (!firewall.localZone.isEmpty()) {
        out += u'\n';
        chain(QStringLiteral("input"), QStringLiteral("iif"), chainRules(true, false),
              QStringLiteral("No rule of the matrix ends on this host."));
        out += u'\n';
        chain(QStringLiteral("output"), QStringLiteral("oif"), chainRules(false, true),
              QStringLiteral("No rule of the matrix starts on this host."));
    }
    out += QStringLiteral("}\n");

    const QByteArray bytes = out.toUtf8();
    if (device->write(bytes) != bytes.size()) {
        m_ruleCount = 0;
        return fail(tr("cannot write the ruleset: %1").arg(device->errorString()));
    }
    return true;
}
