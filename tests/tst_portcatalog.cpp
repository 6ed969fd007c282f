// The built-in catalog is well-formed, sourced, and covers what the reference and the seed article list; a broken
// catalog is refused with a message that names the file and the entry.
#include "model/catalogentry.h"
#include "model/portcatalog.h"
#include "model/vocabularytexts.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

// Does some entry of these versions open this port (fixed ports only) on this protocol?
bool covers(const PortCatalog& catalog, Protocol protocol, int port, const QStringList& versions)
{
    for (const CatalogEntry& entry : catalog.entries()) {
        if (entry.protocol != protocol)
            continue;
        const bool versionMatch =
            std::any_of(versions.begin(), versions.end(), [&](const QString& v) { return entry.versions.contains(v); });
        if (!versionMatch)
            continue;
        for (const PortSpec& spec : entry.ports) {
            if (spec.kind == PortSpec::Kind::Fixed && spec.range.contains(port))
                return true;
        }
    }
    return false;
}

bool usesPortKind(const PortCatalog& catalog, PortSpec::Kind kind, const QString& version)
{
    for (const CatalogEntry& entry : catalog.entries()) {
        if (!entry.versions.contains(version))
            continue;
        for (const PortSpec& spec : entry.ports) {
            if (spec.kind == kind)
                return true;
        }
    }
    return false;
}

QStringList versions(const char* text)
{
    return QString::fromUtf8(text).split(u' ');
}

// The audit files of docs/port-audit and the Exchange versions each one audits; active-directory.md audits no single
// version.
const QList<QPair<QString, QStringList>>& auditFiles()
{
    static const QList<QPair<QString, QStringList>> files = {
        {QStringLiteral("2000-2003.md"), {QStringLiteral("2000"), QStringLiteral("2003")}},
        {QStringLiteral("2007.md"), {QStringLiteral("2007")}},
        {QStringLiteral("2010.md"), {QStringLiteral("2010")}},
        {QStringLiteral("2013.md"), {QStringLiteral("2013")}},
        {QStringLiteral("2016-2019-se.md"), {QStringLiteral("2016"), QStringLiteral("2019"), QStringLiteral("se")}},
        {QStringLiteral("active-directory.md"), {}},
        {QStringLiteral("README.md"), {}},
    };
    return files;
}

// Everything the audit writes in backticks: by the rule of docs/port-audit/README.md, catalog entry ids only.
QSet<QString> namedIds(const QString& text)
{
    static const QRegularExpression code(QStringLiteral("`([^`\\n]+)`"));
    QSet<QString> ids;
    for (auto it = code.globalMatch(text); it.hasNext();)
        ids.insert(it.next().captured(1));
    return ids;
}

void writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

} // namespace

class TestPortCatalog final : public QObject
{
    Q_OBJECT

private slots:
    void builtinLoads()
    {
        PortCatalog catalog;
        QVERIFY2(catalog.load(QStringLiteral(":/catalog")), qPrintable(catalog.errors().join(u'\n')));
        QVERIFY(catalog.entries().size() > 100);
        QCOMPARE(catalog.versions().size(), 8);
    }

    // Independent of the loader's own checks: every id and tag an entry uses resolves.
    void everyEntryIsWellFormedAndSourced()
    {
        const PortCatalog& catalog = PortCatalog::builtin();
        QSet<QString> ids;
        for (const CatalogEntry& entry : catalog.entries()) {
            QVERIFY2(!ids.contains(entry.id), qPrintable(entry.id));
            ids.insert(entry.id);
            QVERIFY2(!entry.sources.isEmpty(), qPrintable(entry.id));
            for (const QString& tag : entry.sources) {
                const SourceInfo* source = catalog.source(tag);
                QVERIFY2(source && !source->url.isEmpty(), qPrintable(entry.id + u' ' + tag));
            }
            for (const QString& role : entry.listeners + entry.initiators)
                QVERIFY2(catalog.role(role), qPrintable(entry.id + u' ' + role));
            for (const QString& version : entry.versions)
                QVERIFY2(catalog.isVersion(version), qPrintable(entry.id + u' ' + version));
            QVERIFY2(!entry.purpose.isEmpty() && !entry.ifBlocked.isEmpty() && !entry.encryption.isEmpty(),
                     qPrintable(entry.id));
            for (const PortSpec& spec : entry.ports) {
                if (spec.kind == PortSpec::Kind::Fixed)
                    QVERIFY2(spec.range.isValid(), qPrintable(entry.id));
            }
        }
    }

    // Every entry says what a user notices when its flow breaks, in a group of the vocabulary, and every group is
    // used: the what-if's Consequences panel groups by it.
    void everyEntryHasAnImpact()
    {
        const PortCatalog& catalog = PortCatalog::builtin();
        QSet<QString> used;
        for (const CatalogEntry& entry : catalog.entries()) {
            QVERIFY2(catalog.impact(entry.impact), qPrintable(entry.id + u' ' + entry.impact));
            used.insert(entry.impact);
        }
        for (const ImpactInfo& impact : catalog.impacts())
            QVERIFY2(used.contains(impact.id), qPrintable(impact.id));
        // Spot checks that the groups follow what breaks.
        QCOMPARE(catalog.entry(QStringLiteral("common-inbound-smtp-edge"))->impact,
                 QStringLiteral("inbound-internet-mail"));
        QCOMPARE(catalog.entry(QStringLiteral("modern-edgesync"))->impact, QStringLiteral("edgesync"));
        QCOMPARE(catalog.entry(QStringLiteral("common-dag-replication"))->impact, QStringLiteral("dag-replication"));
        QCOMPARE(catalog.entry(QStringLiteral("common-ad-gc"))->impact, QStringLiteral("directory-authentication"));
    }

    // Every zone kind and role text the interface shows is listed for the translators, and nothing else is.
    void vocabularyTextsAreTranslatable()
    {
        const PortCatalog& catalog = PortCatalog::builtin();
        QStringList shown;
        for (const ZoneKindInfo& kind : catalog.zoneKinds())
            shown.append(kind.name);
        for (const RoleInfo& role : catalog.roles())
            shown << role.name << role.description;
        for (const ImpactInfo& impact : catalog.impacts())
            shown.append(impact.name);
        QCOMPARE(vocabularyTexts(), shown);
    }

    // What the window shows of an entry speaks plain words: no claim tags of the reference ("C7"), no "seed"; the seed
    // is a source like any other, with a label that names where it was published.
    void displayedTextsHaveNoJargon()
    {
        const PortCatalog& catalog = PortCatalog::builtin();
        const QRegularExpression claimTag(QStringLiteral("\\bC[0-9]+\\b"));
        for (const CatalogEntry& entry : catalog.entries()) {
            for (const QString& text : {entry.purpose, entry.ifBlocked, entry.encryption, entry.note}) {
                QVERIFY2(!text.contains(claimTag), qPrintable(entry.id + u": " + text));
                QVERIFY2(!text.contains(QStringLiteral("the seed"), Qt::CaseInsensitive),
                         qPrintable(entry.id + u": " + text));
            }
        }
        const SourceInfo* seed = catalog.source(QStringLiteral("SEED"));
        QVERIFY(seed);
        QCOMPARE(seed->label, QStringLiteral("leally.ru"));
        QVERIFY(seed->url.startsWith(QStringLiteral("https://leally.ru/")));
        QVERIFY(!seed->title.contains(QStringLiteral("seed article")));
        QCOMPARE(catalog.sourceLabels({QStringLiteral("S1"), QStringLiteral("SEED"), QStringLiteral("X9")}),
                 (QStringList{QStringLiteral("S1"), QStringLiteral("leally.ru"), QStringLiteral("X9")}));
    }

    // The live probe's service check follows the port: every SMTP, POP3, IMAP4, web, LDAPS and DNS port of the catalog
    // names the check that speaks its protocol, and no check sits on a port it cannot speak to.
    void serviceChecksFitTheirPorts()
    {
        const QMap<QString, QList<int>> portsOfCheck = {
            {QStringLiteral("smtp"), {25, 465, 475, 587, 717, 2525}},
            {QStringLiteral("smtps"), {465}},
            {QStringLiteral("pop3"), {110}},
            {QStringLiteral("pop3s"), {995}},
            {QStringLiteral("imap4"), {143}},
            {QStringLiteral("imaps"), {993}},
            {QStringLiteral("nntp"), {119}},
            {QStringLiteral("nntps"), {563}},
            {QStringLiteral("http"), {80}},
            {QStringLiteral("https"), {443, 444}},
            {QStringLiteral("tls"), {636, 3269, 5061, 50636}},
            {QStringLiteral("dns"), {53}},
            {QStringLiteral("cldap"), {389}},
        };
        int checked = 0;
        for (const CatalogEntry& entry : PortCatalog::builtin().entries()) {
            const bool single = entry.ports.size() == 1 && entry.ports.first().kind == PortSpec::Kind::Fixed &&
                                entry.ports.first().range.first == entry.ports.first().range.last;
            const int port = single ? entry.ports.first().range.first : -1;
            if (!entry.check.isEmpty()) {
                ++checked;
                QVERIFY2(portsOfCheck.value(entry.check).contains(port), qPrintable(entry.id));
                QCOMPARE(entry.protocol,
                         entry.check == u"dns" || entry.check == u"cldap" ? Protocol::Udp : Protocol::Tcp);
            } else if (entry.protocol == Protocol::Tcp) {
                for (int known : {25, 110, 143, 443, 587, 993, 995, 50636})
                    QVERIFY2(port != known, qPrintable(entry.id + u" has no check"));
            }
        }
        QCOMPARE(checked, 133);
    }

    void everyRoleAndVersionIsCovered()
    {
        const PortCatalog& catalog = PortCatalog::builtin();
        for (const RoleInfo& role : catalog.roles()) {
            const bool used = std::any_of(catalog.entries().begin(), catalog.entries().end(), [&](const auto& e) {
                return e.listeners.contains(role.id) || e.initiators.contains(role.id) || e.publishedVia == role.id;
            });
            QVERIFY2(used, qPrintable(role.id));
        }
        for (const VersionInfo& version : catalog.versions()) {
            const bool used = std::any_of(catalog.entries().begin(), catalog.entries().end(),
                                          [&](const auto& e) { return e.versions.contains(version.id); });
            QVERIFY2(used, qPrintable(version.id));
        }
    }

    void coversTheReference_data()
    {
        QTest::addColumn<QString>("protocol");
        QTest::addColumn<int>("port");
        QTest::addColumn<QStringList>("versions");
        const QStringList legacy = versions("2000 2003");
        // The seed article's whole 2000/2003 list, but for the three ports it says Exchange 2000 does not use
        // (seedPortsExchangeDoesNotUse).
        const int seedTcp[] = {25,  53,  80,  88,  102,  110,  119,  135,  143,  379,  389,  390,  443, 563,
                               636, 691, 993, 995, 1503, 1720, 1731, 3268, 3269, 6001, 6002, 6004, 6667};
        for (int port : seedTcp)
            QTest::addRow("legacy tcp %d", port) << QStringLiteral("tcp") << port << legacy;
        QTest::newRow("legacy udp 2883") << QStringLiteral("udp") << 2883 << QStringList{QStringLiteral("2003")};
        QTest::newRow("legacy udp 53") << QStringLiteral("udp") << 53 << legacy;
        // 2007/2010 roles and UM.
        const QStringList mid = versions("2007 2010");
        for (int port : {25, 135, 443, 587, 50636, 5060, 5061, 993, 995})
            QTest::addRow("2007/2010 tcp %d", port) << QStringLiteral("tcp") << port << mid;
        // 2013 and later.
        const QStringList modern = versions("2013 2016 2019 se");
        for (int port : {25,   587, 2525, 465, 475, 717, 50636, 53,  1080, 1081, 23,  6588, 3128,
                         3343, 389, 3268, 88,  135, 443, 80,    110, 995,  143,  993, 445})
            QTest::addRow("modern tcp %d", port) << QStringLiteral("tcp") << port << modern;
        for (int port : {53, 389, 88, 3343})
            QTest::addRow("modern udp %d", port) << QStringLiteral("udp") << port << modern;
        // The 2013 Client Access server's proxy to the Mailbox server's POP3/IMAP4 back-end services (M1, M2, M3).
        QTest::newRow("2013 POP3 back-end") << QStringLiteral("tcp") << 1995 << QStringList{QStringLiteral("2013")};
        QTest::newRow("2013 IMAP4 back-end") << QStringLiteral("tcp") << 1993 << QStringList{QStringLiteral("2013")};
        QTest::newRow("2007/2010 tcp 445") << QStringLiteral("tcp") << 445 << mid;
        QTest::newRow("UM SIP 2013/2016") << QStringLiteral("tcp") << 5060 << versions("2013 2016");
        QTest::newRow("UM RTP 2013/2016") << QStringLiteral("udp") << 20000 << versions("2013 2016");
    }

    void coversTheReference()
    {
        QFETCH(QString, protocol);
        QFETCH(int, port);
        QFETCH(QStringList, versions);
        QVERIFY(covers(PortCatalog::builtin(), *protocolFromId(protocol), port, versions));
    }

    // The seed lists TCP 522 (ULS) and 994 (IRC over SSL) but says Exchange 2000 uses Active Directory instead of a
    // ULS and does not support IRC over SSL: no version opens them. It lists 465 (SMTP over SSL) only as common
    // practice and says Exchange 2000 SMTP uses in-band TLS instead of a separate SSL port: 2000/2003 do not open it
    // (from 2013 on 465 is the Transport service's internal Client Proxy connector, S2).
    void seedPortsExchangeDoesNotUse()
    {
        QStringList all;
        for (const VersionInfo& version : PortCatalog::builtin().versions())
            all.append(version.id);
        for (int port : {522, 994})
            QVERIFY2(!covers(PortCatalog::builtin(), Protocol::Tcp, port, all), qPrintable(QString::number(port)));
        QVERIFY(!covers(PortCatalog::builtin(), Protocol::Tcp, 465, versions("2000 2003")));
    }

    void staticRpcAndDagArePortsOfOptions()
    {
        const PortCatalog& catalog = PortCatalog::builtin();
        QVERIFY(usesPortKind(catalog, PortSpec::Kind::StaticRpcClientAccess, QStringLiteral("2010")));
        QVERIFY(usesPortKind(catalog, PortSpec::Kind::StaticRpcAddressBook, QStringLiteral("2010")));
        QVERIFY(usesPortKind(catalog, PortSpec::Kind::RpcDynamic, QStringLiteral("2010")));
        QVERIFY(usesPortKind(catalog, PortSpec::Kind::DagReplication, QStringLiteral("2019")));
        QCOMPARE(catalog.dynamicRpcDefault(QStringLiteral("2003"), QStringLiteral("back-end")).range,
                 (PortRange{1025, 5000}));
        QCOMPARE(catalog.dynamicRpcDefault(QStringLiteral("2019"), QStringLiteral("mailbox")).range,
                 (PortRange{49152, 65535}));
    }

    void optionVersionsFollowTheEntries()
    {
        const PortCatalog& catalog = PortCatalog::builtin();
        QCOMPARE(catalog.optionVersions(QStringLiteral("staticRpc")), QStringList{QStringLiteral("2010")});
        QCOMPARE(catalog.optionVersions(QStringLiteral("directPush")), QStringList{QStringLiteral("2003")});
        QVERIFY(catalog.optionVersions(QStringLiteral("pop3")).contains(QStringLiteral("2019")));
        QVERIFY(!catalog.optionVersions(QStringLiteral("hybrid")).contains(QStringLiteral("2003")));
        QVERIFY(catalog.optionVersions(QStringLiteral("noSuchOption")).isEmpty());
    }

    void umAndHybridWhereTheyExist()
    {
        const PortCatalog& catalog = PortCatalog::builtin();
        for (const CatalogEntry& entry : catalog.entries()) {
            if (entry.family == u"voice")
                QVERIFY2(!entry.versions.contains(QStringLiteral("2019")) &&
                             !entry.versions.contains(QStringLiteral("se")),
                         qPrintable(entry.id));
        }
        QVERIFY(!catalog.role(QStringLiteral("hub-transport"))->existsIn(QStringLiteral("2013")));
        QVERIFY(!catalog.role(QStringLiteral("client-access"))->existsIn(QStringLiteral("2016")));
        const bool hybrid = std::any_of(catalog.entries().begin(), catalog.entries().end(), [](const auto& e) {
            return e.initiators.contains(QStringLiteral("exchange-online")) &&
                   e.versions.contains(QStringLiteral("2019"));
        });
        QVERIFY(hybrid);
    }

    // 50389 is AD LDS's local port on the Edge: it must never appear as a port to open (S6).
    void neverOpens50389()
    {
        QVERIFY(!covers(PortCatalog::builtin(), Protocol::Tcp, 50389, versions("2007 2010 2013 2016 2019 se")));
    }

    // docs/port-audit compares the catalog with Microsoft's tables, one file per version. Every entry must appear in
    // the file of every version it covers, and the audit may name only entries that exist, each in the file of a
    // version it covers. A failure lists each id with the file it is missing from or wrongly named in.
    void auditNamesEveryEntry()
    {
        const PortCatalog& catalog = PortCatalog::builtin();
        const QDir dir(QStringLiteral(PORTOLAN_SOURCE_DIR "/docs/port-audit"));
        QStringList problems;
        QMap<QString, QString> fileOfVersion;
        QMap<QString, QSet<QString>> idsInFile;
        for (const auto& [name, versions] : auditFiles()) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::ReadOnly)) {
                problems.append(name + QStringLiteral(": cannot read ") + file.fileName());
                continue;
            }
            idsInFile.insert(name, namedIds(QString::fromUtf8(file.readAll())));
            for (const QString& version : versions)
                fileOfVersion.insert(version, name);
        }
        for (const CatalogEntry& entry : catalog.entries()) {
            for (const QString& version : entry.versions) {
                const QString name = fileOfVersion.value(version);
                if (name.isEmpty())
                    problems.append(QStringLiteral("no audit file for version ") + version + QStringLiteral(" of ") +
                                    entry.id);
                else if (!idsInFile.value(name).contains(entry.id))
                    problems.append(name + QStringLiteral(": missing ") + entry.id + QStringLiteral(" (covers ") +
                                    entry.versions.join(u' ') + u')');
            }
        }
        for (const auto& [name, versions] : auditFiles()) {
            QStringList ids = idsInFile.value(name).values();
            ids.sort();
            for (const QString& id : ids) {
                const CatalogEntry* entry = catalog.entry(id);
                if (!entry) {
                    problems.append(name + QStringLiteral(": names ") + id + QStringLiteral(", not a catalog entry"));
                    continue;
                }
                const bool covered = versions.isEmpty() || std::any_of(versions.begin(), versions.end(), [&](auto& v) {
                                         return entry->versions.contains(v);
                                     });
                if (!covered)
                    problems.append(name + QStringLiteral(": names ") + id + QStringLiteral(", which covers only ") +
                                    entry->versions.join(u' '));
            }
        }
        problems.removeDuplicates();
        QVERIFY2(problems.isEmpty(), qPrintable(u'\n' + problems.join(u'\n')));
    }

    void brokenCatalogIsRefused_data()
    {
        QTest::addColumn<QByteArray>("entry");
        QTest::addColumn<QString>("message");
        const QByteArray base = R"("id": "x", "service": "SMTP", "family": "mail", "protocol": "tcp",
            "listeners": ["mailbox"], "versions": ["2019"],
            "encryption": "TLS", "purpose": "p", "ifBlocked": "b")";
        const QByteArray initiators = R"(, "initiators": ["internet-mail"], "impact": "inbound-internet-mail")";
        QTest::newRow("unknown role") << base + initiators +
                                             R"(, "ports": [25], "sources": ["S1"], "requires": ["mailbx"])"
                                      << QStringLiteral("entry \"x\": unknown role \"mailbx\"");
        QTest::newRow("unknown source") << base + initiators + R"(, "ports": [25], "sources": ["S999"])"
                                        << QStringLiteral("entry \"x\": unknown source \"S999\"");
        QTest::newRow("no source") << base + initiators + R"(, "ports": [25], "sources": [])"
                                   << QStringLiteral("entry \"x\": listeners, initiators, versions and sources");
        QTest::newRow("bad port") << base + initiators + R"(, "ports": [70000], "sources": ["S1"])"
                                  << QStringLiteral("entry \"x\": invalid port range 70000");
        QTest::newRow("bad port ref") << base + initiators + R"(, "ports": ["rpcStatic"], "sources": ["S1"])"
                                      << QStringLiteral("entry \"x\": invalid port element");
        QTest::newRow("unknown option") << base + initiators +
                                               R"(, "ports": [25], "sources": ["S1"], "options": ["pop5"])"
                                        << QStringLiteral("entry \"x\": unknown option in \"pop5\"");
        QTest::newRow("unknown key") << base + initiators + R"(, "ports": [25], "sources": ["S1"], "port": 25)"
                                     << QStringLiteral("entry \"x\": unknown key \"port\"");
        QTest::newRow("50389") << base + initiators + R"(, "ports": [50389], "sources": ["S1"])"
                               << QStringLiteral("entry \"x\": 50389");
        QTest::newRow("unknown check") << base + initiators + R"(, "ports": [25], "sources": ["S1"], "check": "smtq")"
                                       << QStringLiteral("entry \"x\": unknown check \"smtq\"");
        QTest::newRow("unknown impact")
            << base + R"(, "initiators": ["internet-mail"], "impact": "mail", "ports": [25], "sources": ["S1"])"
            << QStringLiteral("entry \"x\": unknown impact \"mail\"");
        QTest::newRow("no impact") << base + R"(, "initiators": ["internet-mail"], "ports": [25], "sources": ["S1"])"
                                   << QStringLiteral("entry \"x\": no impact");
        QTest::newRow("role not in version")
            << base + R"(, "ports": [25], "sources": ["S1"], "initiators": ["hub-transport"])"
            << QStringLiteral("entry \"x\": role \"hub-transport\" exists in none");
    }

    void brokenCatalogIsRefused()
    {
        QFETCH(QByteArray, entry);
        QFETCH(QString, message);
        QTemporaryDir dir;
        for (const char* name : {"vocabulary.json", "sources.json"})
            QVERIFY(QFile::copy(QStringLiteral(":/catalog/") + QString::fromUtf8(name),
                                dir.filePath(QString::fromUtf8(name))));
        writeFile(dir.filePath(QStringLiteral("ports-test.json")), "{\"entries\": [{" + entry + "}]}");
        PortCatalog catalog;
        QVERIFY(!catalog.load(dir.path()));
        const QString errors = catalog.errors().join(u'\n');
        QVERIFY2(errors.contains(message), qPrintable(errors));
    }
};

QTEST_GUILESS_MAIN(TestPortCatalog)
#include "tst_portcatalog.moc"
