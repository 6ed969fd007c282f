// What the report says, before any page: its sections in order, every rule of the matrix once in the table of its
// zone pair, numbered server runs, the compact form of large matrices, the registry values of static RPC, evidence.
#include "model/export/reportbuilder.h"

#include "model/deploymentfile.h"
#include "model/export/exportinput.h"
#include "model/firewalltopology.h"
#include "model/matrixbuilder.h"
#include "model/portcatalog.h"
#include "model/probeevidence.h"
#include "model/templatelibrary.h"

#include "deploymentbuilder.h"

#include <QSet>
#include <QTest>

#include <numeric>

namespace {

DeploymentData fromTemplate(const char* id)
{
    DeploymentReader reader(PortCatalog::builtin());
    return *reader.readFile(TemplateLibrary::find(QString::fromUtf8(id))->path);
}

struct Built
{
    DeploymentData data;
    PortMatrix matrix;
    ReportDocument document;
};

Built build(const DeploymentData& data, const ProbeEvidence* evidence = nullptr)
{
    Built built{data, MatrixBuilder(PortCatalog::builtin()).build(data), {}};
    ExportInput input;
    input.catalog = &PortCatalog::builtin();
    input.deployment = &built.data;
    input.matrix = &built.matrix;
    input.probe = evidence;
    built.document = ReportBuilder(input).build();
    return built;
}

QStringList headings(const ReportDocument& document)
{
    QStringList texts;
    for (const ReportBlock& block : document) {
        if (block.kind == ReportBlock::Kind::Heading)
            texts.append(block.text);
    }
    return texts;
}

// The tables between a heading and the next one.
QList<const ReportTable*> tablesOf(const ReportDocument& document, const QString& heading)
{
    QList<const ReportTable*> tables;
    bool inside = false;
    for (const ReportBlock& block : document) {
        if (block.kind == ReportBlock::Kind::Heading)
            inside = block.text == heading;
        else if (inside && block.kind == ReportBlock::Kind::Table)
            tables.append(&block.table);
    }
    return tables;
}

// The "Rules per firewall" section: "firewall: label" → the rows under that label, and the firewalls' interface notes.
struct FirewallSection
{
    QHash<QString, QList<QStringList>> rows;
    QStringList interfaces;
};

FirewallSection firewallSection(const ReportDocument& document)
{
    FirewallSection section;
    QString firewall;
    QString label;
    bool inside = false;
    for (const ReportBlock& block : document) {
        if (block.kind == ReportBlock::Kind::Heading)
            inside = block.text == u"Rules per firewall";
        else if (inside && block.kind == ReportBlock::Kind::Subheading)
            firewall = block.text;
        else if (inside && block.kind == ReportBlock::Kind::Note && block.text.startsWith(u"Interfaces: "))
            section.interfaces.append(firewall + QStringLiteral(": ") + block.text);
        else if (inside && block.kind == ReportBlock::Kind::Label)
            label = block.text;
        else if (inside && block.kind == ReportBlock::Kind::Table)
            section.rows[firewall + QStringLiteral(": ") + label] += block.table.rows;
    }
    return section;
}

} // namespace

class TestReportBuilder final : public QObject
{
    Q_OBJECT

private slots:
    void compactNames_data();
    void compactNames();
    void sectionsInOrder();
    void everyRuleOnceInItsTable();
    void largeMatrixRefersToNumberedServices();
    void registryValuesOnlyWithStaticRpc();
    void evidencePerRule();
    void warningSourcesAreCited();
    void rulesPerFirewallByInterface();
    void rulesNoFirewallCarries();
    void rulesOfTheFirewallHost();
};

void TestReportBuilder::compactNames_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QString>("printed");
    const auto list = [](const char* text) {
        return QString::fromUtf8(text).split(u' ', Qt::SkipEmptyParts);
    };
    QTest::newRow("run of three") << list("FRA001 FRA002 FRA003") << QStringLiteral("FRA001–FRA003");
    QTest::newRow("two stay two") << list("EX1 EX2") << QStringLiteral("EX1, EX2");
    QTest::newRow("gap") << list("EX1 EX2 EX3 EX5 EX6 EX7 EX8") << QStringLiteral("EX1–EX3, EX5–EX8");
    QTest::newRow("width changes") << list("EX8 EX9 EX10 EX11 EX12") << QStringLiteral("EX8, EX9, EX10–EX12");
    QTest::newRow("prefix changes") << list("A1 A2 B3 B4 B5") << QStringLiteral("A1, A2, B3–B5");
    QTest::newRow("no numbers") << list("EDGE DC MBX") << QStringLiteral("EDGE, DC, MBX");
    QTest::newRow("out of order") << list("S3 S2 S1") << QStringLiteral("S3, S2, S1");
    QTest::newRow("empty") << QStringList() << QString();
}

void TestReportBuilder::compactNames()
{
    QFETCH(QStringList, names);
    QFETCH(QString, printed);
    QCOMPARE(ReportBuilder::compactNames(names), printed);
}

void TestReportBuilder::sectionsInOrder()
{
    const Built built = build(fromTemplate("exchange2019-edge"));
    QCOMPARE(built.document.first().kind, ReportBlock::Kind::Title);
    QCOMPARE(built.document.first().text, built.data.name);
    QCOMPARE(headings(built.document), (QStringList{QStringLiteral("Firewall rules"), QStringLiteral("Warnings"),
                                                    QStringLiteral("Servers"), QStringLiteral("Appendix")}));
    const auto contents = std::find_if(built.document.cbegin(), built.document.cend(), [](const ReportBlock& block) {
        return block.kind == ReportBlock::Kind::Contents;
    });
    const auto firstHeading =
        std::find_if(built.document.cbegin(), built.document.cend(),
                     [](const ReportBlock& block) { return block.kind == ReportBlock::Kind::Heading; });
    QVERIFY(contents < firstHeading); // the contents come before the sections they list
}

void TestReportBuilder::everyRuleOnceInItsTable()
{
    const Built built = build(fromTemplate("exchange2003-frontend-backend"));
    int rows = 0;
    for (const ReportTable* table : tablesOf(built.document, QStringLiteral("Firewall rules"))) {
        QCOMPARE(table->header.size(), 8);
        QCOMPARE(table->widths.size(), 8);
        QCOMPARE(std::accumulate(table->widths.cbegin(), table->widths.cend(), 0.0), 1.0);
        QCOMPARE(table->dittoColumns, (QList<int>{4, 5})); // sources, destinations
        rows += int(table->rows.size());
    }
    QCOMPARE(rows, built.matrix.rowCount());
    // Front-end to back-end: the inner firewall's table holds the DMZ → LAN rules with their purpose.
    QStringList zonePairs;
    for (const ReportBlock& block : built.document) {
        if (block.kind == ReportBlock::Kind::Subheading)
            zonePairs.append(block.text);
    }
    QVERIFY2(zonePairs.contains(QStringLiteral("DMZ ↔ LAN")), qPrintable(zonePairs.join(u'|')));
}

void TestReportBuilder::largeMatrixRefersToNumberedServices()
{
    // Twenty 2019 sites of Mailbox servers: every pair of sites has its rules, far more than CompactRows.
    DeploymentBuilder builder("2019");
    for (int site = 0; site < 20; ++site) {
        const QByteArray zone = "site" + QByteArray::number(site);
        builder.zone(zone.constData(), "lan");
        for (int i = 0; i < 3; ++i)
            builder.server(QByteArray(zone + "mbx" + QByteArray::number(i)).constData(), zone.constData(), {"mailbox"});
    }
    const Built built = build(builder.data());
    QVERIFY(built.matrix.rowCount() > ReportBuilder::CompactRows);

    QSet<QString> referenced;
    int rows = 0;
    for (const ReportTable* table : tablesOf(built.document, QStringLiteral("Firewall rules"))) {
        QCOMPARE(table->header.size(), 6); // no purpose, no encryption
        for (const QStringList& row : table->rows) {
            const QString number = row.at(3).section(QStringLiteral("(see "), 1).chopped(1);
            QVERIFY2(number.startsWith(u'A'), qPrintable(row.at(3)));
            referenced.insert(number);
            ++rows;
        }
    }
    QCOMPARE(rows, built.matrix.rowCount());
    const QList<const ReportTable*> appendix = tablesOf(built.document, QStringLiteral("Appendix"));
    QCOMPARE(appendix.size(), 2); // sources, services
    QSet<QString> listed;
    for (const QStringList& row : appendix.last()->rows) {
        listed.insert(row.at(0));
        QVERIFY2(!row.at(3).isEmpty(), qPrintable(row.join(u'|'))); // the purpose, once
    }
    QCOMPARE(listed, referenced);
}

void TestReportBuilder::registryValuesOnlyWithStaticRpc()
{
    DeploymentData data = fromTemplate("exchange2010-static-rpc");
    QVERIFY(data.options.staticRpc.enabled);
    data.options.staticRpc.rpcClientAccessPort = 60001;
    const Built built = build(data);
    const QList<const ReportTable*> appendix = tablesOf(built.document, QStringLiteral("Appendix"));
    QCOMPARE(appendix.size(), 2);
    const ReportTable& values = *appendix.last();
    QCOMPARE(values.rows.size(), 2);
    QCOMPARE(values.rows.at(0).at(1),
             QStringLiteral("HKLM\\SYSTEM\\CurrentControlSet\\Services\\MSExchangeRPC\\ParametersSystem"));
    QCOMPARE(values.rows.at(0).at(2), QStringLiteral("TCP/IP Port"));
    QCOMPARE(values.rows.at(0).at(3), QStringLiteral("REG_DWORD"));
    QCOMPARE(values.rows.at(0).at(4), QStringLiteral("60001"));
    QCOMPARE(values.rows.at(1).at(2), QStringLiteral("RpcTcpPort"));
    QCOMPARE(values.rows.at(1).at(3), QStringLiteral("REG_SZ"));
    QCOMPARE(values.rows.at(1).at(4), QString::number(data.options.staticRpc.addressBookPort));
    // The sources of those values are cited.
    QStringList tags;
    for (const QStringList& row : appendix.first()->rows)
        tags.append(row.at(0));
    for (const char* tag : {"S11", "S12", "S13", "S14"})
        QVERIFY2(tags.contains(QString::fromUtf8(tag)), tag);

    data.options.staticRpc.enabled = false;
    QCOMPARE(tablesOf(build(data).document, QStringLiteral("Appendix")).size(), 1);
}

void TestReportBuilder::evidencePerRule()
{
    ProbeEvidence evidence;
    evidence.vantage = QStringLiteral("internet");
    PortEvidence smtp;
    smtp.serverId = QStringLiteral("edge01");
    smtp.port = 25;
    smtp.state = QStringLiteral("filtered");
    evidence.ports = {smtp};
    const Built built = build(fromTemplate("exchange2019-edge"), &evidence);
    QVERIFY(headings(built.document).contains(QStringLiteral("Probe evidence")));
    const QList<const ReportTable*> tables = tablesOf(built.document, QStringLiteral("Probe evidence"));
    QCOMPARE(tables.size(), 1);
    int verified = 0;
    int neverVerified = 0;
    int seenElsewhere = 0;
    for (const QStringList& row : tables.first()->rows) {
        if (row.at(2) == u"filtered · 25")
            ++verified; // Internet → DMZ TCP 25, probed from the Internet
        else if (row.at(2).startsWith(u"filtered · 25\nnot verified"))
            ++seenElsewhere; // LAN → DMZ TCP 25 to the same port
        else if (row.at(2) == u"never verified")
            ++neverVerified;
    }
    QCOMPARE(verified, 1);
    QCOMPARE(seenElsewhere, 1);
    QCOMPARE(verified + seenElsewhere + neverVerified, int(tables.first()->rows.size()));
    QCOMPARE(tables.first()->rows.size(), built.matrix.rowCount());
}

// A firewall between a 2010 Mailbox server and its domain controller is an error citing M5, a source no rule cites:
// the appendix lists it all the same.
void TestReportBuilder::warningSourcesAreCited()
{
    DeploymentBuilder builder("2010");
    builder.zone("lan1", "lan").zone("lan2", "lan");
    builder.server("ex01", "lan1", {"mailbox", "client-access", "hub-transport"})
        .server("dc01", "lan2", {"domain-controller"});
    const Built built = build(builder.data());
    QStringList messages;
    for (const ValidationWarning& warning : built.matrix.warnings)
        messages.append(warning.message);
    QVERIFY2(messages.join(u'\n').contains(QStringLiteral("M5")), qPrintable(messages.join(u'\n')));
    for (int row = 0; row < built.matrix.rowCount(); ++row)
        QVERIFY(!built.matrix.ruleAt(row)->references.contains(QStringLiteral("M5")));
    QStringList tags;
    for (const QStringList& row : tablesOf(built.document, QStringLiteral("Appendix")).first()->rows)
        tags.append(row.at(0));
    QVERIFY2(tags.contains(QStringLiteral("M5")), qPrintable(tags.join(u' ')));
}

// Back-to-back firewalls: each has its section with its interfaces, and its rules grouped by the interfaces they
// enter and leave by; a rule from the Internet to the LAN is on both. Without explicit firewalls there is no such
// section (sectionsInOrder).
void TestReportBuilder::rulesPerFirewallByInterface()
{
    auto builder = DeploymentBuilder::threeZones("2019");
    builder.server("edge01", "dmz", {"edge-transport"}).server("ex01", "lan", {"mailbox"});
    builder.firewall("outer", {{"internet", "outside"}, {"dmz", "dmz"}})
        .firewall("inner", {{"dmz", "dmz"}, {"lan", "inside"}});
    const Built built = build(builder.data());
    QCOMPARE(headings(built.document),
             (QStringList{QStringLiteral("Firewall rules"), QStringLiteral("Rules per firewall"),
                          QStringLiteral("Warnings"), QStringLiteral("Servers"), QStringLiteral("Appendix")}));
    // Each firewall's labels and the rows under each, as the section has them.
    const QHash<QString, QList<QStringList>> rows = firewallSection(built.document).rows;
    QStringList keys = rows.keys();
    keys.sort();
    QCOMPARE(keys, (QStringList{QStringLiteral("INNER: In on dmz (DMZ), out on inside (LAN)"),
                                QStringLiteral("INNER: In on inside (LAN), out on dmz (DMZ)"),
                                QStringLiteral("OUTER: In on dmz (DMZ), out on outside (INTERNET)"),
                                QStringLiteral("OUTER: In on outside (INTERNET), out on dmz (DMZ)")}));
    // Every rule between zones once per firewall on its path, with its zones, protocol and ports.
    const FirewallTopology topology(built.data);
    QHash<QString, QList<QStringList>> expected;
    for (const MatrixRule& rule : built.matrix.rules) {
        const QList<FirewallHop> hops = topology.path(rule.from, rule.to).value();
        for (const FirewallHop& hop : hops) {
            const Firewall& wall = topology.firewalls().at(hop.firewall);
            const QString key =
                QStringLiteral("%1: In on %2 (%3), out on %4 (%5)")
                    .arg(wall.name, hop.ingress, hop.fromZone.toUpper(), hop.egress, hop.toZone.toUpper());
            expected[key].append(
                {rule.from.toUpper(), rule.to.toUpper(), protocolId(rule.protocol).toUpper(), rule.ports.toString()});
        }
    }
    QCOMPARE(rows.keys().size(), expected.keys().size());
    bool crossesBoth = false;
    for (const QString& key : keys) {
        QList<QStringList> cells;
        for (const QStringList& row : rows.value(key))
            cells.append(row.mid(0, 4));
        QCOMPARE(cells, expected.value(key));
        crossesBoth = crossesBoth || (key.startsWith(u"INNER") &&
                                      cells.contains(QStringList{QStringLiteral("INTERNET"), QStringLiteral("LAN"),
                                                                 QStringLiteral("TCP"), QStringLiteral("443")}));
    }
    QVERIFY(crossesBoth);
}

// Zones no chain of firewalls joins: their rules are on no firewall, and the section says so.
void TestReportBuilder::rulesNoFirewallCarries()
{
    auto builder = DeploymentBuilder::threeZones("2019");
    builder.server("edge01", "dmz", {"edge-transport"}).server("ex01", "lan", {"mailbox"});
    builder.firewall("outer", {{"internet", "outside"}, {"dmz", "dmz"}});
    const Built built = build(builder.data());
    const auto found = std::find_if(built.document.cbegin(), built.document.cend(), [](const ReportBlock& block) {
        return block.kind == ReportBlock::Kind::Subheading && block.text == u"Rules no firewall carries";
    });
    QVERIFY(found != built.document.cend());
    const QString text = (found + 1)->text;
    QVERIFY2(text.contains(QStringLiteral("DMZ → LAN (rules: ")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("INTERNET → LAN (rules: ")), qPrintable(text));
    for (const ReportTable* table : tablesOf(built.document, QStringLiteral("Rules per firewall"))) {
        for (const QStringList& row : table->rows)
            QVERIFY2(row.at(0) != u"LAN" && row.at(1) != u"LAN", qPrintable(row.join(u' ')));
    }
}

// The seed's mail server on the firewall host: the host's own side of a rule reads "this host" with its zone, the
// rules to and from the host are grouped by it, and Internet ↔ LAN rules (none here) would still pass outside ↔ inside.
void TestReportBuilder::rulesOfTheFirewallHost()
{
    const Built built = build(fromTemplate("seed-firewall-host"));
    const FirewallSection section = firewallSection(built.document);
    QCOMPARE(section.interfaces,
             QStringList{QStringLiteral(
                 "Firewall host: Interfaces: outside (Internet), this host (Firewall host), inside (LAN)")});
    QStringList keys = section.rows.keys();
    keys.sort();
    QCOMPARE(keys, (QStringList{QStringLiteral("Firewall host: In on inside (LAN), out on this host (Firewall host)"),
                                QStringLiteral("Firewall host: In on outside (Internet), out on this host (Firewall "
                                               "host)"),
                                QStringLiteral("Firewall host: In on this host (Firewall host), out on inside (LAN)"),
                                QStringLiteral("Firewall host: In on this host (Firewall host), out on outside "
                                               "(Internet)")}));
    // SMTP in from the Internet ends on the host.
    const QList<QStringList> inbound =
        section.rows.value(QStringLiteral("Firewall host: In on outside (Internet), out on this host (Firewall host)"));
    QVERIFY(std::any_of(inbound.cbegin(), inbound.cend(), [](const QStringList& row) {
        return row.mid(0, 4) == QStringList{QStringLiteral("Internet"), QStringLiteral("Firewall host"),
                                            QStringLiteral("TCP"), QStringLiteral("25")};
    }));
}

QTEST_GUILESS_MAIN(TestReportBuilder)
#include "tst_reportbuilder.moc"
