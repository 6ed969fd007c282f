// Cisco ASA configuration of one firewall. References: F3 (objects and object groups, names and their one name
// space), F4 (extended access lists with object groups, remarks of at most 100 characters, first match decides), F5
// (access-group … in interface) and F8 (access-list extended deny) of resources/catalog/sources.json.
#include "model/export/asawriter.h"

#include <QHash>
#include <QHostAddress>
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

constexpr int NameLimit = 64;    // object and object-group names (F3)
constexpr int RemarkLimit = 100; // access-list remarks (F4)

// Configuration text is ASCII on one line: anything else becomes a space or '?'.
QString asciiLine(const QString& text)
{
    QString line;
    line.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'\r' || c == u'\n' || c == u'\t')
            line += u' ';
        else if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            line += u'?';
        else
            line += c;
    }
    return line;
}

QString remarkText(const QString& text)
{
    const QString remark = asciiLine(text);
    return remark.size() <= RemarkLimit ? remark : remark.left(RemarkLimit - 3) + QStringLiteral("...");
}

// Hands out object names: only the characters F3 allows (others become '-'), at most NameLimit characters, each
// name once in the configuration's one name space.
class ObjectNames
{
public:
    QString take(const QString& wanted)
    {
        static const QRegularExpression disallowed(QStringLiteral("[^A-Za-z0-9._()!@#$%^&{}-]"));
        QString base = QString(wanted).replace(disallowed, QStringLiteral("-")).left(NameLimit);
        QString name = base;
        for (int n = 2; m_taken.contains(name.toLower()); ++n) {
            const QString suffix = u'-' + QString::number(n);
            name = base.left(NameLimit - suffix.size()) + suffix;
        }
        m_taken.insert(name.toLower());
        return name;
    }

private:
    QSet<QString> m_taken; // lower case: a name differing only in case reads as the same object
};

QString networkCommand(const IpNetwork& network)
{
    if (network.isSingleAddress())
        return QStringLiteral(" host ") + network.address().toString();
    if (network.isIPv6())
        return QStringLiteral(" subnet ") + network.toCidr();
    const quint32 mask = network.prefixLength() == 0 ? 0 : ~quint32(0) << (32 - network.prefixLength());
    return QStringLiteral(" subnet ") + network.address().toString() + u' ' + QHostAddress(mask).toString();
}

QString serviceObject(Protocol protocol, const PortRange& range)
{
    const QString head = QStringLiteral(" service-object ") + protocolId(protocol) + QStringLiteral(" destination ");
    if (range.isSingle())
        return head + QStringLiteral("eq ") + QString::number(range.first);
    return head + QStringLiteral("range ") + QString::number(range.first) + u' ' + QString::number(range.last);
}

} // namespace

AsaWriter::AsaWriter(const ExportInput& input)
    : m_input(input)
{}

bool AsaWriter::write(QIODevice* device)
{
    clearError();
    if (!device || !device->isWritable())
        return fail(tr("cannot write the configuration: the output is not open for writing"));
    const FirewallPlan& plan = *m_input.firewallPlan;
    const DeploymentData& deployment = *m_input.deployment;
    const FirewallRules* rules = plan.firewall(m_input.firewallId);
    if (!rules) {
        return fail(tr("no firewall \"%1\" in the deployment (its firewalls: %2)")
                        .arg(m_input.firewallId, FirewallExportTexts::firewallIds(plan)));
    }
    const Firewall& firewall = rules->firewall;
    static const QRegularExpression nameifPattern(QStringLiteral("^[A-Za-z0-9_.-]+$"));
    QHash<QString, QString> zoneOfInterface;
    for (const FirewallInterface& interface : firewall.interfaces) {
        if (!nameifPattern.match(interface.name).hasMatch()) {
            return fail(tr("firewall \"%1\": the interface \"%2\" (zone \"%3\") is not an ASA interface name (nameif): "
                           "letters, digits, '.', '-' or '_'")
                            .arg(firewall.id, interface.name, interface.zone));
        }
        zoneOfInterface.insert(interface.name, interface.zone);
    }
    // To-the-box traffic on an ASA is its own management; it runs no mail server, so rules ending on the firewall
    // host have no ASA form (an ACL on an interface filters traffic through the device, F5).
    if (!firewall.localZone.isEmpty()) {
        return fail(tr("firewall \"%1\" runs the servers of zone \"%2\" on itself (local); a Cisco ASA cannot run "
                       "them, and its access rules filter only traffic through it: export this firewall for nftables "
                       "(a Linux firewall host), or give the zone an interface of the firewall instead of local")
                        .arg(firewall.id, firewall.localZone));
    }
    const QStringList missing = FirewallExportTexts::missingAddresses(*rules, plan, deployment);
    if (!missing.isEmpty())
        return fail(FirewallExportTexts::missingAddressError(firewall.id, missing));

    const auto zoneName = [&](const QString& id) {
        const Zone* zone = deployment.zone(id);
        return zone ? asciiLine(zone->name) + QStringLiteral(" (") + id + u')' : id;
    };
    const QHash<QString, const Server*> servers = FirewallExportTexts::serversById(deployment);
    ObjectNames names;
    QString objects;                    // object network …
    QString groups;                     // object-group network …
    QString services;                   // object-group service …
    QHash<QString, QString> objectOf;   // "<zone>\n<cidr>" → object network name
    QHash<int, QString> groupOfSet;     // address set → object-group network name
    QHash<int, QString> groupOfService; // service group → object-group service name
    QHash<QString, int> subnetsOfZone;

    const auto networkObject = [&](const AddressSet& set, const IpNetwork& network,
                                   const QHash<QString, QString>& serverOfAddress) {
        const QString key = set.zone + u'\n' + network.toCidr();
        if (const auto found = objectOf.constFind(key); found != objectOf.cend())
            return *found;
        const QString server = network.isSingleAddress() ? serverOfAddress.value(network.toCidr()) : QString();
        QString name;
        QString description;
        if (!server.isEmpty()) {
            const Server* known = servers.value(server);
            name = names.take(QStringLiteral("host-") + server);
            description = (known ? known->name : server) + QStringLiteral(" (") + server + QStringLiteral("), zone ") +
                          zoneName(set.zone);
        } else {
            name = names.take(QStringLiteral("subnet-%1-%2").arg(set.zone).arg(++subnetsOfZone[set.zone]));
            description = QStringLiteral("network of zone ") + zoneName(set.zone);
        }
        objects += QStringLiteral("object network ") + name + u'\n' + networkCommand(network) + u'\n' +
                   QStringLiteral(" description ") + asciiLine(description) + u'\n';
        objectOf.insert(key, name);
        return name;
    };
    // "Any address" of the Internet is any address but the deployment's own (as in the nftables output): an entry
    // with "any" is preceded by a deny of these networks, so that behind back-to-back firewalls the inner one does
    // not let the DMZ's hosts in on the Internet's rules. Access lists are read top down, first match wins (F4).
    QString ownNetworks;
    const auto ownNetworksGroup = [&]() -> QString {
        if (!ownNetworks.isEmpty())
            return ownNetworks;
        QStringList members;
        for (const Zone& zone : deployment.zones) {
            if (zone.kind == QLatin1String("internet"))
                continue;
            AddressSet set;
            set.zone = zone.id;
            for (const IpNetwork& network : zone.networks)
                members.append(QStringLiteral(" network-object object ") + networkObject(set, network, {}));
        }
        if (members.isEmpty())
            return {};
        ownNetworks = names.take(QStringLiteral("not-internet"));
        groups += QStringLiteral("object-group network ") + ownNetworks + u'\n' +
                  QStringLiteral(" description the deployment's own networks: the Internet (any) is any address but "
                                 "these\n") +
                  members.join(u'\n') + u'\n';
        return ownNetworks;
    };
    const auto addressOf = [&](int index) -> QString {
        const AddressSet& set = plan.addressSets.at(index);
        if (set.kind == AddressSet::Kind::Any)
            return QStringLiteral("any");
        if (const auto found = groupOfSet.constFind(index); found != groupOfSet.cend())
            return QStringLiteral("object-group ") + *found;
        QHash<QString, QString> serverOfAddress;
        if (set.kind == AddressSet::Kind::Servers) {
            for (const QString& endpoint : set.endpoints) {
                const Server* server = servers.value(endpoint);
                if (const auto address = server ? hostAddress(server->host) : std::nullopt)
                    serverOfAddress.insert(IpNetwork::ofAddress(*address).toCidr(), endpoint);
            }
        }
        QStringList members;
        for (const IpNetwork& network : set.networks)
            members.append(QStringLiteral(" network-object object ") + networkObject(set, network, serverOfAddress));
        const QString name = names.take(set.name);
        const QString what = set.kind == AddressSet::Kind::ZoneNetworks ? QStringLiteral("networks of zone %1, for %2")
                                                                        : QStringLiteral("addresses in zone %1 of %2");
        groups += QStringLiteral("object-group network ") + name + u'\n' + QStringLiteral(" description ") +
                  asciiLine(what.arg(zoneName(set.zone), set.endpoints.join(QStringLiteral(", ")))).left(200) + u'\n' +
                  members.join(u'\n') + u'\n';
        groupOfSet.insert(index, name);
        return QStringLiteral("object-group ") + name;
    };
    const auto serviceOf = [&](int index) {
        if (const auto found = groupOfService.constFind(index); found != groupOfService.cend())
            return *found;
        const ServiceGroup& service = plan.serviceGroups.at(index);
        const QString name = names.take(service.name);
        services += QStringLiteral("object-group service ") + name + u'\n';
        for (const PortRange& range : service.ports)
            services += serviceObject(service.protocol, range) + u'\n';
        groupOfService.insert(index, name);
        return name;
    };

    // One ACL per ingress interface, in the order the interfaces first take traffic.
    QStringList ingresses;
    QHash<QString, QString> aclOf;
    QHash<QString, QString> entriesOf;
    QHash<QString, QString> anyEntriesOf;
    for (const FirewallRuleGroup& group : rules->groups) {
        if (!aclOf.contains(group.ingress)) {
            ingresses.append(group.ingress);
            aclOf.insert(group.ingress, group.ingress + QStringLiteral("_access_in"));
        }
        const QString acl = aclOf.value(group.ingress);
        const QString comment = QStringLiteral("to ") + group.egress + QStringLiteral(", ") +
                                FirewallExportTexts::groupComment(*rules, group);
        const QString service = serviceOf(group.serviceGroup);
        const QString source = addressOf(group.sources);
        const QString destination = addressOf(group.destinations);
        const QString head = QStringLiteral("access-list ") + acl + QStringLiteral(" extended ");
        QString entry = QStringLiteral("access-list ") + acl + QStringLiteral(" remark ") + remarkText(comment) + u'\n';
        const bool anySide = source == u"any" || destination == u"any";
        if (const QString own = anySide ? ownNetworksGroup() : QString(); !own.isEmpty()) {
            if (source == u"any")
                entry += head + QStringLiteral("deny object-group ") + service + QStringLiteral(" object-group ") +
                         own + u' ' + destination + u'\n';
            if (destination == u"any")
                entry += head + QStringLiteral("deny object-group ") + service + u' ' + source +
                         QStringLiteral(" object-group ") + own + u'\n';
        }
        entry += head + QStringLiteral("permit object-group ") + service + u' ' + source + u' ' + destination + u'\n';
        // Entries for the Internet ("any") go after the others of their ACL: their deny of the deployment's own
        // networks must not come before a permit another entry gives those networks.
        (anySide ? anyEntriesOf : entriesOf)[group.ingress] += entry;
    }

    const PortCatalog& catalog = *m_input.catalog;
    const PortMatrix& matrix = *m_input.matrix;
    const VersionInfo* version = catalog.version(matrix.exchangeVersion);
    QString out = QStringLiteral("! Cisco ASA configuration of the firewall \"%1\" (%2)\n"
                                 "! for the Exchange deployment \"%3\" (%4),\n"
                                 "! written by Portolan: what this firewall must allow, and nothing more.\n")
                      .arg(asciiLine(firewall.name), firewall.id, asciiLine(matrix.deploymentName),
                           version ? version->name : matrix.exchangeVersion);
    out += QStringLiteral("! For ASA software 9.x: enter it in global configuration mode. Each ACL permits only what\n"
                          "! the matrix needs; the ACL's implicit deny drops the rest. To replace an earlier version,\n"
                          "! first remove its ACLs (clear configure access-list NAME).\n"
                          "! \"any\" is the Internet: an entry with it comes last in its ACL, after a deny of the\n"
                          "! deployment's own networks (not-internet, where they are known), so that those networks\n"
                          "! get only what their own entries permit.\n"
                          "!\n! Interfaces (nameif):\n");
    for (const FirewallInterface& interface : firewall.interfaces)
        out += QStringLiteral("!   %1  %2\n").arg(interface.name.leftJustified(12), zoneName(interface.zone));
    out += QStringLiteral("!\n! References:\n");
    for (const QString& line : FirewallExportTexts::references(
             catalog, {QStringLiteral("F3"), QStringLiteral("F4"), QStringLiteral("F5"), QStringLiteral("F8")}))
        out += QStringLiteral("!   ") + line + u'\n';
    if (ingresses.isEmpty()) {
        out += QStringLiteral("!\n! No rule of the matrix crosses this firewall: there is nothing to allow.\n");
    } else {
        out += QStringLiteral("!\n") + objects + QStringLiteral("!\n") + groups + QStringLiteral("!\n") + services;
        for (const QString& ingress : std::as_const(ingresses)) {
            out += QStringLiteral("!\n! Traffic entering %1 from %2\n")
                       .arg(ingress, zoneName(zoneOfInterface.value(ingress)));
            out += entriesOf.value(ingress) + anyEntriesOf.value(ingress);
        }
        out += QStringLiteral("!\n");
        for (const QString& ingress : std::as_const(ingresses))
            out += QStringLiteral("access-group ") + aclOf.value(ingress) + QStringLiteral(" in interface ") + ingress +
                   u'\n';
    }

    const QByteArray bytes = out.toUtf8();
    if (device->write(bytes) != bytes.size())
        return fail(tr("cannot write the configuration: %1").arg(device->errorString()));
    return true;
}
