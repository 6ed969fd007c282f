// The diagram follows the document: an Edge dropped into the DMZ puts its ports on the right firewall bars, and undo
// takes them away again; flows are arrows in their family's colour, chips and arrows select their matrix rows.
// PORTOLAN_SCENE_PNG=path saves a picture of the default deployment, PORTOLAN_DROP_PNG=path one right after the drop,
// PORTOLAN_SCENE_DIR=dir one per layout of layoutsStayReadable, PORTOLAN_HIGHLIGHT_PNG=path one with a rule highlighted
// and PORTOLAN_ICONS_PNG=path a sheet of the role icons, for a person to look at.
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
#include "views/diagram/flowrouter.h"
#include "views/diagram/legenditem.h"
#include "views/diagram/roleicon.h"
#include "views/panels/rolepalette.h"
#include "views/diagram/servercarditem.h"
#include "views/diagram/topologyscene.h"

#include "deploymentbuilder.h"
#include "edgelayout.h"
#include "livedocument.h"

#include <QApplication>
#include <QDebug>
#include <QDir>
#include <QFile>
#include <QGraphicsSceneDragDropEvent>
#include <QGraphicsSceneMouseEvent>
#include <QImage>
#include <QKeyEvent>
#include <QMimeData>
#include <QPainter>
#include <QSignalSpy>
#include <QSvgRenderer>
#include <QGraphicsSceneHelpEvent>
#include <QTest>
#include <QUndoStack>

#include <memory>

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
void click(TopologyScene& scene, const QPointF& pos)
{
    sendMouse(scene, QEvent::GraphicsSceneMousePress, pos, pos);
    sendMouse(scene, QEvent::GraphicsSceneMouseRelease, pos, pos);
}

// The first row of the matrix from one endpoint to another in this family, or -1.
int rowOf(const PortMatrix& matrix, const QString& source, const QString& destination, const QString& family)
{
    for (int row = 0; row < matrix.rowCount(); ++row) {
        const MatrixRule* rule = matrix.ruleAt(row);
        if (rule->family == family && rule->sources.contains(source) && rule->destinations.contains(destination))
            return row;
    }
    return -1;
}

FlowArrowItem* arrowWithRow(const TopologyScene& scene, int row)
{
    for (FlowArrowItem* arrow : scene.flowArrows()) {
        if (arrow->rows().contains(row))
            return arrow;
    }
    return nullptr;
}

// A large deployment: 4 Edges, three quarters of the rest on the LAN, the others in a branch office.
DeploymentData manyServers(int count)
{
    DeploymentBuilder builder("2019");
    builder.zone("internet", "internet").zone("dmz", "dmz").zone("lan", "lan").zone("branch", "lan");
    for (int i = 0; i < count; ++i) {
        const QByteArray id = QByteArray("srv") + QByteArray::number(i);
        const char* zone = i < 4 ? "dmz" : (i < 4 + (count - 4) * 3 / 4 ? "lan" : "branch");
        const char* role = i < 4 ? "edge-transport" : (i % 10 == 5 ? "domain-controller" : "mailbox");
        builder.server(id.constData(), zone, {role});
    }
    return builder.data();
}

QImage picture(QGraphicsScene& scene)
{
    QImage image(scene.sceneRect().size().toSize(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    scene.render(&painter);
    return image;
}
// Checks that every arrow is painted along its whole length in its colour, wherever nothing covers it; returns how
// many points it checked (0 after a failure).
int paintedPoints(TopologyScene& scene)
{
    const QImage image = picture(scene);
    const QPointF origin = scene.sceneRect().topLeft();
    int sampled = 0;
    for (FlowArrowItem* each : scene.flowArrows()) {
        for (qreal t = 0.02; t < 0.95; t += 0.1) {
            const QPointF point = each->path().pointAtPercent(t);
            if (scene.items(point).value(0) != each)
                continue;
            // The closest colour around the point: antialiasing blends the pixel a thin curve only grazes.
            int distance = 1000;
            const QPoint centre = (point - origin).toPoint();
            for (int dy = -1; dy <= 1; ++dy) {
                for (int dx = -1; dx <= 1; ++dx) {
                    const QColor pixel = image.pixelColor(centre + QPoint(dx, dy));
                    distance = qMin(distance, std::abs(pixel.red() - each->colour().red()) +
                                                  std::abs(pixel.green() - each->colour().green()) +
                                                  std::abs(pixel.blue() - each->colour().blue()));
                }
            }
            if (distance >= 120) {
                qWarning() << "not painted:" << each->title() << point;
                return 0;
            }
            ++sampled;
        }
    }
    return sampled;
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

    void edgeGetsMailArrowsFromTheInternet()
    {
        LiveDocument live(edgeLayout().data());
        TopologyScene scene(&live.document, &live.analysis, PortCatalog::builtin());
        const PortMatrix& matrix = live.analysis.matrix();
        const int row =
            rowOf(matrix, QStringLiteral("internet:internet-mail"), QStringLiteral("edge01"), QStringLiteral("mail"));
        QVERIFY(row >= 0);
        FlowArrowItem* arrow = arrowWithRow(scene, row);
        QVERIFY(arrow);
        QCOMPARE(arrow->family(), QStringLiteral("mail"));
        QCOMPARE(arrow->colour(), QColor(0xd5, 0x5e, 0x00));
        QVERIFY(FlowRouter::toolTip(arrow->title(), arrow->rows(), matrix).contains(QStringLiteral("TCP 25")));
        // The tooltip is written when the arrow is hovered, not at every rebuild.
        QVERIFY(arrow->toolTip().isEmpty());
        const QPointF onArrow = arrow->path().pointAtPercent(0.5);
        FlowArrowItem* hovered = nullptr;
        for (QGraphicsItem* item : scene.items(onArrow)) {
            if ((hovered = dynamic_cast<FlowArrowItem*>(item)))
                break;
        }
        QVERIFY(hovered);
        QGraphicsSceneHelpEvent help(QEvent::GraphicsSceneHelp);
        help.setScenePos(onArrow);
        QCoreApplication::sendEvent(&scene, &help);
        QCOMPARE(hovered->toolTip(), FlowRouter::toolTip(hovered->title(), hovered->rows(), matrix));
        QVERIFY(hovered->toolTip().startsWith(hovered->title() + u'\n'));
        // From the Internet mail badge on the left into the Edge card's left side, drawn behind cards and chips.
        const QRectF edge = cardOf(scene, QStringLiteral("edge01"))->sceneBoundingRect();
        const QPointF tip = arrow->path().pointAtPercent(1);
        QVERIFY(std::abs(tip.x() - edge.left()) < 4);
        QVERIFY(tip.y() > edge.top() && tip.y() < edge.bottom());
        QVERIFY(arrow->zValue() < cardOf(scene, QStringLiteral("edge01"))->zValue());
        QVERIFY(arrow->zValue() < scene.boundaries().constFirst()->zValue());
        const QPointF start = arrow->path().pointAtPercent(0);
        bool fromBadge = false;
        for (QGraphicsItem* item : scene.items(start + QPointF(-2, 0))) {
            auto* badge = dynamic_cast<ActorBadgeItem*>(item);
            fromBadge |= badge && badge->actorId() == QStringLiteral("internet:internet-mail");
        }
        QVERIFY(fromBadge);
        QVERIFY(paintedPoints(scene) > 50);
        // Every arrow carries only rules of its own family.
        for (const FlowArrowItem* each : scene.flowArrows()) {
            for (int r : each->rows())
                QCOMPARE(matrix.ruleAt(r)->family, each->family());
        }
    }

    void legendListsTheFamiliesDrawn()
    {
        LiveDocument live(edgeLayout().data());
        TopologyScene scene(&live.document, &live.analysis, PortCatalog::builtin());
        QVERIFY(scene.legend());
        QStringList drawn;
        for (const FlowArrowItem* arrow : scene.flowArrows()) {
            if (!drawn.contains(arrow->family()))
                drawn.append(arrow->family());
        }
        QStringList listed = scene.legend()->families();
        QCOMPARE(QSet<QString>(listed.begin(), listed.end()), QSet<QString>(drawn.begin(), drawn.end()));
        QCOMPARE(listed.size(), drawn.size());
        QVERIFY(listed.contains(QStringLiteral("mail")));
        QVERIFY(!listed.contains(QStringLiteral("voice"))); // no Unified Messaging here

        // Two zones and no server: nothing flows, no legend.
        DeploymentBuilder empty("2019");
        empty.zone("lan", "lan", false);
        LiveDocument nothing(empty.data());
        TopologyScene bare(&nothing.document, &nothing.analysis, PortCatalog::builtin());
        QVERIFY(bare.flowArrows().isEmpty());
        QVERIFY(!bare.legend());
    }

    void clicksSelectRulesZonesAndNothing()
    {
        LiveDocument live(edgeLayout().data());
        TopologyScene scene(&live.document, &live.analysis, PortCatalog::builtin());
        const PortMatrix& matrix = live.analysis.matrix();
        QSignalSpy rules(&scene, &TopologyScene::rulesSelected);
        QSignalSpy zones(&scene, &TopologyScene::zoneSelected);
        QSignalSpy cleared(&scene, &TopologyScene::selectionCleared);

        // The DMZ | LAN chip of inbound TCP: exactly the TCP rules from the Internet or the DMZ into the LAN.
        BoundaryItem* boundary = scene.boundaries().at(1);
        const int chip = int(boundary->chips().indexOf(QStringLiteral("→ TCP 25, 80, 443, 587")));
        QVERIFY(chip >= 0);
        click(scene, boundary->mapToScene(boundary->chipRect(chip).center()));
        QCOMPARE(rules.count(), 1);
        const QList<int> rows = rules.takeFirst().first().value<QList<int>>();
        QList<int> expected;
        for (int row = 0; row < int(matrix.rules.size()); ++row) {
            const MatrixRule& rule = matrix.rules.at(row);
            if (rule.to == QStringLiteral("lan") && rule.from != QStringLiteral("lan") &&
                rule.protocol == Protocol::Tcp)
                expected.append(row);
        }
        QVERIFY(!expected.isEmpty());
        QCOMPARE(rows, expected);
        QCOMPARE(scene.chipRows(1).at(chip), expected);

        // An arrow: its own rows. Clicked where nothing covers it.
        const int row = rowOf(matrix, QStringLiteral("edge01"), QStringLiteral("ex01"), QStringLiteral("mail"));
        FlowArrowItem* arrow = arrowWithRow(scene, row);
        QVERIFY(arrow);
        QPointF onArrow;
        for (qreal t = 0.05; t < 1 && onArrow.isNull(); t += 0.05) {
            const QPointF point = arrow->path().pointAtPercent(t);
            if (scene.items(point).value(0) == arrow)
                onArrow = point;
        }
        QVERIFY(!onArrow.isNull());
        click(scene, onArrow);
        QCOMPARE(rules.count(), 1);
        QCOMPARE(rules.takeFirst().first().value<QList<int>>(), arrow->rows());

        click(scene, laneCentre(scene, QStringLiteral("dmz")) + QPointF(0, 150));
        QCOMPARE(zones.count(), 1);
        QCOMPARE(zones.takeFirst().first().toString(), QStringLiteral("dmz"));
        click(scene, scene.sceneRect().bottomRight() - QPointF(2, 2));
        QCOMPARE(cleared.count(), 1);
        QCOMPARE(rules.count() + zones.count(), 0);
    }

    void selectServersSelectsCardsQuietly()
    {
        LiveDocument live(edgeLayout().data());
        TopologyScene scene(&live.document, &live.analysis, PortCatalog::builtin());
        QSignalSpy selected(&scene, &TopologyScene::serverSelected);

        scene.selectServers({QStringLiteral("ex01"), QStringLiteral("dc01")});
        QVERIFY(cardOf(scene, QStringLiteral("ex01"))->isSelected());
        QVERIFY(cardOf(scene, QStringLiteral("dc01"))->isSelected());
        QVERIFY(!cardOf(scene, QStringLiteral("edge01"))->isSelected());
        QCOMPARE(selected.count(), 0);
        const QRectF rect = scene.itemsRect({QStringLiteral("ex01"), QStringLiteral("dc01")});
        QVERIFY(rect.contains(cardOf(scene, QStringLiteral("ex01"))->sceneBoundingRect()));
        QVERIFY(rect.contains(cardOf(scene, QStringLiteral("dc01"))->sceneBoundingRect()));
        QVERIFY(scene.itemsRect({QStringLiteral("nosuch")}).isNull());

        // A user's click on one card reports it.
        click(scene, cardOf(scene, QStringLiteral("edge01"))->sceneBoundingRect().center());
        QCOMPARE(selected.count(), 1);
        QCOMPARE(selected.first().first().toString(), QStringLiteral("edge01"));
        QCOMPARE(scene.selectedItems().size(), 1);

        // The selection survives a rebuild after a change, without a signal.
        scene.selectServers({QStringLiteral("ex02")});
        live.document.undoStack()->push(new RemoveServerCommand(&live.document, QStringLiteral("dc01")));
        QVERIFY(cardOf(scene, QStringLiteral("ex02"))->isSelected());
        QCOMPARE(selected.count(), 1);
    }

    // QGraphicsScene deletes the cards in its own destructor, after the TopologyScene part is gone: each selected card
    // that goes changes the selection, and that must not reach the scene's slot or report a server.
    void destroyingTheSceneWithSelectedCardsReportsNothing()
    {
        LiveDocument live(edgeLayout().data());
        auto scene = std::make_unique<TopologyScene>(&live.document, &live.analysis, PortCatalog::builtin());
        QSignalSpy selected(scene.get(), &TopologyScene::serverSelected);
        scene->selectServers({QStringLiteral("ex01"), QStringLiteral("dc01"), QStringLiteral("edge01")});
        QCOMPARE(scene->selectedItems().size(), 3);
        scene.reset();
        QCOMPARE(selected.count(), 0);
    }

    void highlightRulesEmphasisesTheirItems()
    {
        LiveDocument live(edgeLayout().data());
        TopologyScene scene(&live.document, &live.analysis, PortCatalog::builtin());
        const PortMatrix& matrix = live.analysis.matrix();
        const int row = rowOf(matrix, QStringLiteral("edge01"), QStringLiteral("ex01"), QStringLiteral("mail"));
        QVERIFY(row >= 0);
        const MatrixRule& rule = *matrix.ruleAt(row);
        QVERIFY(!rule.destinations.contains(QStringLiteral("dc01")) && !rule.sources.contains(QStringLiteral("dc01")));

        scene.highlightRules({row});
        QCOMPARE(scene.highlightedRules(), QList<int>{row});
        QCOMPARE(cardOf(scene, QStringLiteral("edge01"))->emphasis(), Emphasis::Emphasised);
        QCOMPARE(cardOf(scene, QStringLiteral("ex01"))->emphasis(), Emphasis::Emphasised);
        QCOMPARE(cardOf(scene, QStringLiteral("dc01"))->emphasis(), Emphasis::Dimmed);
        for (QGraphicsItem* item : scene.items()) {
            if (auto* badge = dynamic_cast<ActorBadgeItem*>(item))
                QCOMPARE(badge->emphasis(), Emphasis::Dimmed); // the rule is between two servers
        }
        for (const FlowArrowItem* arrow : scene.flowArrows())
            QCOMPARE(arrow->emphasis(), arrow->rows().contains(row) ? Emphasis::Emphasised : Emphasis::Dimmed);
        // The rule goes DMZ → LAN: its chip on that boundary stands out, the Internet | DMZ chips fade.
        const QList<Emphasis> chips = scene.boundaries().at(1)->chipEmphasis();
        QVERIFY(chips.contains(Emphasis::Emphasised));
        QVERIFY(!scene.boundaries().at(0)->chipEmphasis().contains(Emphasis::Emphasised));
        if (const QString path = qEnvironmentVariable("PORTOLAN_HIGHLIGHT_PNG"); !path.isEmpty())
            QVERIFY(picture(scene).save(path));

        scene.highlightRules({});
        QCOMPARE(cardOf(scene, QStringLiteral("dc01"))->emphasis(), Emphasis::Normal);
        scene.highlightRules({row});
        // A change renumbers rows: the highlight goes.
        live.document.undoStack()->push(new RemoveServerCommand(&live.document, QStringLiteral("dc01")));
        QVERIFY(scene.highlightedRules().isEmpty());
        QCOMPARE(cardOf(scene, QStringLiteral("ex01"))->emphasis(), Emphasis::Normal);
    }

    // The card shows its role's icon on the left and its name right of it, in black.
    void cardsShowIconAndName()
    {
        LiveDocument live(edgeLayout().data());
        TopologyScene scene(&live.document, &live.analysis, PortCatalog::builtin());
        const QRectF card = cardOf(scene, QStringLiteral("ex01"))->sceneBoundingRect();
        QImage image(card.size().toSize(), QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        scene.render(&painter, QRectF(QPointF(0, 0), card.size()), card);
        painter.end();
        const auto count = [&image](const QRect& area, auto matches) {
            int n = 0;
            for (int y = area.top(); y <= area.bottom(); ++y) {
                for (int x = area.left(); x <= area.right(); ++x)
                    n += matches(image.pixelColor(x, y)) ? 1 : 0;
            }
            return n;
        };
        const int icon = count(QRect(10, 20, 28, 26), [](const QColor& c) { return c.blue() > c.red() + 60; });
        const int name = count(QRect(48, 6, 120, 20), [](const QColor& c) { return c.lightness() < 60; });
        QVERIFY2(icon > 100, qPrintable(QString::number(icon)));
        QVERIFY2(name > 20, qPrintable(QString::number(name)));
    }

    void everyRoleHasAnIcon()
    {
        const QList<RoleInfo>& roles = PortCatalog::builtin().roles();
        QImage sheet(int(roles.size()) * 52, 52, QImage::Format_ARGB32);
        sheet.fill(Qt::white);
        for (int i = 0; i < roles.size(); ++i) {
            const QString path = QStringLiteral(":/icons/%1.svg").arg(roles.at(i).id);
            QVERIFY2(QFile::exists(path), qPrintable(path));
            QCOMPARE(roleIconPath(roles.at(i).id), path);
            QSvgRenderer renderer(path);
            QVERIFY(renderer.isValid());
            QCOMPARE(renderer.viewBoxF(), QRectF(0, 0, 24, 24));
            QImage image(24, 24, QImage::Format_ARGB32);
            image.fill(Qt::transparent);
            QPainter painter(&image);
            renderer.render(&painter);
            painter.end();
            QVERIFY(image.pixelColor(12, 1).alpha() > 0); // the tile
            QSet<QRgb> colours;
            for (int y = 0; y < 24; ++y) {
                for (int x = 0; x < 24; ++x)
                    colours.insert(image.pixel(x, y));
            }
            QVERIFY2(colours.size() > 3, qPrintable(path)); // a glyph on the tile, not a blank square
            QPainter sheetPainter(&sheet);
            paintRoleIcon(&sheetPainter, QRectF(i * 52 + 4, 4, 44, 44), roles.at(i).id);
        }
        QCOMPARE(roleIconPath(QStringLiteral("no-such-role")), QStringLiteral(":/icons/generic.svg"));
        QVERIFY(!roleIcon(QStringLiteral("no-such-role")).isNull());
        if (const QString path = qEnvironmentVariable("PORTOLAN_ICONS_PNG"); !path.isEmpty())
            QVERIFY(sheet.save(path));
    }

    void layoutsStayReadable_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("2019 edge") << QStringLiteral("exchange2019-edge");
        QTest::newRow("2003 front-end") << QStringLiteral("exchange2003-frontend-backend");
        QTest::newRow("200 servers") << QString();
    }

    // Cards, actor badges, chips and the legend never overlap; a large deployment gets one arrow per lane, not per
    // server, so twice the servers draw no more arrows.
    void layoutsStayReadable()
    {
        QFETCH(QString, name);
        std::optional<DeploymentData> data = manyServers(200);
        if (!name.isEmpty()) {
            const auto info = TemplateLibrary::find(name);
            QVERIFY(info);
            data = DeploymentReader(PortCatalog::builtin()).readFile(info->path);
            QVERIFY(data);
        }
        LiveDocument live(*data);
        TopologyScene scene(&live.document, &live.analysis, PortCatalog::builtin());
        if (const QString dir = qEnvironmentVariable("PORTOLAN_SCENE_DIR"); !dir.isEmpty())
            QVERIFY(picture(scene).save(QDir(dir).filePath(QString::fromLatin1(QTest::currentDataTag()) + u".png")));
        QList<QRectF> boxes;
        for (QGraphicsItem* item : scene.items()) {
            if (dynamic_cast<ServerCardItem*>(item) || dynamic_cast<ActorBadgeItem*>(item) ||
                dynamic_cast<LegendItem*>(item) || dynamic_cast<BoundaryItem*>(item))
                boxes.append(item->sceneBoundingRect().adjusted(0.5, 0.5, -0.5, -0.5));
        }
        for (int i = 0; i < boxes.size(); ++i) {
            for (int j = i + 1; j < boxes.size(); ++j)
                QVERIFY2(!boxes.at(i).intersects(boxes.at(j)), qPrintable(name));
        }
        QVERIFY(scene.legend());
        QVERIFY(!scene.flowArrows().isEmpty());
        if (name.isEmpty()) {
            LiveDocument larger(manyServers(400));
            TopologyScene largerScene(&larger.document, &larger.analysis, PortCatalog::builtin());
            QCOMPARE(largerScene.flowArrows().size(), scene.flowArrows().size());
        }
        QVERIFY(scene.sceneRect().contains(scene.legend()->sceneBoundingRect()));
        QVERIFY(paintedPoints(scene) > 50);
    }

    // A dimmed chip (another rule is highlighted) stays opaque and light: on a dark window's background its text must
    // still read, grey on near-white.
    void dimmedChipsReadOnADarkBackground()
    {
        BoundaryItem boundary(200, {QStringLiteral("→ TCP 25, 443")}, {});
        boundary.setChipEmphasis({Emphasis::Dimmed});
        QImage image(int(BoundaryItem::Width), 200, QImage::Format_ARGB32);
        image.fill(QColor(0x20, 0x20, 0x20));
        QPainter painter(&image);
        boundary.paint(&painter, nullptr, nullptr);
        painter.end();
        const QRectF chip = boundary.chipRect(0);
        QColor fill = image.pixelColor(QPoint(int(chip.left()) + 4, int(chip.bottom()) - 4));
        QVERIFY2(fill.lightness() > 220, qPrintable(fill.name()));
        int darkest = 255;
        for (int y = int(chip.top()) + 3; y < int(chip.bottom()) - 3; ++y) {
            for (int x = int(chip.left()) + 3; x < int(chip.right()) - 3; ++x)
                darkest = qMin(darkest, image.pixelColor(x, y).lightness());
        }
        QVERIFY2(darkest < 170, qPrintable(QString::number(darkest))); // the text shows
        QVERIFY2(darkest > 100, qPrintable(QString::number(darkest))); // but grey, not black
    }

    // Opening another document is not a change of this one: none of its chips is highlighted as new.
    void openingADocumentHighlightsNothing()
    {
        LiveDocument live(edgeLayout().data());
        TopologyScene scene(&live.document, &live.analysis, PortCatalog::builtin());
        // POP3 and IMAP4 on: chips the first document did not have (110, 143, 993, 995).
        DeploymentData other = edgeLayout().data();
        other.options.setFlag(QStringLiteral("pop3"), true);
        other.options.setFlag(QStringLiteral("imap4"), true);
        live.document.reset(other);
        QVERIFY(scene.boundaryChips(0).join(u' ').contains(QStringLiteral("995")));
        QVERIFY(!scene.boundaryChips(0).isEmpty());
        for (int b = 0; b < scene.boundaries().size(); ++b)
            QVERIFY2(scene.highlightedChips(b).isEmpty(), qPrintable(scene.highlightedChips(b).join(u' ')));
        // An edit after it highlights what it adds, as before.
        live.document.undoStack()->push(
            EditServerCommand::moveServer(&live.document, QStringLiteral("ex02"), QStringLiteral("dmz")).release());
        bool any = false;
        for (int b = 0; b < scene.boundaries().size(); ++b)
            any = any || !scene.highlightedChips(b).isEmpty();
        QVERIFY(any);
    }
};

QTEST_MAIN(TestTopologyScene)
#include "tst_topologyscene.moc"
