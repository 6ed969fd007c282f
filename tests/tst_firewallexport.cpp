// The firewall writers (nftables, Cisco ASA, Windows Defender Firewall) on the plans of three layouts of
// tests/data/firewall/: the 2019 Edge template behind back-to-back firewalls, the seed's SMTP relay in a DMZ with the
// diagram's implicit firewalls, and a three-legged firewall. Golden files (tests/data/golden/, rewritten with
// PORTOLAN_UPDATE_GOLDEN=1 and then reviewed against the vendors' references F1-F7), structural checks that hold for
// any deployment (every matrix rule crossing a firewall appears once, every name referenced is defined, names are
// unique), nft -c and nft -f in a network namespace of the test's own, and what the writers refuse.
#include <algorithm>

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "model/deploymentfile.h"
#include "model/export/exporterregistry.h"
#include "model/export/exportinput.h"
#include "model/export/nftableswriter.h"
#include "model/firewallplan.h"
#include "model/firewalltopology.h"
#include "model/matrixbuilder.h"
#include "model/portcatalog.h"

namespace {

const QString DataDir = QStringLiteral(PORTOLAN_SOURCE_DIR "/tests/data/firewall/");
const QString GoldenDir = QStringLiteral(PORTOLAN_SOURCE_DIR "/tests/data/golden/");

// A deployment with its matrix and plan, as the exporters get them.
struct Planned
{
    DeploymentData data;
    PortMatrix matrix;
    FirewallPlan plan;

    explicit Planned(DeploymentData deployment)
        : data(std::move(deployment))
        , matrix(MatrixBuilder(PortCatalog::builtin()).build(data))
        , plan(FirewallPlan::build(data, matrix))
    {}
};

DeploymentData load(const QString& file)
{
    DeploymentReader reader(PortCatalog::builtin());
    const auto data = reader.readFile(DataDir + file);
    if (!data)
        qFatal("%s: %s", qPrintable(file), qPrintable(reader.errorString()));
    return *data;
}

struct Written
{
    bool ok = false;
    QByteArray bytes;
    QString text;
    QString error;
};

Written write(const Planned& planned, const QString& format, const QString& firewall, const QString& server = {})
{
    ExportInput input;
    input.catalog = &PortCatalog::builtin();
    input.deployment = &planned.data;
    input.matrix = &planned.matrix;
    input.firewallPlan = &planned.plan;
    input.firewallId = firewall;
    input.serverId = server;
    const ExportFormat* exportFormat = ExporterRegistry::instance().byName(ExportDocument::FirewallRules, format);
    if (!exportFormat)
        qFatal("no format %s", qPrintable(format));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const std::unique_ptr<Exporter> exporter = exportFormat->create(input);
    Written written;
    written.ok = exporter->write(&buffer);
    written.bytes = bytes;
    written.text = QString::fromUtf8(bytes);
    written.error = exporter->errorString();
    return written;
}

// The rows (PortMatrix::ruleAt) of the rules between zones whose path crosses the firewall, worked out from the
// topology rather than from the plan's grouping.
QSet<int> rowsCrossing(const Planned& planned, const QString& firewall)
{
    const FirewallTopology topology(planned.data);
    QSet<int> rows;
    for (int row = 0; row < planned.matrix.rules.size(); ++row) {
        const MatrixRule& rule = planned.matrix.rules.at(row);
        const auto path = topology.path(rule.from, rule.to);
        if (!path)
            continue;
        for (const FirewallHop& hop : *path) {
            if (topology.firewalls().at(hop.firewall).id == firewall)
                rows.insert(row);
        }
    }
    return rows;
}

// "matrix rows 3, 5-7" in a comment → {2, 4, 5, 6}.
QList<int> rowsNamed(const QString& line)
{
    static const QRegularExpression pattern(QStringLiteral("matrix rows? ([0-9, -]+)"));
    const QRegularExpressionMatch match = pattern.match(line);
    QList<int> rows;
    if (!match.hasMatch())
        return rows;
    for (const QString& run : match.captured(1).split(u',', Qt::SkipEmptyParts)) {
        const QStringList ends = run.trimmed().split(u'-');
        for (int row = ends.first().toInt(); row <= ends.last().toInt(); ++row)
            rows.append(row - 1);
    }
    return rows;
}

// Runs a shell command in a user and network namespace of its own: the host's ruleset stays untouched.
struct NamespaceRun
{
    bool started = false;
    int exitCode = -1;
    QString output;
};

NamespaceRun inOwnNetworkNamespace(const QString& command)
{
    NamespaceRun run;
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("unshare"),
                  {QStringLiteral("-rn"), QStringLiteral("sh"), QStringLiteral("-c"), command});
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.started = true;
    run.exitCode = process.exitCode();
    run.output = QString::fromUtf8(process.readAll());
    return run;
}

// Why nft cannot be run here, or empty when it can.
QString nftUnavailable()
{
    if (QStandardPaths::findExecutable(QStringLiteral("nft")).isEmpty() &&
        !QFile::exists(QStringLiteral("/usr/sbin/nft")))
        return QStringLiteral("nft is not installed");
    if (QStandardPaths::findExecutable(QStringLiteral("unshare")).isEmpty())
        return QStringLiteral("unshare (util-linux) is not installed");
    const NamespaceRun probe = inOwnNetworkNamespace(QStringLiteral("PATH=$PATH:/usr/sbin nft list ruleset"));
    if (!probe.started || probe.exitCode != 0)
        return QStringLiteral("cannot create a user and network namespace here (unshare -rn): ") +
               probe.output.trimmed();
    return {};
}

} // namespace

class TestFirewallExport final : public QObject
{
    Q_OBJECT

private slots:
    void goldenFiles_data();
    void goldenFiles();
    void nftablesStructure_data();
    void nftablesStructure();
    void nftablesLoads_data();
    void nftablesLoads();
    void asaStructure_data();
    void asaStructure();
    void windowsStructure_data();
    void windowsStructure();
    void windowsOneServer();
    void windowsInternetExcludesOwnNetworks();
    void nftablesStaysCompact();
    void missingAddressesNamed_data();
    void missingAddressesNamed();
    void dnsNameRefused();
    void unknownFirewallNamed();
    void badInterfaceNameRefused();
    void firewallHostChains();
    void asaRefusesFirewallHost();
    void registryOffersTheFormats();
};

void TestFirewallExport::goldenFiles_data()
{
    QTest::addColumn<QString>("deployment");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("firewall");
    QTest::addColumn<QString>("golden");

    const QString edge = QStringLiteral("edge-back-to-back.portolan");
    const QString relay = QStringLiteral("seed-dmz-relay.portolan");
    const QString threeLegged = QStringLiteral("three-legged.portolan");
    const QString nft = QStringLiteral("nftables");
    const QString asa = QStringLiteral("asa");
    const QString windows = QStringLiteral("windows");
    QTest::newRow("edge outer nftables") << edge << nft << QStringLiteral("fw-outer")
                                         << QStringLiteral("edge-fw-outer.nft");
    QTest::newRow("edge inner nftables") << edge << nft << QStringLiteral("fw-inner")
                                         << QStringLiteral("edge-fw-inner.nft");
    QTest::newRow("edge outer asa") << edge << asa << QStringLiteral("fw-outer") << QStringLiteral("edge-fw-outer.cfg");
    QTest::newRow("edge inner asa") << edge << asa << QStringLiteral("fw-inner") << QStringLiteral("edge-fw-inner.cfg");
    QTest::newRow("edge windows") << edge << windows << QString() << QStringLiteral("edge.ps1");
    QTest::newRow("relay nftables dmz-lan")
        << relay << nft << QStringLiteral("fw-dmz-lan") << QStringLiteral("relay-fw-dmz-lan.nft");
    QTest::newRow("relay asa internet-dmz")
        << relay << asa << QStringLiteral("fw-internet-dmz") << QStringLiteral("relay-fw-internet-dmz.cfg");
    QTest::newRow("relay asa dmz-lan") << relay << asa << QStringLiteral("fw-dmz-lan")
                                       << QStringLiteral("relay-fw-dmz-lan.cfg");
    QTest::newRow("relay windows") << relay << windows << QString() << QStringLiteral("relay.ps1");
    QTest::newRow("three-legged nftables")
        << threeLegged << nft << QStringLiteral("fw1") << QStringLiteral("three-legged.nft");
    QTest::newRow("three-legged asa") << threeLegged << asa << QStringLiteral("fw1")
                                      << QStringLiteral("three-legged.cfg");
    QTest::newRow("three-legged windows") << threeLegged << windows << QString() << QStringLiteral("three-legged.ps1");
    const QString host = QStringLiteral("firewall-host.portolan");
    QTest::newRow("firewall host nftables")
        << host << nft << QStringLiteral("fw1") << QStringLiteral("firewall-host.nft");
    QTest::newRow("firewall host windows") << host << windows << QString() << QStringLiteral("firewall-host.ps1");
}

void TestFirewallExport::goldenFiles()
{
    QFETCH(QString, deployment);
    QFETCH(QString, format);
    QFETCH(QString, firewall);
    QFETCH(QString, golden);
    const Planned planned(load(deployment));
    const Written written = write(planned, format, firewall);
    QVERIFY2(written.ok, qPrintable(written.error));
    QFile file(GoldenDir + golden);
    if (qEnvironmentVariableIsSet("PORTOLAN_UPDATE_GOLDEN")) {
        QVERIFY(QDir().mkpath(GoldenDir));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(written.text.toUtf8());
        qInfo("rewrote %s", qPrintable(file.fileName()));
        return;
    }
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QString expected = QString::fromUtf8(file.readAll());
    if (written.text != expected) {
        const QStringList actualLines = written.text.split(u'\n');
        const QStringList expectedLines = expected.split(u'\n');
        for (qsizetype i = 0; i < std::max(actualLines.size(), expectedLines.size()); ++i) {
            if (actualLines.value(i) != expectedLines.value(i)) {
                QFAIL(qPrintable(QStringLiteral("%1 line %2 differs:\n  golden: %3\n  now:    %4")
                                     .arg(golden)
                                     .arg(i + 1)
                                     .arg(expectedLines.value(i), actualLines.value(i))));
            }
        }
    }
}

// The layouts of tests/data/firewall/ and the firewalls to write: one row each.
static void addLayoutRows(bool withFirewallHost)
{
    QTest::addColumn<QString>("deployment");
    QTest::addColumn<QString>("firewall");
    QTest::newRow("edge outer") << QStringLiteral("edge-back-to-back.portolan") << QStringLiteral("fw-outer");
    QTest::newRow("edge inner") << QStringLiteral("edge-back-to-back.portolan") << QStringLiteral("fw-inner");
    QTest::newRow("relay internet-dmz") << QStringLiteral("seed-dmz-relay.portolan")
                                        << QStringLiteral("fw-internet-dmz");
    QTest::newRow("relay dmz-lan") << QStringLiteral("seed-dmz-relay.portolan") << QStringLiteral("fw-dmz-lan");
    QTest::newRow("three-legged") << QStringLiteral("three-legged.portolan") << QStringLiteral("fw1");
    if (withFirewallHost)
        QTest::newRow("firewall host") << QStringLiteral("firewall-host.portolan") << QStringLiteral("fw1");
}

void TestFirewallExport::nftablesStructure_data()
{
    addLayoutRows(true);
}

void TestFirewallExport::nftablesStructure()
{
    QFETCH(QString, deployment);
    QFETCH(QString, firewall);
    const Planned planned(load(deployment));
    const Written written = write(planned, QStringLiteral("nftables"), firewall);
    QVERIFY2(written.ok, qPrintable(written.error));
    const FirewallRules* rules = planned.plan.firewall(firewall);
    QVERIFY(rules);
    QSet<QString> interfaces;
    for (const FirewallInterface& interface : rules->firewall.interfaces)
        interfaces.insert(interface.name);

    static const QRegularExpression setDefinition(QStringLiteral("^\\tset ([A-Za-z][A-Za-z0-9_.-]*) \\{$"));
    static const QRegularExpression setReference(QStringLiteral("@([A-Za-z][A-Za-z0-9_.-]*)"));
    // Forward rules name both interfaces; input rules (to the firewall host) the ingress, output rules the egress.
    static const QRegularExpression ruleLine(
        QStringLiteral("^\\t\\t(?:iifname \"([^\"]+)\" )?(?:oifname \"([^\"]+)\" )?(.*) accept comment \"([^\"]*)\"$"));
    static const QRegularExpression chainLine(QStringLiteral("^\\tchain (\\S+) \\{$"));
    QString chain;
    QSet<QString> defined;
    QSet<QString> referenced;
    QHash<QString, int> seen; // "<row> <family>" → rule lines
    QSet<int> rowsSeen;
    int ruleLines = 0;
    for (const QString& line : written.text.split(u'\n')) {
        if (const auto match = setDefinition.match(line); match.hasMatch()) {
            QVERIFY2(!defined.contains(match.captured(1)), qPrintable(u"set defined twice: " + match.captured(1)));
            defined.insert(match.captured(1));
        }
        if (const auto match = chainLine.match(line); match.hasMatch())
            chain = match.captured(1);
        if (const auto match = ruleLine.match(line); match.hasMatch()) {
            ++ruleLines;
            const QString ingress = match.captured(1);
            const QString egress = match.captured(2);
            const QString expectedChain = ingress.isEmpty()  ? QStringLiteral("output")
                                          : egress.isEmpty() ? QStringLiteral("input")
                                                             : QStringLiteral("forward");
            QVERIFY2(chain == expectedChain, qPrintable(chain + u": " + line));
            QVERIFY2((ingress.isEmpty() || interfaces.contains(ingress)) &&
                         (egress.isEmpty() || interfaces.contains(egress)),
                     qPrintable(line));
            // The firewall host's own side has no address to match: it is any of the host's.
            QVERIFY2(!(ingress.isEmpty() && match.captured(3).contains(QStringLiteral("saddr"))), qPrintable(line));
            QVERIFY2(!(egress.isEmpty() && match.captured(3).contains(QStringLiteral("daddr"))), qPrintable(line));
            QVERIFY2(match.captured(4).toUtf8().size() <= 128, qPrintable(line));
            const QString family = match.captured(3).contains(QStringLiteral("ip6 "))  ? QStringLiteral("ip6")
                                   : match.captured(3).contains(QStringLiteral("ip ")) ? QStringLiteral("ip")
                                                                                       : QStringLiteral("any");
            const QList<int> rows = rowsNamed(match.captured(4));
            QVERIFY2(!rows.isEmpty(), qPrintable(line));
            for (int row : rows) {
                QVERIFY2(++seen[QString::number(row) + u' ' + family] == 1,
                         qPrintable(QStringLiteral("matrix row %1 twice for %2").arg(row + 1).arg(family)));
                rowsSeen.insert(row);
            }
            auto references = setReference.globalMatch(line);
            while (references.hasNext())
                referenced.insert(references.next().captured(1));
        }
    }
    QVERIFY(ruleLines > 0);
    QCOMPARE(rowsSeen, rowsCrossing(planned, firewall));
    for (const QString& name : std::as_const(referenced))
        QVERIFY2(defined.contains(name), qPrintable(u"set used but not defined: " + name));
    for (const QString& name : std::as_const(defined))
        QVERIFY2(referenced.contains(name), qPrintable(u"set defined but not used: " + name));
    QVERIFY(written.text.contains(QStringLiteral("policy drop;")));
    QVERIFY(written.text.contains(QStringLiteral("ct state established,related accept")));
}

void TestFirewallExport::nftablesLoads_data()
{
    nftablesStructure_data();
}

void TestFirewallExport::nftablesLoads()
{
    QFETCH(QString, deployment);
    QFETCH(QString, firewall);
    if (const QString reason = nftUnavailable(); !reason.isEmpty())
        QSKIP(qPrintable(u"nft cannot check the ruleset here: " + reason));
    const Planned planned(load(deployment));
    const Written written = write(planned, QStringLiteral("nftables"), firewall);
    QVERIFY2(written.ok, qPrintable(written.error));
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("rules.nft")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(written.text.toUtf8());
    file.close();
    // nft -c checks without loading; nft -f then loads it into the namespace's empty ruleset, twice (the file replaces
    // its table), and nft lists what the kernel holds.
    const NamespaceRun run = inOwnNetworkNamespace(
        QStringLiteral("PATH=$PATH:/usr/sbin; nft -c -f '%1' && nft -f '%1' && nft -f '%1' && nft list table inet "
                       "portolan")
            .arg(file.fileName()));
    QVERIFY(run.started);
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    QCOMPARE(run.output.count(QStringLiteral(" accept comment ")),
             written.text.count(QStringLiteral(" accept comment ")));
}

void TestFirewallExport::asaStructure_data()
{
    addLayoutRows(false); // an ASA runs no servers: asaRefusesFirewallHost
}

void TestFirewallExport::asaStructure()
{
    QFETCH(QString, deployment);
    QFETCH(QString, firewall);
    const Planned planned(load(deployment));
    const Written written = write(planned, QStringLiteral("asa"), firewall);
    QVERIFY2(written.ok, qPrintable(written.error));
    const FirewallRules* rules = planned.plan.firewall(firewall);
    QVERIFY(rules);
    QSet<QString> interfaces;
    for (const FirewallInterface& interface : rules->firewall.interfaces)
        interfaces.insert(interface.name);

    static const QRegularExpression definition(
        QStringLiteral("^(object network|object-group network|object-group service) (\\S+)$"));
    static const QRegularExpression member(QStringLiteral("^ network-object object (\\S+)$"));
    static const QRegularExpression remark(QStringLiteral("^access-list (\\S+) remark (.*)$"));
    static const QRegularExpression entry(QStringLiteral(
        "^access-list (\\S+) extended permit object-group (\\S+) (any|object-group \\S+) (any|object-group \\S+)$"));
    static const QRegularExpression binding(QStringLiteral("^access-group (\\S+) in interface (\\S+)$"));
    // "any" (the Internet) is preceded by a deny of the deployment's own networks for the same service (F4).
    static const QRegularExpression deny(QStringLiteral(
        "^access-list (\\S+) extended deny object-group (\\S+) (any|object-group \\S+) (any|object-group \\S+)$"));
    const bool ownNetworks = std::any_of(planned.data.zones.cbegin(), planned.data.zones.cend(), [](const Zone& zone) {
        return !zone.isAnyAddress() && !zone.networks.isEmpty();
    });
    QHash<QString, QString> kindOf; // name → "object network", …: one name space for objects and groups (F3)
    QStringList used;               // "<kind>\n<name>" referenced
    QSet<QString> acls;
    QHash<QString, int> bindings;
    QHash<int, int> seen;
    QStringList denies; // before the entry they belong to
    QString previous;
    for (const QString& line : written.text.split(u'\n')) {
        if (const auto match = definition.match(line); match.hasMatch()) {
            const QString name = match.captured(2);
            QVERIFY2(!kindOf.contains(name), qPrintable(u"defined twice: " + name));
            QVERIFY2(name.size() <= 64, qPrintable(name));
            kindOf.insert(name, match.captured(1));
        } else if (const auto match = member.match(line); match.hasMatch()) {
            used.append(QStringLiteral("object network\n") + match.captured(1));
        } else if (const auto match = remark.match(line); match.hasMatch()) {
            QVERIFY2(match.captured(2).size() <= 100, qPrintable(line));
        } else if (const auto match = deny.match(line); match.hasMatch()) {
            QVERIFY2(line.contains(QStringLiteral(" object-group not-internet")), qPrintable(line));
            denies.append(line);
            for (int address : {3, 4}) {
                if (match.captured(address) != u"any")
                    used.append(QStringLiteral("object-group network\n") + match.captured(address).mid(13));
            }
            continue; // the entry's remark stays "previous"
        } else if (const auto match = entry.match(line); match.hasMatch()) {
            const auto remarkBefore = remark.match(previous);
            QVERIFY2(remarkBefore.hasMatch() && remarkBefore.captured(1) == match.captured(1),
                     qPrintable(u"no remark before " + line));
            // Each side that is "any" had its deny, of the same service and the other side, right before.
            QStringList expected;
            const QString head = QStringLiteral("access-list %1 extended deny object-group %2 ")
                                     .arg(match.captured(1), match.captured(2));
            if (ownNetworks && match.captured(3) == u"any")
                expected.append(head + QStringLiteral("object-group not-internet ") + match.captured(4));
            if (ownNetworks && match.captured(4) == u"any")
                expected.append(head + match.captured(3) + QStringLiteral(" object-group not-internet"));
            QCOMPARE(denies, expected);
            denies.clear();
            for (int row : rowsNamed(remarkBefore.captured(2))) {
                QVERIFY2(++seen[row] == 1, qPrintable(QStringLiteral("matrix row %1 twice").arg(row + 1)));
            }
            acls.insert(match.captured(1));
            used.append(QStringLiteral("object-group service\n") + match.captured(2));
            for (int address : {3, 4}) {
                if (match.captured(address) != u"any")
                    used.append(QStringLiteral("object-group network\n") + match.captured(address).mid(13));
            }
        } else if (const auto match = binding.match(line); match.hasMatch()) {
            ++bindings[match.captured(1)];
            QVERIFY2(interfaces.contains(match.captured(2)), qPrintable(line));
        }
        previous = line;
    }
    const QList<int> rowsSeen = seen.keys();
    QCOMPARE(QSet<int>(rowsSeen.cbegin(), rowsSeen.cend()), rowsCrossing(planned, firewall));
    QSet<QString> referenced;
    for (const QString& reference : std::as_const(used)) {
        const QString kind = reference.section(u'\n', 0, 0);
        const QString name = reference.section(u'\n', 1);
        QVERIFY2(kindOf.value(name) == kind,
                 qPrintable(QStringLiteral("%1 %2 is used but not defined").arg(kind, name)));
        referenced.insert(name);
    }
    for (auto it = kindOf.cbegin(); it != kindOf.cend(); ++it)
        QVERIFY2(referenced.contains(it.key()), qPrintable(u"defined but not used: " + it.key()));
    for (const QString& acl : std::as_const(acls))
        QVERIFY2(bindings.value(acl) == 1, qPrintable(u"not bound once: " + acl));
    QCOMPARE(bindings.size(), acls.size());
}

void TestFirewallExport::windowsStructure_data()
{
    QTest::addColumn<QString>("deployment");
    QTest::newRow("edge") << QStringLiteral("edge-back-to-back.portolan");
    QTest::newRow("relay") << QStringLiteral("seed-dmz-relay.portolan");
    QTest::newRow("three-legged") << QStringLiteral("three-legged.portolan");
}

void TestFirewallExport::windowsStructure()
{
    QFETCH(QString, deployment);
    const Planned planned(load(deployment));
    const Written written = write(planned, QStringLiteral("windows"), QString());
    QVERIFY2(written.ok, qPrintable(written.error));
    QVERIFY(written.bytes.startsWith("\xEF\xBB\xBF")); // Windows PowerShell 5.1 reads UTF-8 only with a BOM

    // The Exchange servers, each with every row it listens on, between zones and inside its zone, once.
    const PortCatalog& catalog = PortCatalog::builtin();
    QHash<QString, QSet<int>> expected; // computer name → rows
    for (const Server& server : planned.data.servers) {
        const bool exchange = std::any_of(server.roles.cbegin(), server.roles.cend(), [&](const QString& role) {
            return catalog.role(role) && catalog.role(role)->isExchange();
        });
        if (!exchange)
            continue;
        QSet<int>& rows = expected[server.name];
        for (int row = 0; row < planned.matrix.rowCount(); ++row) {
            if (planned.matrix.ruleAt(row)->destinations.contains(server.id))
                rows.insert(row);
        }
    }
    static const QRegularExpression guard(QStringLiteral("^if \\(\\$env:COMPUTERNAME -eq '([^']+)'\\) \\{$"));
    static const QRegularExpression rule(QStringLiteral(
        "^    New-NetFirewallRule -DisplayName '([^']*)' -Group \\$group -Direction Inbound -Action Allow -Profile Any "
        "-Protocol (TCP|UDP) -LocalPort '[0-9-]+' -RemoteAddress ('[^']+'(, '[^']+')*) -Description '.*' \\| "
        "Out-Null$"));
    QHash<QString, QSet<int>> found;
    QString section;
    int depth = 0;
    for (const QString& line : written.text.split(u'\n')) {
        if (const auto match = guard.match(line); match.hasMatch()) {
            QCOMPARE(depth, 0);
            section = match.captured(1);
            QVERIFY2(!found.contains(section), qPrintable(u"two sections for " + section));
            found[section];
        }
        depth += int(line.count(u'{')) - int(line.count(u'}'));
        if (line.contains(QStringLiteral("New-NetFirewallRule"))) {
            const auto match = rule.match(line);
            QVERIFY2(match.hasMatch(), qPrintable(line));
            QVERIFY(!section.isEmpty());
            const QList<int> rows = rowsNamed(match.captured(1));
            QVERIFY(!rows.isEmpty());
            for (int row : rows) {
                QVERIFY2(!found[section].contains(row),
                         qPrintable(QStringLiteral("row %1 twice for %2").arg(row + 1).arg(section)));
                found[section].insert(row);
            }
        }
        if (depth == 0)
            section.clear();
    }
    QCOMPARE(depth, 0);
    QCOMPARE(found, expected);
    QVERIFY(written.text.contains(QStringLiteral("$group = 'Portolan: ")));
    QVERIFY(
        written.text.contains(QStringLiteral("Remove-NetFirewallRule -Group $group -ErrorAction SilentlyContinue")));
}

// On a server's own firewall "any address" of the Internet is written as the address ranges around the deployment's
// own networks: a DMZ or LAN host is let in only by its own zone's rules.
void TestFirewallExport::windowsInternetExcludesOwnNetworks()
{
    const Planned planned(load(QStringLiteral("three-legged.portolan")));
    const Written written = write(planned, QStringLiteral("windows"), {}, QStringLiteral("edge01"));
    QVERIFY2(written.ok, qPrintable(written.error));
    static const QRegularExpression smtp(QStringLiteral("LocalPort '25' -RemoteAddress (.*?) -Description"));
    const QRegularExpressionMatch match = smtp.match(written.text);
    QVERIFY2(match.hasMatch(), qPrintable(written.text));
    QList<std::pair<QHostAddress, QHostAddress>> ranges;
    for (const QString& item : match.captured(1).split(QStringLiteral(", "))) {
        const QStringList ends = item.mid(1, item.size() - 2).split(u'-');
        if (ends.size() == 2)
            ranges.append({QHostAddress(ends.first()), QHostAddress(ends.last())});
    }
    QCOMPARE(ranges.size(), 6); // three gaps around the own networks in each family
    const auto key = [](const QHostAddress& address) {
        const Q_IPV6ADDR bytes = address.toIPv6Address(); // IPv4 as ::ffff:a.b.c.d: one order for both families
        return QByteArray(reinterpret_cast<const char*>(bytes.c), 16);
    };
    const auto covered = [&](const char* text) {
        const QHostAddress address{QString::fromLatin1(text)};
        return std::any_of(ranges.cbegin(), ranges.cend(), [&](const auto& range) {
            return range.first.protocol() == address.protocol() && key(range.first) <= key(address) &&
                   key(address) <= key(range.second);
        });
    };
    for (const char* outside : {"0.0.0.0", "192.0.1.255", "192.0.3.0", "198.51.100.7", "255.255.255.255",
                                "::", "2001:db8:0:ffff:ffff:ffff:ffff:ffff", "2001:db8:1:1::", "2001:db8:e::1"})
        QVERIFY2(covered(outside), outside);
    // The DMZ's and the LAN's own addresses: the edges of their networks, and the servers.
    for (const char* own : {"203.0.113.0", "203.0.113.10", "203.0.113.255", "192.0.2.0", "192.0.2.255",
                            "2001:db8:d::", "2001:db8:d::11", "2001:db8:1:0:ffff:ffff:ffff:ffff"})
        QVERIFY2(!covered(own), own);
}

void TestFirewallExport::windowsOneServer()
{
    const Planned planned(load(QStringLiteral("edge-back-to-back.portolan")));
    const Written written = write(planned, QStringLiteral("windows"), QString(), QStringLiteral("ex01"));
    QVERIFY2(written.ok, qPrintable(written.error));
    QCOMPARE(written.text.count(QStringLiteral("if ($env:COMPUTERNAME -eq ")), 1);
    QVERIFY(written.text.contains(QStringLiteral("if ($env:COMPUTERNAME -eq 'EX01') {")));
    const Written unknown = write(planned, QStringLiteral("windows"), QString(), QStringLiteral("ex99"));
    QVERIFY(!unknown.ok);
    QVERIFY2(unknown.error.contains(QStringLiteral("\"ex99\"")), qPrintable(unknown.error));
}

// The forward chain's rule count follows services and zone pairs: forty times the Mailbox servers, same rules, a
// longer set.
void TestFirewallExport::nftablesStaysCompact()
{
    const auto rulesFor = [](int mailboxes, int* elements) {
        DeploymentData data = load(QStringLiteral("three-legged.portolan"));
        const Server model = *data.server(QStringLiteral("ex01"));
        for (int i = 0; i < mailboxes; ++i) {
            Server server = model;
            server.id = QStringLiteral("mbx%1").arg(i);
            server.name = server.id.toUpper();
            server.host = QStringLiteral("192.0.2.%1").arg(100 + i);
            data.servers.append(server);
        }
        const Planned planned(data);
        ExportInput input;
        input.catalog = &PortCatalog::builtin();
        input.deployment = &planned.data;
        input.matrix = &planned.matrix;
        input.firewallPlan = &planned.plan;
        input.firewallId = QStringLiteral("fw1");
        NftablesWriter writer(input);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        if (!writer.write(&buffer))
            qWarning("%s", qPrintable(writer.errorString()));
        *elements =
            int(QString::fromUtf8(bytes).count(QRegularExpression(QStringLiteral("192\\.0\\.2\\.1[0-9][0-9]"))));
        return writer.ruleCount();
    };
    int fewElements = 0;
    int manyElements = 0;
    const int few = rulesFor(2, &fewElements);
    const int many = rulesFor(80, &manyElements);
    QVERIFY(few > 2);
    QCOMPARE(many, few);
    QVERIFY2(manyElements >= 80 && manyElements > fewElements, qPrintable(QString::number(manyElements)));
}

void TestFirewallExport::missingAddressesNamed_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("firewall");
    QTest::newRow("nftables") << QStringLiteral("nftables") << QStringLiteral("fw1");
    QTest::newRow("asa") << QStringLiteral("asa") << QStringLiteral("fw1");
    QTest::newRow("windows") << QStringLiteral("windows") << QString();
}

// A Mailbox server without host in a zone without networks: every format names it and what to fill in, and writes
// nothing. The Windows rules also need the networks the zone's own clients connect from.
void TestFirewallExport::missingAddressesNamed()
{
    QFETCH(QString, format);
    QFETCH(QString, firewall);
    DeploymentData data = load(QStringLiteral("three-legged.portolan"));
    data.zones[data.zoneIndex(QStringLiteral("lan"))].networks.clear();
    data.servers[data.serverIndex(QStringLiteral("ex01"))].host.clear();
    const Planned planned(data);
    const Written written = write(planned, format, firewall);
    QVERIFY(!written.ok);
    QVERIFY(written.text.isEmpty());
    QVERIFY2(
        written.error.contains(QStringLiteral("server \"ex01\" in zone \"lan\": no address; give the server its IP "
                                              "address in host, or the zone its networks")),
        qPrintable(written.error));
    if (format == u"windows")
        QVERIFY2(written.error.contains(QStringLiteral("zone \"lan\" (for lan:outlook-client): no networks")),
                 qPrintable(written.error));
    else
        QVERIFY2(written.error.startsWith(QStringLiteral("firewall \"fw1\"")), qPrintable(written.error));
}

void TestFirewallExport::dnsNameRefused()
{
    DeploymentData data = load(QStringLiteral("three-legged.portolan"));
    data.servers[data.serverIndex(QStringLiteral("edge01"))].host = QStringLiteral("edge01.contoso.example");
    const Planned planned(data);
    for (const QString& format : {QStringLiteral("nftables"), QStringLiteral("asa")}) {
        const Written written = write(planned, format, QStringLiteral("fw1"));
        QVERIFY(!written.ok);
        QVERIFY2(written.error.contains(QStringLiteral("server \"edge01\" in zone \"dmz\"")) &&
                     written.error.contains(QStringLiteral("\"edge01.contoso.example\" is a DNS name")),
                 qPrintable(written.error));
    }
}

void TestFirewallExport::unknownFirewallNamed()
{
    const Planned planned(load(QStringLiteral("edge-back-to-back.portolan")));
    for (const QString& format : {QStringLiteral("nftables"), QStringLiteral("asa")}) {
        const Written written = write(planned, format, QStringLiteral("fw-nowhere"));
        QVERIFY(!written.ok);
        QVERIFY2(written.error.contains(QStringLiteral("\"fw-nowhere\"")) &&
                     written.error.contains(QStringLiteral("fw-outer, fw-inner")),
                 qPrintable(written.error));
    }
}

void TestFirewallExport::badInterfaceNameRefused()
{
    DeploymentData data = load(QStringLiteral("three-legged.portolan"));
    data.firewalls[data.firewallIndex(QStringLiteral("fw1"))].interfaces[0].name = QStringLiteral("outside \"eth0\"");
    const Planned planned(data);
    for (const QString& format : {QStringLiteral("nftables"), QStringLiteral("asa")}) {
        const Written written = write(planned, format, QStringLiteral("fw1"));
        QVERIFY(!written.ok);
        QVERIFY2(written.error.contains(QStringLiteral("interface \"outside \"eth0\"\"")), qPrintable(written.error));
    }
    data.firewalls[data.firewallIndex(QStringLiteral("fw1"))].interfaces[0].name = QStringLiteral("outside-interface0");
    const Written tooLong = write(Planned(data), QStringLiteral("nftables"), QStringLiteral("fw1"));
    QVERIFY(!tooLong.ok);
    QVERIFY2(tooLong.error.contains(QStringLiteral("at most 15")), qPrintable(tooLong.error));
}

// The firewall host (its zone runs on the firewall): what comes to it is filtered by the input chain, what it sends
// by the output chain, each with policy drop, loopback and replies let through, and a warning that the matrix gives no
// management access.
void TestFirewallExport::firewallHostChains()
{
    const Planned planned(load(QStringLiteral("firewall-host.portolan")));
    const Written written = write(planned, QStringLiteral("nftables"), QStringLiteral("fw1"));
    QVERIFY2(written.ok, qPrintable(written.error));
    const auto chainText = [&](const QString& hook) {
        const qsizetype start = written.text.indexOf(QStringLiteral("\tchain %1 {\n").arg(hook));
        return start < 0 ? QString()
                         : written.text.mid(start, written.text.indexOf(QStringLiteral("\n\t}"), start) - start);
    };
    const QString input = chainText(QStringLiteral("input"));
    const QString output = chainText(QStringLiteral("output"));
    QVERIFY(input.contains(QStringLiteral("type filter hook input priority filter; policy drop;")));
    QVERIFY(input.contains(QStringLiteral("\t\tiif \"lo\" accept\n")));
    QVERIFY(input.contains(QStringLiteral("ct state established,related accept")));
    QVERIFY(output.contains(QStringLiteral("type filter hook output priority filter; policy drop;")));
    QVERIFY(output.contains(QStringLiteral("\t\toif \"lo\" accept\n")));
    // SMTP and HTTPS from the Internet end on the host; its SMTP to the Internet leaves through outside.
    QVERIFY2(input.contains(QRegularExpression(QStringLiteral("iifname \"outside\" ip saddr != @not-internet-v4 tcp "
                                                              "dport \\{ [^}]*\\b25\\b[^}]*\\b443\\b"))),
             qPrintable(input));
    QVERIFY2(output.contains(QRegularExpression(QStringLiteral("oifname \"outside\" ip daddr != @not-internet-v4 tcp "
                                                               "dport [^\\n]*\\b25\\b"))),
             qPrintable(output));
    QVERIFY(!input.contains(QStringLiteral("oifname")) && !output.contains(QStringLiteral("iifname")));
    QVERIFY(written.text.contains(QStringLiteral("loading this over SSH locks you\n# out")));
    // The other layouts' firewalls run no servers: no input or output chain.
    const Planned edge(load(QStringLiteral("edge-back-to-back.portolan")));
    const Written outer = write(edge, QStringLiteral("nftables"), QStringLiteral("fw-outer"));
    QVERIFY(outer.ok && !outer.text.contains(QStringLiteral("hook input")) &&
            !outer.text.contains(QStringLiteral("hook output")));
}

void TestFirewallExport::asaRefusesFirewallHost()
{
    const Planned planned(load(QStringLiteral("firewall-host.portolan")));
    const Written written = write(planned, QStringLiteral("asa"), QStringLiteral("fw1"));
    QVERIFY(!written.ok);
    QVERIFY(written.bytes.isEmpty());
    QVERIFY2(written.error.contains(QStringLiteral("firewall \"fw1\" runs the servers of zone \"firewall\" on itself")),
             qPrintable(written.error));
}

void TestFirewallExport::registryOffersTheFormats()
{
    const ExporterRegistry& registry = ExporterRegistry::instance();
    QCOMPARE(registry.names(ExportDocument::FirewallRules), QStringLiteral("nftables, asa, windows"));
    QCOMPARE(registry.forPath(ExportDocument::FirewallRules, QStringLiteral("fw1.nft"))->id,
             QStringLiteral("firewall-nftables"));
    QCOMPARE(registry.forPath(ExportDocument::FirewallRules, QStringLiteral("fw1.cfg"))->id,
             QStringLiteral("firewall-asa"));
    QCOMPARE(registry.forPath(ExportDocument::FirewallRules, QStringLiteral("servers.PS1"))->id,
             QStringLiteral("firewall-windows"));
}

QTEST_GUILESS_MAIN(TestFirewallExport)
#include "tst_firewallexport.moc"
