// The diagram as PNG and SVG, written to a QBuffer from a real topology scene: the PNG shows the lanes in their
// tint on a white margin and the symbol legend below, the SVG is well-formed XML with the zone names as text.
// PORTOLAN_DIAGRAM_PNG=path saves the PNG.
#include "views/export/diagramexporter.h"

#include "model/portcatalog.h"
#include "views/diagram/topologyscene.h"
#include "views/probing/probestatestyle.h"
#include "views/export/scenedrawing.h"

#include "deploymentbuilder.h"
#include "livedocument.h"

#include <QBuffer>
#include <QFile>
#include <QGraphicsItem>
#include <QImage>
#include <QTest>
#include <QXmlStreamReader>

Q_DECLARE_METATYPE(std::optional<DiagramExporter::Format>)

namespace {
DeploymentData edgeLayout()
{
    auto builder = DeploymentBuilder::threeZones("2019");
    builder.server("edge01", "dmz", {"edge-transport"}).server("ex01", "lan", {"mailbox"});
    DeploymentData data = builder.data();
    data.zones[0].name = QStringLiteral("Outside world");
    data.zones[1].name = QStringLiteral("Perimeter network");
    data.zones[2].name = QStringLiteral("Head office");
    return data;
}

bool isWhite(QRgb pixel)
{
    return qRed(pixel) > 250 && qGreen(pixel) > 250 && qBlue(pixel) > 250;
}
} // namespace

class TestDiagramExporter final : public QObject
{
    Q_OBJECT

private slots:
    void formatForPath_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<std::optional<DiagramExporter::Format>>("format");
        QTest::newRow("png") << QStringLiteral("/tmp/diagram.png") << std::optional(DiagramExporter::Format::Png);
        QTest::newRow("PNG") << QStringLiteral("DIAGRAM.PNG") << std::optional(DiagramExporter::Format::Png);
        QTest::newRow("svg") << QStringLiteral("a.b.svg") << std::optional(DiagramExporter::Format::Svg);
        QTest::newRow("jpeg") << QStringLiteral("diagram.jpg") << std::optional<DiagramExporter::Format>();
        QTest::newRow("no suffix") << QStringLiteral("diagram") << std::optional<DiagramExporter::Format>();
        QTest::newRow("png directory") << QStringLiteral("png/diagram") << std::optional<DiagramExporter::Format>();
    }

    void formatForPath()
    {
        QFETCH(QString, path);
        QFETCH(std::optional<DiagramExporter::Format>, format);
        QCOMPARE(DiagramExporter::formatForPath(path), format);
    }

    void pngShowsTheLanesOnWhite()
    {
        LiveDocument live(edgeLayout());
        TopologyScene scene(&live.document, &live.analysis, PortCatalog::builtin());
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        const SceneDrawing drawing(scene);
        DiagramExporter exporter(drawing, DiagramExporter::Format::Png);
        QVERIFY2(exporter.write(&buffer), qPrintable(exporter.errorString()));
        const QImage image = QImage::fromData(buffer.data(), "PNG");
        QVERIFY(!image.isNull());
        if (const QString png = qEnvironmentVariable("PORTOLAN_DIAGRAM_PNG"); !png.isEmpty())
            QVERIFY(image.save(png));

        // Twice the scene's scale, margins included.
        const QRectF source = SceneDrawing(scene).bounds();
        QCOMPARE(image.size(), (source.size() * DiagramExporter::DefaultScale).toSize());
        QVERIFY(isWhite(image.pixel(2, 2)));
        QVERIFY(isWhite(image.pixel(image.width() - 3, image.height() - 3)));

        // The middle of the empty Internet lane, below its header and actors, in the lane's tint.
        const QRectF items = scene.itemsBoundingRect();
        const qreal y = items.top() + items.height() * 0.8;
        qreal left = items.left();
        while (scene.zoneAt(QPointF(left, y)) != u"internet" && left < items.right())
            ++left;
        qreal right = left;
        while (scene.zoneAt(QPointF(right + 1, y)) == u"internet")
            ++right;
        QVERIFY(right - left > 100);
        const QPointF middle((left + right) / 2, y);
        const QPoint pixel = ((middle - source.topLeft()) * DiagramExporter::DefaultScale).toPoint();
        const QColor tint(PortCatalog::builtin().zoneKind(QStringLiteral("internet"))->colour);
        const QColor drawn = image.pixelColor(pixel);
        QVERIFY2(!isWhite(drawn.rgb()), qPrintable(drawn.name()));
        QVERIFY2(qAbs(drawn.red() - tint.red()) < 8 && qAbs(drawn.green() - tint.green()) < 8 &&
                     qAbs(drawn.blue() - tint.blue()) < 8,
                 qPrintable(drawn.name() + u" vs " + tint.name()));
    }

    // Below the diagram, the key to its symbols: chips, dots and every probe state's colour, as text in an SVG.
    void theSymbolLegendIsBelowTheDiagram()
    {
        LiveDocument live(edgeLayout());
        TopologyScene scene(&live.document, &live.analysis, PortCatalog::builtin());
        const SceneDrawing drawing(scene);
        const QRectF diagram = drawing.sceneBounds();
        const QRectF whole = drawing.bounds();
        QCOMPARE(whole.topLeft(), diagram.topLeft());
        QVERIFY(whole.height() > diagram.height() + 60);

        QBuffer svg;
        QVERIFY(svg.open(QIODevice::WriteOnly));
        QVERIFY(DiagramExporter(drawing, DiagramExporter::Format::Svg).write(&svg));
        QXmlStreamReader xml(svg.data());
        QString texts;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"text")
                texts += xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified() + u'\n';
        }
        QVERIFY(!xml.hasError());
        for (const QString& expected :
             {QStringLiteral("→ TCP 25"), QStringLiteral("← TCP 25"),
              QStringLiteral("From the left lane to the right one"), QStringLiteral("Not probed yet")})
            QVERIFY2(texts.contains(expected), qPrintable(expected));
        for (const ProbeState state : probeStatesInOrder())
            QVERIFY2(texts.contains(probeStateName(state) + u':'), qPrintable(probeStateName(state)));

        // In the picture, the closed red appears in the legend, below the diagram, and nowhere in the diagram itself.
        QBuffer png;
        QVERIFY(png.open(QIODevice::WriteOnly));
        QVERIFY(DiagramExporter(drawing, DiagramExporter::Format::Png).write(&png));
        const QImage image = QImage::fromData(png.data(), "PNG");
        const int legendTop = qRound(diagram.height() * DiagramExporter::DefaultScale);
        const QColor red = probeStateColour(ProbeState::Closed);
        const auto rowsWith = [&](int from, int to) {
            int rows = 0;
            for (int y = from; y < to; ++y) {
                for (int x = 0; x < image.width(); ++x) {
                    if (image.pixelColor(x, y) == red) {
                        ++rows;
                        break;
                    }
                }
            }
            return rows;
        };
        QVERIFY(rowsWith(legendTop, image.height()) > 10);
        QCOMPARE(rowsWith(0, legendTop), 0);
    }

    void pngWidthIsChosen()
    {
        LiveDocument live(edgeLayout());
        TopologyScene scene(&live.document, &live.analysis, PortCatalog::builtin());
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        const SceneDrawing drawing(scene);
        DiagramExporter exporter(drawing, DiagramExporter::Format::Png);
        exporter.setWidth(640);
        QVERIFY(exporter.write(&buffer));
        const QImage image = QImage::fromData(buffer.data(), "PNG");
        const QRectF source = SceneDrawing(scene).bounds();
        QCOMPARE(image.width(), 640);
        QCOMPARE(image.height(), qRound(source.height() * 640 / source.width()));
    }

    void svgIsXmlWithTheZoneNames()
    {
        LiveDocument live(edgeLayout());
        TopologyScene scene(&live.document, &live.analysis, PortCatalog::builtin());
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        const SceneDrawing drawing(scene);
        DiagramExporter exporter(drawing, DiagramExporter::Format::Svg);
        QVERIFY2(exporter.write(&buffer), qPrintable(exporter.errorString()));

        QXmlStreamReader xml(buffer.data());
        QStringList texts;
        QString root;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (root.isEmpty())
                root = xml.name().toString();
            if (xml.name() == u"text")
                texts.append(xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified());
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(root, QStringLiteral("svg"));
        for (const char* name : {"Outside world", "Perimeter network", "Head office", "EDGE01", "EX01"})
            QVERIFY2(texts.contains(QString::fromUtf8(name)), name);
    }

    void selectionIsNotDrawnButKept()
    {
        LiveDocument live(edgeLayout());
        TopologyScene scene(&live.document, &live.analysis, PortCatalog::builtin());
        QGraphicsItem* card = nullptr;
        for (QGraphicsItem* item : scene.items()) {
            if (item->flags() & QGraphicsItem::ItemIsSelectable)
                card = item;
        }
        QVERIFY(card);
        QBuffer unselected;
        QVERIFY(unselected.open(QIODevice::WriteOnly));
        const SceneDrawing drawing(scene);
        QVERIFY(DiagramExporter(drawing, DiagramExporter::Format::Png).write(&unselected));
        card->setSelected(true);
        QBuffer selected;
        QVERIFY(selected.open(QIODevice::WriteOnly));
        QVERIFY(DiagramExporter(drawing, DiagramExporter::Format::Png).write(&selected));
        QVERIFY(card->isSelected());
        QCOMPARE(QImage::fromData(selected.data()), QImage::fromData(unselected.data()));
    }

    void refusesADeviceNotOpenForWriting()
    {
        LiveDocument live(edgeLayout());
        TopologyScene scene(&live.document, &live.analysis, PortCatalog::builtin());
        QBuffer closed;
        const SceneDrawing drawing(scene);
        DiagramExporter exporter(drawing, DiagramExporter::Format::Svg);
        QVERIFY(!exporter.write(&closed));
        QVERIFY(!exporter.errorString().isEmpty());
    }
};

QTEST_MAIN(TestDiagramExporter)
#include "tst_diagramexporter.moc"
