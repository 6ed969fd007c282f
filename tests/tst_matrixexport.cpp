// The port matrix out of the window: File → Export Port Matrix… on the real MainWindow (answering its dialogs as a
// user would), Ctrl+C in the matrix table, and a firewall bar's menu on the diagram. The files must be what the command
// line's writers make of the same rules; the clipboard must paste into a spreadsheet in columns, formulas disarmed.
// PORTOLAN_FILE_MENU_PNG, PORTOLAN_EXPORT_SCOPE_PNG and PORTOLAN_FIREWALL_MENU_PNG save pictures of the File menu, the
// "which rules" question and a firewall bar's menu.
#include "app/gui/mainwindow.h"

#include "model/deploymentanalysis.h"
#include "model/deploymentfile.h"
#include "model/export/matrixcsvwriter.h"
#include "model/portcatalog.h"
#include "model/portmatrixmodel.h"
#include "views/appsettings.h"
#include "views/diagram/boundaryitem.h"
#include "views/diagram/topologyscene.h"
#include "views/panels/matrixclipboard.h"
#include "views/panels/matrixpanel.h"

#include "deploymentbuilder.h"
#include "dialoganswers.h"
#include "firewallsamples.h"
#include "livedocument.h"

#include <QAbstractButton>
#include <QAbstractProxyModel>
#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFile>
#include <QFileDialog>
#include <QGraphicsView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QRegularExpression>
#include <QSet>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <functional>

namespace {

// Names a spreadsheet would run as formulas: a server id and name (ids allow only letters, digits, '.', '_' and '-';
// the exports write the id, the table shows and copies the name) and a zone name.
const QString FormulaServer = QStringLiteral("-cmd");
const QString FormulaZone = QStringLiteral("=HYPERLINK(\"x\")");

// Internet | DMZ | LAN with an Edge in the DMZ and a Mailbox on the LAN, both named like formulas.
DeploymentData formulaLayout()
{
    auto builder = DeploymentBuilder::threeZones("2019");
    builder.server("edge01", "dmz", {"edge-transport"}).server("-cmd", "lan", {"mailbox"});
    DeploymentData data = builder.data();
    data.zones[2].name = FormulaZone;
    data.servers[1].name = FormulaServer;
    return data;
}

QByteArray csvOf(const PortMatrix& matrix)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    MatrixCsvWriter writer(matrix);
    if (!writer.write(&buffer))
        qWarning("%s", qPrintable(writer.errorString()));
    return buffer.data();
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestMatrixExport final : public QObject
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
        m_live.emplace(formulaLayout());
        QGuiApplication::clipboard()->clear();
    }

    void exportWritesEveryRuleAsTheCommandLineWould()
    {
        auto window = openWindow();
        const QString path = m_dir->filePath(QStringLiteral("all.csv"));
        QString offered;
        QCOMPARE(exportMatrix(*window, {DialogAnswers::saveAs(path, {}, &offered)}), QString());
        QCOMPARE(QFileInfo(offered).fileName(), QStringLiteral("matrix.csv")); // the deployment's name, as CSV
        if (const QString png = qEnvironmentVariable("PORTOLAN_FILE_MENU_PNG"); !png.isEmpty()) {
            auto* file = window->findChild<QMenu*>(QStringLiteral("menuFile"));
            file->popup(window->mapToGlobal(QPoint(0, 0)));
            QVERIFY(QTest::qWaitForWindowExposed(file));
            QVERIFY(file->grab().save(png));
            file->close();
        }

        const QByteArray written = readFile(path);
        QCOMPARE(written, csvOf(matrix()));
        const QList<QByteArray> lines = written.trimmed().split('\n');
        QCOMPARE(lines.size(), matrix().rowCount() + 1);
        QVERIFY(lines.first().contains("From zone,To zone,Protocol,Ports"));
        // The formula-named server is there, disarmed.
        QVERIFY(written.contains(",'-cmd,"));
        QVERIFY(!written.contains(",-cmd"));
    }

    void filteredTableAsksWhichRules()
    {
        auto window = openWindow();
        auto* text = window->findChild<QLineEdit*>(QStringLiteral("matrixText"));
        auto* panel = window->findChild<MatrixPanel*>(QStringLiteral("matrixPanel"));
        QVERIFY(text && panel);
        QTest::keyClicks(text, QStringLiteral("SMTP"));
        const QList<int> shown = panel->shownRows();
        QVERIFY(!shown.isEmpty());
        QVERIFY(shown.size() < matrix().rowCount());

        const QString onlyShown = m_dir->filePath(QStringLiteral("shown.csv"));
        QString question;
        QCOMPARE(exportMatrix(*window, {DialogAnswers::clickButton(QStringLiteral("exportShownRows"), &question,
                                                                   qEnvironmentVariable("PORTOLAN_EXPORT_SCOPE_PNG")),
                                        DialogAnswers::saveAs(onlyShown)}),
                 QString());
        QVERIFY2(question.contains(QStringLiteral("%1 of the %2 rules").arg(shown.size()).arg(matrix().rowCount())),
                 qPrintable(question));
        QCOMPARE(readFile(onlyShown), csvOf(matrix().withRows(shown)));
        QCOMPARE(readFile(onlyShown).trimmed().split('\n').size(), shown.size() + 1);

        const QString all = m_dir->filePath(QStringLiteral("everything.csv"));
        QCOMPARE(exportMatrix(*window, {DialogAnswers::clickButton(QStringLiteral("exportAllRules")),
                                        DialogAnswers::saveAs(all)}),
                 QString());
        QCOMPARE(readFile(all), csvOf(matrix()));

        // Cancel asks for no file and writes none.
        const QStringList before = QDir(m_dir->path()).entryList(QDir::Files);
        QCOMPARE(exportMatrix(*window, {[](QWidget* widget) {
                     auto* question = qobject_cast<QMessageBox*>(widget);
                     if (question)
                         question->button(QMessageBox::Cancel)->click();
                     return question != nullptr;
                 }}),
                 QString());
        QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), before);
    }

    // The rows' menu exports only the selected rows; Clear Filters shows every row again.
    void theRowsMenuExportsTheSelectionAndClearsTheFilters()
    {
        auto window = openWindow();
        auto* panel = window->findChild<MatrixPanel*>(QStringLiteral("matrixPanel"));
        auto* exportRows = panel->table()->findChild<QAction*>(QStringLiteral("actionExportMatrixRows"));
        auto* clear = panel->table()->findChild<QAction*>(QStringLiteral("actionClearMatrixFilters"));
        QVERIFY(exportRows && clear);
        QVERIFY(panel->table()->actions().contains(exportRows));
        QVERIFY(!exportRows->isEnabled());
        panel->table()->selectRow(0);
        panel->table()->selectionModel()->select(panel->table()->model()->index(2, 0),
                                                 QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QVERIFY(exportRows->isEnabled());
        const QString path = m_dir->filePath(QStringLiteral("two.csv"));
        QCOMPARE(DialogAnswers::run([exportRows] { exportRows->trigger(); }, {DialogAnswers::saveAs(path)}), QString());
        QCOMPARE(readFile(path).trimmed().split('\n').size(), 3); // the header and the two rows

        QTest::keyClicks(window->findChild<QLineEdit*>(QStringLiteral("matrixText")), QStringLiteral("SMTP"));
        QVERIFY(panel->shownRows().size() < matrix().rowCount());
        clear->trigger();
        QCOMPARE(panel->shownRows().size(), matrix().rowCount());
    }

    // A name without a suffix takes the chosen file type's: Markdown here.
    void theChosenFileTypeGivesTheSuffix()
    {
        auto window = openWindow();
        QCOMPARE(exportMatrix(*window, {DialogAnswers::saveAs(m_dir->filePath(QStringLiteral("plain")),
                                                              QStringLiteral("Markdown document (*.md)"))}),
                 QString());
        const QByteArray written = readFile(m_dir->filePath(QStringLiteral("plain.md")));
        QVERIFY(written.startsWith("# ")); // a Markdown heading, not a CSV header
        QVERIFY(written.contains("| TCP |"));
        QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("plain"))));
    }

    void aFailedExportNamesTheFile()
    {
        auto window = openWindow();
        const QString path = m_dir->filePath(QStringLiteral("missing/matrix.csv"));
        QString message;
        QCOMPARE(exportMatrix(*window, {DialogAnswers::saveAs(path), DialogAnswers::acceptMessage(&message)}),
                 QString());
        QVERIFY2(message.contains(QDir::toNativeSeparators(path)), qPrintable(message));
        QVERIFY(!QFile::exists(path));
    }

    // Ctrl+C copies the selected rows in the order the table shows them and in its visible columns, as text and HTML.
    void copyPutsTheSelectedRowsOnTheClipboard()
    {
        MatrixPanel panel(&m_live->analysis);
        panel.resize(1000, 400);
        panel.show();
        panel.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        QTableView* table = panel.table();
        table->sortByColumn(PortMatrixModel::Ports, Qt::DescendingOrder);
        table->setFocus();
        // Three rows, selected out of order: the clipboard has them as shown, top to bottom.
        QItemSelectionModel* selection = table->selectionModel();
        for (const int row : {4, 0, 2}) {
            selection->select(table->model()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
        auto* copy = panel.findChild<QAction*>(QStringLiteral("actionCopyMatrixRows"));
        QVERIFY(copy && copy->isEnabled());
        QCOMPARE(table->contextMenuPolicy(), Qt::ActionsContextMenu);
        QVERIFY(table->actions().contains(copy));
        QTest::keySequence(table, QKeySequence::Copy);
        const QMimeData* mime = QGuiApplication::clipboard()->mimeData();
        QVERIFY(mime && mime->hasText() && mime->hasHtml());
        QStringList lines = mime->text().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        const QStringList header = lines.first().split(u'\t');
        // Neither the Observed column (no probe yet) nor Firewalls (implicit firewalls only): hidden, not copied.
        QCOMPARE(header.size(), PortMatrixModel::ColumnCount - 2);
        QCOMPARE(header.mid(0, 6),
                 (QStringList{QStringLiteral("From"), QStringLiteral("To"), QStringLiteral("Protocol"),
                              QStringLiteral("Ports"), QStringLiteral("Service"), QStringLiteral("Sources")}));
        QVERIFY(!header.contains(QStringLiteral("Observed")));
        QVERIFY(!header.contains(QStringLiteral("Firewalls")));
        const QList<int> visible = panel.shownColumns();
        int line = 1;
        for (const int row : {0, 2, 4}) {
            QStringList expected;
            for (const int column : visible)
                expected.append(MatrixClipboard::textCell(table->model()->index(row, column).data().toString()));
            QCOMPARE(lines.at(line++).split(u'\t'), expected);
        }
        const QString html = mime->html();
        QVERIFY(html.contains(QStringLiteral("<table>")));
        QCOMPARE(html.count(QStringLiteral("<tr>")), 4);
        QCOMPARE(html.count(QStringLiteral("<th>")), header.size());
        QVERIFY(html.contains(QStringLiteral("<th>From</th>")));
        QCOMPARE(html.count(QStringLiteral("<td>")), 3 * header.size());

        // With probe results the Observed column is shown, and copied where the table shows it.
        const int first = panel.shownRows().first();
        panel.showObservations({{first, RowObservation{QStringLiteral("open · 1.2 ms"), {}, Qt::green, true}}});
        selection->select(table->model()->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QTest::keySequence(table, QKeySequence::Copy);
        lines = QGuiApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        const QStringList observedHeader = lines.first().split(u'\t');
        QCOMPARE(observedHeader.size(), PortMatrixModel::ColumnCount - 1);
        const int observed = int(panel.shownColumns().indexOf(PortMatrixModel::Observed));
        QCOMPARE(observedHeader.indexOf(QStringLiteral("Observed")), observed);
        QCOMPARE(lines.at(1).split(u'\t').at(observed), QStringLiteral("open · 1.2 ms"));
        QVERIFY(QGuiApplication::clipboard()->mimeData()->html().contains(QStringLiteral("<th>Observed</th>")));
    }

    // With explicit firewalls the table shows the Firewalls column and Ctrl+C copies it, as the table shows it; the
    // exports keep their documented columns, byte for byte what the command line writes of the same rules.
    void explicitFirewallsShowInTheTableNotInTheExports()
    {
        m_live.emplace(firewallSample("edge-back-to-back.portolan"));
        auto window = openWindow();
        auto* panel = window->findChild<MatrixPanel*>(QStringLiteral("matrixPanel"));
        QVERIFY(panel);
        QVERIFY(panel->shownColumns().contains(PortMatrixModel::Firewalls));
        panel->setFirewall(QStringLiteral("fw-inner"));
        const QList<int> inner = m_live->analysis.firewallRows(QStringLiteral("fw-inner"));
        QCOMPARE(panel->shownRows().size(), inner.size());

        const QString path = m_dir->filePath(QStringLiteral("inner.csv"));
        QCOMPARE(exportMatrix(*window, {DialogAnswers::clickButton(QStringLiteral("exportShownRows")),
                                        DialogAnswers::saveAs(path)}),
                 QString());
        const QByteArray written = readFile(path);
        QCOMPARE(written, csvOf(matrix().withRows(panel->shownRows())));
        QCOMPARE(written.left(written.indexOf('\n')), csvOf(matrix()).left(written.indexOf('\n')));
        QVERIFY(!written.contains("Firewall"));

        panel->copyRows(panel->shownRows());
        const QStringList lines = QGuiApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), inner.size() + 1);
        const QStringList header = lines.first().split(u'\t');
        const int firewalls = int(header.indexOf(QStringLiteral("Firewalls")));
        QCOMPARE(firewalls, int(header.indexOf(QStringLiteral("Service"))) + 1);
        for (const QString& line : lines.mid(1))
            QVERIFY2(line.split(u'\t').at(firewalls).contains(QStringLiteral("Inner firewall (")), qPrintable(line));
    }

    void copyDisarmsFormulas()
    {
        MatrixPanel panel(&m_live->analysis);
        QList<int> rows;
        for (int row = 0; row < matrix().rowCount(); ++row) {
            if (matrix().ruleAt(row)->sources == QStringList{FormulaServer})
                rows.append(row);
        }
        QVERIFY(!rows.isEmpty());
        panel.copyRows(rows);
        const QString text = QGuiApplication::clipboard()->text();
        QVERIFY2(text.contains(u"\t'" + FormulaServer + u'\t'), qPrintable(text));
        QVERIFY2(text.contains(u"\t'" + FormulaZone + u'\t') || text.contains(u"\n'" + FormulaZone + u'\t'),
                 qPrintable(text));
        const QStringList cells = text.split(QRegularExpression(QStringLiteral("[\t\n]")));
        for (const QString& cell : cells)
            QVERIFY2(!cell.startsWith(u'='), qPrintable(cell));
        QVERIFY(QGuiApplication::clipboard()->mimeData()->html().contains(
            QStringLiteral("<td>'=HYPERLINK(&quot;x&quot;)</td>")));
        QVERIFY(QGuiApplication::clipboard()->mimeData()->html().contains(QStringLiteral("<td>'-cmd</td>")));
    }

    void textCell_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << QStringLiteral("SMTP") << QStringLiteral("SMTP");
        QTest::newRow("ports") << QStringLiteral("49152-65535") << QStringLiteral("49152-65535");
        QTest::newRow("equals") << QStringLiteral("=1+1") << QStringLiteral("'=1+1");
        QTest::newRow("plus") << QStringLiteral("+1") << QStringLiteral("'+1");
        QTest::newRow("minus") << QStringLiteral("-cmd") << QStringLiteral("'-cmd");
        QTest::newRow("at") << QStringLiteral("@SUM(1)") << QStringLiteral("'@SUM(1)");
        QTest::newRow("tab inside") << QStringLiteral("a\tb") << QStringLiteral("a b");
        QTest::newRow("line breaks") << QStringLiteral("a\r\nb\nc") << QStringLiteral("a  b c");
        QTest::newRow("formula after a line break") << QStringLiteral("x\n=1") << QStringLiteral("x =1");
    }

    void textCell()
    {
        QFETCH(QString, cell);
        QFETCH(QString, text);
        QCOMPARE(MatrixClipboard::textCell(cell), text);
    }

    // The menu of the DMZ | LAN firewall bar copies every rule crossing it, in both directions, and exports them.
    void firewallMenuCopiesAndExportsItsRules()
    {
        auto window = openWindow();
        auto* view = window->findChild<QGraphicsView*>(QStringLiteral("topologyView"));
        auto* scene = qobject_cast<TopologyScene*>(view->scene());
        auto* panel = window->findChild<MatrixPanel*>(QStringLiteral("matrixPanel"));
        QVERIFY(scene && panel && scene->boundaries().size() == 2);

        // The rules of the inner firewall, from the matrix: one end on the LAN, the other in the DMZ or beyond.
        QList<int> expected;
        bool bothWays[2] = {false, false};
        for (int row = 0; row < matrix().rules.size(); ++row) {
            const MatrixRule& rule = matrix().rules.at(row);
            if ((rule.from == u"lan") != (rule.to == u"lan")) {
                expected.append(row);
                bothWays[rule.to == u"lan"] = true;
            }
        }
        QVERIFY(bothWays[0] && bothWays[1]);
        // Internet → LAN (SMTP submission) passes the inner firewall too, as its chips on the bar show.
        QVERIFY(std::any_of(expected.cbegin(), expected.cend(),
                            [this](int row) { return matrix().ruleAt(row)->from == u"internet"; }));
        QCOMPARE(scene->boundaryRows(1), expected);

        QStringList entries;
        QCOMPARE(
            DialogAnswers::run([&] { rightClick(view, scene->boundaries().at(1)); },
                               {DialogAnswers::chooseMenuEntry(QStringLiteral("actionCopyFirewallRules"), &entries,
                                                               qEnvironmentVariable("PORTOLAN_FIREWALL_MENU_PNG"))}),
            QString());
        // The bar, not a chip: nothing to block, but an extra port to ask about (the what-if).
        QCOMPARE(entries, (QStringList{QStringLiteral("&Copy Rules of This Firewall"),
                                       QStringLiteral("Export Its Port &Matrix Rows…"), QString(),
                                       QStringLiteral("Export &Firewall Rules…"), QString(),
                                       QStringLiteral("&Open an Extra Port (What-if)…")}));
        QStringList lines = QGuiApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), expected.size() + 1);
        QCOMPARE(lines.first().split(u'\t').first(), QStringLiteral("From"));
        const auto* model = qobject_cast<const QAbstractProxyModel*>(panel->table()->model())->sourceModel();
        for (int i = 0; i < expected.size(); ++i) {
            const QStringList cells = lines.at(i + 1).split(u'\t');
            QCOMPARE(cells.at(PortMatrixModel::Ports),
                     model->index(expected.at(i), PortMatrixModel::Ports).data().toString());
            const QSet<QString> zones{cells.at(PortMatrixModel::From), cells.at(PortMatrixModel::To)};
            QVERIFY2(zones.contains(u'\'' + FormulaZone), qPrintable(lines.at(i + 1)));
        }

        // The export offers <left>-<right>-rules.csv and writes the same rules.
        QString offered;
        const QString path = m_dir->filePath(QStringLiteral("inner.csv"));
        QCOMPARE(DialogAnswers::run([&] { rightClick(view, scene->boundaries().at(1)); },
                                    {DialogAnswers::chooseMenuEntry(QStringLiteral("actionExportFirewallRows")),
                                     DialogAnswers::saveAs(path, {}, &offered)}),
                 QString());
        QCOMPARE(QFileInfo(offered).fileName(), QStringLiteral("dmz-lan-rules.csv"));
        QCOMPARE(readFile(path), csvOf(matrix().withRows(expected)));
    }

private:
    const PortMatrix& matrix() const { return m_live->analysis.matrix(); }

    // The real window with the formula layout opened from a file named matrix.portolan.
    std::unique_ptr<MainWindow> openWindow()
    {
        const QString path = m_dir->filePath(QStringLiteral("matrix.portolan"));
        if (!DeploymentWriter().writeFile(m_live->document.data(), path))
            qWarning("cannot write %s", qPrintable(path));
        auto window = std::make_unique<MainWindow>(
            std::make_unique<AppSettings>(m_dir->filePath(QStringLiteral("settings.ini"))));
        if (!window->openFile(path))
            qWarning("cannot open %s", qPrintable(path));
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            qWarning("the window was not shown");
        return window;
    }

    // File → Export Port Matrix… with these answers; what went wrong, or an empty string.
    static QString exportMatrix(const MainWindow& window, QList<DialogAnswers::Step> steps)
    {
        auto* action = window.findChild<QAction*>(QStringLiteral("actionExportMatrix"));
        if (!action)
            return QStringLiteral("no actionExportMatrix");
        return DialogAnswers::run([action] { action->trigger(); }, std::move(steps));
    }

    // A right click in the middle of an item, as the view delivers it to the scene.
    static void rightClick(QGraphicsView* view, const QGraphicsItem* item)
    {
        view->centerOn(item);
        const QPoint at = view->mapFromScene(item->sceneBoundingRect().center());
        QContextMenuEvent event(QContextMenuEvent::Mouse, at, view->viewport()->mapToGlobal(at));
        QApplication::sendEvent(view->viewport(), &event);
    }

    std::optional<QTemporaryDir> m_dir;
    std::optional<LiveDocument> m_live;
};

QTEST_MAIN(TestMatrixExport)
#include "tst_matrixexport.moc"
