// Each validation warning: the layout that triggers it, and a close layout that must not.
#include "model/matrixbuilder.h"
#include "model/portcatalog.h"

#include "deploymentbuilder.h"
#include "matrixquery.h"

#include <algorithm>

#include <QTest>

class TestValidator final : public QObject
{
    Q_OBJECT

private slots:
    void defaultLayoutIsClean()
    {
        auto b = DeploymentBuilder::threeZones("2019");
        b.server("edge01", "dmz", {"edge-transport"}).server("ex01", "lan", {"mailbox"});
        b.server("dc01", "lan", {"domain-controller"});
        const PortMatrix m = matrixOf(b);
        QVERIFY2(m.warnings.isEmpty(), qPrintable(m.warnings.value(0).message));
    }

    void hostOutsideItsZoneNetworks()
    {
        auto b = DeploymentBuilder::threeZones("2019");
        b.server("edge01", "dmz", {"edge-transport"}).host("192.0.2.10");
        b.server("ex01", "lan", {"mailbox"}).host("198.51.100.20");
        b.networks("dmz", {"192.0.2.0/26"}).networks("lan", {"198.51.100.0/24"});
        QVERIFY(!findWarning(matrixOf(b), "host-outside-zone"));
        b.server("ex02", "lan", {"mailbox"}).host("192.0.2.99");
        const auto w = findWarning(matrixOf(b), "host-outside-zone");
        QVERIFY(w);
        QCOMPARE(w->severity, Severity::Warning);
        QCOMPARE(w->servers, QStringList{QStringLiteral("ex02")});
        QVERIFY2(w->message.contains(QStringLiteral("EX02")) && w->message.contains(QStringLiteral("192.0.2.99")) &&
                     w->message.contains(QStringLiteral("198.51.100.0/24")),
                 qPrintable(w->message));
    }

    void overlappingZoneNetworks()
    {
        auto b = DeploymentBuilder::threeZones("2019");
        b.server("ex01", "lan", {"mailbox"});
        b.networks("dmz", {"192.0.2.0/25"}).networks("lan", {"192.0.2.128/25", "2001:db8:1::/64"});
        QVERIFY(!findWarning(matrixOf(b), "zone-networks-overlap"));
        b.networks("dmz", {"2001:db8::/32"});
        const auto w = findWarning(matrixOf(b), "zone-networks-overlap");
        QVERIFY(w);
        QCOMPARE(w->severity, Severity::Error);
        QVERIFY2(w->message.contains(QStringLiteral("DMZ (2001:db8::/32)")) &&
                     w->message.contains(QStringLiteral("LAN (2001:db8:1::/64)")),
                 qPrintable(w->message));
    }

    void firewallsMustJoinKnownZonesAndReachEveryZone()
    {
        auto b = DeploymentBuilder::threeZones("2019");
        b.server("edge01", "dmz", {"edge-transport"}).server("ex01", "lan", {"mailbox"});
        b.firewall("outer", {{"internet", "outside"}, {"dmz", "inside"}});
        b.firewall("inner", {{"dmz", "outside"}, {"lan", "inside"}});
        PortMatrix m = matrixOf(b);
        QVERIFY(!findWarning(m, "zone-unreachable"));
        QVERIFY(!findWarning(m, "firewall-unknown-zone"));

        // An edit in memory (the reader refuses it) leaves the inner firewall facing a zone that is gone.
        auto broken = b;
        DeploymentData data = broken.data();
        data.firewalls[1].interfaces[1].zone = QStringLiteral("lan2");
        m = MatrixBuilder(PortCatalog::builtin()).build(data);
        auto w = findWarning(m, "firewall-unknown-zone");
        QVERIFY(w);
        QCOMPARE(w->severity, Severity::Error);
        QVERIFY2(w->message.contains(QStringLiteral("INNER")) && w->message.contains(QStringLiteral("lan2")),
                 qPrintable(w->message));
        QVERIFY(findWarning(m, "firewall-joins-too-few-zones"));
        w = findWarning(m, "zone-unreachable");
        QVERIFY(w);
        QCOMPARE(w->severity, Severity::Error);
        QVERIFY2(w->message.contains(QStringLiteral("LAN")), qPrintable(w->message));
    }

    // Reported once a deployment uses addresses; old layouts without any get no new messages.
    void endpointsWithoutAddress()
    {
        auto b = DeploymentBuilder::threeZones("2019");
        b.server("edge01", "dmz", {"edge-transport"}).server("ex01", "lan", {"mailbox"});
        QVERIFY(!findWarning(matrixOf(b), "address-missing"));
        b.networks("dmz", {"192.0.2.0/26"});
        const auto w = findWarning(matrixOf(b), "address-missing");
        QVERIFY(w);
        QCOMPARE(w->severity, Severity::Info);
        QVERIFY(w->servers.contains(QStringLiteral("ex01")));
        QVERIFY2(w->message.contains(QStringLiteral("LAN")) && w->message.contains(QStringLiteral("EX01")),
                 qPrintable(w->message));
        // The DMZ's networks stand in for the Edge; the Internet is any address.
        QVERIFY(!w->servers.contains(QStringLiteral("edge01")));
        b.networks("lan", {"198.51.100.0/24"});
        QVERIFY(!findWarning(matrixOf(b), "address-missing"));
    }

    void umRtpRangeMustBeAValidRange()
    {
        auto b = DeploymentBuilder::threeZones("2013");
        b.server("ex01", "lan", {"client-access", "mailbox"}).server("gw01", "dmz", {"voip-gateway"});
        b.option("unifiedMessaging", true);
        QVERIFY(!findWarning(matrixOf(b), "um-rtp-range-invalid"));
        b.options().umRtpRange = PortRange{5000, 4000};
        const PortMatrix m = matrixOf(b);
        const auto w = findWarning(m, "um-rtp-range-invalid");
        QVERIFY(w);
        QCOMPARE(w->severity, Severity::Error);
        QVERIFY(w->message.contains(QStringLiteral("5000-4000")));
        // No rule is made of a range that does not exist.
        QVERIFY(rulesFor(m, QStringLiteral("dmz"), QStringLiteral("lan"), Protocol::Udp, 4500).isEmpty());
    }

    void mailboxInPerimeterIsUnsupported()
    {
        auto b = DeploymentBuilder::threeZones("2019");
        b.server("ex01", "dmz", {"mailbox"});
        const auto w = findWarning(matrixOf(b), "unsupported-placement");
        QVERIFY(w);
        QCOMPARE(w->severity, Severity::Error);
        QCOMPARE(w->servers, QStringList{QStringLiteral("ex01")});
        QVERIFY(w->message.contains(QStringLiteral("DMZ")));
    }

    void legacyBackEndInPerimeterIsAWarning()
    {
        auto b = DeploymentBuilder::threeZones("2003");
        b.server("be01", "dmz", {"back-end"}).server("fe01", "dmz", {"front-end"});
        const auto w = findWarning(matrixOf(b), "unsupported-placement");
        QVERIFY(w);
        QCOMPARE(w->severity, Severity::Warning);
        QCOMPARE(w->servers, QStringList{QStringLiteral("be01")});
    }

    // Two servers in two internal zones with traffic between them: is the firewall between them supported?
    void filteringBetweenInternalServers_data()
    {
        QTest::addColumn<QString>("versionA");
        QTest::addColumn<QString>("roleA");
        QTest::addColumn<QString>("versionB");
        QTest::addColumn<QString>("roleB");
        QTest::addColumn<QString>("source"); // cited by the error; empty: no error
        const auto row = [](const char* name, const char* versionA, const char* roleA, const char* versionB,
                            const char* roleB, const char* source) {
            QTest::newRow(name) << QString::fromUtf8(versionA) << QString::fromUtf8(roleA)
                                << QString::fromUtf8(versionB) << QString::fromUtf8(roleB) << QString::fromUtf8(source);
        };
        row("2019 mailbox | DC", "2019", "mailbox", "2019", "domain-controller", "(S1)");
        row("2016 mailbox | mailbox", "2016", "mailbox", "2016", "mailbox", "(S1)");
        row("2013 CAS | mailbox", "2013", "client-access", "2013", "mailbox", "(S1)");
        row("2010 mailbox | DC", "2010", "mailbox", "2010", "domain-controller", "(M5)");
        row("2010 CAS | DC", "2010", "client-access", "2010", "domain-controller", "(M5)");
        row("2010 hub | mailbox", "2010", "hub-transport", "2010", "mailbox", "(M5)");
        row("2010 CAS | mailbox", "2010", "client-access", "2010", "mailbox", "(M5)");
        // M5 names Mailbox and Client Access servers with Active Directory, not Hub Transport.
        row("2010 hub | DC", "2010", "hub-transport", "2010", "domain-controller", "");
        // No statement for 2007 in the reference; 2000/2003 front-end/back-end through a firewall is documented: a
        // note says so (internal-filtering-documented).
        row("2007 mailbox | hub", "2007", "mailbox", "2007", "hub-transport", "");
        row("2007 mailbox | DC", "2007", "mailbox", "2007", "domain-controller", "");
        row("2003 front-end | back-end", "2003", "front-end", "2003", "back-end", "");
        row("2003 back-end | DC", "2003", "back-end", "2003", "domain-controller", "");
    }

    void filteringBetweenInternalServers()
    {
        QFETCH(QString, versionA);
        QFETCH(QString, roleA);
        QFETCH(QString, versionB);
        QFETCH(QString, roleB);
        QFETCH(QString, source);
        const QByteArray a = roleA.toUtf8(), b = roleB.toUtf8(), va = versionA.toUtf8(), vb = versionB.toUtf8();
        DeploymentBuilder builder(va.constData());
        builder.zone("a", "lan").zone("b", "lan");
        builder.server("one", "a", {a.constData()}, va.constData()).server("two", "b", {b.constData()}, vb.constData());
        const PortMatrix m = matrixOf(builder);
        const bool crossing = std::any_of(m.rules.begin(), m.rules.end(), [](const MatrixRule& rule) {
            return rule.sources.contains(QStringLiteral("one")) || rule.sources.contains(QStringLiteral("two"));
        });
        QVERIFY2(crossing, "the two servers must talk across the zones for the case to mean anything");
        const auto w = findWarning(m, "internal-filtering-unsupported");
        const auto documented = findWarning(m, "internal-filtering-documented");
        const bool before2010 = versionA != u"2010" && !source.startsWith(u"(S1");
        QCOMPARE(documented.has_value(), source.isEmpty() && before2010);
        if (documented) {
            QCOMPARE(documented->severity, Severity::Info);
            QVERIFY2(documented->message.contains(QStringLiteral("(S16")), qPrintable(documented->message));
            QCOMPARE(documented->servers, (QStringList{QStringLiteral("one"), QStringLiteral("two")}));
        }
        if (source.isEmpty()) {
            QVERIFY2(!w, w ? qPrintable(w->message) : "");
            return;
        }
        QVERIFY(w);
        QCOMPARE(w->severity, Severity::Error);
        QVERIFY2(w->message.contains(source), qPrintable(w->message));
        QCOMPARE(w->servers, (QStringList{QStringLiteral("one"), QStringLiteral("two")}));
    }

    void roleMissingFromVersion()
    {
        auto b = DeploymentBuilder::threeZones("2019");
        b.server("hub01", "lan", {"hub-transport"}).server("um01", "lan", {"unified-messaging"}, "2016");
        const PortMatrix m = matrixOf(b);
        int count = 0;
        for (const ValidationWarning& w : m.warnings) {
            if (w.code == u"role-not-in-version") {
                ++count;
                QCOMPARE(w.severity, Severity::Error);
            }
        }
        QCOMPARE(count, 2);
    }

    // 2010 Client Access cas01, Mailbox mbx01 (public folders take the RPC Client Access port) and Hub hub01.
    void staticRpcPortsOutOfRange_data()
    {
        QTest::addColumn<int>("clientAccess");
        QTest::addColumn<int>("addressBook");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("severity");
        QTest::addColumn<QStringList>("servers");
        const QStringList both{QStringLiteral("cas01"), QStringLiteral("mbx01")};
        const QStringList cas{QStringLiteral("cas01")};
        QTest::newRow("recommended") << 59532 << 59533 << QString() << 0 << QStringList();
        QTest::newRow("client access outside recommended")
            << 6000 << 59533 << QStringLiteral("static-rpc-out-of-range") << int(Severity::Warning) << both;
        QTest::newRow("address book outside recommended")
            << 59532 << 6001 << QStringLiteral("static-rpc-out-of-range") << int(Severity::Warning) << cas;
        QTest::newRow("below 1024") << 135 << 59533 << QStringLiteral("static-rpc-out-of-range") << int(Severity::Error)
                                    << both;
        QTest::newRow("above 65535") << 59532 << 70000 << QStringLiteral("static-rpc-out-of-range")
                                     << int(Severity::Error) << cas;
        QTest::newRow("same port") << 59532 << 59532 << QStringLiteral("static-rpc-port-conflict")
                                   << int(Severity::Error) << cas;
    }

    void staticRpcPortsOutOfRange()
    {
        QFETCH(int, clientAccess);
        QFETCH(int, addressBook);
        QFETCH(QString, code);
        QFETCH(int, severity);
        QFETCH(QStringList, servers);
        DeploymentBuilder b("2010");
        b.zone("lan", "lan").server("cas01", "lan", {"client-access"});
        b.server("mbx01", "lan", {"mailbox"}).server("hub01", "lan", {"hub-transport"});
        b.options().staticRpc = {true, clientAccess, addressBook};
        const PortMatrix m = matrixOf(b);
        if (code.isEmpty()) {
            QVERIFY(!findWarning(m, "static-rpc-out-of-range") && !findWarning(m, "static-rpc-port-conflict"));
            return;
        }
        const auto w = findWarning(m, qPrintable(code));
        QVERIFY(w);
        QCOMPARE(int(w->severity), severity);
        QCOMPARE(w->servers, servers);
        if (code == u"static-rpc-out-of-range") {
            for (const QString& server : servers)
                QVERIFY2(w->message.contains(server.toUpper()), qPrintable(w->message));
            QVERIFY2(!w->message.contains(QStringLiteral("HUB01")), qPrintable(w->message));
        }
    }

    // The RPC Client Access port is set on Mailbox servers only for their public folder databases (S11).
    void staticRpcPortOfMailboxServersFollowsPublicFolders()
    {
        DeploymentBuilder b("2010");
        b.zone("lan", "lan").server("cas01", "lan", {"client-access"}).server("mbx01", "lan", {"mailbox"});
        b.options().staticRpc = {true, 6000, 59533};
        b.option("publicFolders", false);
        const auto w = findWarning(matrixOf(b), "static-rpc-out-of-range");
        QVERIFY(w);
        QCOMPARE(w->servers, QStringList{QStringLiteral("cas01")});
    }

    void staticRpcPortFollowsMarkedPublicFolderServers()
    {
        DeploymentBuilder b("2010");
        b.zone("lan", "lan").server("cas01", "lan", {"client-access"});
        b.server("mbx01", "lan", {"mailbox"}).server("mbx02", "lan", {"mailbox"}).flag("publicFolderDatabase");
        b.options().staticRpc = {true, 6000, 59533};
        const auto w = findWarning(matrixOf(b), "static-rpc-out-of-range");
        QVERIFY(w);
        QCOMPARE(w->servers, (QStringList{QStringLiteral("cas01"), QStringLiteral("mbx02")}));
    }

    void publicFolderDatabaseMarkNeedsA2010Mailbox()
    {
        DeploymentBuilder b("2010");
        b.zone("lan", "lan").server("cas01", "lan", {"client-access"}).flag("publicFolderDatabase");
        b.server("mbx01", "lan", {"mailbox"}).flag("publicFolderDatabase");
        const PortMatrix m = matrixOf(b);
        const auto role = findWarning(m, "public-folder-database-role");
        QVERIFY(role);
        QCOMPARE(role->servers, QStringList{QStringLiteral("cas01")});
        QVERIFY2(role->message.contains(QStringLiteral("CAS01")), qPrintable(role->message));
        QVERIFY(!findWarning(m, "public-folder-database-without-option"));
        b.option("publicFolders", false);
        const auto off = findWarning(matrixOf(b), "public-folder-database-without-option");
        QVERIFY(off);
        QCOMPARE(off->severity, Severity::Info);
        QCOMPARE(off->servers, (QStringList{QStringLiteral("cas01"), QStringLiteral("mbx01")}));
    }

    void seedingAcrossZonesNamesTheZones()
    {
        DeploymentBuilder b("2007");
        b.zone("site-a", "lan").zone("site-b", "lan").zone("site-c", "lan");
        b.server("ex01", "site-a", {"mailbox"}).server("ex02", "site-b", {"mailbox"});
        b.server("ex03", "site-c", {"hub-transport"});
        b.option("scr", true);
        const auto w = findWarning(matrixOf(b), "seeding-random-port");
        QVERIFY(w);
        QCOMPARE(w->servers, (QStringList{QStringLiteral("ex01"), QStringLiteral("ex02")}));
        QVERIFY2(w->message.contains(QStringLiteral("SITE-A and SITE-B")), qPrintable(w->message));
        DeploymentBuilder oneZone("2007");
        oneZone.zone("site-a", "lan").server("ex01", "site-a", {"mailbox"}).server("ex02", "site-a", {"mailbox"});
        oneZone.option("scr", true);
        QVERIFY(!findWarning(matrixOf(oneZone), "seeding-random-port"));
    }

    void staticRpcOutOfRangeNamesAtMostFiveServers()
    {
        DeploymentBuilder b("2010");
        b.zone("lan", "lan");
        for (const char* id : {"cas01", "cas02", "cas03", "cas04", "cas05", "cas06", "cas07"})
            b.server(id, "lan", {"client-access"});
        b.options().staticRpc = {true, 59532, 6001};
        const auto w = findWarning(matrixOf(b), "static-rpc-out-of-range");
        QVERIFY(w);
        QCOMPARE(w->servers.size(), 7);
        QVERIFY2(w->message.contains(QStringLiteral("CAS05 and 2 more")), qPrintable(w->message));
        QVERIFY2(!w->message.contains(QStringLiteral("CAS06")), qPrintable(w->message));
    }

    void staticRpcWithout2010Servers()
    {
        auto b = DeploymentBuilder::threeZones("2019");
        b.server("ex01", "lan", {"mailbox"});
        b.options().staticRpc.enabled = true;
        QVERIFY(hasWarning(matrixOf(b), "static-rpc-not-applicable", Severity::Info));
    }

    void edgeWithoutSubscriber()
    {
        auto b = DeploymentBuilder::threeZones("2019");
        b.server("edge01", "dmz", {"edge-transport"});
        const auto w = findWarning(matrixOf(b), "edge-not-subscribed");
        QVERIFY(w);
        QCOMPARE(w->servers, QStringList{QStringLiteral("edge01")});
        b.server("ex01", "lan", {"mailbox"});
        QVERIFY(!findWarning(matrixOf(b), "edge-not-subscribed"));
    }

    void plainPopImapExposedToInternet_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("role");
        QTest::addColumn<int>("severity");
        QTest::addColumn<bool>("inClear"); // the message says passwords cross in clear
        // 2010 and later: LoginType SecureLogin by default, no login before STARTTLS (M1, M2).
        QTest::newRow("2019 mailbox") << QStringLiteral("2019") << QStringLiteral("mailbox") << int(Severity::Info)
                                      << false;
        QTest::newRow("2016 mailbox") << QStringLiteral("2016") << QStringLiteral("mailbox") << int(Severity::Info)
                                      << false;
        QTest::newRow("2013 client access")
            << QStringLiteral("2013") << QStringLiteral("client-access") << int(Severity::Info) << false;
        QTest::newRow("2010 client access")
            << QStringLiteral("2010") << QStringLiteral("client-access") << int(Severity::Info) << false;
        QTest::newRow("2007 client access")
            << QStringLiteral("2007") << QStringLiteral("client-access") << int(Severity::Warning) << true;
        QTest::newRow("2003 front-end") << QStringLiteral("2003") << QStringLiteral("front-end")
                                        << int(Severity::Warning) << true;
    }

    void plainPopImapExposedToInternet()
    {
        QFETCH(QString, version);
        QFETCH(QString, role);
        QFETCH(int, severity);
        QFETCH(bool, inClear);
        const QByteArray v = version.toUtf8(), r = role.toUtf8();
        auto b = DeploymentBuilder::threeZones(v.constData());
        b.server("ex01", "lan", {r.constData()});
        b.option("pop3", false).option("imap4", false);
        QVERIFY(!findWarning(matrixOf(b), "plain-text-exposed"));
        b.option("pop3", true).option("imap4", true);
        const auto w = findWarning(matrixOf(b), "plain-text-exposed");
        QVERIFY(w);
        QCOMPARE(int(w->severity), severity);
        QVERIFY(w->message.contains(QStringLiteral("110")) && w->message.contains(QStringLiteral("143")));
        QCOMPARE(w->message.contains(QStringLiteral("in clear")), inClear);
        QCOMPARE(w->message.contains(QStringLiteral("SecureLogin")), !inClear);
        QCOMPARE(w->servers, QStringList{QStringLiteral("ex01")});
    }

    void plainPopImapSplitsLegacyFromSecureLogin()
    {
        auto b = DeploymentBuilder::threeZones("2010");
        b.server("ex01", "lan", {"client-access"}).server("cas07", "lan", {"client-access"}, "2007");
        b.option("pop3", true).option("imap4", true);
        const PortMatrix m = matrixOf(b);
        int count = 0;
        for (const ValidationWarning& w : m.warnings) {
            if (w.code != u"plain-text-exposed")
                continue;
            ++count;
            const bool legacy = w.severity == Severity::Warning;
            QCOMPARE(w.servers, QStringList{legacy ? QStringLiteral("cas07") : QStringLiteral("ex01")});
        }
        QCOMPARE(count, 2);
    }

    // The unifiedMessaging option turns on the UM services of 2013/2016; in 2007/2010 UM is a server role.
    void unifiedMessagingOptionAndRole_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("umServer");
        QTest::addColumn<QString>("code"); // the option warning expected; empty: none
        QTest::newRow("2007 with UM server") << QStringLiteral("2007") << true << QString();
        QTest::newRow("2010 with UM server") << QStringLiteral("2010") << true << QString();
        QTest::newRow("2007 without UM server")
            << QStringLiteral("2007") << false << QStringLiteral("option-needs-role");
        QTest::newRow("2010 without UM server")
            << QStringLiteral("2010") << false << QStringLiteral("option-needs-role");
        QTest::newRow("2016") << QStringLiteral("2016") << false << QString();
        QTest::newRow("2019") << QStringLiteral("2019") << false << QStringLiteral("option-not-in-version");
    }

    void unifiedMessagingOptionAndRole()
    {
        QFETCH(QString, version);
        QFETCH(bool, umServer);
        QFETCH(QString, code);
        const QByteArray v = version.toUtf8();
        auto b = DeploymentBuilder::threeZones(v.constData());
        b.server("ex01", "lan", {"mailbox"}).server("gw01", "lan", {"voip-gateway"});
        if (umServer)
            b.server("um01", "lan", {"unified-messaging"});
        b.option("unifiedMessaging", true);
        const PortMatrix m = matrixOf(b);
        const auto needsRole = findWarning(m, "option-needs-role");
        const auto notInVersion = findWarning(m, "option-not-in-version");
        QCOMPARE(needsRole.has_value(), code == u"option-needs-role");
        QCOMPARE(notInVersion.has_value(), code == u"option-not-in-version");
        if (needsRole) {
            QCOMPARE(needsRole->severity, Severity::Warning);
            QVERIFY2(needsRole->message.contains(QStringLiteral("Unified Messaging")) &&
                         !needsRole->message.contains(QStringLiteral("no effect")),
                     qPrintable(needsRole->message));
        }
    }

    void dynamicRpcRangesAreCheckedAlike_data()
    {
        QTest::addColumn<bool>("onServer");
        QTest::newRow("deployment") << false;
        QTest::newRow("server") << true;
    }

    void dynamicRpcRangesAreCheckedAlike()
    {
        QFETCH(bool, onServer);
        auto b = DeploymentBuilder::threeZones("2019");
        b.server("ex01", "lan", {"mailbox"}).server("dc01", "lan", {"domain-controller"});
        const auto setRange = [&](PortRange range) {
            if (onServer)
                b.rpcRange(range.first, range.last);
            else
                b.options().dynamicRpcRange = range;
        };
        setRange({1025, 5000});
        QVERIFY(!findWarning(matrixOf(b), "dynamic-rpc-range-too-small"));
        QVERIFY(!findWarning(matrixOf(b), "dynamic-rpc-range-invalid"));
        setRange({50000, 50253}); // 254 ports
        PortMatrix m = matrixOf(b);
        const std::optional<ValidationWarning> small = findWarning(m, "dynamic-rpc-range-too-small");
        QVERIFY(small);
        QCOMPARE(small->severity, Severity::Warning);
        QCOMPARE(small->servers, onServer ? QStringList{QStringLiteral("dc01")} : QStringList());
        QVERIFY(small->message.contains(onServer ? QStringLiteral("DC01") : QStringLiteral("deployment")));
        setRange({50000, 50254});
        QVERIFY(!findWarning(matrixOf(b), "dynamic-rpc-range-too-small"));
        setRange({5000, 1025});
        m = matrixOf(b);
        QVERIFY(hasWarning(m, "dynamic-rpc-range-invalid", Severity::Error));
    }

    void serverRangeWithoutRpcListenerChangesNothing()
    {
        auto b = DeploymentBuilder::threeZones("2019");
        b.server("ex01", "lan", {"mailbox"}).rpcRange(1025, 5000);
        b.server("rp01", "dmz", {"reverse-proxy"});
        QVERIFY(!findWarning(matrixOf(b), "dynamic-rpc-range-unused"));
        b.rpcRange(1025, 5000); // the reverse proxy listens on no RPC
        const std::optional<ValidationWarning> unused = findWarning(matrixOf(b), "dynamic-rpc-range-unused");
        QVERIFY(unused);
        QCOMPARE(unused->severity, Severity::Info);
        QCOMPARE(unused->servers, QStringList{QStringLiteral("rp01")});
    }

    void hybridMailFlowNeedsARoleThatCarriesIt_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("role");
        QTest::addColumn<bool>("carries");
        QTest::newRow("2019 Mailbox") << QStringLiteral("2019") << QStringLiteral("mailbox") << true;
        QTest::newRow("2019 Edge") << QStringLiteral("2019") << QStringLiteral("edge-transport") << true;
        QTest::newRow("2013 Client Access") << QStringLiteral("2013") << QStringLiteral("client-access") << true;
        QTest::newRow("2013 Mailbox") << QStringLiteral("2013") << QStringLiteral("mailbox") << false;
        QTest::newRow("2010 Hub Transport") << QStringLiteral("2010") << QStringLiteral("hub-transport") << true;
        QTest::newRow("2010 Mailbox") << QStringLiteral("2010") << QStringLiteral("mailbox") << false;
        QTest::newRow("2007 Edge") << QStringLiteral("2007") << QStringLiteral("edge-transport") << false;
        QTest::newRow("domain controller") << QStringLiteral("2019") << QStringLiteral("domain-controller") << false;
    }

    void hybridMailFlowNeedsARoleThatCarriesIt()
    {
        QFETCH(QString, version);
        QFETCH(QString, role);
        QFETCH(bool, carries);
        DeploymentBuilder b(qPrintable(version));
        b.zone("cloud", "cloud").zone("dmz", "dmz").zone("lan", "lan");
        b.server("srv01", role == u"edge-transport" ? "dmz" : "lan", {qPrintable(role)}).hybridMailFlow();
        b.option("hybrid", true);
        const std::optional<ValidationWarning> warning = findWarning(matrixOf(b), "hybrid-mail-flow-role");
        QCOMPARE(!warning, carries);
        if (warning) {
            QCOMPARE(warning->severity, Severity::Warning);
            QCOMPARE(warning->servers, QStringList{QStringLiteral("srv01")});
            QVERIFY(warning->message.contains(QStringLiteral("SRV01")));
        }
    }

    void hybridMailFlowWithoutHybridOption()
    {
        auto b = DeploymentBuilder::threeZones("2019");
        b.server("ex01", "lan", {"mailbox"}).hybridMailFlow();
        const std::optional<ValidationWarning> info = findWarning(matrixOf(b), "hybrid-mail-flow-without-option");
        QVERIFY(info);
        QCOMPARE(info->severity, Severity::Info);
        QCOMPARE(info->servers, QStringList{QStringLiteral("ex01")});
        b.option("hybrid", true);
        QVERIFY(!findWarning(matrixOf(b), "hybrid-mail-flow-without-option"));
    }

    void dynamicRpcAcrossZones()
    {
        DeploymentBuilder b("2007");
        b.zone("clients", "lan").zone("servers", "lan", false);
        b.server("mbx01", "servers", {"mailbox"});
        const auto w = findWarning(matrixOf(b), "dynamic-rpc-crossing");
        QVERIFY(w);
        QVERIFY(w->message.contains(QStringLiteral("1025-5000")));
    }
};

QTEST_GUILESS_MAIN(TestValidator)
#include "tst_validator.moc"
