// The diagram follows the document: an Edge dropped into the DMZ puts its ports on the right firewall bars, and undo
// takes them away again. PORTOLAN_SCENE_PNG=path saves a picture of the default deployment, PORTOLAN_DROP_PNG=path one
// right after the drop, for a person to look at.
#include "model/deployment.h"
#include "model/deploymentanalysis.h"
#include "model/deploymentfile.h"
#include "model/portcatalog.h"
#include "model/templatelibrary.h"
#include "views/rolepalette.h"
#include "views/servercarditem.h"
#include "views/topologyscene.h"

#include "deploymentbuilder.h"
#include "livedocument.h"

#include <QApplication>
#include <QGraphicsSceneDragDropEvent>
#include <QGraphicsSceneMouseEvent>
#include <QKeyEvent>
#include <QImage>
#include <QMimeData>
#include <QSignalSpy>
#include <QPainter>
#include <QTest>
#include <QUndoStack>

namespace {
QPointF laneCentre(const TopologyScene& scene, const QString& zone)
{
    const QRectF rect = scene.sceneRect();
    for (qreal x = rect.left(); x < rect.right(); x += 10) {
        const QPointF point(x, rect.center().y());
        if (scene.zoneAt(point) == zone) {
            qreal right = x;
            while (scene.zoneAt(QPointF(right + 10, point.y())) == zone)
                right += 10;
            return {(x + right) / 2, point.y()};
        }
    }
    return {-1000, -1000};
}

// What QGraphicsView delivers when a palette item is dropped: a scene drop event carrying the role's MIME data.
bool drop(TopologyScene& scene, const QString& role, const QPointF& pos)
{
    QMimeData mime;
    mime.setData(RolePalette::mimeType(), role.toUtf8());
    QGraphicsSceneDragDropEvent event(QEvent::GraphicsSceneDrop);
    event.setScenePos(pos);
    event.setMimeData(&mime);
    event.setPossibleActions(Qt::CopyAction);
    event.setProposedAction(Qt::CopyAction);
    QApplication::sendEvent(&scene, &event);
    return event.isAccepted();
}
ServerCardItem* cardOf(const TopologyScene& scene, const QString& id)
{
    for (QGraphicsItem* item : scene.items()) {
        auto* card = dynamic_cast<ServerCardItem*>(item);
        if (card && card->serverId() == id)
            return card;
    }
    return nullptr;
}

void sendMouse(TopologyScene& scene, QEvent::Type type, const QPointF& pos, const QPointF& downPos)
{
    QGraphicsSceneMouseEvent event(type);
    event.setScenePos(pos);
    event.setButtonDownScenePos(Qt::LeftButton, downPos);
    event.setButton(type == QEvent::GraphicsSceneMouseMove ? Qt::NoButton : Qt::LeftButton);
    event.setButtons(type == QEvent::GraphicsSceneMouseRelease ? Qt::NoButton : Qt::LeftButton);
    QApplication::sendEvent(&scene, &event);
}

// Press on a card, drag it by an offset, release: what a user's mouse drag delivers to the scene.
void dragCard(TopologyScene& scene, const QString& id, const QPointF& to)
{
    ServerCardItem* card = cardOf(scene, id);
    QVERIFY(card);
    const QPointF from = card->sceneBoundingRect().center();
    sendMouse(scene, QEvent::GraphicsSceneMousePress, from, from);
    sendMouse(scene, QEvent::GraphicsSceneMouseMove, to, from);
    sendMouse(scene, QEvent::GraphicsSceneMouseRelease, to, from);
}
QImage picture(QGraphicsScene& scene)
{
    QImage image(scene.sceneRect().size().toSize(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    scene.render(&painter);
    return image;
}
} // namespace

class TestTopologyScene final : public QObject
{
    Q_OBJECT

private slots:
    void edgeInDmzPutsItsPortsOnTheBoundaries()
    {
        auto builder = DeploymentBuilder::threeZones("2019");
        builder.server("ex01", "lan", {"mailbox"});
        LiveDocument live(builder.data());
        Deployment& document = live.document;
        DeploymentAnalysis& analysis = live.analysis;
        TopologyScene scene(&document, &analysis, PortCatalog::builtin());
        // Without an Edge, mail and clients cross both firewalls straight to the Mailbox server.
        const QStringList both = {QStringLiteral("→ TCP 25, 80, 443, 587"), QStringLiteral("← TCP 25")};
        QCOMPARE(scene.boundaryChips(0), both);
        QCOMPARE(scene.boundaryChips(1), both);

        // A synthesized drop of the palette's Edge Transport item into the middle of the DMZ lane.
        QVERIFY(drop(scene, QStringLiteral("edge-transport"), laneCentre(scene, QStringLiteral("dmz"))));
        QVERIFY(document.server(QStringLiteral("edge01")));
        QCOMPARE(document.server(QStringLiteral("edge01"))->zone, QStringLiteral("dmz"));
        QCOMPARE(document.undoStack()->count(), 1);
        QCOMPARE(scene.highlightedChips(1), QStringList{QStringLiteral("← TCP 25, 50636")});
        if (const QString path = qEnvironmentVariable("PORTOLAN_DROP_PNG"); !path.isEmpty())
            QVERIFY(picture(scene).save(path));
        QCOMPARE(scene.highlightedChips(0).size(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(scene.highlightedChips(1).isEmpty(), 5000);

        // The Edge takes Internet mail and sends it out, with DNS and the open-proxy test (S1).
        QCOMPARE(scene.boundaryChips(0), (QStringList{QStringLiteral("→ TCP 25, 80, 443, 587"),
                                                      QStringLiteral("← TCP 23, 25, 53, 80, 1080, 1081, 3128, 6588"),
                                                      QStringLiteral("← UDP 53")}));
        QCOMPARE(scene.boundaryChips(1),
                 (QStringList{QStringLiteral("→ TCP 25, 80, 443, 587"), QStringLiteral("← TCP 25, 50636")}));
        int cards = 0;
        for (QGraphicsItem* item : scene.items())
            cards += dynamic_cast<ServerCardItem*>(item) ? 1 : 0;
        QCOMPARE(cards, 2);

        document.undoStack()->undo();
        QCOMPARE(scene.boundaryChips(1), both);
    }

    void cardsMoveBetweenZonesAndDelete()
    {
        auto builder = DeploymentBuilder::threeZones("2019");
        builder.server("ex01", "lan", {"mailbox"}).server("edge01", "lan", {"edge-transport"});
        LiveDocument live(builder.data());
        Deployment& document = live.document;
        DeploymentAnalysis& analysis = live.analysis;
        TopologyScene scene(&document, &analysis, PortCatalog::builtin());

        dragCard(scene, QStringLiteral("edge01"), laneCentre(scene, QStringLiteral("dmz")));
        QTRY_COMPARE(document.server(QStringLiteral("edge01"))->zone, QStringLiteral("dmz"));
        QCOMPARE(document.undoStack()->count(), 1);
        QVERIFY(scene.boundaryChips(1).contains(QStringLiteral("← TCP 25, 50636")));

        // Inside its own lane a card snaps back: no command.
        const QPointF home = cardOf(scene, QStringLiteral("ex01"))->pos();
        dragCard(scene, QStringLiteral("ex01"), laneCentre(scene, QStringLiteral("lan")) + QPointF(0, 40));
        QTRY_COMPARE(cardOf(scene, QStringLiteral("ex01"))->pos(), home);
        QCOMPARE(document.undoStack()->count(), 1);

        cardOf(scene, QStringLiteral("edge01"))->setSelected(true);
        QKeyEvent del(QEvent::KeyPress, Qt::Key_Delete, Qt::NoModifier);
        QApplication::sendEvent(&scene, &del);
        QTRY_VERIFY(!document.server(QStringLiteral("edge01")));
        document.undoStack()->undo();
        QCOMPARE(document.server(QStringLiteral("edge01"))->zone, QStringLiteral("dmz"));
        QVERIFY(cardOf(scene, QStringLiteral("edge01")));
    }

    void refusedDropsSayWhy()
    {
        DeploymentBuilder builder("2019");
        builder.zone("internet", "internet").zone("lan", "lan");
        LiveDocument live(builder.data());
        Deployment& document = live.document;
        DeploymentAnalysis& analysis = live.analysis;
        TopologyScene scene(&document, &analysis, PortCatalog::builtin());
        QSignalSpy refused(&scene, &TopologyScene::dropRefused);

        QVERIFY(!drop(scene, QStringLiteral("mailbox"), QPointF(-500, -500)));
        QVERIFY(!drop(scene, QStringLiteral("hub-transport"), laneCentre(scene, QStringLiteral("lan"))));
        QCOMPARE(refused.count(), 2);
        QVERIFY(refused.at(0).first().toString().contains(QStringLiteral("into a zone")));
        QCOMPARE(refused.at(1).first().toString(), QStringLiteral("Exchange Server 2019 has no Hub Transport role."));
        QVERIFY(document.servers().isEmpty());
        QCOMPARE(document.undoStack()->count(), 0);
    }

    void defaultTemplateRendersWithoutOverlap()
    {
        const auto info = TemplateLibrary::find(QStringLiteral("exchange2019-edge"));
        QVERIFY(info);
        const auto data = DeploymentReader(PortCatalog::builtin()).readFile(info->path);
        QVERIFY(data);
        LiveDocument live(*data);
        Deployment& document = live.document;
        DeploymentAnalysis& analysis = live.analysis;
        TopologyScene scene(&document, &analysis, PortCatalog::builtin());

        QList<QRectF> cards;
        for (QGraphicsItem* item : scene.items()) {
            if (dynamic_cast<ServerCardItem*>(item))
                cards.append(item->sceneBoundingRect());
        }
        QCOMPARE(cards.size(), 4);
        for (int i = 0; i < cards.size(); ++i) {
            for (int j = i + 1; j < cards.size(); ++j)
                QVERIFY(!cards.at(i).intersects(cards.at(j)));
        }

        const QImage image = picture(scene);
        const QString path = qEnvironmentVariable("PORTOLAN_SCENE_PNG");
        if (!path.isEmpty())
            QVERIFY(image.save(path));
        QVERIFY(image.width() > 600);
    }
};

QTEST_MAIN(TestTopologyScene)
#include "tst_topologyscene.moc"
