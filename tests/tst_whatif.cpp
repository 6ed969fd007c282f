// The what-if in the model: blocking matrix rules finds the flows that need them, the servers and actors that lose
// them and what a user notices, grouped by the catalog's impact; blocks compose, follow edits by rule (not by row),
// and never touch the document. Opening an extra port tells whether a flow needs it and what it would expose.
#include "model/catalogentry.h"
#include "model/deployment.h"
#include "model/deploymentanalysis.h"
#include "model/deploymentcommands.h"
#include "model/portcatalog.h"
#include "model/whatifstate.h"

#include "deploymentbuilder.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <memory>

namespace {

// Internet | DMZ (an Edge) | LAN (two Mailbox servers, a domain controller), Exchange 2019.
DeploymentData edgeLayout()
{
    return DeploymentBuilder::threeZones("2019")
        .server("edge01", "dmz", {"edge-transport"})
        .server("ex01", "lan", {"mailbox"})
        .server("ex02", "lan", {"mailbox"})
        .server("dc01", "lan", {"domain-controller"})
        .data();
}

struct Live
{
    explicit Live(const DeploymentData& data) { document.reset(data); }
    Deployment document;
    DeploymentAnalysis analysis{&document, PortCatalog::builtin()};
    WhatIfState whatIf{&analysis};

    // The row of the rule of this catalog entry between these zones, or -1.
    int row(const char* entry, const char* from, const char* to) const
    {
        const PortMatrix& matrix = analysis.matrix();
        for (int r = 0; r < matrix.rowCount(); ++r) {
            const MatrixRule* rule = matrix.ruleAt(r);
            if (rule->entry == QLatin1String(entry) && rule->from == QLatin1String(from) &&
                rule->to == QLatin1String(to))
                return r;
        }
        return -1;
    }
    QStringList groupIds() const
    {
        QStringList ids;
        for (const ConsequenceGroup& group : whatIf.outcome().groups)
            ids.append(group.impact);
        return ids;
    }
};

} // namespace

class TestWhatIf final : public QObject
{
    Q_OBJECT

private slots:
    // Blocking Internet → DMZ TCP 25 cuts Internet mail to the Edge: the Edge and the Internet's mail servers lose a
    // flow, the Mailbox servers do not, and the consequence reads the catalog's own "if blocked" text.
    void blockingInboundSmtpCutsInternetMail()
    {
        Live live(edgeLayout());
        const int row = live.row("common-inbound-smtp-edge", "internet", "dmz");
        QVERIFY(row >= 0);
        QSignalSpy changed(&live.whatIf, &WhatIfState::changed);
        live.whatIf.block({row});
        QCOMPARE(changed.count(), 1);
        QVERIFY(live.whatIf.isOn());
        const WhatIfOutcome& outcome = live.whatIf.outcome();
        QCOMPARE(outcome.blockedRows, QSet<int>{row});
        QCOMPARE(outcome.brokenFlows.size(), 1);
        QVERIFY(outcome.endpointsLosingFlows.contains(QStringLiteral("edge01")));
        QVERIFY(outcome.endpointsLosingFlows.contains(QStringLiteral("internet:internet-mail")));
        QVERIFY(!outcome.endpointsLosingFlows.contains(QStringLiteral("ex01")));
        QCOMPARE(live.groupIds(), QStringList{QStringLiteral("inbound-internet-mail")});
        const ConsequenceGroup& group = outcome.groups.constFirst();
        QCOMPARE(group.name, QStringLiteral("Inbound Internet mail"));
        QCOMPARE(group.entries.size(), 1);
        const CatalogEntry* entry = PortCatalog::builtin().entry(QStringLiteral("common-inbound-smtp-edge"));
        QCOMPARE(group.entries.constFirst().ifBlocked, entry->ifBlocked);
        QCOMPARE(group.entries.constFirst().flows,
                 QStringList{QStringLiteral("Internet mail servers (INTERNET) → EDGE01 (SMTP, TCP 25)")});
    }

    // Several blocks compose, in the catalog's impact order; unblocking one keeps the others; Unblock All clears.
    void blocksCompose()
    {
        Live live(edgeLayout());
        const int inbound = live.row("common-inbound-smtp-edge", "internet", "dmz");
        const int edgeToMailbox = live.row("modern-edge-to-mailbox-smtp", "dmz", "lan");
        const int edgeSync = live.row("modern-edgesync", "lan", "dmz");
        QVERIFY(inbound >= 0 && edgeToMailbox >= 0 && edgeSync >= 0);
        live.whatIf.block({edgeSync});
        live.whatIf.block({inbound, edgeToMailbox});
        QCOMPARE(live.whatIf.blockedRules().size(), 3);
        QCOMPARE(live.groupIds(), (QStringList{QStringLiteral("inbound-internet-mail"), QStringLiteral("edgesync")}));
        QCOMPARE(live.whatIf.outcome().groups.constFirst().entries.size(), 2);
        // The Mailbox servers lose the Edge's delivery (and EdgeSync): both of them, named in one line.
        QVERIFY(live.whatIf.outcome().endpointsLosingFlows.contains(QStringLiteral("ex02")));
        const QStringList lines = live.whatIf.outcome().groups.constFirst().entries.at(1).flows;
        QCOMPARE(lines, QStringList{QStringLiteral("EDGE01 → EX01, EX02 (SMTP, TCP 25)")});
        QVERIFY(live.whatIf.allBlocked({inbound, edgeSync}));
        QVERIFY(!live.whatIf.allBlocked({inbound, live.row("common-ad-gc", "lan", "lan")}));

        live.whatIf.unblock({inbound});
        QCOMPARE(live.whatIf.blockedRules().size(), 2);
        QVERIFY(!live.whatIf.outcome().blockedRows.contains(inbound));
        QVERIFY(!live.whatIf.outcome().endpointsLosingFlows.contains(QStringLiteral("internet:internet-mail")));
        // Blocking twice is once.
        live.whatIf.block({edgeSync});
        QCOMPARE(live.whatIf.blockedRules().size(), 2);

        live.whatIf.unblockAll();
        QVERIFY(!live.whatIf.isOn());
        QVERIFY(live.whatIf.outcome().isEmpty());
        QVERIFY(live.whatIf.outcome().groups.isEmpty());
    }

    // A rule inside a zone (a host firewall) can be blocked too: the domain controller's global catalog.
    void blockingInsideAZone()
    {
        Live live(edgeLayout());
        live.whatIf.block({live.row("common-ad-gc", "lan", "lan")});
        QCOMPARE(live.groupIds(), QStringList{QStringLiteral("directory-authentication")});
        QVERIFY(live.whatIf.outcome().endpointsLosingFlows.contains(QStringLiteral("dc01")));
        QVERIFY(!live.whatIf.outcome().endpointsLosingFlows.contains(QStringLiteral("edge01")));
    }

    // Edits keep the blocks whose rules still exist, under their new row numbers, and drop the others; none of it
    // is on the undo stack, and the document is not modified by the what-if.
    void editsKeepExistingRulesBlocked()
    {
        Live live(edgeLayout());
        QUndoStack* stack = live.document.undoStack();
        live.whatIf.block({live.row("common-inbound-smtp-edge", "internet", "dmz")});
        live.whatIf.block({live.row("modern-edgesync", "lan", "dmz")});
        QCOMPARE(stack->count(), 0);
        QVERIFY(stack->isClean());

        // A zone in front renumbers every row; the blocked rules are still the same rules.
        Zone first{QStringLiteral("branch"), QStringLiteral("Branch"), QStringLiteral("lan"), {}, false};
        stack->push(new AddZoneCommand(&live.document, first, 0));
        QCOMPARE(live.whatIf.blockedRules().size(), 2);
        QSet<QString> entries;
        for (int row : live.whatIf.outcome().blockedRows)
            entries.insert(live.analysis.matrix().ruleAt(row)->entry);
        QCOMPARE(entries,
                 (QSet<QString>{QStringLiteral("common-inbound-smtp-edge"), QStringLiteral("modern-edgesync")}));

        // Without the Edge both rules are gone, and so are their blocks.
        stack->push(new RemoveServerCommand(&live.document, QStringLiteral("edge01")));
        QVERIFY(!live.whatIf.isOn());
        QVERIFY(live.whatIf.outcome().endpointsLosingFlows.isEmpty());
        // Undoing the edit does not bring the what-if back: it is a view state, not part of the document.
        stack->undo();
        QVERIFY(!live.whatIf.isOn());
        QCOMPARE(stack->count(), 2);
    }

    // The what-if never writes to the document: its data, its undo stack and its matrix stay as they were.
    void theDocumentIsNeverTouched()
    {
        Live live(edgeLayout());
        const DeploymentData before = live.document.data();
        const int rows = live.analysis.matrix().rowCount();
        QSignalSpy documentChanged(&live.document, &Deployment::changed);
        for (int row = 0; row < rows; ++row)
            live.whatIf.block({row});
        QCOMPARE(live.whatIf.blockedRules().size(), rows);
        live.whatIf.askExtraPort({QStringLiteral("internet"), QStringLiteral("dmz"), Protocol::Tcp, 8080});
        live.whatIf.unblockAll();
        QCOMPARE(documentChanged.count(), 0);
        QCOMPARE(live.document.undoStack()->count(), 0);
        QVERIFY(live.document.data().servers == before.servers && live.document.data().zones == before.zones);
        QCOMPARE(live.analysis.matrix().rowCount(), rows);
    }

    // Opening a port no flow needs: "no flow needs it" and, where the catalog knows the port behind that firewall,
    // what listens there; otherwise an unknown service.
    void extraPort_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<int>("protocol");
        QTest::addColumn<int>("port");
        QTest::addColumn<bool>("needed");
        QTest::addColumn<QStringList>("exposed"); // "service on listeners"
        // The Mailbox servers behind the Edge listen on 25 too; hybrid SMTP is off.
        QTest::newRow("smtp to the edge")
            << "internet"
            << "dmz" << int(Protocol::Tcp) << 25 << true
            << QStringList{QStringLiteral("SMTP on EDGE01"), QStringLiteral("SMTP on EX01, EX02")};
        // HTTPS from the Internet crosses the DMZ to the Mailbox servers behind it; what the Internet's clients use
        // comes first, the admin center (used from the LAN) after it.
        QTest::newRow("https passes through")
            << "internet"
            << "dmz" << int(Protocol::Tcp) << 443 << true
            << QStringList{QStringLiteral("HTTPS on EX01, EX02"), QStringLiteral("HTTPS (admin center) on EX01, EX02")};
        QTest::newRow("unknown port") << "internet"
                                      << "dmz" << int(Protocol::Tcp) << 8080 << false << QStringList();
        // The Edge asks DNS on the Internet: needed, leftwards.
        QTest::newRow("dns outwards") << "dmz"
                                      << "internet" << int(Protocol::Udp) << 53 << true
                                      << QStringList{QStringLiteral("DNS on DNS server (INTERNET)")};
        // POP3 is off in 2019 by default: no flow needs it, and what it would reach is the Mailbox servers' POP3
        // service, switched off.
        QTest::newRow("pop3 not needed") << "dmz"
                                         << "lan" << int(Protocol::Tcp) << 110 << false
                                         << QStringList{QStringLiteral("POP3 on EX01, EX02 (off)")};
    }

    void extraPort()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(int, protocol);
        QFETCH(int, port);
        QFETCH(bool, needed);
        QFETCH(QStringList, exposed);
        Live live(edgeLayout());
        live.whatIf.askExtraPort({from, to, Protocol(protocol), port});
        QVERIFY(live.whatIf.extraPort().has_value());
        const ExtraPortAnswer& answer = *live.whatIf.extraPort();
        QCOMPARE(!answer.neededRows.isEmpty(), needed);
        for (int row : answer.neededRows) {
            const MatrixRule* rule = live.analysis.matrix().ruleAt(row);
            QVERIFY(rule->ports.contains(port));
            QCOMPARE(int(rule->protocol), protocol);
        }
        QStringList services;
        for (const ExposedService& service : answer.exposed) {
            services.append(service.service + QStringLiteral(" on ") + service.listeners.join(QStringLiteral(", ")) +
                            (service.switchedOff ? QStringLiteral(" (off)") : QString()));
            QVERIFY(!service.purpose.isEmpty());
        }
        services.removeDuplicates();
        QCOMPARE(services, exposed);
        QVERIFY(!live.whatIf.isOn()); // a question blocks nothing
        // A service is described by the entry the near side uses: SMTP on the Mailbox servers is the Internet's
        // mail, not a relay's.
        for (const ExposedService& service : answer.exposed)
            QVERIFY2(service.entry->initiators.contains(QStringLiteral("internet-mail")) || port != 25,
                     qPrintable(service.entry->id));
    }

    // The question follows edits while its zones are neighbours, and goes when they are not.
    void extraPortFollowsEdits()
    {
        Live live(edgeLayout());
        live.whatIf.askExtraPort({QStringLiteral("internet"), QStringLiteral("dmz"), Protocol::Tcp, 25});
        QVERIFY(!live.whatIf.extraPort()->exposed.isEmpty());
        live.document.undoStack()->push(new RemoveServerCommand(&live.document, QStringLiteral("edge01")));
        QVERIFY(live.whatIf.extraPort().has_value());
        QVERIFY(live.whatIf.extraPort()->exposed.isEmpty() || // without the Edge, the Mailbox servers take SMTP
                live.whatIf.extraPort()->exposed.constFirst().listeners.contains(QStringLiteral("EX01")));
        live.document.undoStack()->push(new RemoveZoneCommand(&live.document, QStringLiteral("dmz")));
        QVERIFY(!live.whatIf.extraPort().has_value());
        live.whatIf.askExtraPort({QStringLiteral("internet"), QStringLiteral("nowhere"), Protocol::Tcp, 25});
        QVERIFY(!live.whatIf.extraPort().has_value());
    }
};

QTEST_GUILESS_MAIN(TestWhatIf)
#include "tst_whatif.moc"
