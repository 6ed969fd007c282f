// The inspector for a firewall that runs a zone's servers itself (the seed's mail server on the firewall host), driven
// like a user on real widgets: "Runs the servers of" offers the zones the firewall faces through no interface (no
// Internet zone), a choice is one undoable command, and a choice the file reader would refuse is refused with its
// reason and makes none; the local zone's row has no interface ("this host"), the rule groups name the host's side
// "this host", and the zone page says which firewall the zone runs on. PORTOLAN_TEST_SHOTS=directory saves pictures.
#include "model/deployment.h"
#include "model/deploymentanalysis.h"
#include "model/portcatalog.h"
#include "views/inspector/inspectorpanel.h"

#include "deploymentbuilder.h"
#include "firewallsamples.h"
#include "livedocument.h"
#include "testshots.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

namespace {

// Internet | DMZ | LAN: FW1 joins the Internet and the LAN, FW2 the DMZ and the LAN.
DeploymentData dmzBehindASecondFirewall()
{
    auto builder = DeploymentBuilder::threeZones("2019");
    builder.server("edge01", "dmz", {"edge-transport"}).server("ex01", "lan", {"mailbox"});
    builder.firewall("fw1", {{"internet", "outside"}, {"lan", "inside"}});
    builder.firewall("fw2", {{"dmz", "dmz"}, {"lan", "lan"}});
    return builder.data();
}

QStringList choices(const QComboBox* combo)
{
    QStringList texts;
    for (int i = 0; i < combo->count(); ++i)
        texts.append(combo->itemText(i));
    return texts;
}

// Picks a choice as a user would: the popup's item, then activated.
void choose(QComboBox* combo, const QString& text)
{
    const int index = combo->findText(text);
    QVERIFY2(index >= 0, qPrintable(text));
    combo->setCurrentIndex(index);
    emit combo->activated(index);
}

struct Page
{
    explicit Page(const DeploymentData& data)
        : live(data)
        , panel(&live.document, &live.analysis, PortCatalog::builtin())
    {
        panel.resize(360, 900);
        panel.show();
    }
    template <typename T> T* find(const QString& name)
    {
        auto* child = panel.findChild<T*>(name);
        if (!child)
            qFatal("no %s", qPrintable(name));
        return child;
    }

    LiveDocument live;
    InspectorPanel panel;
};

} // namespace

class TestFirewallHostInspector final : public QObject
{
    Q_OBJECT

private slots:
    // The sample's firewall: it runs "Firewall host" (the only zone it faces through no interface, the Internet
    // excluded), that zone's row is joined without an interface, and its rules are grouped with "this host".
    void showsTheFirewallHost()
    {
        Page page(firewallSample("firewall-host.portolan"));
        page.panel.showFirewall(QStringLiteral("fw1"));
        auto* host = page.find<QComboBox>(QStringLiteral("inspectorFirewallHostZone"));
        QCOMPARE(choices(host), (QStringList{QStringLiteral("None"), QStringLiteral("Firewall host")}));
        QCOMPARE(host->currentData().toString(), QStringLiteral("firewall"));
        QVERIFY(host->isEnabled());
        auto* joins = page.find<QCheckBox>(QStringLiteral("inspectorFirewallJoins_firewall"));
        auto* name = page.find<QLineEdit>(QStringLiteral("inspectorFirewallInterface_firewall"));
        QVERIFY(joins->isChecked());
        QVERIFY(!joins->isEnabled());
        QVERIFY(name->text().isEmpty());
        QVERIFY(!name->isEnabled());
        QCOMPARE(name->placeholderText(), QStringLiteral("this host"));
        QCOMPARE(page.find<QLineEdit>(QStringLiteral("inspectorFirewallInterface_lan"))->text(),
                 QStringLiteral("inside"));

        auto* rules = page.find<QTreeWidget>(QStringLiteral("inspectorFirewallRules"));
        QStringList groups;
        for (int g = 0; g < rules->topLevelItemCount(); ++g)
            groups.append(rules->topLevelItem(g)->text(0));
        groups.sort();
        QCOMPARE(groups, (QStringList{QStringLiteral("inside → this host"), QStringLiteral("outside → this host"),
                                      QStringLiteral("this host → inside"), QStringLiteral("this host → outside")}));
        saveTestShot(page.panel, "inspector-firewall-host");
    }

    // The zone page names the firewall the zone runs on, as a link to its page.
    void zonePageSaysWhereTheZoneRuns()
    {
        Page page(firewallSample("firewall-host.portolan"));
        page.panel.showZone(QStringLiteral("firewall"));
        auto* firewalls = page.find<QLabel>(QStringLiteral("inspectorZoneFirewalls"));
        QVERIFY2(firewalls->text().startsWith(QStringLiteral("Runs on <a href=\"fw1\">")),
                 qPrintable(firewalls->text()));
        saveTestShot(page.panel, "inspector-zone-runs-on-firewall");
        emit firewalls->linkActivated(QStringLiteral("fw1"));
        QCOMPARE(page.panel.page(), InspectorPanel::Page::Firewall);
        page.panel.showZone(QStringLiteral("lan"));
        QVERIFY2(firewalls->text().contains(QStringLiteral("interface inside")), qPrintable(firewalls->text()));
        QVERIFY(!firewalls->text().contains(QStringLiteral("Runs on")));
    }

    // None, then the zone again: one command each; undo and redo restore the firewall exactly.
    void choosingTheHostZoneIsOneUndoableCommand()
    {
        Page page(firewallSample("firewall-host.portolan"));
        QUndoStack* stack = page.live.document.undoStack();
        const Firewall before = *page.live.document.firewall(QStringLiteral("fw1"));
        page.panel.showFirewall(QStringLiteral("fw1"));
        auto* host = page.find<QComboBox>(QStringLiteral("inspectorFirewallHostZone"));
        choose(host, QStringLiteral("None"));
        QCOMPARE(stack->count(), 1);
        QVERIFY(page.live.document.firewall(QStringLiteral("fw1"))->localZone.isEmpty());
        QCOMPARE(page.live.document.firewall(QStringLiteral("fw1"))->interfaces, before.interfaces);
        // Without a local zone the zone's row is an ordinary one again.
        QTRY_VERIFY(page.find<QCheckBox>(QStringLiteral("inspectorFirewallJoins_firewall"))->isEnabled());
        QVERIFY(!page.find<QCheckBox>(QStringLiteral("inspectorFirewallJoins_firewall"))->isChecked());
        stack->undo();
        QCOMPARE(*page.live.document.firewall(QStringLiteral("fw1")), before);
        QTRY_COMPARE(host->currentData().toString(), QStringLiteral("firewall"));
        stack->redo();
        QTRY_COMPARE(host->currentData().toString(), QString());
        choose(host, QStringLiteral("Firewall host"));
        QCOMPARE(stack->count(), 2);
        QCOMPARE(*page.live.document.firewall(QStringLiteral("fw1")), before);
        QVERIFY(stack->text(1).contains(QStringLiteral("Firewall host")));
    }

    // A zone another firewall faces is offered but refused with the reader's reason; no command, the combo goes back.
    void refusesAZoneAnotherFirewallFaces()
    {
        Page page(dmzBehindASecondFirewall());
        page.panel.showFirewall(QStringLiteral("fw1"));
        auto* host = page.find<QComboBox>(QStringLiteral("inspectorFirewallHostZone"));
        QCOMPARE(choices(host), (QStringList{QStringLiteral("None"), QStringLiteral("DMZ")}));
        choose(host, QStringLiteral("DMZ"));
        QCOMPARE(page.live.document.undoStack()->count(), 0);
        QVERIFY(page.live.document.firewall(QStringLiteral("fw1"))->localZone.isEmpty());
        QCOMPARE(host->currentData().toString(), QString());
        auto* problem = page.find<QLabel>(QStringLiteral("inspectorFirewallHostProblem"));
        QTRY_VERIFY(problem->isVisible());
        QCOMPARE(problem->text(), QStringLiteral("DMZ faces interface \"dmz\" of FW2: a zone that runs on a firewall "
                                                 "is reached through that firewall only."));
        saveTestShot(page.panel, "inspector-firewall-host-refused");
    }

    // A firewall of one interface and a local zone keeps its local zone: none would leave it joining one zone.
    void refusesNoneWhenTooFewZonesWouldBeLeft()
    {
        DeploymentData data = dmzBehindASecondFirewall();
        data.firewalls[1].interfaces = {{QStringLiteral("lan"), QStringLiteral("lan")}};
        data.firewalls[1].localZone = QStringLiteral("dmz");
        Page page(data);
        page.panel.showFirewall(QStringLiteral("fw2"));
        auto* host = page.find<QComboBox>(QStringLiteral("inspectorFirewallHostZone"));
        QCOMPARE(host->currentData().toString(), QStringLiteral("dmz"));
        choose(host, QStringLiteral("None"));
        QCOMPARE(page.live.document.undoStack()->count(), 0);
        QCOMPARE(host->currentData().toString(), QStringLiteral("dmz"));
        QCOMPARE(page.find<QLabel>(QStringLiteral("inspectorFirewallHostProblem"))->text(),
                 QStringLiteral("A firewall joins two or more zones: give it another interface first."));
    }

    // Another firewall may not face the zone the first one runs: checking it is refused and makes no command.
    void refusesAnInterfaceToAZoneAnotherFirewallRuns()
    {
        DeploymentData data = firewallSample("firewall-host.portolan");
        data.firewalls.append(
            {QStringLiteral("fw2"),
             QStringLiteral("Backup"),
             {{QStringLiteral("internet"), QStringLiteral("wan")}, {QStringLiteral("lan"), QStringLiteral("lan")}}});
        Page page(data);
        page.panel.showFirewall(QStringLiteral("fw2"));
        auto* joins = page.find<QCheckBox>(QStringLiteral("inspectorFirewallJoins_firewall"));
        QVERIFY(joins->isEnabled() && !joins->isChecked());
        joins->click();
        QCOMPARE(page.live.document.undoStack()->count(), 0);
        QVERIFY(!joins->isChecked());
        QCOMPARE(page.find<QLabel>(QStringLiteral("inspectorFirewallInterfaceProblem"))->text(),
                 QStringLiteral("Firewall host runs on Firewall host: a zone that runs on a firewall is reached "
                                "through that firewall only."));
        // Its own interfaces still edit, the host's local zone untouched.
        auto* wan = page.find<QLineEdit>(QStringLiteral("inspectorFirewallInterface_internet"));
        wan->setFocus();
        wan->selectAll();
        QTest::keyClicks(wan, QStringLiteral("uplink"));
        QTest::keyClick(wan, Qt::Key_Return);
        QCOMPARE(page.live.document.undoStack()->count(), 1);
        QCOMPARE(page.live.document.firewall(QStringLiteral("fw2"))->interfaceTo(QStringLiteral("internet")),
                 QStringLiteral("uplink"));
        QCOMPARE(page.live.document.firewall(QStringLiteral("fw1"))->localZone, QStringLiteral("firewall"));
    }
};

QTEST_MAIN(TestFirewallHostInspector)
#include "tst_firewallhostinspector.moc"
