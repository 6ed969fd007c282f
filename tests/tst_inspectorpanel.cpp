// The inspector dock built alone on an Internet | DMZ | LAN deployment with an Edge, driven like a user: selecting a
// server, a zone or a matrix rule, typing into its fields and undoing. PORTOLAN_INSPECTOR_PNG=directory saves a
// picture of each page.
#include "model/catalogtexts.h"
#include "model/deployment.h"
#include "model/deploymentanalysis.h"
#include "model/deploymentcommands.h"
#include "model/portcatalog.h"
#include "views/inspector/inspectorpanel.h"
#include "views/lesson/answermask.h"
#include "views/translations.h"

#include "deploymentbuilder.h"
#include "livedocument.h"

#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QPushButton>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QPlainTextEdit>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

namespace {
DeploymentData edgeLayout()
{
    auto builder = DeploymentBuilder::threeZones("2019");
    builder.server("edge01", "dmz", {"edge-transport"}).server("ex01", "lan", {"mailbox"});
    return builder.data();
}

// The matrix row of the first rule between two zones for a service and port.
int rowOf(const PortMatrix& matrix, const QString& from, const QString& to, const QString& service, int port)
{
    for (int row = 0; row < matrix.rowCount(); ++row) {
        const MatrixRule* rule = matrix.ruleAt(row);
        if (rule->from == from && rule->to == to && rule->service == service && rule->ports.contains(port))
            return row;
    }
    return -1;
}

QStringList columnTexts(const QTreeWidget* tree, int column)
{
    QStringList texts;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        texts.append(tree->topLevelItem(i)->text(column));
    return texts;
}

void savePicture(QWidget& panel, const char* name)
{
    const QString directory = qEnvironmentVariable("PORTOLAN_INSPECTOR_PNG");
    if (directory.isEmpty())
        return;
    // Lays out what the last change asked for, as the event loop would before painting.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::sendPostedEvents();
    QVERIFY(panel.grab().save(QDir(directory).filePath(QString::fromUtf8(name) + u".png")));
}
} // namespace

class TestInspectorPanel final : public QObject
{
    Q_OBJECT

private slots:
    void startsWithTheHint()
    {
        LiveDocument live(edgeLayout());
        InspectorPanel panel(&live.document, &live.analysis, PortCatalog::builtin());
        panel.show();
        auto* hint = panel.findChild<QLabel*>(QStringLiteral("inspectorHint"));
        QVERIFY(hint);
        QTRY_VERIFY(hint->isVisible());
        QCOMPARE(panel.page(), InspectorPanel::Page::Deployment);
    }

    // With nothing selected the inspector shows the deployment: its name, description and version are undoable
    // edits, and a summary counts what it holds.
    void deploymentPageEditsTheDeployment()
    {
        LiveDocument live(edgeLayout());
        InspectorPanel panel(&live.document, &live.analysis, PortCatalog::builtin());
        panel.show();
        auto* name = panel.findChild<QLineEdit*>(QStringLiteral("inspectorDeploymentName"));
        auto* description = panel.findChild<QPlainTextEdit*>(QStringLiteral("inspectorDeploymentDescription"));
        auto* version = panel.findChild<QComboBox*>(QStringLiteral("inspectorDeploymentVersion"));
        auto* summary = panel.findChild<QLabel*>(QStringLiteral("inspectorDeploymentSummary"));
        QVERIFY(name && description && version && summary);
        QCOMPARE(name->text(), live.document.name());
        QVERIFY2(summary->text().startsWith(QStringLiteral("Zones: 3 · Servers: 2 · Rules between zones: ")),
                 qPrintable(summary->text()));

        panel.editName();
        QTRY_VERIFY(name->hasFocus());
        QTest::keyClicks(name, QStringLiteral("Contoso"));
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(live.document.name(), QStringLiteral("Contoso"));

        description->setFocus();
        QTest::keyClicks(description, QStringLiteral("Head office"));
        name->setFocus(); // leaving the field commits it
        QCOMPARE(live.document.description(), QStringLiteral("Head office"));

        const int index = version->findData(QStringLiteral("2016"));
        QVERIFY(index >= 0);
        version->setCurrentIndex(index);
        emit version->activated(index);
        QCOMPARE(live.document.exchangeVersion(), QStringLiteral("2016"));

        QUndoStack* stack = live.document.undoStack();
        stack->undo();
        stack->undo();
        stack->undo();
        QCOMPARE(live.document.exchangeVersion(), QStringLiteral("2019"));
        QCOMPARE(live.document.description(), QString());
        QCOMPARE(live.document.name(), edgeLayout().name);
        QCOMPARE(name->text(), edgeLayout().name);
    }

    void serverShowsItsFieldsAndListeningPorts()
    {
        LiveDocument live(edgeLayout());
        InspectorPanel panel(&live.document, &live.analysis, PortCatalog::builtin());
        panel.resize(340, 700);
        panel.show();
        panel.showServer(QStringLiteral("edge01"));
        QCOMPARE(panel.page(), InspectorPanel::Page::Server);
        auto* name = panel.findChild<QLineEdit*>(QStringLiteral("inspectorServerName"));
        auto* listening = panel.findChild<QTreeWidget*>(QStringLiteral("inspectorListening"));
        auto* outbound = panel.findChild<QTreeWidget*>(QStringLiteral("inspectorOutbound"));
        auto* roles = panel.findChild<QListWidget*>(QStringLiteral("inspectorServerRoles"));
        QVERIFY(name && listening && outbound && roles);
        QTRY_VERIFY(name->isVisible());
        QCOMPARE(name->text(), QStringLiteral("EDGE01"));

        const QStringList ports = columnTexts(listening, 0);
        QVERIFY2(ports.contains(QStringLiteral("TCP 25")), qPrintable(ports.join(u'|')));
        QVERIFY2(ports.contains(QStringLiteral("TCP 50636")), qPrintable(ports.join(u'|')));
        // SMTP reaches the Edge from the Internet and from the LAN: one line naming both zones.
        const int smtp = int(ports.indexOf(QStringLiteral("TCP 25")));
        QVERIFY(listening->topLevelItem(smtp)->text(2).contains(QStringLiteral("INTERNET")));
        QVERIFY(listening->topLevelItem(smtp)->text(2).contains(QStringLiteral("LAN")));
        // The Edge sends Internet mail out; a flow chosen in the list tells why and links its sources.
        const int sending = int(columnTexts(outbound, 0).indexOf(QStringLiteral("TCP 25")));
        QVERIFY(sending >= 0);
        auto* details = panel.findChild<QLabel*>(QStringLiteral("inspectorFlowDetails"));
        QVERIFY(details && details->openExternalLinks());
        QVERIFY(!details->text().contains(QStringLiteral("href")));
        outbound->setCurrentItem(outbound->topLevelItem(sending));
        QVERIFY(details->text().contains(QStringLiteral("href=\"http")));
        // An edit elsewhere keeps the chosen flow.
        live.document.undoStack()->push(
            EditServerCommand::setServerHost(&live.document, QStringLiteral("ex01"), QStringLiteral("ex01.lan"))
                .release());
        QVERIFY(outbound->currentItem());
        QCOMPARE(outbound->currentItem()->text(1), QStringLiteral("SMTP"));

        // Roles offered are those of the server's version: no 2010 Hub Transport on a 2019 server.
        QVERIFY(roles->findItems(QStringLiteral("Hub Transport"), Qt::MatchExactly).isEmpty());
        QCOMPARE(roles->findItems(QStringLiteral("Edge Transport"), Qt::MatchExactly).value(0)->checkState(),
                 Qt::Checked);
        savePicture(panel, "server");
    }

    void hostEditIsOneUndoableCommand()
    {
        LiveDocument live(edgeLayout());
        Deployment& document = live.document;
        InspectorPanel panel(&document, &live.analysis, PortCatalog::builtin());
        panel.show();
        panel.showServer(QStringLiteral("edge01"));
        auto* host = panel.findChild<QLineEdit*>(QStringLiteral("inspectorServerHost"));
        QVERIFY(host);
        QTRY_VERIFY(host->isVisible());
        host->setFocus();
        QTest::keyClicks(host, QStringLiteral("10.0.0.5"));
        // Not per keystroke: nothing is pushed until the edit is confirmed.
        QCOMPARE(document.undoStack()->count(), 0);
        QTest::keyClick(host, Qt::Key_Return);
        QCOMPARE(document.undoStack()->count(), 1);
        QCOMPARE(document.server(QStringLiteral("edge01"))->host, QStringLiteral("10.0.0.5"));

        document.undoStack()->undo();
        QCOMPARE(document.server(QStringLiteral("edge01"))->host, QString());
        QCOMPARE(host->text(), QString());
    }

    void unconfirmedEditIsKeptWhenTheSelectionMoves()
    {
        LiveDocument live(edgeLayout());
        Deployment& document = live.document;
        InspectorPanel panel(&document, &live.analysis, PortCatalog::builtin());
        panel.show();
        panel.showServer(QStringLiteral("edge01"));
        auto* name = panel.findChild<QLineEdit*>(QStringLiteral("inspectorServerName"));
        QTRY_VERIFY(name->isVisible());
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("EDGE-A"));
        panel.showServer(QStringLiteral("ex01"));
        QCOMPARE(document.server(QStringLiteral("edge01"))->name, QStringLiteral("EDGE-A"));
        QCOMPARE(name->text(), QStringLiteral("EX01"));
    }

    void versionChoiceChangesTheRolesOffered()
    {
        LiveDocument live(edgeLayout());
        Deployment& document = live.document;
        InspectorPanel panel(&document, &live.analysis, PortCatalog::builtin());
        panel.show();
        panel.showServer(QStringLiteral("ex01"));
        auto* version = panel.findChild<QComboBox*>(QStringLiteral("inspectorServerVersion"));
        auto* roles = panel.findChild<QListWidget*>(QStringLiteral("inspectorServerRoles"));
        QVERIFY(version && roles);
        QVERIFY(version->itemText(0).contains(QStringLiteral("Exchange Server 2019")));
        const int v2010 = version->findData(QStringLiteral("2010"));
        QVERIFY(v2010 > 0);
        version->setCurrentIndex(v2010);
        emit version->activated(v2010);
        QCOMPARE(document.server(QStringLiteral("ex01"))->version, QStringLiteral("2010"));
        QCOMPARE(roles->findItems(QStringLiteral("Hub Transport"), Qt::MatchExactly).size(), 1);

        // Checking a role is one command, pushed once the list has delivered its signal.
        QListWidgetItem* hub = roles->findItems(QStringLiteral("Hub Transport"), Qt::MatchExactly).first();
        hub->setCheckState(Qt::Checked);
        QTRY_COMPARE(document.server(QStringLiteral("ex01"))->roles,
                     (QStringList{QStringLiteral("mailbox"), QStringLiteral("hub-transport")}));
        QCOMPARE(document.undoStack()->count(), 2);
        document.undoStack()->undo();
        document.undoStack()->undo();
        QCOMPARE(document.server(QStringLiteral("ex01"))->version, QString());
        QCOMPARE(version->currentIndex(), 0);
        QVERIFY(roles->findItems(QStringLiteral("Hub Transport"), Qt::MatchExactly).isEmpty());
    }

    void dynamicRpcRangePresetsAreUndoable()
    {
        auto builder = DeploymentBuilder::threeZones("2019");
        builder.server("ex01", "lan", {"mailbox"}).server("dc01", "lan", {"domain-controller"});
        builder.server("rp01", "dmz", {"reverse-proxy"});
        LiveDocument live(builder.data());
        Deployment& document = live.document;
        InspectorPanel panel(&document, &live.analysis, PortCatalog::builtin());
        panel.show();
        panel.showServer(QStringLiteral("dc01"));
        auto* preset = panel.findChild<QComboBox*>(QStringLiteral("inspectorRpcRangePreset"));
        auto* first = panel.findChild<QSpinBox*>(QStringLiteral("inspectorRpcRangeFirst"));
        auto* last = panel.findChild<QSpinBox*>(QStringLiteral("inspectorRpcRangeLast"));
        QVERIFY(preset && first && last);
        QTRY_VERIFY(preset->isVisible());
        QCOMPARE(preset->currentIndex(), 0);
        QVERIFY(!first->isVisible());

        preset->setCurrentIndex(1);
        emit preset->activated(1);
        QCOMPARE(document.server(QStringLiteral("dc01"))->dynamicRpcRange, (PortRange{1025, 5000}));
        QCOMPARE(document.undoStack()->count(), 1);
        savePicture(panel, "server-rpc-range");

        // Custom: the two ports show, and the range counts once one of them is confirmed.
        preset->setCurrentIndex(3);
        emit preset->activated(3);
        QVERIFY(first->isVisible() && last->isVisible());
        QCOMPARE(document.undoStack()->count(), 1);
        first->setValue(50000);
        last->setValue(50999);
        emit last->editingFinished();
        QCOMPARE(document.server(QStringLiteral("dc01"))->dynamicRpcRange, (PortRange{50000, 50999}));
        QCOMPARE(document.undoStack()->count(), 2);

        document.undoStack()->undo();
        QCOMPARE(preset->currentIndex(), 1);
        QVERIFY(!first->isVisible());
        document.undoStack()->undo();
        QVERIFY(!document.server(QStringLiteral("dc01"))->dynamicRpcRange);
        QCOMPARE(preset->currentIndex(), 0);

        // A reverse proxy accepts no RPC: no range to choose.
        panel.showServer(QStringLiteral("rp01"));
        QTRY_VERIFY(!preset->isVisible());
    }

    void hybridMailFlowCheckboxIsUndoable()
    {
        auto builder = DeploymentBuilder::threeZones("2019");
        builder.server("ex01", "lan", {"mailbox"}).server("dc01", "lan", {"domain-controller"});
        builder.option("hybrid", true);
        LiveDocument live(builder.data());
        Deployment& document = live.document;
        InspectorPanel panel(&document, &live.analysis, PortCatalog::builtin());
        panel.show();
        panel.showServer(QStringLiteral("ex01"));
        auto* carries = panel.findChild<QCheckBox*>(QStringLiteral("inspectorServerHybridMailFlow"));
        QVERIFY(carries);
        QTRY_VERIFY(carries->isVisible());
        QVERIFY(!carries->isChecked());
        QTest::mouseClick(carries, Qt::LeftButton, {}, QPoint(8, carries->height() / 2));
        QVERIFY(document.server(QStringLiteral("ex01"))->hasFlag(QStringLiteral("hybridMailFlow")));
        QCOMPARE(document.undoStack()->count(), 1);
        QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Let EX01 carry hybrid mail flow"));
        document.undoStack()->undo();
        QVERIFY(!document.server(QStringLiteral("ex01"))->hasFlag(QStringLiteral("hybridMailFlow")));
        QVERIFY(!carries->isChecked());

        // A domain controller cannot carry hybrid mail.
        panel.showServer(QStringLiteral("dc01"));
        QTRY_VERIFY(!carries->isVisible());
        // Public folder databases live on 2010 Mailbox servers only.
        auto* publicFolders = panel.findChild<QCheckBox*>(QStringLiteral("inspectorServerPublicFolderDatabase"));
        QVERIFY(publicFolders);
        panel.showServer(QStringLiteral("ex01"));
        QTRY_VERIFY(carries->isVisible());
        QVERIFY(!publicFolders->isVisible());
    }

    void publicFolderDatabaseCheckboxIsUndoable()
    {
        DeploymentBuilder builder("2010");
        builder.zone("lan", "lan").server("mbx01", "lan", {"mailbox"}).server("cas01", "lan", {"client-access"});
        LiveDocument live(builder.data());
        Deployment& document = live.document;
        InspectorPanel panel(&document, &live.analysis, PortCatalog::builtin());
        panel.show();
        panel.showServer(QStringLiteral("mbx01"));
        auto* holds = panel.findChild<QCheckBox*>(QStringLiteral("inspectorServerPublicFolderDatabase"));
        QVERIFY(holds);
        QTRY_VERIFY(holds->isVisible());
        savePicture(panel, "server-2010-mailbox");
        QTest::mouseClick(holds, Qt::LeftButton, {}, QPoint(8, holds->height() / 2));
        QVERIFY(document.server(QStringLiteral("mbx01"))->hasFlag(QStringLiteral("publicFolderDatabase")));
        QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Mark MBX01 as holding a public folder database"));
        document.undoStack()->undo();
        QVERIFY(!document.server(QStringLiteral("mbx01"))->hasFlag(QStringLiteral("publicFolderDatabase")));
        panel.showServer(QStringLiteral("cas01"));
        QTRY_VERIFY(!holds->isVisible());
    }

    // The server page lists the registry values the plan asks of the server and copies them as a file; a server that
    // needs none says so, and so does every server once static RPC is off.
    void serverSettingsOfStaticRpc()
    {
        DeploymentBuilder builder("2010");
        builder.zone("clients", "lan").zone("servers", "lan", false);
        builder.server("cas01", "servers", {"client-access"}).server("hub01", "servers", {"hub-transport"});
        DeploymentData data = builder.data();
        data.options.staticRpc.enabled = true;
        LiveDocument live(data);
        AnswerMask mask; // outlives the panel
        InspectorPanel panel(&live.document, &live.analysis, PortCatalog::builtin());
        panel.resize(600, 900);
        panel.show();
        panel.showServer(QStringLiteral("cas01"));
        auto* values = panel.findChild<QTreeWidget*>(QStringLiteral("inspectorServerSettings"));
        auto* nothing = panel.findChild<QLabel*>(QStringLiteral("inspectorServerSettingsNothing"));
        auto* copyReg = panel.findChild<QPushButton*>(QStringLiteral("inspectorCopyReg"));
        auto* copyScript = panel.findChild<QPushButton*>(QStringLiteral("inspectorCopyPowerShell"));
        QVERIFY(values && nothing && copyReg && copyScript);
        QTRY_VERIFY(values->isVisible());
        QVERIFY(!nothing->isVisible());
        QCOMPARE(columnTexts(values, 1), (QStringList{QStringLiteral("TCP/IP Port"), QStringLiteral("RpcTcpPort")}));
        QCOMPARE(columnTexts(values, 2),
                 (QStringList{QStringLiteral("59532 (REG_DWORD)"), QStringLiteral("59533 (REG_SZ)")}));
        QCOMPARE(columnTexts(values, 3),
                 (QStringList{QStringLiteral("MSExchangeRPC"), QStringLiteral("MSExchangeAB")}));
        savePicture(panel, "server-settings");

        QTest::mouseClick(copyReg, Qt::LeftButton);
        const QString reg = QGuiApplication::clipboard()->text();
        QVERIFY2(reg.startsWith(QStringLiteral("Windows Registry Editor Version 5.00\r\n")), qPrintable(reg));
        QVERIFY(reg.contains(QStringLiteral("\"TCP/IP Port\"=dword:0000e88c")));
        QTest::mouseClick(copyScript, Qt::LeftButton);
        QVERIFY(QGuiApplication::clipboard()->text().startsWith(QStringLiteral("#Requires -RunAsAdministrator")));

        panel.showServer(QStringLiteral("hub01"));
        QTRY_VERIFY(nothing->isVisible());
        QVERIFY(!values->isVisible() && !copyReg->isVisible());
        QVERIFY2(nothing->text().startsWith(QStringLiteral("Nothing to set. HUB01 needs no registry value")),
                 qPrintable(nothing->text()));

        // A lesson that asks for CAS01's ports hides its registry values, which name them.
        mask.hide({}, {QStringLiteral("cas01")});
        panel.setAnswerMask(&mask);
        panel.showServer(QStringLiteral("cas01"));
        auto* section = panel.findChild<QWidget*>(QStringLiteral("inspectorServerSettingsSection"));
        QVERIFY(section);
        QTRY_VERIFY(!section->isVisible());
        mask.clear();
        panel.showServer(QStringLiteral("hub01"));
        panel.showServer(QStringLiteral("cas01"));
        QTRY_VERIFY(section->isVisible());

        // Switching static RPC off is an edit like any other: the page follows it.
        DeploymentOptions options = live.document.options();
        options.staticRpc.enabled = false;
        live.document.undoStack()->push(new SetOptionsCommand(&live.document, options));
        panel.showServer(QStringLiteral("cas01"));
        QTRY_VERIFY(nothing->isVisible());
        QVERIFY(nothing->text().contains(QStringLiteral("Static RPC ports are off")));
    }

    void zoneRenameIsUndoable()
    {
        LiveDocument live(edgeLayout());
        Deployment& document = live.document;
        InspectorPanel panel(&document, &live.analysis, PortCatalog::builtin());
        panel.resize(340, 700);
        panel.show();
        panel.showZone(QStringLiteral("internet"));
        QCOMPARE(panel.page(), InspectorPanel::Page::Zone);
        auto* name = panel.findChild<QLineEdit*>(QStringLiteral("inspectorZoneName"));
        auto* actors = panel.findChild<QListWidget*>(QStringLiteral("inspectorZoneActors"));
        auto* servers = panel.findChild<QLabel*>(QStringLiteral("inspectorZoneServers"));
        QVERIFY(name && actors && servers);
        QTRY_VERIFY(name->isVisible());
        QCOMPARE(name->text(), QStringLiteral("INTERNET"));
        QVERIFY(!actors->findItems(QStringLiteral("Internet mail servers"), Qt::MatchContains).isEmpty());
        savePicture(panel, "zone");

        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("World"));
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(document.zone(QStringLiteral("internet"))->name, QStringLiteral("World"));
        QCOMPARE(document.undoStack()->count(), 1);
        document.undoStack()->undo();
        QCOMPARE(document.zone(QStringLiteral("internet"))->name, QStringLiteral("INTERNET"));
        QCOMPARE(name->text(), QStringLiteral("INTERNET"));

        // Without implicit actors the zone stands for nobody.
        auto* implicit = panel.findChild<QCheckBox*>(QStringLiteral("inspectorZoneImplicitActors"));
        QVERIFY(implicit && implicit->isChecked());
        implicit->click();
        QVERIFY(!document.zone(QStringLiteral("internet"))->implicitActors);
        QCOMPARE(actors->count(), 1);
        QCOMPARE(actors->item(0)->text(), QStringLiteral("None"));
        document.undoStack()->undo();
        QVERIFY(implicit->isChecked());
        QVERIFY(actors->count() > 1);

        panel.showZone(QStringLiteral("dmz"));
        QTRY_VERIFY(servers->text().contains(QStringLiteral("EDGE01")));
        document.undoStack()->push(new RemoveZoneCommand(&document, QStringLiteral("dmz")));
        QCOMPARE(panel.page(), InspectorPanel::Page::Deployment);
    }

    void ruleShowsWhyAndWhereFrom()
    {
        LiveDocument live(edgeLayout());
        Deployment& document = live.document;
        InspectorPanel panel(&document, &live.analysis, PortCatalog::builtin());
        panel.resize(340, 700);
        panel.show();
        const int row = rowOf(live.analysis.matrix(), QStringLiteral("internet"), QStringLiteral("dmz"),
                              QStringLiteral("SMTP"), 25);
        QVERIFY(row >= 0);
        const MatrixRule rule = *live.analysis.matrix().ruleAt(row);
        QVERIFY(!rule.references.isEmpty());
        const SourceInfo* source = PortCatalog::builtin().source(rule.references.first());
        QVERIFY(source);

        panel.showRules({row});
        QCOMPARE(panel.page(), InspectorPanel::Page::Rules);
        auto labels = panel.findChildren<QLabel*>(QStringLiteral("inspectorRule"));
        QCOMPARE(labels.size(), 1);
        QTRY_VERIFY(labels.first()->isVisible());
        const QString text = labels.first()->text();
        QVERIFY(text.contains(rule.purpose.toHtmlEscaped()));
        QVERIFY(text.contains(rule.ifBlocked.toHtmlEscaped()));
        QVERIFY(text.contains(QStringLiteral("href=\"%1\"").arg(source->url.toHtmlEscaped())));
        QVERIFY(labels.first()->openExternalLinks());
        savePicture(panel, "rules");

        // Moving the LAN lane first puts its rules first: the rows renumber and the page finds its rule again.
        document.undoStack()->push(new ReorderZoneCommand(&document, QStringLiteral("lan"), 0));
        const int moved = rowOf(live.analysis.matrix(), QStringLiteral("internet"), QStringLiteral("dmz"),
                                QStringLiteral("SMTP"), 25);
        QVERIFY(moved != row);
        labels = panel.findChildren<QLabel*>(QStringLiteral("inspectorRule"));
        QCOMPARE(labels.size(), 1);
        QVERIFY(labels.first()->text().contains(rule.purpose.toHtmlEscaped()));

        // Several rows read as a list.
        const int submission =
            rowOf(live.analysis.matrix(), QStringLiteral("lan"), QStringLiteral("dmz"), QStringLiteral("SMTP"), 25);
        QVERIFY(submission >= 0);
        panel.showRules({moved, submission});
        labels = panel.findChildren<QLabel*>(QStringLiteral("inspectorRule"));
        QCOMPARE(labels.size(), 2);
        QTRY_VERIFY(labels.last()->isVisible());
        savePicture(panel, "rules-many");
    }

    void unconfirmedRuleIsMarked()
    {
        auto builder = DeploymentBuilder::threeZones("2003");
        builder.server("fe01", "dmz", {"front-end"}).server("be01", "lan", {"back-end"});
        LiveDocument live(builder.data());
        InspectorPanel panel(&live.document, &live.analysis, PortCatalog::builtin());
        panel.resize(340, 700);
        panel.show();
        const PortMatrix& matrix = live.analysis.matrix();
        QList<int> rows;
        for (int row = 0; row < matrix.rowCount(); ++row) {
            if (matrix.ruleAt(row)->entry == u"legacy-back-end-to-front-end-smtp")
                rows.append(row);
        }
        QVERIFY(!rows.isEmpty());
        QVERIFY(!matrix.ruleAt(rows.first())->confirmed);
        panel.showRules({rows.first()});
        const auto labels = panel.findChildren<QLabel*>(QStringLiteral("inspectorRule"));
        QCOMPARE(labels.size(), 1);
        QVERIFY(labels.first()->text().contains(QStringLiteral("Unconfirmed")));
        QTRY_VERIFY(labels.first()->isVisible());
        savePicture(panel, "rules-unconfirmed");
    }

    void removingTheShownServerClears()
    {
        LiveDocument live(edgeLayout());
        Deployment& document = live.document;
        InspectorPanel panel(&document, &live.analysis, PortCatalog::builtin());
        panel.show();
        panel.showServer(QStringLiteral("edge01"));
        QCOMPARE(panel.page(), InspectorPanel::Page::Server);
        document.undoStack()->push(new RemoveServerCommand(&document, QStringLiteral("edge01")));
        QCOMPARE(panel.page(), InspectorPanel::Page::Deployment);
        QTRY_VERIFY(panel.findChild<QLabel*>(QStringLiteral("inspectorHint"))->isVisible());
        // Without the Edge the Internet→DMZ SMTP rule is gone too: a rules page empties the same way.
        QVERIFY(live.analysis.matrix().rowCount() > 0);
        panel.showRules({0});
        QCOMPARE(panel.page(), InspectorPanel::Page::Rules);
        document.reset(DeploymentBuilder::threeZones("2019").data());
        QCOMPARE(panel.page(), InspectorPanel::Page::Deployment);
    }

    // A learner who runs Portolan in German reads the catalog's explanations in German too, not only the captions.
    // Last: the German translator stays installed for the rest of the process.
    void ruleReadsInTheInterfaceLanguage()
    {
        QVERIFY(installTranslations(QStringLiteral("de")));
        LiveDocument live(edgeLayout());
        InspectorPanel panel(&live.document, &live.analysis, PortCatalog::builtin());
        panel.resize(340, 700);
        panel.show();
        const int row = rowOf(live.analysis.matrix(), QStringLiteral("internet"), QStringLiteral("dmz"),
                              QStringLiteral("SMTP"), 25);
        QVERIFY(row >= 0);
        const MatrixRule& rule = *live.analysis.matrix().ruleAt(row);
        const CatalogEntry& entry = *PortCatalog::builtin().entry(rule.entry);
        const CatalogTexts::Texts german = CatalogTexts::forLanguage(QStringLiteral("de")).entries().value(entry.id);
        QVERIFY(!german.purpose.isEmpty());

        panel.showRules({row});
        const auto labels = panel.findChildren<QLabel*>(QStringLiteral("inspectorRule"));
        QCOMPARE(labels.size(), 1);
        QTRY_VERIFY(labels.first()->isVisible());
        const QString text = labels.first()->text();
        QVERIFY2(text.contains(german.purpose.toHtmlEscaped()), qPrintable(text));
        QVERIFY(text.contains(german.ifBlocked.toHtmlEscaped()));
        QVERIFY(!text.contains(entry.purpose.toHtmlEscaped()));
        QVERIFY(text.contains(QStringLiteral("Zweck:")));
        savePicture(panel, "rules-de");

        // The server page's listening ports explain themselves in German as well.
        panel.showServer(QStringLiteral("edge01"));
        auto* listening = panel.findChild<QTreeWidget*>(QStringLiteral("inspectorListening"));
        QVERIFY(listening);
        QVERIFY(listening->topLevelItemCount() > 0);
        bool found = false;
        for (int i = 0; i < listening->topLevelItemCount(); ++i)
            found = found || listening->topLevelItem(i)->toolTip(0) == german.purpose;
        QVERIFY(found);
        savePicture(panel, "server-de");
        QVERIFY(installTranslations(QStringLiteral("en")));
        QCOMPARE(CatalogTexts::user().purpose(entry), entry.purpose);
    }
};

QTEST_MAIN(TestInspectorPanel)
#include "tst_inspectorpanel.moc"
