// Each template's cross-zone matrix against rules derived by hand from shared/reference/exchange-ports.md
// (section numbers in the comments). Services are not compared, only what a firewall needs: zones, protocol, ports
// and the servers on each side, so a rule split or merged differently in the catalog still has to open exactly these.
#include "model/deploymentfile.h"
#include "model/matrixbuilder.h"
#include "model/portcatalog.h"
#include "model/templatelibrary.h"
#include "model/templatetexts.h"

#include <algorithm>

#include <QMap>
#include <QSet>
#include <QTest>

namespace {

struct Expected
{
    const char* from;
    const char* to;
    const char* protocol;
    const char* ports; // "25" or "1025-5000"; several ports with the same ends: "80 143 110"
    const char* sources;
    const char* destinations;
};

using Ends = QPair<QSet<QString>, QSet<QString>>;
using Table = QMap<QString, Ends>; // "from>to proto/ports" → (sources, destinations)

QSet<QString> idSet(const char* text)
{
    const QStringList ids = QString::fromUtf8(text).split(u' ', Qt::SkipEmptyParts);
    return QSet<QString>(ids.begin(), ids.end());
}

Table expectedTable(const QList<Expected>& rows)
{
    Table table;
    for (const Expected& row : rows) {
        const QStringList ports = QString::fromUtf8(row.ports).split(u' ', Qt::SkipEmptyParts);
        for (const QString& port : ports) {
            const QString key = QString::fromUtf8(row.from) + u'>' + QString::fromUtf8(row.to) + u' ' +
                                QString::fromUtf8(row.protocol) + u'/' + port;
            Ends& ends = table[key];
            ends.first.unite(idSet(row.sources));
            ends.second.unite(idSet(row.destinations));
        }
    }
    return table;
}

Table actualTable(const PortMatrix& matrix)
{
    Table table;
    for (const MatrixRule& rule : matrix.rules) {
        const QString key =
            rule.from + u'>' + rule.to + u' ' + protocolId(rule.protocol) + u'/' + rule.ports.toString();
        Ends& ends = table[key];
        ends.first.unite(QSet<QString>(rule.sources.begin(), rule.sources.end()));
        ends.second.unite(QSet<QString>(rule.destinations.begin(), rule.destinations.end()));
    }
    return table;
}

QString describe(const Ends& ends)
{
    QStringList from(ends.first.begin(), ends.first.end());
    QStringList to(ends.second.begin(), ends.second.end());
    from.sort();
    to.sort();
    return from.join(u' ') + QStringLiteral(" -> ") + to.join(u' ');
}

const char* const kRemoteWeb = "internet:outlook-client internet:browser-client internet:mobile-client";

QMap<QString, QList<Expected>> expectations()
{
    QMap<QString, QList<Expected>> all;
    // Zones without servers: the implicit actors have nothing to talk to.
    all[QStringLiteral("exchange2019-empty")] = {};
    // 8.1 Edge in the DMZ, 1.1 clients, 1.4 subscribed Edge (S1, S6).
    all[QStringLiteral("exchange2019-edge")] = {
        {"internet", "dmz", "tcp", "25", "internet:internet-mail", "edge01"},
        {"dmz", "internet", "tcp", "25", "edge01", "internet:internet-mail"},
        {"dmz", "internet", "tcp", "53", "edge01", "internet:dns-server"},
        {"dmz", "internet", "udp", "53", "edge01", "internet:dns-server"},
        {"dmz", "internet", "tcp", "1080 1081 23 6588 3128 80", "edge01", "internet:internet-mail"},
        {"dmz", "lan", "tcp", "25", "edge01", "ex01 ex02"},
        {"lan", "dmz", "tcp", "25 50636", "ex01 ex02", "edge01"},
        {"internet", "lan", "tcp", "443", kRemoteWeb, "ex01 ex02"},
        {"internet", "lan", "tcp", "80", "internet:browser-client", "ex01 ex02"},
        {"internet", "lan", "tcp", "587", "internet:smtp-client", "ex01 ex02"},
    };
    // 8.3 reverse proxy publishing HTTPS, 1.2 mail flow without Edge.
    all[QStringLiteral("exchange2016-reverse-proxy")] = {
        {"internet", "dmz", "tcp", "443", kRemoteWeb, "rp01"},
        {"internet", "dmz", "tcp", "80", "internet:browser-client", "rp01"},
        {"dmz", "lan", "tcp", "443 80", "rp01", "ex01 ex02"},
        {"internet", "lan", "tcp", "25", "internet:internet-mail", "ex01 ex02"},
        {"internet", "lan", "tcp", "587", "internet:smtp-client", "ex01 ex02"},
        {"lan", "internet", "tcp", "25", "ex01 ex02", "internet:internet-mail"},
    };
    // 1.8 / 8.4 hybrid, without an Edge.
    all[QStringLiteral("exchange2019-hybrid")] = {
        {"internet", "lan", "tcp", "25", "internet:internet-mail", "ex01"},
        {"internet", "lan", "tcp", "443", kRemoteWeb, "ex01"},
        {"internet", "lan", "tcp", "80", "internet:browser-client", "ex01"},
        {"internet", "lan", "tcp", "587", "internet:smtp-client", "ex01"},
        {"lan", "internet", "tcp", "25", "ex01", "internet:internet-mail"},
        {"cloud", "lan", "tcp", "25 443", "cloud:exchange-online", "ex01"},
        {"lan", "cloud", "tcp", "25 443", "ex01", "cloud:exchange-online"},
    };
    // 3.1 transport, 3.2 client access, 3.5 static RPC: Outlook needs 135 + the two static ports, and public folder
    // connections go to the Mailbox servers' RPC Client Access port (S11, S13).
    all[QStringLiteral("exchange2010-static-rpc")] = {
        {"clients", "servers", "tcp", "135 59532", "clients:outlook-client", "cas01 cas02 mbx01 mbx02"},
        {"clients", "servers", "tcp", "59533", "clients:outlook-client", "cas01 cas02"},
        {"clients", "servers", "tcp", "443",
         "clients:outlook-client clients:browser-client clients:mobile-client clients:admin-workstation",
         "cas01 cas02"},
        {"clients", "servers", "tcp", "80", "clients:browser-client", "cas01 cas02"},
        {"clients", "servers", "tcp", "587", "clients:smtp-client", "hub01"},
        {"internet", "servers", "tcp", "25", "internet:internet-mail", "hub01"},
        {"internet", "servers", "tcp", "443", kRemoteWeb, "cas01 cas02"},
        {"internet", "servers", "tcp", "80", "internet:browser-client", "cas01 cas02"},
        {"internet", "servers", "tcp", "587", "internet:smtp-client", "hub01"},
        {"servers", "internet", "tcp", "25", "hub01", "internet:internet-mail"},
    };
    // 8.2 / 5.3 front-end in the DMZ: FE→BE in clear HTTP 80 plus mail protocols and 691, FE→DC AD ports,
    // Direct Push UDP 2883 BE→FE, RPC over HTTP 6001/6002/6004 (S20, S23, S25, S40, S48).
    all[QStringLiteral("exchange2003-frontend-backend")] = {
        {"internet", "dmz", "tcp", "25", "internet:internet-mail", "fe01"},
        {"internet", "dmz", "tcp", "443", kRemoteWeb, "fe01"},
        {"internet", "dmz", "tcp", "80", "internet:browser-client", "fe01"},
        {"internet", "dmz", "tcp", "110 995 143 993", "internet:pop-imap-client", "fe01"},
        {"lan", "dmz", "tcp", "443", "lan:browser-client lan:mobile-client", "fe01"},
        {"lan", "dmz", "tcp", "80", "lan:browser-client", "fe01"},
        {"lan", "dmz", "tcp", "110 995 143 993", "lan:pop-imap-client", "fe01"},
        {"lan", "dmz", "tcp", "25", "be01 be02", "fe01"},
        {"lan", "dmz", "udp", "2883", "be01 be02", "fe01"},
        {"dmz", "lan", "tcp", "80 143 110 25 691 6001 6002", "fe01", "be01 be02"},
        {"dmz", "lan", "tcp", "6004", "fe01", "be01 be02 dc01"},
        {"dmz", "lan", "tcp", "53 88 135 389 445 3268", "fe01", "dc01"},
        {"dmz", "lan", "udp", "53 88 389 123", "fe01", "dc01"},
        {"dmz", "internet", "tcp", "25", "fe01", "internet:internet-mail"},
    };
    // Seed layout 1: Exchange on the firewall host; AD and MAPI cross to the LAN (5.1, 1025-5000: S33/S34; SMB 445 of
    // a domain member: 5.3 and section 10).
    all[QStringLiteral("seed-firewall-host")] = {
        {"internet", "firewall", "tcp", "25", "internet:internet-mail", "mail01"},
        {"internet", "firewall", "tcp", "443", "internet:browser-client internet:mobile-client", "mail01"},
        {"internet", "firewall", "tcp", "80", "internet:browser-client", "mail01"},
        {"firewall", "internet", "tcp", "25", "mail01", "internet:internet-mail"},
        {"firewall", "lan", "tcp", "389 3268 88 53 135 445 1025-5000", "mail01", "dc01"},
        {"firewall", "lan", "udp", "389 88 53", "mail01", "dc01"},
        {"lan", "firewall", "tcp", "135 1025-5000", "lan:outlook-client lan:admin-workstation", "mail01"},
        {"lan", "firewall", "tcp", "443", "lan:browser-client lan:mobile-client", "mail01"},
        {"lan", "firewall", "tcp", "80", "lan:browser-client", "mail01"},
    };
    // Seed layout 2: the proxy publishes OWA; SMTP is mapped straight through.
    all[QStringLiteral("seed-lan-published")] = {
        {"internet", "dmz", "tcp", "443", "internet:browser-client internet:mobile-client", "proxy01"},
        {"internet", "dmz", "tcp", "80", "internet:browser-client", "proxy01"},
        {"dmz", "lan", "tcp", "443 80", "proxy01", "mail01"},
        {"internet", "lan", "tcp", "25", "internet:internet-mail", "mail01"},
        {"lan", "internet", "tcp", "25", "mail01", "internet:internet-mail"},
    };
    // Seed layout 3: a non-Exchange SMTP relay in the DMZ carries mail both ways.
    all[QStringLiteral("seed-dmz-relay")] = {
        {"internet", "dmz", "tcp", "25", "internet:internet-mail", "relay01"},
        {"dmz", "internet", "tcp", "25", "relay01", "internet:internet-mail"},
        {"dmz", "internet", "tcp", "53", "relay01", "internet:dns-server"},
        {"dmz", "internet", "udp", "53", "relay01", "internet:dns-server"},
        {"dmz", "lan", "tcp", "25", "relay01", "mail01"},
        {"lan", "dmz", "tcp", "25", "mail01", "relay01"},
        {"internet", "lan", "tcp", "443", "internet:browser-client internet:mobile-client", "mail01"},
        {"internet", "lan", "tcp", "80", "internet:browser-client", "mail01"},
    };
    return all;
}

} // namespace

class TestTemplates final : public QObject
{
    Q_OBJECT

private slots:
    void everyTemplateHasExpectations()
    {
        const auto templates = TemplateLibrary::templates();
        QCOMPARE(templates.size(), expectations().size());
        for (const DeploymentTemplate& t : templates) {
            QVERIFY2(expectations().contains(t.id), qPrintable(t.id));
            QVERIFY(!t.name.isEmpty());
            QVERIFY(!t.description.isEmpty());
        }
    }

    // Every built-in template's name and description is listed for the translators, and nothing else is; names say
    // what the layout shows ("Seed layout 2" said nothing) and the seed's layouts cite the article by its title.
    void templateTextsAreTranslatable()
    {
        QStringList shown;
        for (const DeploymentTemplate& t : TemplateLibrary::templates()) {
            shown << t.name << t.description;
            QVERIFY2(!t.name.contains(QStringLiteral("Seed"), Qt::CaseInsensitive), qPrintable(t.name));
            QVERIFY2(!t.description.contains(QStringLiteral("seed"), Qt::CaseInsensitive), qPrintable(t.description));
            if (t.id.startsWith(QStringLiteral("seed-")))
                QVERIFY(t.description.contains(QStringLiteral("Exchange Network Ports Reference")));
        }
        QCOMPARE(templateTexts(), shown);
    }

    void crossZoneRules_data()
    {
        QTest::addColumn<QString>("id");
        const auto all = expectations();
        for (auto it = all.cbegin(); it != all.cend(); ++it)
            QTest::newRow(qPrintable(it.key())) << it.key();
    }

    void crossZoneRules()
    {
        QFETCH(QString, id);
        const auto info = TemplateLibrary::find(id);
        QVERIFY(info);
        DeploymentReader reader(PortCatalog::builtin());
        const auto data = reader.readFile(info->path);
        QVERIFY2(data, qPrintable(reader.errorString()));

        const PortMatrix matrix = MatrixBuilder(PortCatalog::builtin()).build(*data);
        const Table actual = actualTable(matrix);
        const Table expected = expectedTable(expectations().value(id));

        QStringList problems;
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            if (!actual.contains(it.key()))
                problems << QStringLiteral("missing %1: %2").arg(it.key(), describe(it.value()));
            else if (actual.value(it.key()) != it.value())
                problems << QStringLiteral("%1: expected %2, got %3")
                                .arg(it.key(), describe(it.value()), describe(actual.value(it.key())));
        }
        for (auto it = actual.cbegin(); it != actual.cend(); ++it) {
            if (!expected.contains(it.key()))
                problems << QStringLiteral("unexpected %1: %2").arg(it.key(), describe(it.value()));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(u'\n' + problems.join(u'\n')));
    }

    // No over-permissive rule: every template redone in every Exchange version (roles the version lacks dropped)
    // gives only rules that a catalog entry of that version backs, with sources the catalog knows.
    // Each template in each version twice: with the template's options, and with every option on and every choice
    // at its last value (SSL offload, UM dual mode), so that option-gated entries are checked too.
    void everyRuleIsBackedInEveryVersion_data()
    {
        QTest::addColumn<QString>("templateId");
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("allOptions");
        const PortCatalog& catalog = PortCatalog::builtin();
        for (const DeploymentTemplate& entry : TemplateLibrary::templates()) {
            for (const VersionInfo& version : catalog.versions()) {
                QTest::addRow("%s@%s", qPrintable(entry.id), qPrintable(version.id)) << entry.id << version.id << false;
                QTest::addRow("%s@%s all options", qPrintable(entry.id), qPrintable(version.id))
                    << entry.id << version.id << true;
            }
        }
    }

    void everyRuleIsBackedInEveryVersion()
    {
        QFETCH(QString, templateId);
        QFETCH(QString, version);
        QFETCH(bool, allOptions);
        const PortCatalog& catalog = PortCatalog::builtin();
        DeploymentReader reader(catalog);
        auto data = reader.readFile(TemplateLibrary::find(templateId)->path);
        QVERIFY2(data, qPrintable(reader.errorString()));
        data->exchangeVersion = version;
        for (Server& server : data->servers) {
            server.version.clear();
            server.roles.erase(std::remove_if(server.roles.begin(), server.roles.end(),
                                              [&](const QString& role) {
                                                  const RoleInfo* info = catalog.role(role);
                                                  return !info || !info->existsIn(version);
                                              }),
                               server.roles.end());
        }
        if (allOptions) {
            DeploymentOptions& options = data->options;
            for (const QString& flag : DeploymentOptions::flagNames())
                options.setFlag(flag, true);
            for (const ChoiceOption& choice : DeploymentOptions::choiceOptions())
                options.setChoice(choice.name, choice.values.constLast());
            options.staticRpc.enabled = true;
            options.dag.enabled = true;
        }
        const PortMatrix matrix = MatrixBuilder(catalog).build(*data);
        for (int row = 0; row < matrix.rowCount(); ++row) {
            const MatrixRule& rule = *matrix.ruleAt(row);
            const QString where = rule.from + u'>' + rule.to + u' ' + protocolId(rule.protocol) + u'/' +
                                  rule.ports.toString() + u' ' + rule.entry;
            const CatalogEntry* entry = catalog.entry(rule.entry);
            QVERIFY2(entry, qPrintable(where + u": no catalog entry"));
            QVERIFY2(entry->versions.isEmpty() || entry->versions.contains(version),
                     qPrintable(where + u": the entry is not for " + version));
            QVERIFY2(!entry->sources.isEmpty(), qPrintable(where + u": no source"));
            for (const QString& tag : entry->sources)
                QVERIFY2(catalog.source(tag), qPrintable(where + u": unknown source " + tag));
            QCOMPARE(rule.references, entry->sources);
            // A port other than the entry's own is the SSL-offloaded hop: only where Microsoft supports it.
            if (entry->offloadPort != 0 && rule.ports == PortRange{entry->offloadPort, entry->offloadPort})
                QVERIFY2(entry->offloadVersions.contains(version), qPrintable(where + u": offload not for " + version));
        }
    }
};

QTEST_GUILESS_MAIN(TestTemplates)
#include "tst_templates.moc"
