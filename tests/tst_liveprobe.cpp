// The live probe in the real window, over loopback only (127.0.0.1): an Edge server whose EdgeSync port 50636 a
// QTcpServer holds, so that no root is needed (its SMTP port 25 is whatever this machine has there). Probe now colours
// the card's dots, the chips and the matrix's Observed column and adds a dashboard run; live mode probes after a host
// edit; cancel stops; nothing is probed without an address; the vantage zone decides what counts as verified; an
// nmap report of 127.0.0.1 shows like a probe's results; the latest observations come out as probe evidence.
#include "app/gui/mainwindow.h"

#include "model/deployment.h"
#include "model/deploymentcommands.h"
#include "model/deploymentfile.h"
#include "model/portcatalog.h"
#include "model/portmatrixmodel.h"
#include "probe/nmapxmlreader.h"
#include "views/appsettings.h"
#include "views/diagram/boundaryitem.h"
#include "views/probing/liveprobe.h"
#include "views/probing/probedashboard.h"
#include "views/probing/probeobservations.h"
#include "views/probing/probestatestyle.h"
#include "views/diagram/servercarditem.h"
#include "views/diagram/topologyscene.h"

#include "deploymentbuilder.h"
#include "livedocument.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QGraphicsView>
#include <QPainter>
#include <QProcess>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <optional>

namespace {
constexpr int EdgeSyncPort = 50636;
} // namespace

class TestLiveProbe final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir.emplace();
        QVERIFY(m_dir->isValid());
    }

    void probeNowShowsTheResultsEverywhere()
    {
        QTcpServer edgeSync;
        if (!edgeSync.listen(QHostAddress::LocalHost, EdgeSyncPort))
            QSKIP("cannot listen on 127.0.0.1:50636");
        MainWindow window(settings());
        QVERIFY(window.openFile(writeDeployment(QStringLiteral("127.0.0.1"))));
        chooseVantage(window, QStringLiteral("lan"));
        probeAndWait(window);

        const ServerCardItem::PortDot* dot = dotFor(window, EdgeSyncPort);
        QVERIFY(dot);
        QCOMPARE(dot->state(), ProbeState::Open);
        QVERIFY(dot->verified);
        QVERIFY(dot->text().startsWith(QStringLiteral("tcp/50636 ") + probeStateName(ProbeState::Open)));
        QVERIFY(dot->text().contains(QStringLiteral("from LAN")));
        QVERIFY(scene(window)->card(QStringLiteral("edge01"))->toolTipText().contains(dot->text()));
        QCOMPARE(scene(window)->card(QStringLiteral("ex01"))->portDots().size(), 0); // no address, not probed

        // The matrix row of EdgeSync says open, in the open colour, as verified (not italic).
        auto* table = window.findChild<QTableView*>();
        QVERIFY(!table->isColumnHidden(PortMatrixModel::Observed));
        const QModelIndex observed = observedIndex(table, EdgeSyncPort);
        QVERIFY(observed.isValid());
        QVERIFY(observed.data().toString().startsWith(probeStateName(ProbeState::Open)));
        QCOMPARE(observed.data(Qt::DecorationRole).value<QColor>(), probeStateColour(ProbeState::Open));
        QVERIFY(!observed.data(Qt::FontRole).value<QFont>().italic());

        // The chip carrying 50636 between DMZ and LAN has a state: the worst of its rows.
        const std::optional<ProbeState> chip = chipState(window, EdgeSyncPort);
        QVERIFY(chip.has_value());
        const ProbeState smtp =
            window.liveProbe()->observations()->find(QStringLiteral("127.0.0.1"), Transport::Tcp, 25)->result.state;
        QCOMPARE(*chip,
                 ProbeObservations::severity(smtp) > 0 && chipHolds25(window, EdgeSyncPort) ? smtp : ProbeState::Open);

        QCOMPARE(window.findChild<ProbeDashboard*>()->runCount(), 1);
        QVERIFY(window.findChild<QDockWidget*>(QStringLiteral("probeDashboardDock"))->isVisibleTo(&window));
        QVERIFY(window.statusBar()->currentMessage().startsWith(QStringLiteral("Probed 2 ports in ")));
        QCOMPARE(window.liveProbe()->lastRun().vantage, QStringLiteral("lan"));
        if (const QString png = qEnvironmentVariable("PORTOLAN_LIVEPROBE_PNG"); !png.isEmpty()) {
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QTest::qWait(400);
            QVERIFY(window.grab().save(png));
            window.findChild<QDockWidget*>(QStringLiteral("probeDashboardDock"))->raise();
            QTest::qWait(400);
            QVERIFY(window.grab().save(QString(png).replace(QStringLiteral(".png"), QStringLiteral("-dashboard.png"))));
            chooseVantage(window, QStringLiteral("internet")); // EdgeSync's dot turns hollow: not verifiable from there
            probeAndWait(window);
            QTest::qWait(400);
            const QRectF card = scene(window)->itemsRect({QStringLiteral("edge01")}).adjusted(-20, -20, 20, 20);
            QImage image(card.size().toSize() * 3, QImage::Format_ARGB32);
            image.fill(Qt::white);
            QPainter painter(&image);
            scene(window)->render(&painter, QRectF(image.rect()), card);
            painter.end();
            QVERIFY(image.save(QString(png).replace(QStringLiteral(".png"), QStringLiteral("-internet.png"))));
        }
    }

    void theVantageDecidesWhatIsVerified()
    {
        QTcpServer edgeSync;
        if (!edgeSync.listen(QHostAddress::LocalHost, EdgeSyncPort))
            QSKIP("cannot listen on 127.0.0.1:50636");
        MainWindow window(settings());
        QVERIFY(window.openFile(writeDeployment(QStringLiteral("127.0.0.1"))));
        chooseVantage(window, QStringLiteral("internet"));
        probeAndWait(window);
        QVERIFY(!dotFor(window, EdgeSyncPort)->verified); // EdgeSync comes from the LAN only
        const QModelIndex observed = observedIndex(window.findChild<QTableView*>(), EdgeSyncPort);
        QVERIFY(observed.data(Qt::FontRole).value<QFont>().italic());
        QVERIFY2(observed.data().toString().endsWith(QStringLiteral("not verified from here")),
                 qPrintable(observed.data().toString()));

        chooseVantage(window, QStringLiteral("lan"));
        probeAndWait(window);
        QVERIFY(dotFor(window, EdgeSyncPort)->verified);
        QVERIFY(!observedIndex(window.findChild<QTableView*>(), EdgeSyncPort)
                     .data()
                     .toString()
                     .contains(QStringLiteral("not verified")));
        QCOMPARE(window.findChild<ProbeDashboard*>()->runCount(), 2);
    }

    void nothingIsProbedWithoutAnAddress()
    {
        MainWindow window(settings());
        QVERIFY(window.openFile(writeDeployment(QString())));
        QSignalSpy started(window.liveProbe(), &LiveProbe::runStarted);
        action(window, "actionLiveProbe")->trigger();
        QVERIFY(window.liveProbe()->isEnabled());
        action(window, "actionProbeNow")->trigger();
        QTest::qWait(LiveProbe::DebounceMs + 100);
        QCOMPARE(started.count(), 0);
        QVERIFY(window.statusBar()->currentMessage().startsWith(QStringLiteral("Nothing to probe")));

        // Live mode probes as soon as a server gets an address, and again when the address changes.
        auto* document = window.findChild<Deployment*>();
        document->undoStack()->push(
            EditServerCommand::setServerHost(document, QStringLiteral("edge01"), QStringLiteral("127.0.0.1"))
                .release());
        QTRY_COMPARE(started.count(), 1);
        QTRY_VERIFY(!window.liveProbe()->isRunning());
        document->undoStack()->push(
            EditServerCommand::setServerHost(document, QStringLiteral("edge01"), QStringLiteral("127.0.0.2"))
                .release());
        QTRY_COMPARE(started.count(), 2);
        QTRY_VERIFY(!window.liveProbe()->isRunning());
        QVERIFY(window.liveProbe()->observations()->find(QStringLiteral("127.0.0.2"), Transport::Tcp, EdgeSyncPort));

        // An edit that leaves the targets alone does not probe again; switching live mode off stops probing.
        document->undoStack()->push(
            EditServerCommand::renameServer(document, QStringLiteral("ex01"), QStringLiteral("EX-ONE")).release());
        QTest::qWait(LiveProbe::DebounceMs + 100);
        QCOMPARE(started.count(), 2);
        action(window, "actionLiveProbe")->trigger();
        QVERIFY(!window.liveProbe()->isEnabled());
        document->undoStack()->undo();
        document->undoStack()->undo();
        QTest::qWait(LiveProbe::DebounceMs + 100);
        QCOMPARE(started.count(), 2);
    }

    // Live mode's interval is set on the toolbar and kept in the settings for the next start.
    void intervalIsSetOnTheToolbarAndKept()
    {
        {
            MainWindow window(settings());
            auto* interval = window.findChild<QSpinBox*>(QStringLiteral("probeInterval"));
            QVERIFY(interval);
            QCOMPARE(interval->value(), 30);
            interval->setValue(45);
            QCOMPARE(window.liveProbe()->intervalSeconds(), 45);
        }
        MainWindow window(settings());
        QCOMPARE(window.findChild<QSpinBox*>(QStringLiteral("probeInterval"))->value(), 45);
        QCOMPARE(window.liveProbe()->intervalSeconds(), 45);
    }

    void cancelStopsTheRun()
    {
        MainWindow window(settings());
        QVERIFY(window.openFile(writeDeployment(QStringLiteral("127.0.0.1"))));
        QSignalSpy results(window.liveProbe(), &LiveProbe::resultArrived);
        QSignalSpy finished(window.liveProbe(), &LiveProbe::runFinished);
        action(window, "actionProbeNow")->trigger();
        QVERIFY(window.liveProbe()->isRunning());
        QVERIFY(action(window, "actionCancelProbe")->isEnabled());
        action(window, "actionCancelProbe")->trigger();
        QCOMPARE(finished.count(), 1);
        QVERIFY(!window.liveProbe()->isRunning());
        QVERIFY(window.liveProbe()->lastRun().cancelled);
        QVERIFY(!action(window, "actionCancelProbe")->isEnabled());
        QTest::qWait(200);
        QCOMPARE(results.count(), 0);
        QVERIFY(window.liveProbe()->observations()->isEmpty());
        QVERIFY(window.statusBar()->currentMessage().startsWith(QStringLiteral("Probe cancelled")));
    }

    void nmapReportShowsLikeProbeResults()
    {
        const QString nmap = QStandardPaths::findExecutable(QStringLiteral("nmap"));
        if (nmap.isEmpty())
            QSKIP("nmap is not installed");
        QTcpServer edgeSync;
        if (!edgeSync.listen(QHostAddress::LocalHost, EdgeSyncPort))
            QSKIP("cannot listen on 127.0.0.1:50636");
        const QString report = m_dir->filePath(QStringLiteral("nmap.xml"));
        QProcess scan;
        // A connect scan of the loopback address only.
        scan.start(nmap, {QStringLiteral("-sT"), QStringLiteral("-Pn"), QStringLiteral("-n"), QStringLiteral("-p"),
                          QStringLiteral("25,50636"), QStringLiteral("-oX"), report, QStringLiteral("127.0.0.1")});
        QVERIFY(scan.waitForFinished(30000));
        QCOMPARE(scan.exitCode(), 0);

        MainWindow window(settings());
        QVERIFY(window.openFile(writeDeployment(QStringLiteral("127.0.0.1"))));
        chooseVantage(window, QStringLiteral("lan"));
        QVERIFY(window.importNmapFile(report));
        const Observation* observation =
            window.liveProbe()->observations()->find(QStringLiteral("127.0.0.1"), Transport::Tcp, EdgeSyncPort);
        QVERIFY(observation);
        QCOMPARE(observation->origin, QStringLiteral("nmap"));
        QCOMPARE(observation->result.state, ProbeState::Open);
        QTRY_VERIFY(dotFor(window, EdgeSyncPort));
        QCOMPARE(dotFor(window, EdgeSyncPort)->state(), ProbeState::Open);
        QTRY_VERIFY(observedIndex(window.findChild<QTableView*>(), EdgeSyncPort).data().toString().contains(u"nmap"));
        QVERIFY(window.statusBar()->currentMessage().startsWith(QStringLiteral("Imported 2 ports")));
    }

    // Without the network: observations recorded by hand and an nmap report made in memory.
    void evidenceIsTheLatestObservationOfEachPlannedPort()
    {
        auto builder = DeploymentBuilder::threeZones("2019");
        builder.server("edge01", "dmz", {"edge-transport"}).server("ex01", "lan", {"mailbox"});
        DeploymentData data = builder.data();
        data.servers[0].host = QStringLiteral("127.0.0.2"); // ex01 has no address: nothing of it is planned
        LiveDocument live(data);
        LiveProbe probe(&live.document, &live.analysis, PortCatalog::builtin());
        QVERIFY(probe.evidence().isEmpty());
        QVERIFY(!probe.evidence().started.isValid());

        // EdgeSync seen open from the LAN, where its rule comes from.
        ProbeResult edgeSync;
        edgeSync.host = QStringLiteral("127.0.0.2");
        edgeSync.port = EdgeSyncPort;
        edgeSync.state = ProbeState::Open;
        edgeSync.latencyMs = 0.5;
        edgeSync.time = QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC);
        probe.observations()->record({edgeSync, QStringLiteral("lan"), QStringLiteral("probe")});
        // Then, from the Internet, an nmap report of the Edge's SMTP port.
        probe.setVantage(QStringLiteral("internet"));
        NmapHost edge;
        edge.addresses = {QStringLiteral("127.0.0.2")};
        ProbeResult smtp;
        smtp.host = QStringLiteral("127.0.0.2");
        smtp.port = 25;
        smtp.state = ProbeState::Open;
        smtp.banner = QStringLiteral("smtp Postfix smtpd");
        edge.results = {smtp};
        const QDateTime scanned(QDate(2024, 5, 1), QTime(11, 0), Qt::UTC);
        QCOMPARE(probe.importNmap({edge}, nullptr, scanned), 1);

        ProbeEvidence evidence = probe.evidence();
        QCOMPARE(evidence.vantage, std::optional<QString>(QStringLiteral("internet")));
        QCOMPARE(evidence.started, scanned);
        QCOMPARE(evidence.origin, QStringLiteral("nmap"));
        QCOMPARE(evidence.ports.size(), 2); // plan order: 25, then 50636
        const PortEvidence& first = evidence.ports.at(0);
        QCOMPARE(first.serverId, QStringLiteral("edge01"));
        QCOMPARE(first.serverName, QStringLiteral("EDGE01"));
        QCOMPARE(first.host, QStringLiteral("127.0.0.2"));
        QCOMPARE(first.port, 25);
        QCOMPARE(first.state, QStringLiteral("open"));
        QCOMPARE(first.banner, QStringLiteral("smtp Postfix smtpd"));
        QVERIFY(first.fromZones.contains(QStringLiteral("internet")));
        QVERIFY(!first.rows.isEmpty());
        QVERIFY(first.verified);
        const PortEvidence& second = evidence.ports.at(1);
        QCOMPARE(second.port, EdgeSyncPort);
        QCOMPARE(second.state, QStringLiteral("open"));
        QCOMPARE(second.latencyMs, 0.5);
        QCOMPARE(second.time, edgeSync.time);
        QCOMPARE(second.fromZones, QStringList{QStringLiteral("lan")});
        QVERIFY(second.verified); // seen from the LAN itself, though the latest import came from the Internet

        // A later look at EdgeSync from the DMZ replaces the LAN's: filtered, and no longer proof of the rule.
        edgeSync.state = ProbeState::Filtered;
        probe.observations()->record({edgeSync, QStringLiteral("dmz"), QStringLiteral("probe")});
        evidence = probe.evidence();
        QCOMPARE(evidence.ports.at(1).state, QStringLiteral("filtered"));
        QVERIFY(!evidence.ports.at(1).verified);
        QCOMPARE(evidence.origin, QStringLiteral("nmap")); // hand-recorded observations are no run
    }

private:
    std::unique_ptr<AppSettings> settings() const
    {
        auto settings = std::make_unique<AppSettings>(m_dir->filePath(QStringLiteral("settings.ini")));
        // The TLS check of 50636 meets a plain listener and waits for a handshake that never comes: keep that short.
        settings->setProbeTimeoutMs(400);
        return settings;
    }

    // Internet | DMZ with an Edge at host | LAN with a Mailbox server that has no address.
    QString writeDeployment(const QString& host) const
    {
        auto builder = DeploymentBuilder::threeZones("2019");
        builder.server("edge01", "dmz", {"edge-transport"}).server("ex01", "lan", {"mailbox"});
        DeploymentData data = builder.data();
        data.servers[0].host = host;
        const QString path = m_dir->filePath(QStringLiteral("edge.portolan"));
        if (!DeploymentWriter().writeFile(data, path))
            qWarning("cannot write %s", qPrintable(path));
        return path;
    }

    static QAction* action(const MainWindow& window, const char* name)
    {
        return window.findChild<QAction*>(QString::fromUtf8(name));
    }

    static TopologyScene* scene(const MainWindow& window)
    {
        return qobject_cast<TopologyScene*>(window.findChild<QGraphicsView*>()->scene());
    }

    static void chooseVantage(MainWindow& window, const QString& zone)
    {
        auto* combo = window.findChild<QComboBox*>(QStringLiteral("vantageCombo"));
        const int index = combo->findData(zone);
        combo->setCurrentIndex(index);
        emit combo->activated(index);
        QCOMPARE(window.liveProbe()->vantage(), zone);
    }

    static void probeAndWait(MainWindow& window)
    {
        QSignalSpy finished(window.liveProbe(), &LiveProbe::runFinished);
        action(window, "actionProbeNow")->trigger();
        QVERIFY(window.liveProbe()->isRunning());
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(!window.liveProbe()->lastRun().cancelled);
        QCOMPARE(window.liveProbe()->lastRun().total, 2); // the Edge listens on 25 and 50636
    }

    // The card's dot of a port of the Edge.
    static const ServerCardItem::PortDot* dotFor(const MainWindow& window, int port)
    {
        for (const ServerCardItem::PortDot& dot : scene(window)->card(QStringLiteral("edge01"))->portDots()) {
            if (dot.observation.result.port == port)
                return &dot;
        }
        return nullptr;
    }

    static QModelIndex observedIndex(QTableView* table, int port)
    {
        QAbstractItemModel* model = table->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, PortMatrixModel::Ports).data().toString() == QString::number(port))
                return model->index(row, PortMatrixModel::Observed);
        }
        return {};
    }

    // The state of the first chip whose text names this port.
    static std::optional<ProbeState> chipState(const MainWindow& window, int port)
    {
        for (const BoundaryItem* boundary : scene(window)->boundaries()) {
            for (int chip = 0; chip < boundary->chips().size(); ++chip) {
                if (boundary->chips().at(chip).contains(QString::number(port)))
                    return boundary->chipStates().value(chip);
            }
        }
        return std::nullopt;
    }

    static bool chipHolds25(const MainWindow& window, int port)
    {
        for (const BoundaryItem* boundary : scene(window)->boundaries()) {
            for (const QString& chip : boundary->chips()) {
                if (chip.contains(QString::number(port)))
                    return chip.contains(QStringLiteral(" 25,")) || chip.endsWith(QStringLiteral(" 25"));
            }
        }
        return false;
    }

    std::optional<QTemporaryDir> m_dir;
};

QTEST_MAIN(TestLiveProbe)
#include "tst_liveprobe.moc"
