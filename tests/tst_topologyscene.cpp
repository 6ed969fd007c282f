// The diagram follows the document: an Edge dropped into the DMZ puts its ports on the right firewall bars, and undo
// takes them away again. PORTOLAN_SCENE_PNG=path saves a picture of the default deployment for a person to look at.
#include "model/deployment.h"
#include "model/deploymentanalysis.h"
#include "model/deploymentcommands.h"
#include "model/deploymentfile.h"
#include "model/portcatalog.h"
#include "model/templatelibrary.h"
#include "views/servercarditem.h"
#include "views/topologyscene.h"

#include "deploymentbuilder.h"

#include <QImage>
#include <QPainter>
#include <QTest>
#include <QUndoStack>

class TestTopologyScene final : public QObject
{
    Q_OBJECT

private slots:
    void edgeInDmzPutsItsPortsOnTheBoundaries()
    {
        DeploymentBuilder builder("2019");
        builder.zone("internet", "internet").zone("dmz", "dmz").zone("lan", "lan");
        builder.server("ex01", "lan", {"mailbox"});
        Deployment document;
        document.reset(builder.data());
        DeploymentAnalysis analysis(&document, PortCatalog::builtin());
        TopologyScene scene(&analysis, PortCatalog::builtin());
        // Without an Edge, mail and clients cross both firewalls straight to the Mailbox server.
        const QStringList both = {QStringLiteral("→ TCP 25, 80, 443, 587"), QStringLiteral("← TCP 25")};
        QCOMPARE(scene.boundaryChips(0), both);
        QCOMPARE(scene.boundaryChips(1), both);

        Server edge;
        edge.id = QStringLiteral("edge01");
        edge.name = QStringLiteral("EDGE01");
        edge.zone = QStringLiteral("dmz");
        edge.roles = {QStringLiteral("edge-transport")};
        document.undoStack()->push(new AddServerCommand(&document, edge));

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

    void defaultTemplateRendersWithoutOverlap()
    {
        const auto info = TemplateLibrary::find(QStringLiteral("exchange2019-edge"));
        QVERIFY(info);
        const auto data = DeploymentReader(PortCatalog::builtin()).readFile(info->path);
        QVERIFY(data);
        Deployment document;
        document.reset(*data);
        DeploymentAnalysis analysis(&document, PortCatalog::builtin());
        TopologyScene scene(&analysis, PortCatalog::builtin());

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

        QImage image(scene.sceneRect().size().toSize(), QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        scene.render(&painter);
        painter.end();
        const QString path = qEnvironmentVariable("PORTOLAN_SCENE_PNG");
        if (!path.isEmpty())
            QVERIFY(image.save(path));
        QVERIFY(image.width() > 600);
    }
};

QTEST_MAIN(TestTopologyScene)
#include "tst_topologyscene.moc"
