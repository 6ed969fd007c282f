// The live analysis keeps the matrix's rows after an edit that only changes which servers its groups hold, and only
// then: after any edit the matrix must be the one a fresh build of the document gives, row for row.
#include "model/deployment.h"
#include "model/deploymentanalysis.h"
#include "model/deploymentcommands.h"
#include "model/export/matrixjsonwriter.h"
#include "model/matrixbuilder.h"
#include "model/portcatalog.h"

#include "deploymentbuilder.h"
#include "livedocument.h"

#include <QBuffer>
#include <QTest>
#include <QUndoStack>

namespace {

QByteArray json(const PortMatrix& matrix)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    MatrixJsonWriter(matrix, PortCatalog::builtin()).write(&buffer);
    return buffer.data();
}

// Every field of every row, and the warnings, as a fresh build gives them.
void compareWithFreshBuild(const LiveDocument& live)
{
    const PortMatrix fresh = MatrixBuilder(PortCatalog::builtin()).build(live.document.data());
    const PortMatrix& kept = live.analysis.matrix();
    QCOMPARE(kept.rowCount(), fresh.rowCount());
    for (int row = 0; row < fresh.rowCount(); ++row) {
        const MatrixRule& a = *kept.ruleAt(row);
        const MatrixRule& b = *fresh.ruleAt(row);
        QCOMPARE(a.sources, b.sources);
        QCOMPARE(a.destinations, b.destinations);
        QCOMPARE(a.sourceRoles, b.sourceRoles);
        QCOMPARE(a.destinationRoles, b.destinationRoles);
        QCOMPARE(a.from, b.from);
        QCOMPARE(a.to, b.to);
        QCOMPARE(a.entry, b.entry);
    }
    QCOMPARE(json(kept), json(fresh));
}

Server server(const char* id, const char* zone, const char* role)
{
    Server server;
    server.id = QString::fromUtf8(id);
    server.name = server.id.toUpper();
    server.zone = QString::fromUtf8(zone);
    server.roles = {QString::fromUtf8(role)};
    return server;
}

} // namespace

class TestDeploymentAnalysis final : public QObject
{
    Q_OBJECT

private slots:
    void editsThatKeepTheRows()
    {
        auto b = DeploymentBuilder::threeZones("2019");
        b.server("edge01", "dmz", {"edge-transport"}).server("edge02", "dmz", {"edge-transport"});
        b.server("ex01", "lan", {"mailbox"}).server("ex02", "lan", {"mailbox"}).server("ex03", "lan", {"mailbox"});
        b.server("dc01", "lan", {"domain-controller"});
        LiveDocument live(b.data());
        QUndoStack* stack = live.document.undoStack();
        const int rows = live.analysis.matrix().rowCount();

        // A third Edge beside two others: the same rules, with one more server in them.
        stack->push(new AddServerCommand(&live.document, server("edge03", "dmz", "edge-transport")));
        QVERIFY(live.analysis.sameRows());
        QCOMPARE(live.analysis.matrix().rowCount(), rows);
        compareWithFreshBuild(live);
        QVERIFY(live.analysis.matrix().ruleAt(0)); // rows stay addressable

        stack->push(
            EditServerCommand::renameServer(&live.document, QStringLiteral("ex02"), QStringLiteral("MBX2")).release());
        QVERIFY(live.analysis.sameRows());
        compareWithFreshBuild(live);

        stack->push(new RemoveServerCommand(&live.document, QStringLiteral("ex01")));
        QVERIFY(live.analysis.sameRows());
        compareWithFreshBuild(live);

        stack->undo();
        stack->undo();
        stack->undo();
        QVERIFY(live.analysis.sameRows());
        compareWithFreshBuild(live);
    }

    void editsThatChangeTheRows()
    {
        auto b = DeploymentBuilder::threeZones("2019");
        b.server("edge01", "dmz", {"edge-transport"}).server("ex01", "lan", {"mailbox"});
        LiveDocument live(b.data());
        QUndoStack* stack = live.document.undoStack();

        // A role new to its zone, a server moved to another zone, the last server of a group removed, an option:
        // each changes the rows.
        stack->push(new AddServerCommand(&live.document, server("dc01", "lan", "domain-controller")));
        QVERIFY(!live.analysis.sameRows());
        compareWithFreshBuild(live);

        stack->push(
            EditServerCommand::moveServer(&live.document, QStringLiteral("dc01"), QStringLiteral("dmz")).release());
        QVERIFY(!live.analysis.sameRows());
        compareWithFreshBuild(live);

        stack->push(new RemoveServerCommand(&live.document, QStringLiteral("edge01")));
        QVERIFY(!live.analysis.sameRows());
        compareWithFreshBuild(live);

        DeploymentOptions options = live.document.data().options;
        options.setFlag(QStringLiteral("hybrid"), !options.isOn(QStringLiteral("hybrid")));
        stack->push(new SetOptionsCommand(&live.document, options));
        QVERIFY(!live.analysis.sameRows());
        compareWithFreshBuild(live);

        while (stack->canUndo()) {
            stack->undo();
            compareWithFreshBuild(live);
        }
    }

    // A server that joins a second group (a second role) makes both groups share servers: the rows stay, but the
    // servers of rows that fold both groups must be de-duplicated as a fresh build does.
    void secondRoleOnAServer()
    {
        auto b = DeploymentBuilder::threeZones("2016");
        b.server("ex01", "lan", {"mailbox"}).server("ex02", "lan", {"mailbox"});
        b.server("fe01", "lan", {"client-access"});
        LiveDocument live(b.data());
        QUndoStack* stack = live.document.undoStack();
        stack->push(EditServerCommand::setServerRoles(&live.document, QStringLiteral("ex02"),
                                                      {QStringLiteral("mailbox"), QStringLiteral("client-access")})
                        .release());
        compareWithFreshBuild(live);
        stack->undo();
        compareWithFreshBuild(live);
    }

    // The firewalls each row crosses follow the document: implicit ones per lane boundary at first, then the one
    // three-legged firewall added by an undoable command (the rows stay, their firewalls change), and back.
    void firewallsOfRows()
    {
        auto b = DeploymentBuilder::threeZones("2019");
        b.server("edge01", "dmz", {"edge-transport"}).server("ex01", "lan", {"mailbox"});
        LiveDocument live(b.data());
        const PortMatrix& matrix = live.analysis.matrix();
        int internetToLan = -1;
        int insideLan = -1;
        for (int row = 0; row < matrix.rowCount(); ++row) {
            const MatrixRule* rule = matrix.ruleAt(row);
            if (rule->from == u"internet" && rule->to == u"lan" && internetToLan < 0)
                internetToLan = row;
            if (rule->from == rule->to && insideLan < 0)
                insideLan = row;
        }
        QVERIFY(internetToLan >= 0);
        QVERIFY(insideLan >= 0);
        QCOMPARE(live.analysis.rowFirewalls(insideLan).size(), 0);
        QList<FirewallHop> hops = live.analysis.rowFirewalls(internetToLan);
        QCOMPARE(hops.size(), 2);
        const QList<Firewall>& implicit = live.analysis.firewalls().firewalls();
        QCOMPARE(implicit.at(hops.at(1).firewall).id, QStringLiteral("fw-dmz-lan"));
        QVERIFY(live.analysis.firewallRows(QStringLiteral("fw-dmz-lan")).contains(internetToLan));
        QVERIFY(!live.analysis.firewallRows(QStringLiteral("fw-dmz-lan")).contains(insideLan));
        QVERIFY(live.analysis.firewallRows(QStringLiteral("no-such")).isEmpty());

        const Firewall perimeter{QStringLiteral("fw1"),
                                 QStringLiteral("Perimeter"),
                                 {{QStringLiteral("internet"), QStringLiteral("outside")},
                                  {QStringLiteral("dmz"), QStringLiteral("dmz")},
                                  {QStringLiteral("lan"), QStringLiteral("inside")}}};
        live.document.undoStack()->push(new AddFirewallCommand(&live.document, perimeter));
        hops = live.analysis.rowFirewalls(internetToLan);
        QCOMPARE(hops.size(), 1);
        QCOMPARE(hops.first().ingress, QStringLiteral("outside"));
        QCOMPARE(hops.first().egress, QStringLiteral("inside"));
        const QList<int> rows = live.analysis.firewallRows(QStringLiteral("fw1"));
        QVERIFY(rows.contains(internetToLan));
        QCOMPARE(rows.size(), matrix.rules.size()); // every row between zones crosses the one firewall
        live.document.undoStack()->undo();
        QCOMPARE(live.analysis.rowFirewalls(internetToLan).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestDeploymentAnalysis)
#include "tst_deploymentanalysis.moc"
