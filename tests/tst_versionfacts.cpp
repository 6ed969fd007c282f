// Port facts of particular Exchange versions and of coexistence, each tested on the class of layout it concerns: the
// domain controller port set, POP3/IMAP4 and web back ends, NNTP, conferencing, public folders, 2007 replication,
// routing group connectors, the witness server, the open-proxy test (issue 9 and its audit, docs/port-audit/).
#include "model/matrixbuilder.h"
#include "model/portcatalog.h"

#include "deploymentbuilder.h"
#include "matrixquery.h"

#include <QTest>

class TestVersionFacts final : public QObject
{
    Q_OBJECT

private slots:
    // Every Exchange server that is a domain member reaches its domain controllers on the AD port set of the
    // reference (1.6, 3.1, 3.2, 5.1, 5.3, 8.2 and the SMB addition of section 10), and on nothing the reference does
    // not back (464, 636/3269 without ldapSsl, NTP from anything but a 2000/2003 front-end).
    void domainMembersReachTheirDomainControllers_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("role");
        QTest::addColumn<QStringList>("ports");
        QTest::addColumn<bool>("dynamicRpc");
        const char* const member = "tcp/53 udp/53 tcp/88 udp/88 tcp/135 tcp/389 udp/389 tcp/445 tcp/3268";
        // A 2000/2003 front-end uses 135 plus the DC's fixed NTDS port (not modelled) instead of the range, and NTP.
        const QString frontEnd = QString::fromUtf8(member) + QStringLiteral(" udp/123");
        for (const char* version : {"2000", "2003"}) {
            QTest::addRow("%s front-end", version) << QString::fromUtf8(version) << QStringLiteral("front-end")
                                                   << sortedList(qPrintable(frontEnd)) << false;
            QTest::addRow("%s back-end", version)
                << QString::fromUtf8(version) << QStringLiteral("back-end") << sortedList(member) << true;
        }
        const QList<QPair<const char*, const char*>> modern = {
            {"2007", "mailbox client-access hub-transport unified-messaging"},
            {"2010", "mailbox client-access hub-transport unified-messaging"},
            {"2013", "mailbox client-access"},
            {"2016", "mailbox"},
            {"2019", "mailbox"},
            {"se", "mailbox"},
        };
        for (const auto& [version, roles] : modern) {
            for (const QString& role : QString::fromUtf8(roles).split(u' ')) {
                QStringList ports = sortedList(member);
                // The 2007 RPC proxy also sends Outlook Anywhere address-book calls to the global catalog (4: S31).
                if (role == u"client-access" && qstrcmp(version, "2007") == 0) {
                    ports.append(QStringLiteral("tcp/6004"));
                    ports.sort();
                }
                QTest::addRow("%s %s", version, qPrintable(role))
                    << QString::fromUtf8(version) << role << ports << true;
            }
        }
    }

    void domainMembersReachTheirDomainControllers()
    {
        QFETCH(QString, version);
        QFETCH(QString, role);
        QFETCH(QStringList, ports);
        QFETCH(bool, dynamicRpc);
        DeploymentBuilder b(qPrintable(version));
        b.zone("servers", "lan", false).zone("core", "lan", false);
        b.server("ex01", "servers", {qPrintable(role)}).server("dc01", "core", {"domain-controller"});
        const PortMatrix m = matrixOf(b);
        QCOMPARE(fixedPortsBetween(m, QStringLiteral("ex01"), QStringLiteral("dc01")), ports);
        QCOMPARE(hasDynamicRpcTo(m, QStringLiteral("ex01"), QStringLiteral("dc01")), dynamicRpc);
        // LDAP and the global catalog over SSL only when the option asks for them, and only where the reference has
        // them (5.1: Exchange 2000/2003).
        b.option("ldapSsl", true);
        const QStringList withSsl = fixedPortsBetween(matrixOf(b), QStringLiteral("ex01"), QStringLiteral("dc01"));
        const bool legacy = version == u"2000" || version == u"2003";
        QCOMPARE(withSsl.contains(QStringLiteral("tcp/636")), legacy);
        QCOMPARE(withSsl.contains(QStringLiteral("tcp/3269")), legacy);
    }

    // 2013 Client Access servers proxy POP3/IMAP4 to the back-end services of the Mailbox servers on 1995/1993 (M1,
    // M2, M3); from 2016 on the Mailbox server a client reached proxies to the one that holds the active copy (M8), and
    // a server never needs a rule to itself.
    void popImapProxyReachesTheBackEndServices_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QStringList>("casRoles");
        QTest::addColumn<bool>("pop3");
        QTest::addColumn<bool>("imap4");
        QTest::addColumn<QStringList>("ports");
        const QStringList cas{QStringLiteral("client-access")};
        const QStringList multiRole{QStringLiteral("client-access"), QStringLiteral("mailbox")};
        const QStringList mailbox{QStringLiteral("mailbox")};
        QTest::newRow("2013 pop3") << QStringLiteral("2013") << cas << true << false << sortedList("tcp/1995");
        QTest::newRow("2013 imap4") << QStringLiteral("2013") << cas << false << true << sortedList("tcp/1993");
        QTest::newRow("2013 both") << QStringLiteral("2013") << cas << true << true << sortedList("tcp/1995 tcp/1993");
        QTest::newRow("2013 neither") << QStringLiteral("2013") << cas << false << false << QStringList();
        QTest::newRow("2013 multi-role to another mailbox")
            << QStringLiteral("2013") << multiRole << true << true << sortedList("tcp/1995 tcp/1993");
        for (const char* version : {"2016", "2019", "se"}) {
            QTest::addRow("%s mailbox to mailbox", version)
                << QString::fromUtf8(version) << mailbox << true << true << sortedList("tcp/1995 tcp/1993");
            QTest::addRow("%s pop3 only", version)
                << QString::fromUtf8(version) << mailbox << true << false << sortedList("tcp/1995");
            QTest::addRow("%s neither", version)
                << QString::fromUtf8(version) << mailbox << false << false << QStringList();
        }
    }

    void popImapProxyReachesTheBackEndServices()
    {
        QFETCH(QString, version);
        QFETCH(QStringList, casRoles);
        QFETCH(bool, pop3);
        QFETCH(bool, imap4);
        QFETCH(QStringList, ports);
        DeploymentBuilder b(qPrintable(version));
        b.zone("front", "lan", false).zone("back", "lan", false);
        b.server("ex01", "front", {}).server("mbx01", "back", {"mailbox"});
        b.option("pop3", pop3).option("imap4", imap4);
        DeploymentData data = b.data();
        data.servers.first().roles = casRoles;
        const PortMatrix m = MatrixBuilder(PortCatalog::builtin()).build(data);
        QStringList proxied;
        for (const QString& port : fixedPortsBetween(m, QStringLiteral("ex01"), QStringLiteral("mbx01"))) {
            if (port == u"tcp/1995" || port == u"tcp/1993")
                proxied.append(port);
        }
        QCOMPARE(proxied, ports);
        for (const MatrixRule& rule : m.intraZone)
            QVERIFY2(!rule.ports.contains(1995) && !rule.ports.contains(1993), qPrintable(rule.entry));
    }

    // News readers are clients of their own: with NNTP on and POP3/IMAP4 off, Internet and LAN clients still reach
    // 119 and 563 on the front-end, or on the back-end when there is no front-end. Versions without NNTP open neither.
    void newsReadersReachNntp_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("withFrontEnd");
        QTest::addColumn<bool>("nntp");
        QTest::addColumn<QString>("listener");
        for (const char* version : {"2000", "2003"}) {
            QTest::addRow("%s front-end", version)
                << QString::fromUtf8(version) << true << true << QStringLiteral("fe01");
            QTest::addRow("%s back-end only", version)
                << QString::fromUtf8(version) << false << true << QStringLiteral("be01");
            QTest::addRow("%s nntp off", version) << QString::fromUtf8(version) << true << false << QString();
        }
        for (const char* version : {"2007", "2013", "2019"})
            QTest::addRow("%s has no NNTP", version) << QString::fromUtf8(version) << false << true << QString();
    }

    void newsReadersReachNntp()
    {
        QFETCH(QString, version);
        QFETCH(bool, withFrontEnd);
        QFETCH(bool, nntp);
        QFETCH(QString, listener);
        auto b = DeploymentBuilder::threeZones(qPrintable(version));
        const bool legacy = version == u"2000" || version == u"2003";
        b.server("be01", "lan", {legacy ? "back-end" : "mailbox"});
        if (withFrontEnd)
            b.server("fe01", "dmz", {"front-end"});
        b.option("pop3", false).option("imap4", false).option("nntp", nntp);
        const PortMatrix m = matrixOf(b);
        const QString zone = withFrontEnd ? QStringLiteral("dmz") : QStringLiteral("lan");
        for (int port : {119, 563}) {
            for (const char* clients : {"internet", "lan"}) {
                const QString reader = QString::fromUtf8(clients) + QStringLiteral(":nntp-client");
                const auto rules = rulesFor(m, QString::fromUtf8(clients), zone, Tcp, port);
                const bool found = std::any_of(rules.begin(), rules.end(), [&](const MatrixRule& rule) {
                    return rule.sources.contains(reader) && rule.destinations.contains(listener);
                });
                QVERIFY2(found == !listener.isEmpty(), qPrintable(reader + u' ' + QString::number(port)));
                // The ports of the Windows NNTP service that Exchange's NNTP runs on (S34).
                for (const MatrixRule& rule : rules)
                    QVERIFY(rule.confirmed && rule.references.contains(QStringLiteral("S34")));
            }
        }
        if (listener.isEmpty()) {
            for (const MatrixRule& rule : m.rules + m.intraZone)
                QVERIFY2(!rule.ports.contains(119) && !rule.ports.contains(563), qPrintable(rule.entry));
        }
    }

    // SMTP clients of Exchange 2000/2003 submit on 25 only: the seed's KB 278339 copy says Exchange's SMTP uses in-band
    // TLS rather than a separate SSL port, so 465 is never opened.
    void legacySmtpSubmissionUsesOnly25()
    {
        for (const char* version : {"2000", "2003"}) {
            auto b = DeploymentBuilder::threeZones(version);
            b.server("fe01", "dmz", {"front-end"}).server("be01", "lan", {"back-end"});
            b.option("smtpSubmission", true);
            PortMatrix m = matrixOf(b);
            QVERIFY(hasFlow(m, "internet", "dmz", Tcp, 25, "internet:smtp-client", "fe01"));
            for (const MatrixRule& rule : m.rules + m.intraZone)
                QVERIFY2(!rule.ports.contains(465), qPrintable(rule.entry));
            DeploymentBuilder single = DeploymentBuilder::threeZones(version);
            single.server("be01", "lan", {"back-end"}).option("smtpSubmission", true);
            m = matrixOf(single);
            QVERIFY(hasFlow(m, "internet", "lan", Tcp, 25, "internet:smtp-client", "be01"));
            for (const MatrixRule& rule : m.rules + m.intraZone)
                QVERIFY2(!rule.ports.contains(465), qPrintable(rule.entry));
        }
    }

    // Exchange 2000 Conferencing Server has no ULS: clients look people up in Active Directory on TCP 389, and 522 is
    // never opened; the Chat service does not support IRC over SSL, so 994 is never opened either (seed, KB 278339).
    void exchange2000ConferencingUsesActiveDirectory_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("conferencing");
        QTest::addColumn<bool>("chat");
        QTest::addColumn<bool>("directoryLookup");
        QTest::newRow("2000 conferencing") << QStringLiteral("2000") << true << false << true;
        QTest::newRow("2000 chat") << QStringLiteral("2000") << false << true << false;
        QTest::newRow("2000 both") << QStringLiteral("2000") << true << true << true;
        QTest::newRow("2003 has no conferencing") << QStringLiteral("2003") << true << true << false;
    }

    void exchange2000ConferencingUsesActiveDirectory()
    {
        QFETCH(QString, version);
        QFETCH(bool, conferencing);
        QFETCH(bool, chat);
        QFETCH(bool, directoryLookup);
        auto b = DeploymentBuilder::threeZones(qPrintable(version));
        b.server("be01", "lan", {"back-end"}).server("dc01", "lan", {"domain-controller"});
        b.option("conferencing", conferencing).option("chat", chat);
        const PortMatrix m = matrixOf(b);
        QCOMPARE(hasFlow(m, "internet", "lan", Tcp, 389, "internet:conferencing-client", "dc01"), directoryLookup);
        QCOMPARE(hasFlow(m, "lan", "lan", Tcp, 389, "lan:conferencing-client", "dc01"), directoryLookup);
        QCOMPARE(hasFlow(m, "internet", "lan", Tcp, 1503, "internet:conferencing-client", "be01"), directoryLookup);
        QCOMPARE(hasFlow(m, "internet", "lan", Tcp, 6667, "internet:conferencing-client", "be01"),
                 chat && version == u"2000");
        for (const MatrixRule& rule : m.rules + m.intraZone)
            QVERIFY2(!rule.ports.contains(522) && !rule.ports.contains(994), qPrintable(rule.entry));
    }

    // Exchange 2010 Outlook reaches its mailbox through the Client Access server; only public folders take it to
    // the Mailbox server that holds a public folder database (S11). 2007 Outlook always talks to the Mailbox server.
    void publicFolderDatabasesTakeOutlookToTheMailbox_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("publicFolders");
        QTest::addColumn<bool>("staticRpc");
        QTest::addColumn<int>("rpcPort"); // 0: dynamic RPC, -1: no RPC to the Mailbox server
        QTest::newRow("2010 with public folders") << QStringLiteral("2010") << true << false << 0;
        QTest::newRow("2010 with public folders, static") << QStringLiteral("2010") << true << true << 59532;
        QTest::newRow("2010 without public folders") << QStringLiteral("2010") << false << false << -1;
        QTest::newRow("2010 without public folders, static") << QStringLiteral("2010") << false << true << -1;
        QTest::newRow("2007 without the option") << QStringLiteral("2007") << false << false << 0;
    }

    void publicFolderDatabasesTakeOutlookToTheMailbox()
    {
        QFETCH(QString, version);
        QFETCH(bool, publicFolders);
        QFETCH(bool, staticRpc);
        QFETCH(int, rpcPort);
        DeploymentBuilder b(qPrintable(version));
        b.zone("clients", "lan").zone("servers", "lan", false);
        b.server("cas01", "servers", {"client-access"}).server("mbx01", "servers", {"mailbox"});
        b.option("publicFolders", publicFolders);
        b.options().staticRpc.enabled = staticRpc;
        const PortMatrix m = matrixOf(b);
        const char* outlook = "clients:outlook-client";
        QCOMPARE(hasFlow(m, "clients", "servers", Tcp, 135, outlook, "mbx01"), rpcPort >= 0);
        QCOMPARE(hasDynamicRpcTo(m, QString::fromUtf8(outlook), QStringLiteral("mbx01")), rpcPort == 0);
        QCOMPARE(fixedPortsBetween(m, QString::fromUtf8(outlook), QStringLiteral("mbx01")).contains(u"tcp/59532"),
                 rpcPort == 59532);
        QVERIFY(hasFlow(m, "clients", "servers", Tcp, 135, outlook, "cas01") == (version == u"2010"));
    }

    // Once a Mailbox server is marked as holding a public folder database, only marked ones take Outlook's RPC.
    void publicFolderRpcGoesToMarkedMailboxServers()
    {
        DeploymentBuilder b("2010");
        b.zone("clients", "lan").zone("servers", "lan", false);
        b.server("mbx01", "servers", {"mailbox"}).server("mbx02", "servers", {"mailbox"});
        const char* outlook = "clients:outlook-client";
        PortMatrix m = matrixOf(b);
        QVERIFY(hasFlow(m, "clients", "servers", Tcp, 135, outlook, "mbx01"));
        QVERIFY(hasFlow(m, "clients", "servers", Tcp, 135, outlook, "mbx02"));
        b.flag("publicFolderDatabase"); // mbx02
        m = matrixOf(b);
        QVERIFY(!hasFlow(m, "clients", "servers", Tcp, 135, outlook, "mbx01"));
        QVERIFY(hasFlow(m, "clients", "servers", Tcp, 135, outlook, "mbx02"));
        QVERIFY(!hasDynamicRpcTo(m, QString::fromUtf8(outlook), QStringLiteral("mbx01")));
        QVERIFY(hasDynamicRpcTo(m, QString::fromUtf8(outlook), QStringLiteral("mbx02")));
    }

    // Exchange 2007 ships logs over SMB for CCR (option dag) and SCR (option scr, SP1); only CCR is a cluster.
    // Seeding takes a random port (S16): the validator warns when the copies sit in different zones.
    void exchange2007ReplicationUsesSmb_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("ccr");
        QTest::addColumn<bool>("scr");
        QTest::newRow("2007 none") << QStringLiteral("2007") << false << false;
        QTest::newRow("2007 CCR") << QStringLiteral("2007") << true << false;
        QTest::newRow("2007 SCR") << QStringLiteral("2007") << false << true;
        QTest::newRow("2007 both") << QStringLiteral("2007") << true << true;
        QTest::newRow("2010 SCR does not exist") << QStringLiteral("2010") << false << true;
    }

    void exchange2007ReplicationUsesSmb()
    {
        QFETCH(QString, version);
        QFETCH(bool, ccr);
        QFETCH(bool, scr);
        DeploymentBuilder b(qPrintable(version));
        b.zone("site-a", "lan").zone("site-b", "lan");
        b.server("ex01", "site-a", {"mailbox"}).server("ex02", "site-b", {"mailbox"});
        b.options().dag.enabled = ccr;
        b.option("scr", scr);
        const PortMatrix m = matrixOf(b);
        const bool logShipping = version == u"2007" && (ccr || scr);
        QCOMPARE(hasFlow(m, "site-a", "site-b", Tcp, 445, "ex01", "ex02"), logShipping);
        QCOMPARE(hasFlow(m, "site-b", "site-a", Tcp, 445, "ex02", "ex01"), logShipping);
        QCOMPARE(hasFlow(m, "site-a", "site-b", Udp, 3343, "ex01", "ex02"), ccr);
        QCOMPARE(hasWarning(m, "seeding-random-port", Severity::Warning), logShipping);
        QCOMPARE(hasWarning(m, "option-not-in-version", Severity::Warning), scr && version != u"2007");
    }

    // Coexistence: routing group connectors join the 2007/2010 Hub Transport servers and the 2000/2003 bridgeheads
    // on SMTP both ways (M26, M27); Exchange 2010 does not coexist with Exchange 2000.
    void routingGroupConnectorsJoinTheVersions_data()
    {
        QTest::addColumn<QString>("legacy");
        QTest::addColumn<QString>("hub");
        QTest::addColumn<bool>("connected");
        QTest::newRow("2003 and 2007") << QStringLiteral("2003") << QStringLiteral("2007") << true;
        QTest::newRow("2000 and 2007") << QStringLiteral("2000") << QStringLiteral("2007") << true;
        QTest::newRow("2003 and 2010") << QStringLiteral("2003") << QStringLiteral("2010") << true;
        QTest::newRow("2000 and 2010") << QStringLiteral("2000") << QStringLiteral("2010") << false;
    }

    void routingGroupConnectorsJoinTheVersions()
    {
        QFETCH(QString, legacy);
        QFETCH(QString, hub);
        DeploymentBuilder b(qPrintable(hub));
        b.zone("old", "lan", false).zone("new", "lan", false);
        b.server("be01", "old", {"back-end"}, qPrintable(legacy)).server("hub01", "new", {"hub-transport"});
        QFETCH(bool, connected);
        const PortMatrix m = matrixOf(b);
        QCOMPARE(hasFlow(m, "old", "new", Tcp, 25, "be01", "hub01"), connected);
        QCOMPARE(hasFlow(m, "new", "old", Tcp, 25, "hub01", "be01"), connected);
    }

    // From 2013 on the front-end reaches the back-end web services of the Mailbox server that holds the mailbox on 444,
    // not on the clients' 443 (M9; for 2016 and later M8 gives no port, so those rules stay unconfirmed).
    void frontEndProxiesToTheBackEndWebSite_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QStringList>("frontRoles");
        QTest::addColumn<bool>("confirmed");
        QTest::addColumn<QString>("reference");
        QTest::newRow("2013 client access")
            << QStringLiteral("2013") << QStringList{QStringLiteral("client-access")} << true << QStringLiteral("M9");
        QTest::newRow("2013 multi-role") << QStringLiteral("2013")
                                         << QStringList{QStringLiteral("client-access"), QStringLiteral("mailbox")}
                                         << true << QStringLiteral("M9");
        for (const char* version : {"2016", "2019", "se"})
            QTest::addRow("%s mailbox", version) << QString::fromUtf8(version) << QStringList{QStringLiteral("mailbox")}
                                                 << false << QStringLiteral("M8");
    }

    void frontEndProxiesToTheBackEndWebSite()
    {
        QFETCH(QString, version);
        QFETCH(QStringList, frontRoles);
        QFETCH(bool, confirmed);
        QFETCH(QString, reference);
        DeploymentBuilder b(qPrintable(version));
        b.zone("front", "lan", false).zone("back", "lan", false);
        b.server("ex01", "front", {}).server("mbx01", "back", {"mailbox"});
        DeploymentData data = b.data();
        data.servers.first().roles = frontRoles;
        const PortMatrix m = MatrixBuilder(PortCatalog::builtin()).build(data);
        const QStringList ports = fixedPortsBetween(m, QStringLiteral("ex01"), QStringLiteral("mbx01"));
        QVERIFY2(ports.contains(QStringLiteral("tcp/444")), qPrintable(ports.join(u' ')));
        QVERIFY2(!ports.contains(QStringLiteral("tcp/443")), qPrintable(ports.join(u' ')));
        const auto rules = rulesFor(m, QStringLiteral("front"), QStringLiteral("back"), Tcp, 444);
        QCOMPARE(rules.size(), 1);
        QCOMPARE(rules.first().confirmed, confirmed);
        QVERIFY(rules.first().references.contains(reference));
    }

    // The Edge's open proxy test: Microsoft lists its outbound ports for 2010 (M6), 2013 (M7) and 2016/2019 (S1); the
    // 2007 help only says the test is on by default (M12), so the 2007 rules are unconfirmed.
    void senderReputationOpenProxyTest_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("confirmed");
        QTest::addColumn<QString>("reference");
        QTest::newRow("2007") << QStringLiteral("2007") << false << QStringLiteral("M12");
        QTest::newRow("2010") << QStringLiteral("2010") << true << QStringLiteral("M6");
        QTest::newRow("2013") << QStringLiteral("2013") << true << QStringLiteral("M7");
        for (const char* version : {"2016", "2019", "se"})
            QTest::addRow("%s", version) << QString::fromUtf8(version) << true << QStringLiteral("S1");
    }

    void senderReputationOpenProxyTest()
    {
        QFETCH(QString, version);
        QFETCH(bool, confirmed);
        QFETCH(QString, reference);
        auto b = DeploymentBuilder::threeZones(qPrintable(version));
        b.server("edge01", "dmz", {"edge-transport"});
        b.option("senderReputationProxyTest", false);
        QVERIFY(rulesFor(matrixOf(b), QStringLiteral("dmz"), QStringLiteral("internet"), Tcp, 1080).isEmpty());
        b.option("senderReputationProxyTest", true);
        const PortMatrix m = matrixOf(b);
        for (int port : {1081, 1080, 23, 6588, 3128, 80}) {
            const auto rules = rulesFor(m, QStringLiteral("dmz"), QStringLiteral("internet"), Tcp, port);
            QCOMPARE(rules.size(), 1);
            QVERIFY(rules.first().sources.contains(QStringLiteral("edge01")));
            QCOMPARE(rules.first().confirmed, confirmed);
            QVERIFY2(rules.first().references.contains(reference), qPrintable(rules.first().entry));
        }
    }

    // DAG members reach the file share witness on SMB 445, and through WMI (135 and the dynamic range) when the witness
    // share is created (M10, 2013 and later). For 2010 only the unconfirmed SMB rule exists.
    void witnessServerTakesSmbAndWmi_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("smbConfirmed");
        QTest::addColumn<bool>("wmi");
        QTest::newRow("2010") << QStringLiteral("2010") << false << false;
        for (const char* version : {"2013", "2016", "2019", "se"})
            QTest::addRow("%s", version) << QString::fromUtf8(version) << true << true;
    }

    void witnessServerTakesSmbAndWmi()
    {
        QFETCH(QString, version);
        QFETCH(bool, smbConfirmed);
        QFETCH(bool, wmi);
        DeploymentBuilder b(qPrintable(version));
        b.zone("site-a", "lan", false).zone("core", "lan", false);
        b.server("ex01", "site-a", {"mailbox"}).server("ex02", "site-a", {"mailbox"});
        b.server("fsw01", "core", {"witness-server"});
        QVERIFY(fixedPortsBetween(matrixOf(b), QStringLiteral("ex01"), QStringLiteral("fsw01")).isEmpty());
        b.options().dag = {true, 64327};
        const PortMatrix m = matrixOf(b);
        const auto smb = rulesFor(m, QStringLiteral("site-a"), QStringLiteral("core"), Tcp, 445);
        QCOMPARE(smb.size(), 1);
        QCOMPARE(smb.first().destinations, QStringList{QStringLiteral("fsw01")});
        QCOMPARE(smb.first().confirmed, smbConfirmed);
        const QStringList ports = fixedPortsBetween(m, QStringLiteral("ex02"), QStringLiteral("fsw01"));
        QCOMPARE(ports.contains(QStringLiteral("tcp/135")), wmi);
        QCOMPARE(hasDynamicRpcTo(m, QStringLiteral("ex02"), QStringLiteral("fsw01")), wmi);
    }

    // Unified Messaging hands voice mail to the Hub Transport servers on SMTP 25: a row of both Transport tables, 2007
    // (S16) and 2010 (S9).
    void unifiedMessagingSubmitsToHubTransport_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("reference");
        QTest::newRow("2007") << QStringLiteral("2007") << QStringLiteral("S16");
        QTest::newRow("2010") << QStringLiteral("2010") << QStringLiteral("S9");
    }

    void unifiedMessagingSubmitsToHubTransport()
    {
        QFETCH(QString, version);
        QFETCH(QString, reference);
        DeploymentBuilder b(qPrintable(version));
        b.zone("voice", "lan", false).zone("core", "lan", false);
        b.server("um01", "voice", {"unified-messaging"}).server("hub01", "core", {"hub-transport"});
        const auto rules = rulesFor(matrixOf(b), QStringLiteral("voice"), QStringLiteral("core"), Tcp, 25);
        QCOMPARE(rules.size(), 1);
        QCOMPARE(rules.first().destinations, QStringList{QStringLiteral("hub01")});
        QVERIFY(rules.first().references.contains(reference));
    }

    // The Client Access server's POP3 and IMAP4 ports of 2007 and 2010 rest on Microsoft's own pages (M11).
    void clientAccessPopImapPortsCiteMicrosoft()
    {
        for (const char* version : {"2007", "2010"}) {
            auto b = DeploymentBuilder::threeZones(version);
            b.server("cas01", "lan", {"client-access"}).option("pop3", true).option("imap4", true);
            const PortMatrix m = matrixOf(b);
            for (int port : {110, 995, 143, 993}) {
                const auto rules = rulesFor(m, QStringLiteral("internet"), QStringLiteral("lan"), Tcp, port);
                QCOMPARE(rules.size(), 1);
                QVERIFY2(rules.first().references.contains(QStringLiteral("M11")), version);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestVersionFacts)
#include "tst_versionfacts.moc"
