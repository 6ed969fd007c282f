#include "model/export/reportbuilder.h"

#include <algorithm>
#include <map>

#include <QDate>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include "model/catalogtexts.h"
#include "model/deploymentdata.h"
#include "model/export/exportinput.h"
#include "model/firewalltopology.h"
#include "model/portcatalog.h"
#include "model/portmatrix.h"
#include "model/portolanversion.h"
#include "model/probeevidence.h"
#include "model/registrysettings.h"

namespace {

QString joined(const QStringList& list)
{
    return list.join(QStringLiteral(", "));
}

ReportBlock block(ReportBlock::Kind kind, const QString& text = {})
{
    ReportBlock b;
    b.kind = kind;
    b.text = text;
    return b;
}

ReportBlock tableBlock(const QStringList& header, const QList<qreal>& widths)
{
    ReportBlock b = block(ReportBlock::Kind::Table);
    b.table.header = header;
    b.table.widths = widths;
    return b;
}

QString portsOf(const MatrixRule& rule)
{
    return protocolId(rule.protocol).toUpper() + u' ' + rule.ports.toString();
}

} // namespace

ReportBuilder::ReportBuilder(const ExportInput& input)
    : m_input(input)
    , m_texts(CatalogTexts::user())
{
    for (const Server& server : input.deployment->servers)
        m_servers.insert(server.id, &server);
    for (const Zone& zone : input.deployment->zones)
        m_zoneNames.insert(zone.id, zone.name.isEmpty() ? zone.id : zone.name);
    m_compact = input.matrix->rowCount() > CompactRows;
    if (m_compact) {
        for (int row = 0; row < input.matrix->rowCount(); ++row) {
            const MatrixRule* rule = input.matrix->ruleAt(row);
            if (!m_serviceNumbers.contains(rule->entry)) {
                m_serviceNumbers.insert(rule->entry, int(m_services.size()) + 1);
                m_services.append(rule);
            }
        }
    }
}

QString ReportBuilder::documentTitle() const
{
    const QString name = m_input.deployment->name;
    return name.isEmpty() ? tr("Port report") : tr("Port report: %1").arg(name);
}

QString ReportBuilder::zoneName(const QString& id) const
{
    return m_zoneNames.value(id, id);
}

QString ReportBuilder::endpointName(const QString& id) const
{
    if (const Server* server = m_servers.value(id))
        return server->name.isEmpty() ? id : server->name;
    const qsizetype colon = id.indexOf(u':');
    if (colon < 0)
        return id;
    const RoleInfo* role = m_input.catalog->role(id.mid(colon + 1));
    return (role ? role->name : id.mid(colon + 1)) + QStringLiteral(" (") + zoneName(id.left(colon)) + u')';
}

QString ReportBuilder::endpointList(const QStringList& ids) const
{
    // Rules of one zone pair share their server lists: each list is written once.
    const QString key = ids.join(u'\n');
    if (const auto found = m_endpointLists.constFind(key); found != m_endpointLists.cend())
        return *found;
    QStringList names;
    names.reserve(ids.size());
    for (const QString& id : ids)
        names.append(endpointName(id));
    return *m_endpointLists.insert(key, compactNames(names));
}

namespace {

// "FRA001" → prefix "FRA", number 1, width 3; a name without trailing digits has width 0.
struct NumberedName
{
    QStringView prefix;
    qlonglong number = 0;
    qsizetype width = 0;
};

NumberedName splitNumber(const QString& name)
{
    qsizetype start = name.size();
    while (start > 0 && name.at(start - 1).isDigit() && name.size() - start < 18)
        --start;
    NumberedName split;
    split.prefix = QStringView(name).left(start);
    split.width = name.size() - start;
    if (split.width > 0)
        split.number = QStringView(name).mid(start).toLongLong();
    return split;
}

} // namespace

QString ReportBuilder::compactNames(const QStringList& names)
{
    // Runs of three or more names that differ only in a consecutive number of the same width ("FRA001", "FRA002",
    // "FRA003") are written as "FRA001–FRA003": nothing is left out, and 200 numbered servers fit in one line.
    QStringList out;
    qsizetype i = 0;
    while (i < names.size()) {
        const NumberedName first = splitNumber(names.at(i));
        qsizetype end = i + 1;
        if (first.width > 0) {
            qlonglong expected = first.number + 1;
            while (end < names.size()) {
                const NumberedName next = splitNumber(names.at(end));
                if (next.width != first.width || next.number != expected || next.prefix != first.prefix)
                    break;
                ++expected;
                ++end;
            }
        }
        if (end - i >= 3) {
            out.append(names.at(i) + QStringLiteral("–") + names.at(end - 1));
            i = end;
        } else {
            out.append(names.at(i));
            ++i;
        }
    }
    return joined(out);
}

QString ReportBuilder::roleSummary(const QStringList& ids) const
{
    // "Mailbox ×38, Edge Transport ×2, Outlook clients": who opens the connections, by role; the firewall tables
    // name each server.
    std::map<QString, int> servers;
    QStringList actors;
    for (const QString& id : ids) {
        const Server* server = m_servers.value(id);
        if (!server) {
            const RoleInfo* info = m_input.catalog->role(id.mid(id.indexOf(u':') + 1));
            const QString actor = info ? info->name : id;
            if (!actors.contains(actor))
                actors.append(actor);
            continue;
        }
        for (const QString& role : server->roles) {
            const RoleInfo* info = m_input.catalog->role(role);
            ++servers[info ? info->name : role];
        }
    }
    QStringList parts;
    for (const auto& [role, count] : servers)
        parts.append(count == 1 ? role : QStringLiteral("%1 ×%2").arg(role).arg(count));
    return joined(parts + actors);
}

QString ReportBuilder::serviceNumber(const MatrixRule& rule) const
{
    return u'A' + QString::number(m_serviceNumbers.value(rule.entry));
}

QString ReportBuilder::ruleLine(const MatrixRule& rule) const
{
    const QString zones =
        rule.from == rule.to ? zoneName(rule.from) : zoneName(rule.from) + QStringLiteral(" → ") + zoneName(rule.to);
    return zones + QStringLiteral(": ") + portsOf(rule) + QStringLiteral(" (") + m_texts.service(rule) + u')';
}

ReportDocument ReportBuilder::build() const
{
    ReportDocument out;
    addTitle(out);
    out.append(block(ReportBlock::Kind::Contents, tr("Contents")));
    if (m_input.diagram)
        out.append(block(ReportBlock::Kind::Diagram, tr("Topology")));
    addFirewalls(out);
    if (!m_input.deployment->firewalls.isEmpty())
        addRulesPerFirewall(out);
    addWarnings(out);
    addServers(out);
    if (m_input.probe && !m_input.probe->isEmpty())
        addEvidence(out);
    addAppendix(out);
    return out;
}

void ReportBuilder::addTitle(ReportDocument& out) const
{
    const DeploymentData& deployment = *m_input.deployment;
    const PortMatrix& matrix = *m_input.matrix;
    out.append(
        block(ReportBlock::Kind::Title, deployment.name.isEmpty() ? tr("Untitled deployment") : deployment.name));
    if (!deployment.description.isEmpty())
        out.append(block(ReportBlock::Kind::Paragraph, deployment.description));

    QStringList versions;
    const auto versionName = [this](const QString& id) {
        const VersionInfo* version = m_input.catalog->version(id);
        return version ? version->name : id;
    };
    versions.append(versionName(deployment.exchangeVersion));
    for (const Server& server : deployment.servers) {
        if (!server.version.isEmpty() && !versions.contains(versionName(server.version)))
            versions.append(versionName(server.version));
    }
    ReportBlock facts = tableBlock({}, {0.3, 0.7});
    facts.table.rows = {
        {tr("Exchange version"), joined(versions)},
        {tr("Date"), QLocale().toString(QDate::currentDate(), QLocale::LongFormat)},
        {tr("Deployment file"),
         m_input.sourcePath.isEmpty() ? tr("not saved") : QFileInfo(m_input.sourcePath).absoluteFilePath()},
        {tr("Prepared with"), QStringLiteral("Portolan ") + portolanVersion()},
    };
    out.append(facts);

    out.append(block(ReportBlock::Kind::Label, tr("Summary")));
    QStringList zones;
    for (const Zone& zone : deployment.zones)
        zones.append(zone.name);
    std::map<QString, int> perRole; // sorted by role name
    for (const Server& server : deployment.servers) {
        for (const QString& role : server.roles) {
            const RoleInfo* info = m_input.catalog->role(role);
            ++perRole[info ? info->name : role];
        }
    }
    QStringList roles;
    for (const auto& [name, count] : perRole)
        roles.append(QStringLiteral("%1: %2").arg(name).arg(count));
    int severities[3] = {0, 0, 0};
    for (const ValidationWarning& warning : matrix.warnings)
        ++severities[int(warning.severity)];
    ReportBlock summary = tableBlock({}, {0.3, 0.7});
    summary.table.rows = {
        {tr("Zones"), QStringLiteral("%1 (%2)").arg(deployment.zones.size()).arg(joined(zones))},
        {tr("Servers"),
         QStringLiteral("%1 (%2)").arg(deployment.servers.size()).arg(roles.isEmpty() ? tr("none") : joined(roles))},
        {tr("Rules"), tr("%1 between zones, %2 inside zones").arg(matrix.rules.size()).arg(matrix.intraZone.size())},
        {tr("Warnings"), tr("errors: %1, warnings: %2, notes: %3")
                             .arg(severities[int(Severity::Error)])
                             .arg(severities[int(Severity::Warning)])
                             .arg(severities[int(Severity::Info)])},
    };
    if (m_input.probe && !m_input.probe->isEmpty()) {
        std::map<QString, int> states;
        for (const PortEvidence& port : m_input.probe->ports)
            ++states[port.state];
        QStringList counts;
        for (const auto& [state, count] : states)
            counts.append(QStringLiteral("%1 %2").arg(count).arg(state));
        summary.table.rows.append({tr("Probed ports"), joined(counts)});
    } else {
        summary.table.rows.append({tr("Probed ports"), tr("no probe results")});
    }
    out.append(summary);
}

void ReportBuilder::addFirewalls(ReportDocument& out) const
{
    const DeploymentData& deployment = *m_input.deployment;
    const PortMatrix& matrix = *m_input.matrix;
    out.append(block(ReportBlock::Kind::Heading, tr("Firewall rules")));
    out.append(block(ReportBlock::Kind::Paragraph,
                     tr("One table per pair of zones, in the diagram's order from left to right: what the firewall "
                        "between them must allow. → is traffic from the first zone to the second, ← from the second "
                        "to the first; ″ repeats the servers of the row above. Then the flows inside each zone, for "
                        "host firewalls.")));
    // Zone pairs in diagram order: by the left zone's lane, then the right one's.
    std::map<std::pair<int, int>, QList<const MatrixRule*>> pairs;
    for (const MatrixRule& rule : matrix.rules) {
        const int from = deployment.zoneIndex(rule.from);
        const int to = deployment.zoneIndex(rule.to);
        pairs[{qMin(from, to), qMax(from, to)}].append(&rule);
    }
    // A large matrix repeats the same purpose and encryption in table after table: then each table names the
    // service's number in the appendix, where its purpose and encryption stand once.
    const bool compact = m_compact;
    const QStringList header =
        compact ? QStringList{tr("Dir."), tr("Protocol"), tr("Ports"), tr("Service"), tr("Sources"), tr("Destinations")}
                : QStringList{tr("Dir."),    tr("Protocol"),     tr("Ports"),      tr("Service"),
                              tr("Sources"), tr("Destinations"), tr("Encryption"), tr("Purpose")};
    const QList<qreal> widths = compact ? QList<qreal>{0.06, 0.09, 0.12, 0.19, 0.27, 0.27}
                                        : QList<qreal>{0.06, 0.09, 0.11, 0.125, 0.145, 0.145, 0.125, 0.2};
    const auto addTable = [&](const QList<const MatrixRule*>& rules, const QString& left) {
        ReportBlock table = tableBlock(header, widths);
        table.table.dittoColumns = {4, 5}; // sources, destinations
        for (const MatrixRule* rule : rules) {
            const QString direction = rule->from == rule->to ? QStringLiteral("↔")
                                      : rule->from == left   ? QStringLiteral("→")
                                                             : QStringLiteral("←");
            QStringList row = {direction,
                               protocolId(rule->protocol).toUpper(),
                               rule->ports.toString(),
                               m_texts.service(*rule),
                               endpointList(rule->sources),
                               endpointList(rule->destinations)};
            if (compact)
                row[3] = tr("%1 (see %2)").arg(row[3], serviceNumber(*rule));
            else
                row << m_texts.encryption(*rule) << m_texts.purpose(*rule);
            table.table.rows.append(row);
        }
        out.append(table);
    };
    for (const auto& [indexes, rules] : pairs) {
        const Zone* left = indexes.first >= 0 ? &deployment.zones.at(indexes.first) : nullptr;
        const Zone* right = indexes.second >= 0 ? &deployment.zones.at(indexes.second) : nullptr;
        const QString leftId = left ? left->id : rules.first()->from;
        const QString rightId = right ? right->id : rules.first()->to;
        out.append(block(ReportBlock::Kind::Subheading, zoneName(leftId) + QStringLiteral(" ↔ ") + zoneName(rightId)));
        addTable(rules, leftId);
    }
    std::map<int, QList<const MatrixRule*>> inside;
    for (const MatrixRule& rule : matrix.intraZone)
        inside[deployment.zoneIndex(rule.from)].append(&rule);
    for (const auto& [index, rules] : inside) {
        out.append(block(ReportBlock::Kind::Subheading, tr("Inside %1").arg(zoneName(rules.first()->from))));
        addTable(rules, rules.first()->from);
    }
    if (pairs.empty() && inside.empty())
        out.append(block(ReportBlock::Kind::Paragraph, tr("The deployment needs no flows.")));
}

// The deployment's own firewalls, as their administrators configure them: for each one, its rules by the interface
// traffic enters and the one it leaves by. A rule crossing two firewalls is on both; rules between zones that no chain
// of firewalls joins are named at the end, since no firewall can carry them.
void ReportBuilder::addRulesPerFirewall(ReportDocument& out) const
{
    const DeploymentData& deployment = *m_input.deployment;
    const PortMatrix& matrix = *m_input.matrix;
    const FirewallTopology topology(deployment);
    out.append(block(ReportBlock::Kind::Heading, tr("Rules per firewall")));
    out.append(block(ReportBlock::Kind::Paragraph,
                     tr("What each firewall must allow, by the interface the traffic comes in on and the one it "
                        "leaves by. A rule that crosses two firewalls is listed on both.")));
    // Firewall → (zone of the ingress interface, zone of the egress interface) → rules, in matrix order. By zones, so
    // that the host's own side (no interface) takes its lane's place.
    QList<std::map<std::pair<int, int>, QList<const MatrixRule*>>> legs(topology.firewalls().size());
    std::map<std::pair<int, int>, int> unrouted; // zone indexes → rules
    for (const MatrixRule& rule : matrix.rules) {
        const std::optional<QList<FirewallHop>> hops = topology.path(rule.from, rule.to);
        if (!hops) {
            ++unrouted[{deployment.zoneIndex(rule.from), deployment.zoneIndex(rule.to)}];
            continue;
        }
        for (const FirewallHop& hop : *hops)
            legs[hop.firewall][{deployment.zoneIndex(hop.fromZone), deployment.zoneIndex(hop.toZone)}].append(&rule);
    }
    const QStringList header = {tr("From"),    tr("To"),      tr("Protocol"),    tr("Ports"),
                                tr("Service"), tr("Sources"), tr("Destinations")};
    const QList<qreal> widths = {0.1, 0.1, 0.09, 0.11, 0.2, 0.2, 0.2};
    for (int f = 0; f < topology.firewalls().size(); ++f) {
        const Firewall& firewall = topology.firewalls().at(f);
        out.append(block(ReportBlock::Kind::Subheading, firewall.name.isEmpty() ? firewall.id : firewall.name));
        QStringList interfaces;
        for (const FirewallInterface& interface : topology.legsInLaneOrder(firewall)) {
            interfaces.append(tr("%1 (%2)", "interface (zone)")
                                  .arg(FirewallTopology::interfaceText(interface.name), zoneName(interface.zone)));
        }
        out.append(block(ReportBlock::Kind::Note, tr("Interfaces: %1").arg(joined(interfaces))));
        if (legs.at(f).empty())
            out.append(block(ReportBlock::Kind::Note, tr("No rule crosses this firewall.")));
        for (const auto& [zones, rules] : legs.at(f)) {
            const QString& in = deployment.zones.at(zones.first).id;
            const QString& outgoing = deployment.zones.at(zones.second).id;
            out.append(
                block(ReportBlock::Kind::Label,
                      tr("In on %1 (%2), out on %3 (%4)")
                          .arg(FirewallTopology::interfaceText(firewall.interfaceTo(in)), zoneName(in),
                               FirewallTopology::interfaceText(firewall.interfaceTo(outgoing)), zoneName(outgoing))));
            ReportBlock table = tableBlock(header, widths);
            table.table.dittoColumns = {5, 6}; // sources, destinations
            for (const MatrixRule* rule : rules) {
                QString service = m_texts.service(*rule);
                if (m_compact)
                    service = tr("%1 (see %2)").arg(service, serviceNumber(*rule));
                table.table.rows.append({zoneName(rule->from), zoneName(rule->to), protocolId(rule->protocol).toUpper(),
                                         rule->ports.toString(), service, endpointList(rule->sources),
                                         endpointList(rule->destinations)});
            }
            out.append(table);
        }
    }
    if (unrouted.empty())
        return;
    out.append(block(ReportBlock::Kind::Subheading, tr("Rules no firewall carries")));
    QStringList pairs;
    for (const auto& [zones, count] : unrouted) {
        const QString from = zones.first >= 0 ? deployment.zones.at(zones.first).id : QString();
        const QString to = zones.second >= 0 ? deployment.zones.at(zones.second).id : QString();
        pairs.append(tr("%1 → %2 (rules: %3)").arg(zoneName(from), zoneName(to)).arg(count));
    }
    out.append(block(ReportBlock::Kind::Paragraph,
                     tr("No chain of firewalls joins these zones, so no firewall can let their rules through: %1. "
                        "Give a firewall an interface facing each zone.")
                         .arg(joined(pairs))));
}

void ReportBuilder::addWarnings(ReportDocument& out) const
{
    const PortMatrix& matrix = *m_input.matrix;
    out.append(block(ReportBlock::Kind::Heading, tr("Warnings")));
    if (matrix.warnings.isEmpty()) {
        out.append(block(ReportBlock::Kind::Paragraph, tr("Microsoft supports this layout as drawn: no warnings.")));
        return;
    }
    ReportBlock table = tableBlock({tr("Severity"), tr("Message"), tr("Servers")}, {0.12, 0.63, 0.25});
    const QString names[] = {tr("Error"), tr("Warning"), tr("Note")};
    for (const ValidationWarning& warning : matrix.warnings)
        table.table.rows.append({names[int(warning.severity)], warning.message, endpointList(warning.servers)});
    out.append(table);
}

void ReportBuilder::addServers(ReportDocument& out) const
{
    const DeploymentData& deployment = *m_input.deployment;
    const PortMatrix& matrix = *m_input.matrix;
    out.append(block(ReportBlock::Kind::Heading, tr("Servers")));
    out.append(block(ReportBlock::Kind::Paragraph,
                     tr("What each server listens on and from which zones: what a host firewall on that server "
                        "must allow. Servers of one zone and roles that must allow the same are listed together.")));
    // Each server's inbound rules, in matrix order.
    QHash<QString, QList<const MatrixRule*>> inbound;
    for (const QList<MatrixRule>* rules : {&matrix.rules, &matrix.intraZone}) {
        for (const MatrixRule& rule : *rules) {
            for (const QString& server : rule.destinations)
                inbound[server].append(&rule);
        }
    }
    // One line per protocol, ports and service: the zones and initiators of every rule that needs it.
    const auto rowsOf = [&](const QString& server) {
        struct Line
        {
            QStringList zones;
            QStringList from;
            QSet<QString> seen;
        };
        std::map<std::tuple<int, int, int, QString>, Line> lines;
        for (const MatrixRule* rule : inbound.value(server)) {
            Line& line = lines[{int(rule->protocol), rule->ports.first, rule->ports.last, m_texts.service(*rule)}];
            if (!line.zones.contains(zoneName(rule->from)))
                line.zones.append(zoneName(rule->from));
            for (const QString& source : rule->sources) {
                if (!line.seen.contains(source)) {
                    line.seen.insert(source);
                    line.from.append(source);
                }
            }
        }
        QList<QStringList> rows;
        for (const auto& [key, line] : lines) {
            const auto& [protocol, first, last, service] = key;
            rows.append({protocolId(Protocol(protocol)).toUpper(), PortRange{first, last}.toString(), service,
                         joined(line.zones), roleSummary(line.from)});
        }
        return rows;
    };
    struct Group
    {
        QStringList names;
        QStringList hosts;
        QString heading; // zone and roles
        QList<QStringList> rows;
    };
    QList<Group> groups;
    QHash<QString, qsizetype> groupOf; // zone, roles and rows → index in groups
    QHash<QByteArray, QList<QStringList>> rowsByRules;
    for (const Zone& zone : deployment.zones) {
        for (const Server& server : deployment.servers) {
            if (server.zone != zone.id)
                continue;
            QStringList roles;
            for (const QString& role : server.roles) {
                const RoleInfo* info = m_input.catalog->role(role);
                roles.append(info ? info->name : role);
            }
            const QString heading = zone.name + QStringLiteral(" — ") + joined(roles);
            // Servers of one site and role share their rules: their rows are made once.
            const QList<const MatrixRule*> rules = inbound.value(server.id);
            const QByteArray rulesKey(reinterpret_cast<const char*>(rules.constData()),
                                      rules.size() * qsizetype(sizeof(const MatrixRule*)));
            auto known = rowsByRules.constFind(rulesKey);
            if (known == rowsByRules.cend())
                known = rowsByRules.insert(rulesKey, rowsOf(server.id));
            const QList<QStringList>& rows = *known;
            QString key = heading;
            for (const QStringList& row : rows)
                key += u'\n' + row.join(u'\t');
            auto found = groupOf.constFind(key);
            if (found == groupOf.cend()) {
                found = groupOf.insert(key, groups.size());
                groups.append({{}, {}, heading, rows});
            }
            Group& group = groups[*found];
            group.names.append(server.name);
            if (!server.host.isEmpty())
                group.hosts.append(server.host);
        }
    }
    const QStringList header = {tr("Protocol"), tr("Ports"), tr("Service"), tr("From zones"), tr("Initiated by")};
    const QList<qreal> widths = {0.09, 0.13, 0.22, 0.26, 0.3};
    for (const Group& group : std::as_const(groups)) {
        out.append(
            block(ReportBlock::Kind::Label, compactNames(group.names) + QStringLiteral(" (") + group.heading + u')'));
        if (!group.hosts.isEmpty())
            out.append(block(ReportBlock::Kind::Note, tr("Addresses: %1").arg(joined(group.hosts))));
        if (group.rows.isEmpty()) {
            out.append(block(ReportBlock::Kind::Note, tr("Listens on nothing another machine needs.")));
            continue;
        }
        ReportBlock table = tableBlock(header, widths);
        table.table.rows = group.rows;
        out.append(table);
    }
}

QString ReportBuilder::evidenceSummary(const PortEvidence& port)
{
    QStringList parts;
    if (port.tls) {
        const TlsEvidence& tls = *port.tls;
        if (tls.ok) {
            QString line = tls.protocol + QStringLiteral(", ") + tls.subject;
            if (tls.notAfter.isValid())
                line += u", " + tr("expires %1").arg(tls.notAfter.date().toString(Qt::ISODate));
            if (tls.selfSigned)
                line += u", " + tr("self-signed");
            else if (!tls.trusted)
                line += u", " + tr("untrusted");
            parts.append(line);
        } else {
            parts.append(tr("TLS failed: %1").arg(tls.error));
        }
    } else if (port.startTls) {
        parts.append(tr("STARTTLS offered"));
    }
    if (!port.banner.isEmpty())
        parts.append(port.banner.left(120));
    if (!port.error.isEmpty())
        parts.append(port.error);
    return parts.join(QStringLiteral("; "));
}

void ReportBuilder::addEvidence(ReportDocument& out) const
{
    const ProbeEvidence& evidence = *m_input.probe;
    const PortMatrix& matrix = *m_input.matrix;
    out.append(block(ReportBlock::Kind::Heading, tr("Probe evidence")));
    const QString vantage = evidence.vantage ? zoneName(*evidence.vantage) : tr("unknown zone");
    const QString started = evidence.started.isValid()
                                ? evidence.started.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))
                                : tr("unknown");
    const QString source =
        evidence.origin == u"nmap"
            ? tr("Results of an nmap report (probed from: %1; started: %2).").arg(vantage, started)
            : tr("Results of Portolan's probe (probed from: %1; started: %2).").arg(vantage, started);
    out.append(block(ReportBlock::Kind::Paragraph,
                     source + u' ' +
                         tr("A rule is verified only when its port was probed from the rule's own source zone; other "
                            "observations are shown, marked as not verified.")));

    QHash<QString, QList<const PortEvidence*>> byServer;
    for (const PortEvidence& port : evidence.ports)
        byServer[port.serverId].append(&port);
    ReportBlock table = tableBlock(
        {tr("Rule"), tr("Server"), tr("Observed"), tr("Latency"), tr("TLS / banner"), tr("Seen from"), tr("Time")},
        {0.25, 0.12, 0.14, 0.08, 0.21, 0.1, 0.1});
    for (int row = 0; row < matrix.rowCount(); ++row) {
        const MatrixRule& rule = *matrix.ruleAt(row);
        bool any = false;
        for (const QString& server : rule.destinations) {
            for (const PortEvidence* port : byServer.value(server)) {
                if (port->protocol != rule.protocol || !rule.ports.contains(port->port))
                    continue;
                any = true;
                const bool verified = evidence.vantage && *evidence.vantage == rule.from;
                QString state = port->state + QStringLiteral(" · ") + QString::number(port->port);
                if (!verified)
                    state += u'\n' + tr("not verified: the rule starts in %1").arg(zoneName(rule.from));
                table.table.rows.append(
                    {ruleLine(rule), endpointName(server), state,
                     port->latencyMs < 0 ? QStringLiteral("—") : QLocale().toString(port->latencyMs, 'f', 1) + u" ms",
                     evidenceSummary(*port), vantage,
                     port->time.isValid() ? port->time.toUTC().toString(QStringLiteral("HH:mm:ss")) : QString()});
            }
        }
        if (!any)
            table.table.rows.append({ruleLine(rule),
                                     endpointList(rule.destinations),
                                     tr("never verified"),
                                     QStringLiteral("—"),
                                     {},
                                     {},
                                     {}});
    }
    out.append(table);
}

void ReportBuilder::addAppendix(ReportDocument& out) const
{
    const PortMatrix& matrix = *m_input.matrix;
    const DeploymentData& deployment = *m_input.deployment;
    out.append(block(ReportBlock::Kind::Heading, tr("Appendix")));
    out.append(block(ReportBlock::Kind::Subheading, tr("Sources")));
    QSet<QString> cited;
    for (const QList<MatrixRule>* rules : {&matrix.rules, &matrix.intraZone}) {
        for (const MatrixRule& rule : *rules) {
            for (const QString& tag : rule.references)
                cited.insert(tag);
        }
    }
    // Warnings name their sources in their text: "… (S1)", "(M1, M2)".
    for (const SourceInfo& source : m_input.catalog->sources()) {
        const QRegularExpression tag(u"\\b" + source.tag + u"\\b");
        for (const ValidationWarning& warning : matrix.warnings) {
            if (warning.message.contains(tag))
                cited.insert(source.tag);
        }
    }
    const bool staticRpc = deployment.options.staticRpc.enabled;
    if (staticRpc) {
        for (const RegistrySetting& setting : RegistrySettings::staticRpc()) {
            if (!setting.isModelled())
                continue;
            for (const QString& tag : setting.references + setting.restart.sources)
                cited.insert(tag);
        }
    }
    ReportBlock sources = tableBlock({tr("Source"), tr("Title"), tr("Link")}, {0.08, 0.47, 0.45});
    for (const SourceInfo& source : m_input.catalog->sources()) {
        if (cited.contains(source.tag))
            sources.table.rows.append({source.tag, source.title, source.url});
    }
    if (sources.table.rows.isEmpty())
        out.append(block(ReportBlock::Kind::Paragraph, tr("No rule cites a source.")));
    else
        out.append(sources);

    if (m_compact) {
        out.append(block(ReportBlock::Kind::Subheading, tr("Services in the firewall tables")));
        ReportBlock services = tableBlock({tr("No."), tr("Service"), tr("Encryption"), tr("Purpose"), tr("Sources")},
                                          {0.06, 0.17, 0.2, 0.47, 0.1});
        for (const MatrixRule* rule : m_services) {
            services.table.rows.append({serviceNumber(*rule), m_texts.service(*rule), m_texts.encryption(*rule),
                                        m_texts.purpose(*rule), joined(rule->references)});
        }
        out.append(services);
    }

    if (!staticRpc)
        return;
    out.append(block(ReportBlock::Kind::Subheading, tr("Registry values for static RPC ports")));
    out.append(
        block(ReportBlock::Kind::Paragraph,
              tr("The deployment pins Outlook's RPC ports. Set these values on the servers named, then restart "
                 "the services; the firewall then needs TCP 135 and these ports instead of the dynamic range.")));
    ReportBlock values = tableBlock(
        {tr("Service"), tr("Key"), tr("Value name"), tr("Type"), tr("Data"), tr("Applies to"), tr("Sources")},
        {0.14, 0.3, 0.1, 0.1, 0.07, 0.19, 0.1});
    for (const RegistrySetting& setting : RegistrySettings::staticRpc()) {
        if (!setting.isModelled())
            continue;
        values.table.rows.append({setting.service, setting.key, setting.valueName, setting.type,
                                  QString::number(setting.portIn(deployment.options.staticRpc)), setting.appliesTo,
                                  joined(setting.references)});
    }
    out.append(values);
    for (const RegistrySetting& setting : RegistrySettings::staticRpc()) {
        if (!setting.isModelled())
            continue;
        const QString restart = setting.restart.isConfirmed()
                                    ? tr("Restart the %1 service.").arg(setting.restart.displayName)
                                    : tr("The sources name no service to restart.");
        out.append(
            block(ReportBlock::Kind::Note, setting.valueName + QStringLiteral(": ") + setting.note + u' ' + restart));
    }
}
