// The inspector's firewall pages and zone networks, driven like a user on real widgets: the three-legged sample's
// firewall with its interfaces and rules, interface and network edits as undoable commands (and refused ones that
// make none), implicit firewalls made explicit or joined by a new one without changing any flow's way, and learner
// mode. PORTOLAN_TEST_SHOTS=directory saves pictures of the pages.
#include "model/deployment.h"
#include "model/deploymentanalysis.h"
#include "model/deploymentcommands.h"
#include "model/deploymentfile.h"
#include "model/explicitfirewalls.h"
#include "model/firewallhostrules.h"
#include "model/portcatalog.h"
#include "model/templatelibrary.h"
#include "views/inspector/inspectorpanel.h"
#include "views/lesson/answermask.h"

#include "deploymentbuilder.h"
#include "firewallsamples.h"
#include "livedocument.h"
#include "testshots.h"

#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

namespace {

// Internet | DMZ | LAN with an Edge and a Mailbox server and no firewalls listed: two implicit firewalls.
DeploymentData implicitLayout()
{
    auto builder = DeploymentBuilder::threeZones("2019");
    builder.server("edge01", "dmz", {"edge-transport"}).server("ex01", "lan", {"mailbox"});
    return builder.data();
}

// Every matrix row's firewall path: the ids of the firewalls it crosses, in order.
QList<QStringList> firewallPaths(const DeploymentAnalysis& analysis)
{
    QList<QStringList> paths;
    for (int row = 0; row < analysis.matrix().rowCount(); ++row) {
        QStringList ids;
        for (const FirewallHop& hop : analysis.rowFirewalls(row))
            ids.append(analysis.firewalls().firewalls().at(hop.firewall).id);
        paths.append(ids);
    }
    return paths;
}

QStringList matrixRows(const DeploymentAnalysis& analysis)
{
    QStringList rows;
    for (int row = 0; row < analysis.matrix().rowCount(); ++row) {
        const MatrixRule* rule = analysis.matrix().ruleAt(row);
        rows.append(rule->from + u'>' + rule->to + u' ' + rule->service + u' ' + rule->ports.toString() + u' ' +
                    rule->sources.join(u',') + u'>' + rule->destinations.join(u','));
    }
    return rows;
}

// The rule tree as "group: service | ports | zones" lines.
QStringList ruleLines(const QTreeWidget* tree)
{
    QStringList lines;
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        const QTreeWidgetItem* group = tree->topLevelItem(g);
        for (int r = 0; r < group->childCount(); ++r) {
            const QTreeWidgetItem* rule = group->child(r);
            lines.append(group->text(0) + QStringLiteral(": ") + rule->text(0) + QStringLiteral(" | ") + rule->text(1) +
                         QStringLiteral(" | ") + rule->text(2));
        }
    }
    return lines;
}

// Types into a line edit as a user would and confirms with Return.
void retype(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

} // namespace

Q_DECLARE_METATYPE(DeploymentData)

class TestFirewallInspector final : public QObject
{
    Q_OBJECT

private slots:
    // The sample's firewall: name and id, one interface row per zone in lane order, its rules grouped by interface
    // pair, and no missing address (the sample gives every server its address and the zones their networks).
    void showsTheThreeLeggedFirewall()
    {
        LiveDocument live(firewallSample("three-legged.portolan"));
        InspectorPanel panel(&live.document, &live.analysis, PortCatalog::builtin());
        panel.resize(360, 900);
        panel.show();
        panel.showFirewall(QStringLiteral("fw1"));
        QCOMPARE(panel.page(), InspectorPanel::Page::Firewall);
        auto* name = panel.findChild<QLineEdit*>(QStringLiteral("inspectorFirewallName"));
        auto* id = panel.findChild<QLabel*>(QStringLiteral("inspectorFirewallId"));
        auto* rules = panel.findChild<QTreeWidget*>(QStringLiteral("inspectorFirewallRules"));
        auto* missing = panel.findChild<QLabel*>(QStringLiteral("inspectorFirewallMissing"));
        auto* makeExplicit = panel.findChild<QPushButton*>(QStringLiteral("inspectorFirewallMakeExplicit"));
        QVERIFY(name && id && rules && missing && makeExplicit);
        QCOMPARE(name->text(), QStringLiteral("Perimeter"));
        QCOMPARE(id->text(), QStringLiteral("fw1"));
        QVERIFY(!name->isReadOnly());
        QTRY_VERIFY(rules->isVisible());
        QVERIFY(!makeExplicit->isVisible());
        QVERIFY(!missing->isVisible());
        const QStringList expected = {QStringLiteral("outside"), QStringLiteral("dmz"), QStringLiteral("inside")};
        const QStringList zones = {QStringLiteral("internet"), QStringLiteral("dmz"), QStringLiteral("lan")};
        for (int i = 0; i < zones.size(); ++i) {
            auto* joins = panel.findChild<QCheckBox*>(QStringLiteral("inspectorFirewallJoins_") + zones.at(i));
            auto* leg = panel.findChild<QLineEdit*>(QStringLiteral("inspectorFirewallInterface_") + zones.at(i));
            QVERIFY(joins && leg);
            QVERIFY(joins->isChecked() && joins->isEnabled());
            QCOMPARE(leg->text(), expected.at(i));
        }

        // Every row that crosses fw1 is in the tree, under the interfaces it enters and leaves by.
        const QStringList lines = ruleLines(rules);
        QVERIFY2(lines.contains(QStringLiteral("outside → dmz: SMTP | TCP 25 | Internet → DMZ")),
                 qPrintable(lines.join(u'\n')));
        QVERIFY2(lines.contains(QStringLiteral("dmz → inside: SMTP | TCP 25 | DMZ → LAN")),
                 qPrintable(lines.join(u'\n')));
        int rows = 0;
        for (int g = 0; g < rules->topLevelItemCount(); ++g) {
            for (int r = 0; r < rules->topLevelItem(g)->childCount(); ++r)
                rows += rules->topLevelItem(g)->child(r)->data(0, Qt::UserRole).value<QList<int>>().size();
        }
        QCOMPARE(rows, live.analysis.firewallRows(QStringLiteral("fw1")).size());
        saveTestShot(panel, "firewall-three-legged");

        // Activating a rule shows its matrix rows on the rules page.
        QTreeWidgetItem* smtp = rules->topLevelItem(0)->child(0);
        emit rules->itemActivated(smtp, 0);
        QCOMPARE(panel.page(), InspectorPanel::Page::Rules);
    }

    // A server without an address in a zone without networks: the page says what the exports still need.
    void listsMissingAddresses()
    {
        DeploymentData data = firewallSample("three-legged.portolan");
        data.zones[2].networks.clear();
        data.servers[2].host.clear(); // EX01
        LiveDocument live(data);
        InspectorPanel panel(&live.document, &live.analysis, PortCatalog::builtin());
        panel.show();
        panel.showFirewall(QStringLiteral("fw1"));
        auto* missing = panel.findChild<QLabel*>(QStringLiteral("inspectorFirewallMissing"));
        QVERIFY(missing);
        QTRY_VERIFY(missing->isVisible());
        QVERIFY2(missing->text().contains(QStringLiteral("server \"ex01\" in zone \"lan\": no address")),
                 qPrintable(missing->text()));
    }

    // Renaming an interface is one command with the other interfaces as they were; undo restores it. Empty,
    // duplicate and invalid names, and a firewall left with one zone, are refused with a message and no command.
    void editsInterfacesAsOneCommand()
    {
        LiveDocument live(firewallSample("three-legged.portolan"));
        QUndoStack* stack = live.document.undoStack();
        InspectorPanel panel(&live.document, &live.analysis, PortCatalog::builtin());
        panel.show();
        panel.showFirewall(QStringLiteral("fw1"));
        auto* dmz = panel.findChild<QLineEdit*>(QStringLiteral("inspectorFirewallInterface_dmz"));
        auto* problem = panel.findChild<QLabel*>(QStringLiteral("inspectorFirewallInterfaceProblem"));
        QVERIFY(dmz && problem);
        const QList<FirewallInterface> before = live.document.firewall(QStringLiteral("fw1"))->interfaces;

        retype(dmz, QStringLiteral("perimeter-dmz"));
        QCOMPARE(stack->count(), 1);
        QList<FirewallInterface> after = before;
        after[1].name = QStringLiteral("perimeter-dmz");
        QCOMPARE(live.document.firewall(QStringLiteral("fw1"))->interfaces, after);
        QVERIFY(!problem->isVisible());
        stack->undo();
        QCOMPARE(live.document.firewall(QStringLiteral("fw1"))->interfaces, before);
        QCOMPARE(dmz->text(), QStringLiteral("dmz"));

        const auto refused = [&](const QString& text, const QString& message) {
            retype(dmz, text);
            QCOMPARE(stack->index(), 0);
            QCOMPARE(live.document.firewall(QStringLiteral("fw1"))->interfaces, before);
            QTRY_VERIFY(problem->isVisible());
            QVERIFY2(problem->text().contains(message), qPrintable(problem->text()));
        };
        refused(QString(), QStringLiteral("The interface facing DMZ needs a name."));
        refused(QStringLiteral("inside"), QStringLiteral("\"inside\" already faces"));
        refused(QStringLiteral("dmz 1"), QStringLiteral("\"dmz 1\" is not an interface name"));
        retype(dmz, QStringLiteral("dmz"));
        QVERIFY(!problem->isVisible());
        QCOMPARE(stack->index(), 0);

        // Leaving the DMZ out is one command; leaving the Internet out too would leave one zone: refused, and its
        // check box goes back. Checking the DMZ again names its interface after the zone.
        auto* joinsDmz = panel.findChild<QCheckBox*>(QStringLiteral("inspectorFirewallJoins_dmz"));
        auto* joinsInternet = panel.findChild<QCheckBox*>(QStringLiteral("inspectorFirewallJoins_internet"));
        QVERIFY(joinsDmz && joinsInternet);
        joinsDmz->click();
        QCOMPARE(stack->count(), 1);
        QVERIFY(!live.document.firewall(QStringLiteral("fw1"))->joins(QStringLiteral("dmz")));
        QCOMPARE(dmz->text(), QString());
        QVERIFY(!dmz->isEnabled());
        joinsInternet->click();
        QCOMPARE(stack->count(), 1);
        QVERIFY(problem->text().contains(QStringLiteral("two or more zones")));
        QVERIFY(joinsInternet->isChecked());
        joinsDmz->click();
        QCOMPARE(stack->count(), 2);
        QCOMPARE(live.document.firewall(QStringLiteral("fw1"))->interfaces, before);
        QVERIFY(!problem->isVisible());
        stack->undo();
        stack->undo();
        QVERIFY(joinsDmz->isChecked());
        QCOMPARE(dmz->text(), QStringLiteral("dmz"));
    }

    void renameAndRemoveAreUndoable()
    {
        LiveDocument live(firewallSample("three-legged.portolan"));
        QUndoStack* stack = live.document.undoStack();
        InspectorPanel panel(&live.document, &live.analysis, PortCatalog::builtin());
        panel.show();
        panel.showFirewall(QStringLiteral("fw1"));
        panel.editName();
        auto* name = panel.findChild<QLineEdit*>(QStringLiteral("inspectorFirewallName"));
        QTRY_VERIFY(name->hasFocus());
        QTest::keyClicks(name, QStringLiteral("Edge firewall"));
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(live.document.firewall(QStringLiteral("fw1"))->name, QStringLiteral("Edge firewall"));

        auto* remove = panel.findChild<QPushButton*>(QStringLiteral("inspectorFirewallRemove"));
        QVERIFY(remove && remove->isVisible());
        remove->click();
        QVERIFY(live.document.firewalls().isEmpty());
        // The deployment now lists none: its firewalls are implied by the lanes again, and fw1 is gone.
        QCOMPARE(panel.page(), InspectorPanel::Page::Deployment);
        stack->undo();
        QCOMPARE(live.document.firewalls().size(), 1);
        stack->undo();
        QCOMPARE(live.document.firewall(QStringLiteral("fw1"))->name, QStringLiteral("Perimeter"));
    }

    // An implicit firewall shows read-only; Make Firewalls Explicit lists every one with the same ids, names and
    // interfaces in one undo step, and neither the matrix nor any row's firewall path changes.
    void makeFirewallsExplicitKeepsEveryPath()
    {
        LiveDocument live(implicitLayout());
        QUndoStack* stack = live.document.undoStack();
        const QStringList rows = matrixRows(live.analysis);
        const QList<QStringList> paths = firewallPaths(live.analysis);
        const QList<Firewall> implied = live.analysis.firewalls().firewalls();
        QCOMPARE(implied.size(), 2);
        InspectorPanel panel(&live.document, &live.analysis, PortCatalog::builtin());
        panel.resize(360, 800);
        panel.show();
        panel.showFirewall(QStringLiteral("fw-dmz-lan"));
        QCOMPARE(panel.page(), InspectorPanel::Page::Firewall);
        auto* name = panel.findChild<QLineEdit*>(QStringLiteral("inspectorFirewallName"));
        auto* implicitNote = panel.findChild<QLabel*>(QStringLiteral("inspectorFirewallImplied"));
        auto* makeExplicit = panel.findChild<QPushButton*>(QStringLiteral("inspectorFirewallMakeExplicit"));
        auto* joins = panel.findChild<QCheckBox*>(QStringLiteral("inspectorFirewallJoins_lan"));
        auto* rules = panel.findChild<QTreeWidget*>(QStringLiteral("inspectorFirewallRules"));
        QVERIFY(name && implicitNote && makeExplicit && joins && rules);
        QTRY_VERIFY(makeExplicit->isVisible());
        QVERIFY(implicitNote->isVisible() && name->isReadOnly() && !joins->isEnabled());
        QVERIFY(rules->topLevelItemCount() > 0);
        QCOMPARE(rules->topLevelItem(0)->text(0), QStringLiteral("dmz → lan"));

        makeExplicit->click();
        QCOMPARE(stack->count(), 1);
        QCOMPARE(live.document.firewalls(), implied);
        QCOMPARE(matrixRows(live.analysis), rows);
        QCOMPARE(firewallPaths(live.analysis), paths);
        QCOMPARE(panel.page(), InspectorPanel::Page::Firewall);
        QTRY_VERIFY(!makeExplicit->isVisible());
        QVERIFY(!name->isReadOnly() && joins->isEnabled());

        stack->undo();
        QVERIFY(live.document.firewalls().isEmpty());
        QCOMPARE(firewallPaths(live.analysis), paths);
        QTRY_VERIFY(makeExplicit->isVisible());
    }

    // Every template without listed firewalls (and the back-to-back sample, which lists its own): making the
    // firewalls explicit, then adding one, keeps the matrix and every row's firewall path; each is one undo step.
    void everyLayoutKeepsItsPaths_data()
    {
        QTest::addColumn<DeploymentData>("data");
        DeploymentReader reader(PortCatalog::builtin());
        for (const DeploymentTemplate& layout : TemplateLibrary::templates())
            QTest::newRow(qPrintable(layout.id)) << *reader.readFile(layout.path);
        QTest::newRow("edge-back-to-back") << firewallSample("edge-back-to-back.portolan");
        QTest::newRow("three-legged") << firewallSample("three-legged.portolan");
        // The DMZ and the LAN each behind their own firewall from the Internet: no firewall joins the DMZ and the
        // LAN, whose flows cross both; a firewall between them would shorten their way.
        DeploymentData star = implicitLayout();
        const auto leg = [](const char* zone, const char* name) {
            return FirewallInterface{QString::fromUtf8(zone), QString::fromUtf8(name)};
        };
        star.firewalls = {{QStringLiteral("fwa"), QStringLiteral("A"), {leg("internet", "out"), leg("dmz", "dmz")}},
                          {QStringLiteral("fwb"), QStringLiteral("B"), {leg("internet", "out"), leg("lan", "in")}}};
        QTest::newRow("star") << star;
    }

    void everyLayoutKeepsItsPaths()
    {
        QFETCH(DeploymentData, data);
        LiveDocument live(data);
        QUndoStack* stack = live.document.undoStack();
        const QStringList rows = matrixRows(live.analysis);
        const QList<QStringList> paths = firewallPaths(live.analysis);
        const QList<Firewall> before = live.analysis.firewalls().firewalls();

        stack->push(ExplicitFirewalls::makeExplicit(&live.document).release());
        QCOMPARE(stack->count(), data.firewalls.isEmpty() && data.zones.size() > 1 ? 1 : 0);
        QCOMPARE(live.document.firewalls(), before);
        QCOMPARE(matrixRows(live.analysis), rows);
        QCOMPARE(firewallPaths(live.analysis), paths);

        QString added;
        stack->push(ExplicitFirewalls::addFirewall(&live.document, &added).release());
        QCOMPARE(live.document.firewalls().size(), before.size() + (data.zones.size() > 1 ? 1 : 0));
        // The new firewall faces no zone that runs on a firewall (the seed's firewall host): the reader would refuse
        // it.
        if (const Firewall* firewall = live.document.firewall(added)) {
            for (const FirewallInterface& face : firewall->interfaces)
                QVERIFY2(FirewallHostRules::interfaceProblem(live.document.data(), added, face.zone).isEmpty(),
                         qPrintable(face.zone));
        }
        QCOMPARE(matrixRows(live.analysis), rows);
        QCOMPARE(firewallPaths(live.analysis), paths);
        while (stack->canUndo())
            stack->undo();
        QCOMPARE(live.document.firewalls(), data.firewalls);
    }

    // Add Firewall on the deployment page: with implicit firewalls, they are listed first in the same step, so the
    // new firewall changes no row's way; the page of the new firewall shows next. Undo takes it all back.
    void addFirewallKeepsPaths()
    {
        LiveDocument live(implicitLayout());
        QUndoStack* stack = live.document.undoStack();
        const QList<QStringList> paths = firewallPaths(live.analysis);
        InspectorPanel panel(&live.document, &live.analysis, PortCatalog::builtin());
        panel.resize(360, 800);
        panel.show();
        auto* firewalls = panel.findChild<QLabel*>(QStringLiteral("inspectorDeploymentFirewalls"));
        auto* add = panel.findChild<QPushButton*>(QStringLiteral("inspectorAddFirewall"));
        QVERIFY(firewalls && add);
        QTRY_VERIFY(add->isVisible());
        QVERIFY2(firewalls->text().contains(QStringLiteral("Implied by the lanes")), qPrintable(firewalls->text()));
        saveTestShot(panel, "deployment-firewalls");

        add->click();
        QCOMPARE(stack->count(), 1);
        QStringList ids;
        for (const Firewall& firewall : live.document.firewalls())
            ids.append(firewall.id);
        QCOMPARE(ids,
                 (QStringList{QStringLiteral("fw-internet-dmz"), QStringLiteral("fw-dmz-lan"), QStringLiteral("fw1")}));
        const Firewall* added = live.document.firewall(QStringLiteral("fw1"));
        QCOMPARE(added->name, QStringLiteral("Firewall 1"));
        QCOMPARE(added->interfaces, (QList<FirewallInterface>{{QStringLiteral("internet"), QStringLiteral("internet")},
                                                              {QStringLiteral("dmz"), QStringLiteral("dmz")}}));
        QCOMPARE(firewallPaths(live.analysis), paths);
        QCOMPARE(panel.page(), InspectorPanel::Page::Firewall);
        QCOMPARE(panel.findChild<QLabel*>(QStringLiteral("inspectorFirewallId"))->text(), QStringLiteral("fw1"));
        // It stands beside fw-internet-dmz, listed first, which keeps the flows: the page says why it has no rules.
        auto* noRules = panel.findChild<QLabel*>(QStringLiteral("inspectorFirewallNoRules"));
        QVERIFY(noRules);
        QTRY_VERIFY(noRules->isVisible());
        QVERIFY(!panel.findChild<QTreeWidget*>(QStringLiteral("inspectorFirewallRules"))->isVisible());

        // A second one, now that the firewalls are explicit, is fw2 alone.
        panel.clear();
        add->click();
        QCOMPARE(live.document.firewalls().size(), 4);
        QCOMPARE(live.document.firewalls().last().id, QStringLiteral("fw2"));
        stack->undo();
        stack->undo();
        QVERIFY(live.document.firewalls().isEmpty());
        QCOMPARE(firewallPaths(live.analysis), paths);

        // Clicking a firewall on the deployment page opens it.
        panel.clear();
        emit firewalls->linkActivated(QStringLiteral("fw-internet-dmz"));
        QCOMPARE(panel.page(), InspectorPanel::Page::Firewall);
    }

    // A zone's networks: one a line or comma separated, one undoable command; an invalid or repeated entry is refused
    // with IpNetwork's message and makes no command. The zone lists the firewalls facing it.
    void editsZoneNetworks()
    {
        LiveDocument live(firewallSample("three-legged.portolan"));
        QUndoStack* stack = live.document.undoStack();
        InspectorPanel panel(&live.document, &live.analysis, PortCatalog::builtin());
        panel.resize(360, 800);
        panel.show();
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        panel.showZone(QStringLiteral("dmz"));
        auto* networks = panel.findChild<QPlainTextEdit*>(QStringLiteral("inspectorZoneNetworks"));
        auto* problem = panel.findChild<QLabel*>(QStringLiteral("inspectorZoneNetworksProblem"));
        auto* firewalls = panel.findChild<QLabel*>(QStringLiteral("inspectorZoneFirewalls"));
        auto* name = panel.findChild<QLineEdit*>(QStringLiteral("inspectorZoneName"));
        QVERIFY(networks && problem && firewalls && name);
        QTRY_VERIFY(networks->isVisible());
        QCOMPARE(networks->toPlainText(), QStringLiteral("203.0.113.0/24\n2001:db8:d::/64"));
        QVERIFY2(firewalls->text().contains(QStringLiteral("Perimeter</a>, interface dmz")),
                 qPrintable(firewalls->text()));
        saveTestShot(panel, "zone-networks");

        const auto type = [&](const QString& text) {
            networks->setFocus();
            QTRY_VERIFY(networks->hasFocus());
            networks->selectAll();
            QTest::keyClicks(networks, text);
            name->setFocus(); // leaving the field commits it
        };
        type(QStringLiteral("203.0.113.0/25, 2001:db8:d::/64"));
        QCOMPARE(stack->count(), 1);
        const QList<IpNetwork> expected = {*IpNetwork::parse(QStringLiteral("203.0.113.0/25")),
                                           *IpNetwork::parse(QStringLiteral("2001:db8:d::/64"))};
        QCOMPARE(live.document.zone(QStringLiteral("dmz"))->networks, expected);
        QTRY_COMPARE(networks->toPlainText(), QStringLiteral("203.0.113.0/25\n2001:db8:d::/64"));

        type(QStringLiteral("203.0.113.1/24"));
        QCOMPARE(stack->count(), 1);
        QCOMPARE(live.document.zone(QStringLiteral("dmz"))->networks, expected);
        QTRY_VERIFY(problem->isVisible());
        QCOMPARE(problem->text(), QStringLiteral("\"203.0.113.1/24\" has host bits set; did you mean 203.0.113.0/24?"));
        saveTestShot(panel, "zone-networks-invalid");
        type(QStringLiteral("198.51.100.0/24, 198.51.100.0/24"));
        QCOMPARE(stack->count(), 1);
        QCOMPARE(problem->text(), QStringLiteral("\"198.51.100.0/24\" is listed twice."));

        stack->undo();
        QTRY_COMPARE(networks->toPlainText(), QStringLiteral("203.0.113.0/24\n2001:db8:d::/64"));

        // An Internet zone without networks means any address; its firewall link opens the firewall.
        panel.showZone(QStringLiteral("internet"));
        QCOMPARE(networks->toPlainText(), QString());
        QCOMPARE(networks->placeholderText(), QStringLiteral("any address"));
        emit firewalls->linkActivated(QStringLiteral("fw1"));
        QCOMPARE(panel.page(), InspectorPanel::Page::Firewall);
    }

    // Learner mode: nothing on the firewall page edits, and the rules the lesson asks for are not listed.
    void learnerModeHidesAskedRules()
    {
        LiveDocument live(firewallSample("three-legged.portolan"));
        AnswerMask mask; // outlives the panel
        InspectorPanel panel(&live.document, &live.analysis, PortCatalog::builtin());
        panel.show();
        panel.setAnswerMask(&mask);
        mask.hide({{QStringLiteral("internet"), QStringLiteral("dmz")}}, {});
        panel.showFirewall(QStringLiteral("fw1"));
        auto* rules = panel.findChild<QTreeWidget*>(QStringLiteral("inspectorFirewallRules"));
        auto* name = panel.findChild<QLineEdit*>(QStringLiteral("inspectorFirewallName"));
        auto* joins = panel.findChild<QCheckBox*>(QStringLiteral("inspectorFirewallJoins_dmz"));
        auto* remove = panel.findChild<QPushButton*>(QStringLiteral("inspectorFirewallRemove"));
        QVERIFY(rules && name && joins && remove);
        const QStringList lines = ruleLines(rules);
        QVERIFY(!lines.isEmpty());
        for (const QString& line : lines)
            QVERIFY2(!line.endsWith(QStringLiteral("Internet → DMZ")), qPrintable(line));
        QVERIFY(name->isReadOnly() && !joins->isEnabled() && !remove->isEnabled());

        mask.clear();
        QVERIFY(ruleLines(rules).contains(QStringLiteral("outside → dmz: SMTP | TCP 25 | Internet → DMZ")));
        QVERIFY(!name->isReadOnly() && joins->isEnabled() && remove->isEnabled());
    }
};

QTEST_MAIN(TestFirewallInspector)
#include "tst_firewallinspector.moc"
