// "Read every symbol": the Legend dock lists every flow family, chip, port dot and probe state with samples drawn by
// the diagram's own code; the Help menu opens Getting Started, the shortcuts read from the window's actions, and
// About; required ports that are closed or filtered read red.
// PORTOLAN_TEST_SHOTS=directory saves pictures of the dock, the window at 1024 × 700, the Help dialogs and an
// exported diagram of the default template.
#include "app/gui/mainwindow.h"

#include "model/portcatalog.h"
#include "model/portolanversion.h"
#include "model/templatelibrary.h"
#include "views/appsettings.h"
#include "views/diagram/flowfamily.h"
#include "views/diagram/symbollegend.h"
#include "views/export/diagramexporter.h"
#include "views/export/scenedrawing.h"
#include "views/help/shortcutsdialog.h"
#include "views/panels/legendpanel.h"
#include "views/panels/templatechooser.h"
#include "views/probing/probestatestyle.h"

#include <QAction>
#include <QDialog>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QGraphicsView>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

#include <memory>

namespace {
bool isRed(const QColor& colour)
{
    const int hue = colour.hslHue();
    return (hue <= 8 || hue >= 345) && colour.hslSaturation() > 150;
}

// How far apart two colours are, in plain RGB steps.
int distance(const QColor& a, const QColor& b)
{
    return qAbs(a.red() - b.red()) + qAbs(a.green() - b.green()) + qAbs(a.blue() - b.blue());
}

// The entry of the legend with this id.
SymbolLegend::Entry entry(const QString& id)
{
    for (const SymbolLegend::Section& section : SymbolLegend::sections()) {
        for (const SymbolLegend::Entry& entry : section.entries) {
            if (entry.id == id)
                return entry;
        }
    }
    return {};
}

QImage paintedSymbol(const SymbolLegend::Entry& entry)
{
    const QSizeF size = SymbolLegend::symbolSize(entry);
    QImage image(size.toSize() + QSize(4, 4), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    SymbolLegend::paintSymbol(&painter, QRectF(image.rect()), entry);
    return image;
}

// Whether the image holds a pixel within a few steps of colour.
bool shows(const QImage& image, const QColor& colour, const QRect& area)
{
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            if (distance(image.pixelColor(x, y), colour) < 12)
                return true;
        }
    }
    return false;
}

QTreeWidgetItem* shortcutRow(const QTreeWidget* tree, const QString& text)
{
    for (int group = 0; group < tree->topLevelItemCount(); ++group) {
        for (int row = 0; row < tree->topLevelItem(group)->childCount(); ++row) {
            if (tree->topLevelItem(group)->child(row)->text(0) == text)
                return tree->topLevelItem(group)->child(row);
        }
    }
    return nullptr;
}
} // namespace

class TestLegend final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir.emplace();
        QVERIFY(m_dir->isValid());
    }

    void closedAndFilteredReadRed()
    {
        // A required port that is not open is a fault: red, in two shades that stay apart.
        const QColor closed = probeStateColour(ProbeState::Closed);
        const QColor filtered = probeStateColour(ProbeState::Filtered);
        QVERIFY2(isRed(closed), qPrintable(closed.name()));
        QVERIFY2(isRed(filtered), qPrintable(filtered.name()));
        QVERIFY(qAbs(closed.lightness() - filtered.lightness()) > 30);
        // open|filtered stays amber, not red.
        const QColor openFiltered = probeStateColour(ProbeState::OpenFiltered);
        QVERIFY2(openFiltered.hslHue() >= 30 && openFiltered.hslHue() <= 50, qPrintable(openFiltered.name()));
        // Every state has a colour of its own.
        const QList<ProbeState>& states = probeStatesInOrder();
        QCOMPARE(states.size(), 7);
        for (int i = 0; i < states.size(); ++i) {
            for (int j = i + 1; j < states.size(); ++j) {
                QVERIFY2(distance(probeStateColour(states.at(i)), probeStateColour(states.at(j))) > 90,
                         qPrintable(probeStateName(states.at(i)) + u" vs " + probeStateName(states.at(j))));
            }
        }
    }

    void panelListsEveryFamilyAndState()
    {
        LegendPanel panel;
        QCOMPARE(panel.objectName(), QStringLiteral("legendPanel"));
        const QStringList families = FlowFamily::all();
        QVERIFY(families.contains(FlowFamily::several()));
        QVERIFY(families.contains(QStringLiteral("mail")));
        for (const QString& family : families) {
            const auto* text = panel.findChild<QLabel*>(u"legendText_family-" + family);
            QVERIFY2(text, qPrintable(family));
            QVERIFY2(text->text().startsWith(FlowFamily::displayName(family)), qPrintable(text->text()));
            QVERIFY(panel.findChild<QWidget*>(u"legendSymbol_family-" + family));
        }
        for (const ProbeState state : probeStatesInOrder()) {
            const auto* text = panel.findChild<QLabel*>(u"legendText_state-" + probeStateId(state));
            QVERIFY2(text, qPrintable(probeStateId(state)));
            QVERIFY(text->text().startsWith(probeStateName(state) + u':'));
        }
        for (const char* id : {"arrow-bundled", "arrow-bus", "chip-right", "chip-left", "chip-new", "chip-probed",
                               "firewall-block", "dot-not-probed", "dot-verified", "dot-unverified"})
            QVERIFY2(panel.findChild<QLabel*>(u"legendText_" + QString::fromLatin1(id)), id);
        QVERIFY(panel.findChild<QLabel*>(QStringLiteral("legendText_chip-right"))->text().contains(u"left lane"));
    }

    void samplesAreDrawnInTheDiagramsColours()
    {
        // A state's swatch is a port dot in the state's colour.
        for (const ProbeState state : probeStatesInOrder()) {
            const QImage image = paintedSymbol(entry(u"state-" + probeStateId(state)));
            const QColor centre = image.pixelColor(image.width() / 2, image.height() / 2);
            QVERIFY2(distance(centre, probeStateColour(state)) < 12, qPrintable(centre.name()));
        }
        // A family's arrow in the family's colour.
        for (const QString& family : FlowFamily::all()) {
            const QImage image = paintedSymbol(entry(u"family-" + family));
            QVERIFY2(shows(image, FlowFamily::colour(family), image.rect()), qPrintable(family));
        }
        // Dots: grey when not probed, filled or hollow (white inside) in the state's colour when probed.
        const QImage grey = paintedSymbol(entry(QStringLiteral("dot-not-probed")));
        QCOMPARE(grey.pixelColor(grey.width() / 2, grey.height() / 2), QColor(0xb0, 0xb0, 0xb0));
        const QImage filled = paintedSymbol(entry(QStringLiteral("dot-verified")));
        QVERIFY(distance(filled.pixelColor(filled.width() / 2, filled.height() / 2),
                         probeStateColour(ProbeState::Open)) < 12);
        const QImage hollow = paintedSymbol(entry(QStringLiteral("dot-unverified")));
        QCOMPARE(hollow.pixelColor(hollow.width() / 2, hollow.height() / 2), QColor(Qt::white));
        QVERIFY(shows(hollow, probeStateColour(ProbeState::Open), hollow.rect()));
        // The probed chip's outline is the closed red; a plain chip has none of it.
        const QImage probed = paintedSymbol(entry(QStringLiteral("chip-probed")));
        QVERIFY(shows(probed, probeStateColour(ProbeState::Closed), probed.rect()));
        const QImage plain = paintedSymbol(entry(QStringLiteral("chip-right")));
        QVERIFY(!shows(plain, probeStateColour(ProbeState::Closed), plain.rect()));
        // A firewall block in the brick red of the firewall bars, its legs below it.
        const QImage block = paintedSymbol(entry(QStringLiteral("firewall-block")));
        const QColor brick(0xb5, 0x4a, 0x3c);
        QVERIFY(shows(block, brick, QRect(0, 0, block.width(), block.height() / 2)));
        QVERIFY(shows(block, brick, QRect(0, block.height() * 3 / 4, block.width() / 2, block.height() / 4)));
    }

    void dockIsTabbedWithTheInspectorAndToggledInTheViewMenu()
    {
        MainWindow window(settings());
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* dock = window.findChild<QDockWidget*>(QStringLiteral("legendDock"));
        auto* inspector = window.findChild<QDockWidget*>(QStringLiteral("inspectorDock"));
        QVERIFY(dock && inspector);
        QVERIFY(qobject_cast<LegendPanel*>(dock->widget()));
        QCOMPARE(dock->widget()->objectName(), QStringLiteral("legendPanel"));
        QVERIFY(window.tabifiedDockWidgets(inspector).contains(dock));
        QVERIFY(window.findChild<QMenu*>(QStringLiteral("menuView"))->actions().contains(dock->toggleViewAction()));
        // Tabbed behind the inspector, it takes no room from the diagram until chosen.
        QVERIFY(!dock->isHidden());
        dock->raise();
        QTRY_VERIFY(dock->widget()->isVisible());
        QVERIFY(window.findChild<QGraphicsView*>(QStringLiteral("topologyView"))->width() > 400);
        dock->toggleViewAction()->trigger();
        QTRY_VERIFY(dock->isHidden());
        dock->toggleViewAction()->trigger();
        QTRY_VERIFY(!dock->isHidden());
    }

    void helpMenuOpensItsDialogs()
    {
        MainWindow window(settings());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* menu = window.findChild<QMenu*>(QStringLiteral("menuHelp"));
        QVERIFY(menu);
        QCOMPARE(window.menuBar()->actions().constLast(), menu->menuAction());

        const auto open = [&](const char* action, const char* dialog) -> QDialog* {
            auto* trigger = window.findChild<QAction*>(QString::fromLatin1(action));
            if (!trigger || !menu->actions().contains(trigger))
                return nullptr;
            trigger->trigger();
            auto* shown = window.findChild<QDialog*>(QString::fromLatin1(dialog));
            return shown && QTest::qWaitForWindowExposed(shown) ? shown : nullptr;
        };

        QDialog* guide = open("actionGettingStarted", "gettingStartedDialog");
        QVERIFY(guide);
        QVERIFY(!guide->isModal());
        const QString steps = guide->findChild<QTextBrowser*>()->toPlainText();
        for (const char* step : {"Drag a role", "Click to inspect", "Port matrix", "Export", "Probe live"})
            QVERIFY2(steps.contains(QString::fromUtf8(step)), step);
        // Asked again, the open one comes to the front instead of a second.
        QCOMPARE(open("actionGettingStarted", "gettingStartedDialog"), guide);
        QCOMPARE(window.findChildren<QDialog*>(QStringLiteral("gettingStartedDialog")).size(), 1);
        guide->close();
        QTRY_VERIFY(!window.findChild<QDialog*>(QStringLiteral("gettingStartedDialog")));

        QDialog* shortcuts = open("actionShortcuts", "shortcutsDialog");
        QVERIFY(shortcuts);
        const auto* tree = shortcuts->findChild<QTreeWidget*>(QStringLiteral("shortcutsTree"));
        QVERIFY(tree);
        // Every action with a shortcut, as its menu names it, with the key it really has.
        const QList<std::pair<QString, QKeySequence>> expected = {
            {QStringLiteral("Save"), QKeySequence(QKeySequence::Save)},
            {QStringLiteral("Undo"), QKeySequence(QKeySequence::Undo)},
            {QStringLiteral("Export Diagram"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)},
            {QStringLiteral("Probe Now"), QKeySequence(Qt::Key_F5)},
            {QStringLiteral("Getting Started"), QKeySequence(QKeySequence::HelpContents)}};
        for (const auto& [text, key] : expected) {
            const QTreeWidgetItem* row = shortcutRow(tree, text);
            QVERIFY2(row, qPrintable(text));
            QCOMPARE(row->text(1), key.toString(QKeySequence::NativeText));
        }
        QCOMPARE(shortcutRow(tree, QStringLiteral("Save"))->text(1), QStringLiteral("Ctrl+S"));
        int rows = 0;
        for (int group = 0; group < tree->topLevelItemCount(); ++group)
            rows += tree->topLevelItem(group)->childCount();
        int withShortcut = 0;
        for (const QAction* action : window.findChildren<QAction*>())
            withShortcut += !action->shortcuts().isEmpty() && !action->text().isEmpty();
        QCOMPARE(rows, withShortcut);
        saveShot(shortcuts->grab(), "shortcuts.png");
        shortcuts->close();

        QDialog* about = open("actionAbout", "aboutDialog");
        QVERIFY(about);
        const QString text = about->findChild<QLabel*>(QStringLiteral("aboutTitle"))->text() +
                             about->findChild<QLabel*>(QStringLiteral("aboutText"))->text();
        QVERIFY2(text.contains(portolanVersion()), qPrintable(text));
        QVERIFY2(text.contains(QString::fromLatin1(qVersion())), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("LGPL")));
        saveShot(about->grab(), "about.png");
        about->close();
    }

    void plainTextDropsMnemonicsAndEllipses()
    {
        QAction action(QStringLiteral("Save &As…"));
        QCOMPARE(ShortcutsDialog::plainText(&action), QStringLiteral("Save As"));
        action.setText(QStringLiteral("&Copy && Paste"));
        QCOMPARE(ShortcutsDialog::plainText(&action), QStringLiteral("Copy & Paste"));
    }

    // Pictures to look at, when asked for: the dock, the window at 1024 × 700, the guide, an exported diagram.
    void shots()
    {
        if (qEnvironmentVariableIsEmpty("PORTOLAN_TEST_SHOTS"))
            QSKIP("PORTOLAN_TEST_SHOTS is not set");
        MainWindow window(settings());
        window.newFromTemplate(TemplateChooser::defaultTemplateId());
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* dock = window.findChild<QDockWidget*>(QStringLiteral("legendDock"));
        dock->raise();
        QTest::qWait(300);
        saveShot(window.grab(), "window-1024x700.png");
        saveShot(dock->grab(), "legend-dock.png");
        auto* content = dock->findChild<QWidget*>(QStringLiteral("legendContent"));
        saveShot(content->grab(), "legend-content.png");
        window.findChild<QAction*>(QStringLiteral("actionGettingStarted"))->trigger();
        auto* guide = window.findChild<QDialog*>(QStringLiteral("gettingStartedDialog"));
        QVERIFY(QTest::qWaitForWindowExposed(guide));
        saveShot(guide->grab(), "getting-started.png");

        auto* view = window.findChild<QGraphicsView*>(QStringLiteral("topologyView"));
        const SceneDrawing drawing(*view->scene());
        for (const char* name : {"export.png", "export.svg"}) {
            const QString path = QDir(qEnvironmentVariable("PORTOLAN_TEST_SHOTS")).filePath(QString::fromLatin1(name));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            DiagramExporter exporter(drawing, *DiagramExporter::formatForPath(path));
            QVERIFY2(exporter.write(&file), qPrintable(exporter.errorString()));
        }
    }

private:
    std::unique_ptr<AppSettings> settings() const
    {
        return std::make_unique<AppSettings>(m_dir->filePath(QStringLiteral("settings.ini")));
    }

    static void saveShot(const QPixmap& picture, const char* name)
    {
        if (const QString directory = qEnvironmentVariable("PORTOLAN_TEST_SHOTS"); !directory.isEmpty())
            QVERIFY(picture.save(QDir(directory).filePath(QString::fromLatin1(name))));
    }

    std::optional<QTemporaryDir> m_dir;
};

QTEST_MAIN(TestLegend)
#include "tst_legend.moc"
