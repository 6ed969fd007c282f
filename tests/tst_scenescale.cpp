// The diagram at scale and after edits: within its budget of arrows with 50 zones, many zones wrapped onto rows,
// arrows that cross lanes between cards, and a rebuild that keeps items drawing the same diagram as a fresh scene.
#include "model/deployment.h"
#include "model/deploymentanalysis.h"
#include "model/deploymentcommands.h"
#include "model/deploymentfile.h"
#include "model/portcatalog.h"
#include "model/templatelibrary.h"
#include "views/diagram/actorbadgeitem.h"
#include "views/diagram/boundaryitem.h"
#include "views/diagram/flowarrowitem.h"
#include "views/diagram/flowfamily.h"
#include "views/diagram/legenditem.h"
#include "views/diagram/servercarditem.h"
#include "views/diagram/topologyscene.h"

#include "bench/largedeployment.h"
#include "deploymentbuilder.h"
#include "edgelayout.h"
#include "livedocument.h"

#include <QGraphicsSimpleTextItem>
#include <QTest>
#include <QUndoStack>

namespace {

// Edge in the DMZ, two Mailbox servers and a DC on the LAN: few enough cards for one arrow per card.
// Everything the diagram shows, as text: lanes, cards, badges, chips, arrows, buses and legend with their places.
QStringList sceneContents(const TopologyScene& scene)
{
    const auto rect = [](const QRectF& r) {
        return QStringLiteral("%1,%2 %3x%4").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
    };
    QStringList lines;
    for (QGraphicsItem* item : scene.items(Qt::AscendingOrder)) {
        const QString place = rect(item->sceneBoundingRect()) + QStringLiteral(" z") + QString::number(item->zValue());
        if (auto* card = dynamic_cast<ServerCardItem*>(item))
            lines.append(QStringLiteral("card ") + card->serverId() + u' ' + card->toolTip() + u' ' + place);
        else if (auto* badge = dynamic_cast<ActorBadgeItem*>(item))
            lines.append(QStringLiteral("badge ") + badge->actorId() + u' ' + place);
        else if (auto* boundary = dynamic_cast<BoundaryItem*>(item))
            lines.append(QStringLiteral("boundary ") + boundary->chips().join(u'|') + u' ' + place);
        else if (auto* arrow = dynamic_cast<FlowArrowItem*>(item)) {
            QStringList rows;
            for (int row : arrow->rows())
                rows.append(QString::number(row));
            lines.append(QStringLiteral("arrow ") + arrow->title() + u' ' + arrow->family() + u' ' + rows.join(u',') +
                         u' ' + place + u' ' + QString::number(arrow->path().elementCount()));
        } else if (auto* legend = dynamic_cast<LegendItem*>(item))
            lines.append(QStringLiteral("legend ") + legend->families().join(u',') + u' ' + place);
        else if (auto* text = dynamic_cast<QGraphicsSimpleTextItem*>(item))
            lines.append(QStringLiteral("text ") + text->text() + u' ' + place);
        else
            lines.append(QStringLiteral("item ") + place + u' ' + item->toolTip());
    }
    std::sort(lines.begin(), lines.end());
    lines.append(QStringLiteral("scene ") + rect(scene.sceneRect()));
    for (int b = 0; b < scene.boundaries().size(); ++b)
        lines.append(QStringLiteral("highlighted %1 ").arg(b) + scene.highlightedChips(b).join(u'|'));
    return lines;
}

} // namespace

class TestSceneScale final : public QObject
{
    Q_OBJECT

private slots:
    // An arrow that crosses lanes on its way (Internet clients to LAN servers through the DMZ) passes between their
    // cards, in a channel between card rows, never through one: no point of it lies inside a card of a lane it only
    // passes. Every template is checked.
    void arrowsCrossingALanePassBetweenItsCards()
    {
        // The templates, and a DMZ full of cards between the Internet and the LAN.
        QList<QPair<QString, DeploymentData>> layouts;
        for (const auto& info : TemplateLibrary::templates()) {
            const auto data = DeploymentReader(PortCatalog::builtin()).readFile(info.path);
            QVERIFY(data);
            layouts.append({info.id, *data});
        }
        auto busy = DeploymentBuilder::threeZones("2016");
        busy.server("edge01", "dmz", {"edge-transport"}).server("edge02", "dmz", {"edge-transport"});
        busy.server("rp01", "dmz", {"reverse-proxy"}).server("rp02", "dmz", {"reverse-proxy"});
        busy.server("ex01", "lan", {"mailbox"})
            .server("ex02", "lan", {"mailbox"})
            .server("dc01", "lan", {"domain-controller"});
        layouts.append({QStringLiteral("busy DMZ"), busy.data()});
        int crossing = 0;
        for (const auto& [name, layout] : std::as_const(layouts)) {
            const std::optional<DeploymentData> data = layout;
            LiveDocument live(*data);
            TopologyScene scene(&live.document, &live.analysis, PortCatalog::builtin());
            QList<QPair<int, QRectF>> cards; // lane → card
            for (const Server& server : data->servers) {
                if (const ServerCardItem* card = scene.card(server.id))
                    cards.append({int(data->zoneIndex(server.zone)), card->sceneBoundingRect().adjusted(2, 2, -2, -2)});
            }
            for (const FlowArrowItem* arrow : scene.flowArrows()) {
                const QPainterPath& path = arrow->path();
                const int from = int(data->zoneIndex(scene.zoneAt(path.pointAtPercent(0))));
                const int to = int(data->zoneIndex(scene.zoneAt(path.pointAtPercent(1))));
                if (from < 0 || to < 0 || std::abs(to - from) < 2)
                    continue;
                ++crossing;
                for (const auto& [lane, rect] : std::as_const(cards)) {
                    if (lane <= qMin(from, to) || lane >= qMax(from, to))
                        continue;
                    for (int i = 0; i <= 200; ++i)
                        QVERIFY2(!rect.contains(path.pointAtPercent(i / 200.0)),
                                 qPrintable(name + u' ' + arrow->title()));
                }
            }
        }
        QVERIFY(crossing >= 20);
    }

    // Many zones wrap onto rows, as text wraps, about twice as wide as high; up to 12 stay in one strip. Arrows between
    // rows run in the gutter between them and pass through no card on the way.
    void manyZonesWrapOntoRows()
    {
        DeploymentBuilder twelve("2019");
        DeploymentBuilder eighty("2019");
        for (int z = 0; z < 80; ++z) {
            const QByteArray id = "zone" + QByteArray::number(z);
            eighty.zone(id.constData(), z == 0 ? "internet" : z < 4 ? "dmz" : "lan");
            if (z < 12)
                twelve.zone(id.constData(), z == 0 ? "internet" : z < 4 ? "dmz" : "lan");
        }
        for (int i = 0; i < 40; ++i) {
            const QByteArray id = "srv" + QByteArray::number(i);
            const QByteArray zone = "zone" + QByteArray::number(1 + i * 2 % 79);
            eighty.server(id.constData(), zone.constData(), {i % 5 == 0 ? "domain-controller" : "mailbox"});
        }
        {
            LiveDocument live(twelve.data());
            TopologyScene scene(&live.document, &live.analysis, PortCatalog::builtin());
            const qreal top = scene.laneRect(QStringLiteral("zone0")).top();
            for (int z = 0; z < 12; ++z)
                QCOMPARE(scene.laneRect(QStringLiteral("zone%1").arg(z)).top(), top);
        }
        LiveDocument live(eighty.data());
        TopologyScene scene(&live.document, &live.analysis, PortCatalog::builtin());
        QSet<qreal> rows;
        QList<QRectF> lanes;
        for (int z = 0; z < 80; ++z) {
            const QRectF lane = scene.laneRect(QStringLiteral("zone%1").arg(z));
            rows.insert(lane.top());
            for (const QRectF& other : std::as_const(lanes))
                QVERIFY(!lane.intersects(other));
            lanes.append(lane);
        }
        QVERIFY2(rows.size() >= 3, qPrintable(QString::number(rows.size())));
        const QRectF whole = scene.sceneRect();
        QVERIFY2(whole.width() / whole.height() > 1 && whole.width() / whole.height() < 3.5,
                 qPrintable(QStringLiteral("%1x%2").arg(whole.width()).arg(whole.height())));
        QVERIFY(scene.sceneRect().contains(scene.legend()->sceneBoundingRect()));

        QList<QRectF> cards;
        for (const Server& server : live.document.servers())
            cards.append(scene.card(server.id)->sceneBoundingRect().adjusted(2, 2, -2, -2));
        int acrossRows = 0;
        for (const FlowArrowItem* arrow : scene.flowArrows()) {
            const QPainterPath& path = arrow->path();
            const QPointF start = path.pointAtPercent(0);
            const QPointF end = path.pointAtPercent(1);
            if (std::abs(start.y() - end.y()) < scene.laneRect(QStringLiteral("zone0")).height())
                continue;
            ++acrossRows;
            for (int i = 5; i <= 195; i += 3) {
                const QPointF point = path.pointAtPercent(i / 200.0);
                for (const QRectF& card : std::as_const(cards)) {
                    if (!card.contains(start) && !card.contains(end))
                        QVERIFY2(!card.contains(point), qPrintable(arrow->title()));
                }
            }
        }
        QVERIFY(acrossRows > 10);
    }

    void keptItemsMatchAFreshBuild_data()
    {
        QTest::addColumn<DeploymentData>("data");
        QTest::newRow("three zones") << edgeLayout().data();
        QTest::newRow("50 zones") << largeDeployment(300);
    }

    // A rebuild after a change that keeps the matrix's rows keeps what it can; the diagram must still be the one a
    // fresh scene of the same document draws, after each edit and each undo.
    void keptItemsMatchAFreshBuild()
    {
        QFETCH(DeploymentData, data);
        LiveDocument live(data);
        TopologyScene scene(&live.document, &live.analysis, PortCatalog::builtin());
        QUndoStack* stack = live.document.undoStack();
        const auto compare = [&](const char* step) {
            TopologyScene fresh(&live.document, &live.analysis, PortCatalog::builtin());
            const QStringList kept = sceneContents(scene);
            const QStringList expected = sceneContents(fresh);
            for (int i = 0; i < qMin(kept.size(), expected.size()); ++i)
                QVERIFY2(kept.at(i) == expected.at(i),
                         qPrintable(QString::fromUtf8(step) + u'\n' + kept.at(i) + u'\n' + expected.at(i)));
            QVERIFY2(kept.size() == expected.size(), step);
        };
        const Server& first = live.document.data().servers.constFirst();
        const QString firstId = first.id;
        Server twin = first;
        twin.id = QStringLiteral("twin");
        twin.name = QStringLiteral("TWIN");
        stack->push(new AddServerCommand(&live.document, twin));
        compare("add beside");
        stack->push(
            EditServerCommand::renameServer(&live.document, QStringLiteral("twin"), QStringLiteral("T2")).release());
        compare("rename");
        stack->push(EditServerCommand::setServerHost(&live.document, firstId, QStringLiteral("127.0.0.9")).release());
        compare("host");
        for (int i = 0; i < 9; ++i) {
            Server more = twin;
            more.id = QStringLiteral("more%1").arg(i);
            more.name = more.id.toUpper();
            stack->push(new AddServerCommand(&live.document, more));
            QVERIFY(live.analysis.sameRows());
            compare("add more");
        }
        stack->push(new RemoveServerCommand(&live.document, QStringLiteral("twin")));
        compare("remove");
        while (stack->canUndo()) {
            stack->undo();
            compare("undo");
        }
    }

    // 50 small zones whose sites all talk to each other (issue 10): tens of thousands of arrows per card, about 16,000
    // with every lane bundled. The whole diagram stays within its budget of 3,000 with one arrow per pair of lanes,
    // named after its families and drawn in the "several" colour where it has more than one, and no rule between two
    // zones is left without an arrow.
    void fiftyZonesStayWithinTheArrowBudget()
    {
        LiveDocument live(largeDeployment(300));
        TopologyScene scene(&live.document, &live.analysis, PortCatalog::builtin());
        const QList<FlowArrowItem*> arrows = scene.flowArrows();
        QVERIFY2(arrows.size() <= 3000, qPrintable(QString::number(arrows.size())));
        QSet<int> drawn;
        QSet<std::pair<QString, QString>> lanePairs;
        const PortMatrix& matrix = live.analysis.matrix();
        for (const FlowArrowItem* arrow : arrows) {
            for (int row : arrow->rows())
                drawn.insert(row);
            const MatrixRule& rule = *matrix.ruleAt(arrow->rows().constFirst());
            QVERIFY2(!lanePairs.contains({rule.from, rule.to}), qPrintable(arrow->title())); // one per pair of lanes
            lanePairs.insert({rule.from, rule.to});
        }
        for (int row = 0; row < matrix.rules.size(); ++row)
            QVERIFY2(drawn.contains(row), qPrintable(matrix.rules.at(row).service));
        const auto several = std::find_if(arrows.begin(), arrows.end(), [](const FlowArrowItem* arrow) {
            return arrow->family() == FlowFamily::several();
        });
        QVERIFY(several != arrows.end());
        QVERIFY2((*several)->title().contains(QStringLiteral("Mail, ")), qPrintable((*several)->title()));
        QVERIFY(scene.legend()->families().contains(FlowFamily::several()));
    }
};

QTEST_MAIN(TestSceneScale)
#include "tst_scenescale.moc"
