// The firewalls a deployment lists, on the diagram: one block per firewall above the lanes with a leg to each zone it
// faces, labelled with the interface; blocks that would overlap stack; the bars between lanes name the firewalls
// spanning them; a click selects a firewall and highlights exactly its rules; the tooltip counts its rules per
// (ingress → egress) without a lesson's hidden answers. A firewall running a zone's servers has a leg to that zone
// with a filled "this host" label. Templates with implicit firewalls draw no block.
// PORTOLAN_TEST_SHOTS=dir saves pictures of the samples and of a firewall selected, for a person to look at.
#include "model/deployment.h"
#include "model/deploymentanalysis.h"
#include "model/deploymentcommands.h"
#include "model/deploymentfile.h"
#include "model/portcatalog.h"
#include "model/templatelibrary.h"
#include "views/diagram/boundaryitem.h"
#include "views/diagram/firewallitem.h"
#include "views/diagram/flowarrowitem.h"
#include "views/diagram/topologyscene.h"
#include "views/lesson/answermask.h"

#include "deploymentbuilder.h"
#include "firewallsamples.h"
#include "livedocument.h"

#include <QApplication>
#include <QDir>
#include <QGraphicsSceneContextMenuEvent>
#include <QGraphicsSceneMouseEvent>
#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <memory>

namespace {
// Five zones, two three-legged firewalls sharing the LAN.
DeploymentData fiveZones()
{
    DeploymentBuilder builder = DeploymentBuilder::threeZones("2019");
    builder.zone("mgmt", "lan").zone("partner", "cloud");
    builder.server("edge01", "dmz", {"edge-transport"})
        .server("ex01", "lan", {"mailbox"})
        .server("dc01", "lan", {"domain-controller"})
        .server("ex02", "mgmt", {"mailbox"});
    builder.firewall("fw-edge", {{"internet", "outside"}, {"dmz", "dmz"}, {"lan", "inside"}});
    builder.firewall("fw-core", {{"lan", "users"}, {"mgmt", "mgmt"}, {"partner", "partner"}});
    return builder.data();
}

// A firewall joining the Internet and the LAN only, over the DMZ, and one nested in it from the DMZ to the LAN.
DeploymentData nested()
{
    DeploymentBuilder builder = DeploymentBuilder::threeZones("2019");
    builder.server("edge01", "dmz", {"edge-transport"}).server("ex01", "lan", {"mailbox"});
    builder.firewall("fw-wide", {{"internet", "outside"}, {"lan", "inside"}});
    builder.firewall("fw-dmz", {{"dmz", "dmz"}, {"lan", "lan"}});
    return builder.data();
}

FirewallItem* firewallItem(const TopologyScene& scene, const QString& id)
{
    for (FirewallItem* item : scene.firewallItems()) {
        if (item->firewallId() == id)
            return item;
    }
    return nullptr;
}

const FirewallLeg* legTo(const TopologyScene& scene, const FirewallItem& item, const QString& zone)
{
    for (const FirewallLeg& leg : item.placement().legs) {
        const QRectF lane = scene.laneRect(zone);
        if (leg.x > lane.left() && leg.x < lane.right())
            return &leg;
    }
    return nullptr;
}

void click(TopologyScene& scene, const QPointF& pos)
{
    for (const QEvent::Type type : {QEvent::GraphicsSceneMousePress, QEvent::GraphicsSceneMouseRelease}) {
        QGraphicsSceneMouseEvent event(type);
        event.setScenePos(pos);
        event.setButtonDownScenePos(Qt::LeftButton, pos);
        event.setButton(Qt::LeftButton);
        event.setButtons(type == QEvent::GraphicsSceneMousePress ? Qt::LeftButton : Qt::NoButton);
        QApplication::sendEvent(&scene, &event);
    }
}

// What a firewall draws, each part in scene coordinates: its block, each label and each leg's line down to its label
// (under the label it goes on to touch its lane).
QList<QRectF> drawnParts(const FirewallItem& item, bool withLegs)
{
    const FirewallPlacement& placement = item.placement();
    QList<QRectF> parts{placement.blockRect};
    for (const FirewallLeg& leg : placement.legs) {
        parts.append(leg.labelRect);
        if (withLegs)
            parts.append(QRectF(leg.x - 1.5, placement.blockRect.bottom(), 3,
                                leg.labelRect.top() - placement.blockRect.bottom()));
    }
    return parts;
}

QString shotDir()
{
    return qEnvironmentVariable("PORTOLAN_TEST_SHOTS");
}

void saveShot(TopologyScene& scene, const QString& name)
{
    if (shotDir().isEmpty())
        return;
    const QRectF rect = scene.sceneRect();
    QImage image(rect.size().toSize(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), rect.size()), rect);
    painter.end();
    QDir().mkpath(shotDir());
    QVERIFY(image.save(QDir(shotDir()).filePath(name)));
}
} // namespace

class TestFirewallDiagram : public QObject
{
    Q_OBJECT

private slots:
    void threeLeggedFirewallIsOneBlockWithThreeLegs()
    {
        LiveDocument live(firewallSample("three-legged.portolan"));
        TopologyScene scene(&live.document, &live.analysis, PortCatalog::builtin());
        QCOMPARE(scene.firewallItems().size(), 1);
        const FirewallItem& item = *scene.firewallItems().constFirst();
        QCOMPARE(item.firewallId(), QStringLiteral("fw1"));
        QCOMPARE(item.placement().legs.size(), 3);
        const QList<QPair<QString, QString>> faces{{QStringLiteral("internet"), QStringLiteral("outside")},
                                                   {QStringLiteral("dmz"), QStringLiteral("dmz")},
                                                   {QStringLiteral("lan"), QStringLiteral("inside")}};
        for (const auto& [zone, name] : faces) {
            const FirewallLeg* leg = legTo(scene, item, zone);
            QVERIFY2(leg, qPrintable(zone));
            QCOMPARE(leg->interfaceName, name);
            // The label stands right above its lane.
            QVERIFY(leg->labelRect.bottom() <= scene.laneRect(zone).top());
            QVERIFY(leg->labelRect.left() >= scene.laneRect(zone).left());
            QVERIFY(leg->labelRect.right() <= scene.laneRect(zone).right());
        }
        // The block spans its legs, above the lanes, and is part of the picture.
        QVERIFY(item.placement().blockRect.left() < legTo(scene, item, QStringLiteral("internet"))->x);
        QVERIFY(item.placement().blockRect.right() > legTo(scene, item, QStringLiteral("lan"))->x);
        QVERIFY(scene.sceneRect().contains(item.sceneBoundingRect()));
        // Both bars belong to it and say so.
        QCOMPARE(scene.boundaries().size(), 2);
        for (const BoundaryItem* boundary : scene.boundaries())
            QCOMPARE(boundary->firewallNames(), std::optional(QStringList{QStringLiteral("Perimeter")}));
        saveShot(scene, QStringLiteral("three-legged.png"));
    }

    void backToBackFirewallsAreTwoBlocks()
    {
        LiveDocument live(firewallSample("edge-back-to-back.portolan"));
        TopologyScene scene(&live.document, &live.analysis, PortCatalog::builtin());
        QCOMPARE(scene.firewallItems().size(), 2);
        const FirewallItem* outer = firewallItem(scene, QStringLiteral("fw-outer"));
        const FirewallItem* inner = firewallItem(scene, QStringLiteral("fw-inner"));
        QVERIFY(outer && inner);
        QCOMPARE(outer->placement().legs.size(), 2);
        QCOMPARE(legTo(scene, *outer, QStringLiteral("internet"))->interfaceName, QStringLiteral("outside"));
        QCOMPARE(legTo(scene, *outer, QStringLiteral("dmz"))->interfaceName, QStringLiteral("dmz"));
        QVERIFY(!legTo(scene, *outer, QStringLiteral("lan")));
        QCOMPARE(legTo(scene, *inner, QStringLiteral("dmz"))->interfaceName, QStringLiteral("dmz"));
        QCOMPARE(legTo(scene, *inner, QStringLiteral("lan"))->interfaceName, QStringLiteral("inside"));
        // Side by side: they share the DMZ but not a place.
        QCOMPARE(outer->placement().row, 0);
        QCOMPARE(inner->placement().row, 0);
        QVERIFY(legTo(scene, *outer, QStringLiteral("dmz"))->x < legTo(scene, *inner, QStringLiteral("dmz"))->x);
        QCOMPARE(scene.boundaries().at(0)->firewallNames(),
                 std::optional(QStringList{QStringLiteral("Outer firewall")}));
        QCOMPARE(scene.boundaries().at(1)->firewallNames(),
                 std::optional(QStringList{QStringLiteral("Inner firewall")}));
        saveShot(scene, QStringLiteral("back-to-back.png"));
    }

    // The seed's mail server on the firewall host: the host's zone gets a leg of its own, labelled "this host" (filled,
    // not an interface), and the block spans all three lanes, so both bars name the firewall.
    void firewallHostHasALegToTheZoneItRuns()
    {
        LiveDocument live(firewallSample("firewall-host.portolan"));
        TopologyScene scene(&live.document, &live.analysis, PortCatalog::builtin());
        QCOMPARE(scene.firewallItems().size(), 1);
        const FirewallItem& item = *scene.firewallItems().constFirst();
        QCOMPARE(item.placement().legs.size(), 3);
        const FirewallLeg* host = legTo(scene, item, QStringLiteral("firewall"));
        QVERIFY(host);
        QVERIFY(host->host);
        QCOMPARE(host->interfaceName, QStringLiteral("this host"));
        QVERIFY(host->labelRect.width() >= FirewallItem::labelWidth(QStringLiteral("this host")));
        for (const char* zone : {"internet", "lan"}) {
            const FirewallLeg* leg = legTo(scene, item, QString::fromUtf8(zone));
            QVERIFY2(leg && !leg->host, zone);
        }
        QCOMPARE(legTo(scene, item, QStringLiteral("internet"))->interfaceName, QStringLiteral("outside"));
        QCOMPARE(legTo(scene, item, QStringLiteral("lan"))->interfaceName, QStringLiteral("inside"));
        for (const BoundaryItem* boundary : scene.boundaries())
            QCOMPARE(boundary->firewallNames(), std::optional(QStringList{QStringLiteral("Firewall host")}));

        const QString tip = scene.firewallToolTip(QStringLiteral("fw1"));
        QVERIFY2(
            tip.startsWith(QStringLiteral("Firewall host\nInterfaces: outside (Internet), this host (Firewall host), "
                                          "inside (LAN)\n")),
            qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("outside → this host: ")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("this host → inside: ")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("inside → this host: ")), qPrintable(tip));
        // In lane order: what comes in from the Internet before what the host sends to the LAN.
        QVERIFY2(tip.indexOf(QStringLiteral("outside → this host")) < tip.indexOf(QStringLiteral("this host → inside")),
                 qPrintable(tip));
        QVERIFY2(!tip.contains(QStringLiteral(" → :")) && !tip.contains(QStringLiteral("\n →")), qPrintable(tip));
        saveShot(scene, QStringLiteral("firewall-host.png"));
    }

    void firewallOverNonAdjacentLanesSkipsTheLaneBetween()
    {
        LiveDocument live(nested());
        TopologyScene scene(&live.document, &live.analysis, PortCatalog::builtin());
        const FirewallItem* wide = firewallItem(scene, QStringLiteral("fw-wide"));
        const FirewallItem* dmz = firewallItem(scene, QStringLiteral("fw-dmz"));
        QVERIFY(wide && dmz);
        QCOMPARE(wide->placement().legs.size(), 2);
        QVERIFY(!legTo(scene, *wide, QStringLiteral("dmz")));
        // The wide one stacks above the one nested in it, and its leg to the LAN stands outside the nested one's.
        QCOMPARE(dmz->placement().row, 0);
        QCOMPARE(wide->placement().row, 1);
        QVERIFY(wide->placement().blockRect.bottom() < dmz->placement().blockRect.top());
        QVERIFY(legTo(scene, *wide, QStringLiteral("lan"))->x > legTo(scene, *dmz, QStringLiteral("lan"))->x);
        QCOMPARE(scene.boundaries().at(0)->firewallNames(), std::optional(QStringList{QStringLiteral("FW-WIDE")}));
        QCOMPARE(scene.boundaries().at(1)->firewallNames(),
                 std::optional(QStringList({QStringLiteral("FW-WIDE"), QStringLiteral("FW-DMZ")})));
        saveShot(scene, QStringLiteral("nested.png"));
    }

    void nothingOverlaps_data()
    {
        QTest::addColumn<QString>("layout");
        for (const char* layout : {"three-legged", "back-to-back", "five-zones", "nested", "firewall-host"})
            QTest::newRow(layout) << QString::fromUtf8(layout);
    }

    // No firewall's block, leg or label touches another's, nor any other item of the diagram (lanes and their
    // headers, bars and chips, cards, arrows, the legend).
    void nothingOverlaps()
    {
        QFETCH(QString, layout);
        const DeploymentData data =
            layout == QLatin1String("three-legged")    ? firewallSample("three-legged.portolan")
            : layout == QLatin1String("back-to-back")  ? firewallSample("edge-back-to-back.portolan")
            : layout == QLatin1String("firewall-host") ? firewallSample("firewall-host.portolan")
            : layout == QLatin1String("five-zones")    ? fiveZones()
                                                       : nested();
        LiveDocument live(data);
        TopologyScene scene(&live.document, &live.analysis, PortCatalog::builtin());
        const QList<FirewallItem*> firewalls = scene.firewallItems();
        QCOMPARE(firewalls.size(), data.firewalls.size());
        for (int a = 0; a < firewalls.size(); ++a) {
            const QList<QRectF> own = drawnParts(*firewalls.at(a), false);
            for (int i = 0; i < own.size(); ++i) {
                for (int j = i + 1; j < own.size(); ++j)
                    QVERIFY2(!own.at(i).intersects(own.at(j)), qPrintable(firewalls.at(a)->firewallId()));
            }
            for (int b = 0; b < firewalls.size(); ++b) {
                if (a == b)
                    continue;
                for (const QRectF& mine : drawnParts(*firewalls.at(a), true)) {
                    for (const QRectF& theirs : drawnParts(*firewalls.at(b), false))
                        QVERIFY2(!mine.intersects(theirs),
                                 qPrintable(firewalls.at(a)->firewallId() + u'/' + firewalls.at(b)->firewallId()));
                }
            }
            for (QGraphicsItem* other : scene.items()) {
                if (dynamic_cast<FirewallItem*>(other))
                    continue;
                for (const QRectF& part : drawnParts(*firewalls.at(a), true))
                    QVERIFY2(!part.intersects(other->sceneBoundingRect()), qPrintable(firewalls.at(a)->firewallId()));
            }
        }
        if (layout == QLatin1String("five-zones"))
            saveShot(scene, QStringLiteral("five-zones.png"));
    }

    void clickSelectsTheFirewallAndHighlightsExactlyItsRules()
    {
        LiveDocument live(firewallSample("edge-back-to-back.portolan"));
        TopologyScene scene(&live.document, &live.analysis, PortCatalog::builtin());
        QSignalSpy selected(&scene, &TopologyScene::firewallSelected);
        QSignalSpy cleared(&scene, &TopologyScene::selectionCleared);
        FirewallItem* inner = firewallItem(scene, QStringLiteral("fw-inner"));
        click(scene, inner->placement().blockRect.center());
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.at(0).at(0).toString(), QStringLiteral("fw-inner"));
        QCOMPARE(cleared.size(), 0);
        const QList<int> rows = live.analysis.firewallRows(QStringLiteral("fw-inner"));
        QVERIFY(!rows.isEmpty());
        QCOMPARE(scene.highlightedRules(), rows);
        QVERIFY(inner->isSelected());
        QCOMPARE(scene.selectedFirewall(), QStringLiteral("fw-inner"));
        QVERIFY(!firewallItem(scene, QStringLiteral("fw-outer"))->isSelected());
        // The outer firewall carries the Internet ↔ LAN rows too: emphasised, not selected.
        QCOMPARE(firewallItem(scene, QStringLiteral("fw-outer"))->emphasis(), Emphasis::Emphasised);
        const QSet<int> ofInner(rows.begin(), rows.end());
        const auto crosses = [&ofInner](const QList<int>& list) {
            return std::any_of(list.begin(), list.end(), [&ofInner](int row) { return ofInner.contains(row); });
        };
        int emphasisedChips = 0;
        int dimmedChips = 0;
        for (int b = 0; b < scene.boundaries().size(); ++b) {
            const QList<Emphasis> chips = scene.boundaries().at(b)->chipEmphasis();
            for (int c = 0; c < chips.size(); ++c) {
                QCOMPARE(chips.at(c), crosses(scene.chipRows(b).at(c)) ? Emphasis::Emphasised : Emphasis::Dimmed);
                ++(chips.at(c) == Emphasis::Emphasised ? emphasisedChips : dimmedChips);
            }
        }
        QVERIFY(emphasisedChips > 0);
        QVERIFY(dimmedChips > 0); // the Internet → DMZ chips cross the outer firewall only
        for (const FlowArrowItem* arrow : scene.flowArrows())
            QCOMPARE(arrow->emphasis(), crosses(arrow->rows()) ? Emphasis::Emphasised : Emphasis::Dimmed);
        saveShot(scene, QStringLiteral("inner-firewall-selected.png"));

        // A click on a leg's label selects it too; a click outside every lane clears the firewall.
        FirewallItem* outer = firewallItem(scene, QStringLiteral("fw-outer"));
        click(scene, outer->placement().legs.constFirst().labelRect.center());
        QCOMPARE(selected.size(), 2);
        QCOMPARE(scene.highlightedRules(), live.analysis.firewallRows(QStringLiteral("fw-outer")));
        QVERIFY(outer->isSelected() && !inner->isSelected());
        scene.highlightRules({});
        QVERIFY(!outer->isSelected());
        QVERIFY(scene.selectedFirewall().isEmpty());
        QCOMPARE(outer->emphasis(), Emphasis::Normal);
        // Between the block and the lanes, away from every leg, is nothing of the firewall's.
        const QRectF block = outer->placement().blockRect;
        click(scene, QPointF(block.center().x(), block.bottom() + 6));
        QCOMPARE(selected.size(), 2);
    }

    void rightClickAsksForTheFirewallsMenu()
    {
        LiveDocument live(firewallSample("three-legged.portolan"));
        TopologyScene scene(&live.document, &live.analysis, PortCatalog::builtin());
        QSignalSpy menu(&scene, &TopologyScene::firewallMenuRequested);
        QGraphicsSceneContextMenuEvent event(QEvent::GraphicsSceneContextMenu);
        event.setScenePos(scene.firewallItems().constFirst()->placement().blockRect.center());
        event.setScreenPos(QPoint(120, 80));
        QApplication::sendEvent(&scene, &event);
        QCOMPARE(menu.size(), 1);
        QCOMPARE(menu.at(0).at(0).toString(), QStringLiteral("fw1"));
        QCOMPARE(menu.at(0).at(1).toPoint(), QPoint(120, 80));
    }

    void toolTipCountsRulesPerInterfacePair()
    {
        LiveDocument live(firewallSample("three-legged.portolan"));
        TopologyScene scene(&live.document, &live.analysis, PortCatalog::builtin());
        const QString tip = scene.firewallToolTip(QStringLiteral("fw1"));
        QVERIFY2(tip.startsWith(QStringLiteral("Perimeter\nInterfaces: outside (Internet), dmz (DMZ), inside (LAN)\n")),
                 qPrintable(tip));
        // Internet → DMZ: SMTP to the Edge servers, and nothing else.
        int inbound = 0;
        for (const int row : live.analysis.firewallRows(QStringLiteral("fw1"))) {
            const MatrixRule& rule = *live.analysis.matrix().ruleAt(row);
            inbound += rule.from == QLatin1String("internet") && rule.to == QLatin1String("dmz");
        }
        QVERIFY(inbound > 0);
        QVERIFY2(tip.contains(QStringLiteral("outside → dmz: %1 rule(s) (TCP 25)").arg(inbound)), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("dmz → inside: ")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("inside → dmz: ")), qPrintable(tip));

        // A lesson that asks for the Internet → DMZ rules: the tooltip does not give them away.
        AnswerMask mask;
        scene.setAnswerMask(&mask);
        mask.hide({{QStringLiteral("internet"), QStringLiteral("dmz")}}, {});
        const QString hidden = scene.firewallToolTip(QStringLiteral("fw1"));
        QVERIFY2(!hidden.contains(QStringLiteral("outside → dmz")), qPrintable(hidden));
        QVERIFY(hidden.contains(QStringLiteral("dmz → inside: ")));
        scene.selectFirewall(QStringLiteral("fw1"));
        for (const int row : scene.highlightedRules())
            QVERIFY(!mask.hidesRule(*live.analysis.matrix().ruleAt(row)));
        QVERIFY(scene.highlightedRules().size() < live.analysis.firewallRows(QStringLiteral("fw1")).size());
    }

    // Only the seed's firewall host template lists a firewall (the one running the mail server).
    void templatesDrawOnlyTheFirewallsTheyList()
    {
        for (const DeploymentTemplate& info : TemplateLibrary::templates()) {
            const auto data = DeploymentReader(PortCatalog::builtin()).readFile(info.path);
            QVERIFY(data);
            LiveDocument live(*data);
            TopologyScene scene(&live.document, &live.analysis, PortCatalog::builtin());
            if (info.id == QLatin1String("seed-firewall-host")) {
                QCOMPARE(scene.firewallItems().size(), 1);
                QVERIFY(legTo(scene, *scene.firewallItems().constFirst(), QStringLiteral("firewall"))->host);
                continue;
            }
            QVERIFY2(data->firewalls.isEmpty(), qPrintable(info.id));
            QVERIFY2(scene.firewallItems().isEmpty(), qPrintable(info.id));
            for (const BoundaryItem* boundary : scene.boundaries())
                QVERIFY(!boundary->firewallNames());
            // Nothing above the lanes (the margin of the scene's rectangle aside).
            QVERIFY2(scene.sceneRect().top() > -FirewallStrip::LabelHeight, qPrintable(info.id));
        }
    }

    void addingAFirewallDrawsItAndUndoTakesItAway()
    {
        LiveDocument live(firewallSample("seed-dmz-relay.portolan"));
        TopologyScene scene(&live.document, &live.analysis, PortCatalog::builtin());
        QVERIFY(scene.firewallItems().isEmpty());
        const qreal top = scene.sceneRect().top();
        Firewall firewall{QStringLiteral("fw1"),
                          QStringLiteral("Perimeter"),
                          {{QStringLiteral("internet"), QStringLiteral("outside")},
                           {QStringLiteral("dmz"), QStringLiteral("dmz")},
                           {QStringLiteral("lan"), QStringLiteral("inside")}}};
        live.document.undoStack()->push(new AddFirewallCommand(&live.document, firewall));
        QCOMPARE(scene.firewallItems().size(), 1);
        QCOMPARE(scene.firewallItems().constFirst()->placement().legs.size(), 3);
        QVERIFY(scene.sceneRect().top() < top);
        QVERIFY(scene.boundaries().constFirst()->firewallNames());
        live.document.undoStack()->undo();
        QVERIFY(scene.firewallItems().isEmpty());
        QCOMPARE(scene.sceneRect().top(), top);
        QVERIFY(!scene.boundaries().constFirst()->firewallNames());
        live.document.undoStack()->redo();
        QCOMPARE(scene.firewallItems().size(), 1);
        // A rename reaches the block and the bars.
        live.document.undoStack()->push(
            EditFirewallCommand::renameFirewall(&live.document, QStringLiteral("fw1"), QStringLiteral("Edge wall"))
                .release());
        QCOMPARE(scene.firewallItems().constFirst()->placement().name, QStringLiteral("Edge wall"));
        QCOMPARE(scene.boundaries().constFirst()->firewallNames(),
                 std::optional(QStringList{QStringLiteral("Edge wall")}));
    }
};

QTEST_MAIN(TestFirewallDiagram)
#include "tst_firewalldiagram.moc"
