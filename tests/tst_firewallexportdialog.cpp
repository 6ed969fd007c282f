// File → Export Firewall Rules…: the dialog on a live document (real widgets, offscreen) and through the real window's
// File menu. The preview must be exactly what `portolan-cli firewall` writes for the same document, firewall and format
// (the golden files tst_firewallexport and tst_cli check the command against), Save must write those bytes and nothing
// when the write fails, and rules that cannot be written must name what to fill in with Save and Copy off.
// PORTOLAN_TEST_SHOTS=DIR saves pictures of the dialog (nftables, ASA, the missing-address message).
#include "views/export/firewallexportdialog.h"

#include "app/gui/firewallactions.h"
#include "app/gui/lessonactions.h"
#include "app/gui/mainwindow.h"
#include "model/deploymentfile.h"
#include "model/portcatalog.h"
#include "views/appsettings.h"

#include "deploymentbuilder.h"
#include "dialoganswers.h"
#include "fulldisk.h"
#include "livedocument.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFormLayout>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>

#include <optional>

namespace {

const QString FirewallData = QStringLiteral(PORTOLAN_SOURCE_DIR "/tests/data/firewall/");
const QString GoldenDir = QStringLiteral(PORTOLAN_SOURCE_DIR "/tests/data/golden/");
const QByteArray ByteOrderMark = QByteArrayLiteral("\xEF\xBB\xBF");

DeploymentData load(const QString& name)
{
    DeploymentReader reader(PortCatalog::builtin());
    const auto data = reader.readFile(FirewallData + name);
    if (!data)
        qWarning("%s: %s", qPrintable(name), qPrintable(reader.errorString()));
    return data.value_or(DeploymentData());
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Where pictures of the dialog go (PORTOLAN_TEST_SHOTS), or empty.
QString shot(const QString& name)
{
    const QString dir = qEnvironmentVariable("PORTOLAN_TEST_SHOTS");
    return dir.isEmpty() ? QString() : QDir(dir).filePath(name);
}

void saveShot(QWidget* widget, const QString& name)
{
    if (const QString path = shot(name); !path.isEmpty())
        QVERIFY2(widget->grab().save(path), qPrintable(path));
}

// Clicks an entry of the open menu as a user would: the File menu's entries belong to the objects that made them, so
// DialogAnswers::chooseMenuEntry, which looks among the menu's children, does not find them.
DialogAnswers::Step clickMenuEntry(const QString& actionName)
{
    return [=](QWidget* widget) {
        auto* menu = qobject_cast<QMenu*>(widget);
        if (!menu)
            return false;
        const QList<QAction*> actions = menu->actions();
        const auto found = std::find_if(actions.cbegin(), actions.cend(),
                                        [&](const QAction* action) { return action->objectName() == actionName; });
        if (found == actions.cend() || !(*found)->isEnabled()) {
            menu->close();
            return true;
        }
        // From a timer of its own: the entry opens a dialog, and the poll must not be the one waiting in it.
        QTimer::singleShot(0, menu, [menu, action = *found] {
            QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
        });
        return true;
    };
}

} // namespace

class TestFirewallExportDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Qt's own file dialog, whatever platform theme the machine has: the test drives its widgets.
        QApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    }

    void init()
    {
        m_dir.emplace();
        QVERIFY(m_dir->isValid());
    }

    void previewIsWhatTheCommandLineWrites_data()
    {
        QTest::addColumn<QString>("deployment");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("firewall");
        QTest::addColumn<QString>("golden");
        QTest::addColumn<QString>("summary");
        const QString edge = QStringLiteral("edge-back-to-back.portolan");
        const QString relay = QStringLiteral("seed-dmz-relay.portolan");
        const QString threeLegged = QStringLiteral("three-legged.portolan");
        QTest::newRow("three-legged nftables")
            << threeLegged << QStringLiteral("firewall-nftables") << QStringLiteral("fw1")
            << QStringLiteral("three-legged.nft") << QStringLiteral("Perimeter (fw1): ");
        QTest::newRow("three-legged asa") << threeLegged << QStringLiteral("firewall-asa") << QStringLiteral("fw1")
                                          << QStringLiteral("three-legged.cfg") << QStringLiteral("Perimeter (fw1): ");
        QTest::newRow("three-legged windows")
            << threeLegged << QStringLiteral("firewall-windows") << QString() << QStringLiteral("three-legged.ps1")
            << QStringLiteral("All Exchange servers: 3 servers, ");
        QTest::newRow("edge inner nftables")
            << edge << QStringLiteral("firewall-nftables") << QStringLiteral("fw-inner")
            << QStringLiteral("edge-fw-inner.nft") << QString();
        QTest::newRow("relay implicit asa")
            << relay << QStringLiteral("firewall-asa") << QStringLiteral("fw-internet-dmz")
            << QStringLiteral("relay-fw-internet-dmz.cfg") << QString();
    }

    void previewIsWhatTheCommandLineWrites()
    {
        QFETCH(QString, deployment);
        QFETCH(QString, format);
        QFETCH(QString, firewall);
        QFETCH(QString, golden);
        QFETCH(QString, summary);
        LiveDocument live(load(deployment));
        FirewallExportDialog dialog(&live.analysis);
        auto* formats = dialog.findChild<QComboBox*>(QStringLiteral("firewallExportFormat"));
        formats->setCurrentIndex(formats->findData(format));
        if (!firewall.isEmpty())
            dialog.choose(firewall, {});
        QCOMPARE(dialog.problem(), QString());

        const QByteArray expected = readFile(GoldenDir + golden);
        QVERIFY(!expected.isEmpty());
        // The script carries the byte order mark Windows PowerShell 5.1 needs; the golden file keeps its text.
        QCOMPARE(dialog.document(), format == u"firewall-windows" ? QByteArray(ByteOrderMark + expected) : expected);
        QCOMPARE(dialog.findChild<QPlainTextEdit*>(QStringLiteral("firewallExportPreview"))->toPlainText(),
                 QString::fromUtf8(expected));
        const QString shown = dialog.findChild<QLabel*>(QStringLiteral("firewallExportSummary"))->text();
        QVERIFY2(shown.startsWith(summary), qPrintable(shown));
        QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("firewallExportSave"))->isEnabled());

        dialog.findChild<QPushButton*>(QStringLiteral("firewallExportCopy"))->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), QString::fromUtf8(expected));
    }

    // The summary counts the firewall's rules, rule groups and address sets from the plan.
    void summaryCountsThePlan()
    {
        LiveDocument live(load(QStringLiteral("three-legged.portolan")));
        FirewallExportDialog dialog(&live.analysis);
        const FirewallPlan plan = FirewallPlan::build(live.document.data(), live.analysis.matrix());
        const FirewallRules& rules = *plan.firewall(QStringLiteral("fw1"));
        QSet<int> sets;
        for (const FirewallRuleGroup& group : rules.groups) {
            for (int set : {group.sources, group.destinations}) {
                if (plan.addressSets.at(set).kind != AddressSet::Kind::Any)
                    sets.insert(set);
            }
        }
        QVERIFY(rules.rules.size() > rules.groups.size());
        QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("firewallExportSummary"))->text(),
                 QStringLiteral("Perimeter (fw1): %1 rules in %2 groups, %3 address sets")
                     .arg(rules.rules.size())
                     .arg(rules.groups.size())
                     .arg(sets.size()));
    }

    // nftables and ASA write one firewall, Windows the servers: only the combo that applies is shown.
    void formatSwitchesBetweenFirewallAndServer()
    {
        LiveDocument live(load(QStringLiteral("seed-dmz-relay.portolan")));
        FirewallExportDialog dialog(&live.analysis);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* formats = dialog.findChild<QComboBox*>(QStringLiteral("firewallExportFormat"));
        auto* firewalls = dialog.findChild<QComboBox*>(QStringLiteral("firewallExportFirewall"));
        auto* servers = dialog.findChild<QComboBox*>(QStringLiteral("firewallExportServer"));
        QCOMPARE(formats->count(), 3);
        QCOMPARE(formats->itemText(0), QStringLiteral("nftables ruleset"));
        QCOMPARE(formats->itemText(1), QStringLiteral("Cisco ASA configuration"));
        QCOMPARE(formats->itemText(2), QStringLiteral("Windows Defender Firewall script (PowerShell)"));
        // The implicit firewalls between neighbouring zones, each by name and id.
        QCOMPARE(firewalls->count(), 2);
        QVERIFY2(firewalls->itemText(0).endsWith(QStringLiteral("(fw-internet-dmz)")),
                 qPrintable(firewalls->itemText(0)));
        QCOMPARE(firewalls->itemData(1).toString(), QStringLiteral("fw-dmz-lan"));
        QCOMPARE(servers->itemText(0), QStringLiteral("All Exchange servers"));
        QCOMPARE(servers->count(), live.document.servers().size() + 1);

        const auto shown = [&dialog](QWidget* combo) {
            return combo->isVisibleTo(&dialog);
        };
        QVERIFY(shown(firewalls) && !shown(servers));
        const QByteArray nftables = dialog.document();
        QVERIFY(nftables.contains("table inet portolan"));
        formats->setCurrentIndex(2);
        QVERIFY(!shown(firewalls) && shown(servers));
        QVERIFY(dialog.document().startsWith(QByteArray(ByteOrderMark + "# Windows Defender Firewall")));
        formats->setCurrentIndex(1);
        QVERIFY(shown(firewalls) && !shown(servers));
        QVERIFY(dialog.document().startsWith("! Cisco ASA configuration of the firewall"));

        // One server of the Windows script, then the other firewall: each choice refreshes the preview.
        const Server& server = live.document.servers().constLast();
        dialog.choose({}, server.id);
        QCOMPARE(formats->currentData().toString(), QStringLiteral("firewall-windows"));
        QCOMPARE(dialog.document().count("if ($env:COMPUTERNAME -eq"), 1);
        dialog.choose(QStringLiteral("fw-dmz-lan"), {});
        QCOMPARE(formats->currentData().toString(), QStringLiteral("firewall-nftables"));
        QVERIFY(dialog.document().contains("(fw-dmz-lan)"));
        QVERIFY(dialog.document() != nftables);
    }

    // A server without an address in a zone without networks: the message names it, Save and Copy are off; giving
    // the server its address (a change of the document) brings the rules back.
    void missingAddressesNameTheServer()
    {
        DeploymentData data = load(QStringLiteral("three-legged.portolan"));
        const int lan = data.zoneIndex(QStringLiteral("lan"));
        data.zones[lan].networks.clear();
        data.servers[2].host.clear(); // ex01
        LiveDocument live(data);
        FirewallExportDialog dialog(&live.analysis);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* problem = dialog.findChild<QPlainTextEdit*>(QStringLiteral("firewallExportProblem"));
        auto* save = dialog.findChild<QPushButton*>(QStringLiteral("firewallExportSave"));
        auto* copy = dialog.findChild<QPushButton*>(QStringLiteral("firewallExportCopy"));
        QVERIFY(problem->isVisible());
        QVERIFY(!dialog.findChild<QPlainTextEdit*>(QStringLiteral("firewallExportPreview"))->isVisible());
        QVERIFY2(problem->toPlainText().contains(QStringLiteral("server \"ex01\" in zone \"lan\": no address")),
                 qPrintable(problem->toPlainText()));
        QVERIFY(!save->isEnabled() && !copy->isEnabled());
        QVERIFY(dialog.document().isEmpty());
        QString error;
        QVERIFY(!dialog.save(m_dir->filePath(QStringLiteral("never.nft")), &error));
        QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("never.nft"))));
        saveShot(&dialog, QStringLiteral("firewall-export-missing-address.png"));

        // Windows names the sources without addresses too.
        auto* formats = dialog.findChild<QComboBox*>(QStringLiteral("firewallExportFormat"));
        formats->setCurrentIndex(formats->findData(QStringLiteral("firewall-windows")));
        QVERIFY2(problem->toPlainText().contains(QStringLiteral("\"ex01\"")), qPrintable(problem->toPlainText()));
        formats->setCurrentIndex(0);

        data.servers[2].host = QStringLiteral("192.0.2.11");
        live.document.reset(data);
        QCOMPARE(dialog.problem(), QString());
        QVERIFY(save->isEnabled() && copy->isEnabled());
        QVERIFY(dialog.document().contains("192.0.2.11"));
    }

    // A DNS name is no address a firewall rule can match; one zone has no firewall at all.
    void dnsNamesAndOneZoneAreRefused()
    {
        DeploymentData data = load(QStringLiteral("three-legged.portolan"));
        data.servers[0].host = QStringLiteral("edge01.contoso.example");
        LiveDocument live(data);
        FirewallExportDialog dialog(&live.analysis);
        QVERIFY2(dialog.problem().contains(QStringLiteral("its host \"edge01.contoso.example\" is a DNS name")),
                 qPrintable(dialog.problem()));

        LiveDocument oneZone(DeploymentBuilder("2019").zone("lan", "lan").server("ex01", "lan", {"mailbox"}).data());
        FirewallExportDialog single(&oneZone.analysis);
        QVERIFY2(single.problem().contains(QStringLiteral("no firewall")), qPrintable(single.problem()));
        QVERIFY(!single.findChild<QPushButton*>(QStringLiteral("firewallExportSave"))->isEnabled());
        FirewallActions actions(&oneZone.analysis, nullptr);
        QVERIFY(!actions.exportAction()->isEnabled());
        QVERIFY(actions.exportAction()->toolTip().contains(QStringLiteral("one zone")));
    }

    // Save… asks for the file (next to the deployment, named after it and the firewall), writes exactly the preview and
    // closes the dialog; a write that fails names the path in a message and leaves no file.
    void saveWritesThePreviewOrNothing()
    {
        LiveDocument live(load(QStringLiteral("three-legged.portolan")));
        FirewallExportDialog dialog(&live.analysis);
        dialog.setSourcePath(m_dir->filePath(QStringLiteral("perimeter.portolan")));
        auto* formats = dialog.findChild<QComboBox*>(QStringLiteral("firewallExportFormat"));
        formats->setCurrentIndex(formats->findData(QStringLiteral("firewall-asa")));
        QCOMPARE(dialog.suggestedPath(), m_dir->filePath(QStringLiteral("perimeter-fw1")));
        auto* save = dialog.findChild<QPushButton*>(QStringLiteral("firewallExportSave"));

        const QString missing = m_dir->filePath(QStringLiteral("no-such-folder/rules.cfg"));
        QString message;
        QCOMPARE(DialogAnswers::run([save] { save->click(); },
                                    {DialogAnswers::saveAs(missing), DialogAnswers::acceptMessage(&message)}),
                 QString());
        QVERIFY2(message.contains(QDir::toNativeSeparators(missing)), qPrintable(message));
        QVERIFY(!QFile::exists(missing));
        QCOMPARE(dialog.result(), int(QDialog::Rejected));

        const QString path = m_dir->filePath(QStringLiteral("perimeter-fw1"));
        QString offered;
        QCOMPARE(DialogAnswers::run([save] { save->click(); }, {DialogAnswers::saveAs(path, {}, &offered)}), QString());
        QCOMPARE(QFileInfo(offered).fileName(), QStringLiteral("perimeter-fw1.cfg"));
        QCOMPARE(readFile(path + QStringLiteral(".cfg")), readFile(GoldenDir + QStringLiteral("three-legged.cfg")));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    // On a full disk the file that was there stays as it was (CheckedWrite), and the error says why. (Through the
    // window the file dialog would first ask whether to replace the file; the message box is checked above.)
    void fullDiskKeepsTheOldFile()
    {
        const FullDisk disk;
        if (!disk.unavailable().isEmpty())
            QSKIP(qPrintable(disk.unavailable()));
        const QByteArray old = "the old rules, which must survive\n";
        QVERIFY(disk.put(QStringLiteral("fw1.nft"), old));
        QVERIFY(disk.fill());
        LiveDocument live(load(QStringLiteral("three-legged.portolan")));
        FirewallExportDialog dialog(&live.analysis);
        QString error;
        QVERIFY(!dialog.save(disk.filePath(QStringLiteral("fw1.nft")), &error));
        QVERIFY2(error.contains(QStringLiteral("No space left on device")), qPrintable(error));
        QCOMPARE(FullDisk::read(disk.filePath(QStringLiteral("fw1.nft"))), old);
    }

    // The real window: File → Export Firewall Rules… after Export Port Matrix…, and exportRules("fw1") preselecting.
    void theFileMenuOpensTheDialog()
    {
        const QString path = m_dir->filePath(QStringLiteral("three-legged.portolan"));
        QVERIFY(QFile::copy(FirewallData + QStringLiteral("three-legged.portolan"), path));
        MainWindow window(std::make_unique<AppSettings>(m_dir->filePath(QStringLiteral("settings.ini"))));
        QVERIFY(window.openFile(path));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* file = window.findChild<QMenu*>(QStringLiteral("menuFile"));
        auto* action = window.findChild<QAction*>(QStringLiteral("actionExportFirewallRules"));
        QVERIFY(file && action && action->isEnabled());
        const QList<QAction*> entries = file->actions();
        QCOMPARE(entries.indexOf(action),
                 entries.indexOf(window.findChild<QAction*>(QStringLiteral("actionExportMatrix"))) + 1);

        QString suggested;
        QString summary;
        const auto look = [&](FirewallExportDialog* dialog) {
            suggested = dialog->suggestedPath();
            summary = dialog->findChild<QLabel*>(QStringLiteral("firewallExportSummary"))->text();
            saveShot(dialog, QStringLiteral("firewall-export-nftables.png"));
            auto* formats = dialog->findChild<QComboBox*>(QStringLiteral("firewallExportFormat"));
            formats->setCurrentIndex(formats->findData(QStringLiteral("firewall-asa")));
            saveShot(dialog, QStringLiteral("firewall-export-asa.png"));
        };
        QCOMPARE(DialogAnswers::run([&] { file->exec(window.mapToGlobal(QPoint(0, 0))); },
                                    {clickMenuEntry(QStringLiteral("actionExportFirewallRules")),
                                     DialogAnswers::inspect<FirewallExportDialog>(look)}),
                 QString());
        QCOMPARE(suggested, m_dir->filePath(QStringLiteral("three-legged-fw1")));
        QVERIFY2(summary.startsWith(QStringLiteral("Perimeter (fw1): ")), qPrintable(summary));

        // The diagram's firewall menu: the implicit firewalls of the relay, the second one chosen.
        QString chosen;
        auto* actions = window.findChild<FirewallActions*>(QStringLiteral("firewallActions"));
        QVERIFY(actions);
        const QString relay = m_dir->filePath(QStringLiteral("relay.portolan"));
        QVERIFY(QFile::copy(FirewallData + QStringLiteral("seed-dmz-relay.portolan"), relay));
        QVERIFY(window.openFile(relay));
        QCOMPARE(DialogAnswers::run([&] { actions->exportRules(QStringLiteral("fw-dmz-lan")); },
                                    {DialogAnswers::inspect<FirewallExportDialog>([&](FirewallExportDialog* dialog) {
                                        chosen = dialog->findChild<QComboBox*>(QStringLiteral("firewallExportFirewall"))
                                                     ->currentData()
                                                     .toString();
                                    })}),
                 QString());
        QCOMPARE(chosen, QStringLiteral("fw-dmz-lan"));
    }

    // In learner mode the export is of the user's document, out of sight, as the matrix export's: the lesson's
    // deployment, whose answers are hidden, never reaches the dialog.
    void learnerModeExportsTheUsersDocument()
    {
        const QString path = m_dir->filePath(QStringLiteral("three-legged.portolan"));
        QVERIFY(QFile::copy(FirewallData + QStringLiteral("three-legged.portolan"), path));
        MainWindow window(std::make_unique<AppSettings>(m_dir->filePath(QStringLiteral("settings.ini"))));
        QVERIFY(window.openFile(path));
        auto* lessons = window.findChild<LessonActions*>(QStringLiteral("lessonActions"));
        QVERIFY(lessons && lessons->openBuiltinLesson(QStringLiteral("exchange2019-edge")));
        auto* action = window.findChild<QAction*>(QStringLiteral("actionExportFirewallRules"));
        QCOMPARE(action->isEnabled(), window.findChild<QAction*>(QStringLiteral("actionExportMatrix"))->isEnabled());
        QByteArray written;
        QCOMPARE(DialogAnswers::run([action] { action->trigger(); },
                                    {DialogAnswers::inspect<FirewallExportDialog>(
                                        [&](FirewallExportDialog* dialog) { written = dialog->document(); })}),
                 QString());
        QCOMPARE(written, readFile(GoldenDir + QStringLiteral("three-legged.nft")));
    }

private:
    std::optional<QTemporaryDir> m_dir;
};

QTEST_MAIN(TestFirewallExportDialog)
#include "tst_firewallexportdialog.moc"
