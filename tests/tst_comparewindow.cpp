// Comparing two layouts in the window (issue 12, part 3): "Compare With…" another Exchange version or a file, the
// matrix table and the chips coloured as MatrixDiff says, the Comparison summary, edits while comparing, and "Stop
// Comparing"; the document is never touched. All on the real MainWindow, by objectName.
#include "app/gui/compareactions.h"
#include "app/gui/mainwindow.h"

#include "dialoganswers.h"
#include "testshots.h"
#include "model/comparisonstate.h"
#include "model/deployment.h"
#include "model/deploymentcommands.h"
#include "model/deploymentfile.h"
#include "model/matrixbuilder.h"
#include "model/matrixdiff.h"
#include "model/portcatalog.h"
#include "views/appsettings.h"
#include "views/compare/comparisonlook.h"
#include "views/diagram/boundaryitem.h"
#include "views/diagram/topologyscene.h"
#include "views/export/scenedrawing.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFont>
#include <QGraphicsView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <memory>
#include <optional>

namespace {

struct Expected
{
    DeploymentData a;
    DeploymentData b;
    PortMatrix matrixA;
    PortMatrix matrixB;
    MatrixDiff diff;
};

Expected expectedDiff(const DeploymentData& a, const DeploymentData& b)
{
    const MatrixBuilder builder(PortCatalog::builtin());
    Expected expected{a, b, builder.build(a), builder.build(b), {}};
    expected.diff = MatrixDiff::compare(expected.a, expected.matrixA, expected.b, expected.matrixB);
    return expected;
}

// Chooses in the Compare dialog, as a user would, and presses Compare.
DialogAnswers::Step chooseInDialog(const QString& version, const QString& path, const QString& picture = {})
{
    return [=](QWidget* widget) {
        if (widget->objectName() != QLatin1String("compareDialog"))
            return false;
        if (version.isEmpty()) {
            widget->findChild<QRadioButton*>(QStringLiteral("compareWithFile"))->click();
            widget->findChild<QLineEdit*>(QStringLiteral("comparePath"))->setText(path);
        } else {
            widget->findChild<QRadioButton*>(QStringLiteral("compareWithVersion"))->click();
            auto* versions = widget->findChild<QComboBox*>(QStringLiteral("compareVersion"));
            versions->setCurrentIndex(versions->findData(version));
        }
        if (!picture.isEmpty())
            widget->grab().save(picture);
        widget->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        return true;
    };
}

} // namespace

class TestCompareWindow final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir.emplace();
        QVERIFY(m_dir->isValid());
        m_window = std::make_unique<MainWindow>(
            std::make_unique<AppSettings>(m_dir->filePath(QStringLiteral("settings.ini"))));
        m_window->newFromTemplate(QStringLiteral("exchange2010-static-rpc"));
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_scene =
            qobject_cast<TopologyScene*>(m_window->findChild<QGraphicsView*>(QStringLiteral("topologyView"))->scene());
        m_table = m_window->findChild<QTableView*>(QStringLiteral("matrixTable"));
        m_comparing = m_window->findChild<CompareActions*>();
        QVERIFY(m_scene && m_table && m_comparing);
        m_document = m_window->findChild<Deployment*>();
        m_original = DeploymentWriter().toJson(m_document->data());
    }

    void cleanup()
    {
        m_window.reset();
        m_dir.reset();
    }

    void versionComparisonColoursTheMatrixAndTheChips()
    {
        QVERIFY(!action("actionStopComparing")->isEnabled());
        compareWithVersion("2019", testShotPath(u"compare-dialog.png"));
        DeploymentData under2019 = m_document->data();
        under2019.exchangeVersion = QStringLiteral("2019");
        const Expected expected = expectedDiff(m_document->data(), under2019);
        QVERIFY(!expected.diff.isEmpty());
        // This deployment is A: its rows take the changes of A's rows.
        checkRows(expected.diff, true);
        checkChips(expected.diff, true);
        checkSummary(expected.diff);
        const auto* title = m_window->findChild<QLabel*>(QStringLiteral("comparisonTitle"));
        QVERIFY(title->text().contains(QStringLiteral("Exchange Server 2019")));
        QVERIFY(action("actionStopComparing")->isEnabled());
        // Static RPC is a 2010 setting: Outlook's RPC to the Client Access servers goes, and the summary says to
        // close its ports.
        const BoundaryDiff* clients = boundaryOf(expected.diff, "clients", "servers");
        QVERIFY(clients);
        QVERIFY(std::any_of(clients->closeTcp.cbegin(), clients->closeTcp.cend(),
                            [](const PortRange& range) { return range.contains(59532); }));
        const QString close = QStringLiteral("Close ") + portsText(Protocol::Tcp, clients->closeTcp);
        const QStringList lines = summaryLines();
        QVERIFY(std::any_of(lines.cbegin(), lines.cend(),
                            [&close](const QString& line) { return line.startsWith(close); }));
        if (!testShotPath(u"compare-2010-2019.png").isEmpty()) {
            QCoreApplication::processEvents(); // the docks settle, the summary's lines wrap to their width
            m_window->grab().save(testShotPath(u"compare-2010-2019.png"));
        }
        documentUntouched();
    }

    void fileComparisonShowsTheDocumentAsB()
    {
        // The file: this layout with one Client Access server fewer and without static RPC ports.
        DeploymentData other = m_document->data();
        other.servers.removeIf([](const Server& server) { return server.id == QLatin1String("cas02"); });
        other.options.staticRpc.enabled = false;
        const QString path = m_dir->filePath(QStringLiteral("older.portolan"));
        QVERIFY(DeploymentWriter().writeFile(other, path));
        const QString problems =
            DialogAnswers::run([this] { action("actionCompareWith")->trigger(); }, {chooseInDialog({}, path)});
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        QCOMPARE(m_comparing->state()->other(), ComparisonState::Other::File);
        const Expected expected = expectedDiff(other, m_document->data());
        QVERIFY(expected.diff.summary().narrowed + expected.diff.summary().endpointsChanged > 0);
        checkRows(expected.diff, false);
        checkChips(expected.diff, false);
        checkSummary(expected.diff);
        QVERIFY(m_window->findChild<QLabel*>(QStringLiteral("comparisonTitle"))
                    ->text()
                    .contains(QStringLiteral("older.portolan")));
        if (!testShotPath(u"compare-file.png").isEmpty()) {
            QCoreApplication::processEvents();
            m_window->grab().save(testShotPath(u"compare-file.png"));
        }
        documentUntouched();
    }

    void aFileThatCannotBeReadIsNamed()
    {
        const QString path = m_dir->filePath(QStringLiteral("broken.portolan"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ \"format\": \"portolan-deployment\", ");
        file.close();
        QString text;
        const QString problems = DialogAnswers::run([this] { action("actionCompareWith")->trigger(); },
                                                    {chooseInDialog({}, path), DialogAnswers::acceptMessage(&text)});
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        QVERIFY(text.contains(QStringLiteral("broken.portolan")));
        QVERIFY(!m_comparing->state()->isActive());
        QVERIFY(!action("actionStopComparing")->isEnabled());
    }

    void anEditWhileComparingRecomputes()
    {
        compareWithVersion("2019");
        const int before = ruleCount();
        Server mailbox;
        mailbox.id = QStringLiteral("mbx03");
        mailbox.name = QStringLiteral("MBX03");
        mailbox.zone = QStringLiteral("clients");
        mailbox.roles = {QStringLiteral("mailbox")};
        m_document->undoStack()->push(new AddServerCommand(m_document, mailbox));
        DeploymentData under2019 = m_document->data();
        under2019.exchangeVersion = QStringLiteral("2019");
        const Expected expected = expectedDiff(m_document->data(), under2019);
        checkRows(expected.diff, true);
        checkChips(expected.diff, true);
        checkSummary(expected.diff);
        // A mailbox server in the clients' zone brings rules of its own across the firewall.
        QVERIFY(ruleCount() > before);
        m_document->undoStack()->undo();
        const Expected back = expectedDiff(m_document->data(), m_comparing->state()->dataB());
        checkSummary(back.diff);
        QVERIFY(m_document->undoStack()->isClean());
        QCOMPARE(DeploymentWriter().toJson(m_document->data()), m_original);
    }

    void aBoundaryOfTheSummarySelectsItsRules()
    {
        compareWithVersion("2019");
        auto* tree = m_window->findChild<QTreeWidget*>(QStringLiteral("comparisonBoundaries"));
        QTreeWidgetItem* item = tree->topLevelItem(0);
        QVERIFY(item);
        const BoundaryDiff& boundary = m_comparing->state()->diff().boundaries().first();
        QList<int> rows;
        for (const RuleDiff& rule : boundary.rules)
            rows.append(rule.rowsA);
        std::sort(rows.begin(), rows.end());
        QVERIFY(!rows.isEmpty());
        tree->scrollToItem(item);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(item).center());
        QCOMPARE(m_scene->highlightedRules(), rows);
    }

    void stopComparingRestores()
    {
        compareWithVersion("2019");
        auto* dock = m_window->findChild<QDockWidget*>(QStringLiteral("comparisonDock"));
        QVERIFY(dock && dock->isVisible());
        action("actionStopComparing")->trigger();
        QVERIFY(!m_comparing->state()->isActive());
        QVERIFY(!dock->isVisible());
        QVERIFY(!action("actionStopComparing")->isEnabled());
        for (int row = 0; row < m_table->model()->rowCount(); ++row) {
            QVERIFY(!m_table->model()->index(row, 0).data(Qt::BackgroundRole).isValid());
            QVERIFY(!m_table->model()->index(row, 0).data(Qt::ToolTipRole).toString().contains(u'→'));
        }
        for (BoundaryItem* boundary : m_scene->boundaries())
            QVERIFY(boundary->chipMarks().isEmpty());
        documentUntouched();
    }

    void theDiagramExportLeavesTheComparisonOut()
    {
        const auto picture = [this] {
            const SceneDrawing drawing(*m_scene);
            QImage image(drawing.bounds().size().toSize(), QImage::Format_ARGB32);
            image.fill(Qt::white);
            QPainter painter(&image);
            drawing.paint(&painter, QRectF(QPointF(0, 0), drawing.bounds().size()));
            return image;
        };
        const QImage before = picture();
        compareWithVersion("2019");
        QVERIFY(!m_scene->boundaries().first()->chipMarks().isEmpty());
        QCOMPARE(picture(), before);
        // The window still shows the comparison.
        QVERIFY(!m_scene->boundaries().first()->chipMarks().isEmpty());
    }

    void openingAnotherDocumentStopsComparing()
    {
        compareWithVersion("2019");
        m_window->newFromTemplate(QStringLiteral("exchange2019-edge"));
        QVERIFY(!m_comparing->state()->isActive());
        for (BoundaryItem* boundary : m_scene->boundaries())
            QVERIFY(boundary->chipMarks().isEmpty());
    }

private:
    QAction* action(const char* name) const { return m_window->findChild<QAction*>(QLatin1String(name)); }

    void compareWithVersion(const char* version, const QString& picture = {})
    {
        const QString problems = DialogAnswers::run([this] { action("actionCompareWith")->trigger(); },
                                                    {chooseInDialog(QLatin1String(version), {}, picture)});
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        QCOMPARE(m_comparing->state()->other(), ComparisonState::Other::Version);
    }

    // Every row of the table, through its filter model, as the diff says: colour, strike-through, tooltip.
    void checkRows(const MatrixDiff& diff, bool documentIsA)
    {
        QAbstractItemModel* model = m_table->model();
        QVERIFY(model->rowCount() > 0);
        int marked = 0;
        for (int shown = 0; shown < model->rowCount(); ++shown) {
            const int row = sourceRow(shown);
            const RuleChange change = documentIsA ? diff.changeOfRowA(row) : diff.changeOfRowB(row);
            const QModelIndex index = model->index(shown, 0);
            const QColor expected = ComparisonLook::colour(ComparisonLook::markOf(change));
            QCOMPARE(index.data(Qt::BackgroundRole).value<QColor>(), expected);
            QCOMPARE(index.data(Qt::FontRole).value<QFont>().strikeOut(), change == RuleChange::Removed);
            const QString toolTip = index.data(Qt::ToolTipRole).toString();
            if (change == RuleChange::Widened || change == RuleChange::Narrowed || change == RuleChange::Changed)
                QVERIFY2(toolTip.contains(u'→'), qPrintable(toolTip));
            if (change == RuleChange::Added)
                QVERIFY2(toolTip.startsWith(QStringLiteral("Added in")), qPrintable(toolTip));
            if (change == RuleChange::Removed)
                QVERIFY2(toolTip.startsWith(QStringLiteral("Removed in")), qPrintable(toolTip));
            marked += change != RuleChange::Same;
        }
        QVERIFY(marked > 0);
    }

    int sourceRow(int shown) const
    {
        // The table's model is the filter over PortMatrixModel, whose rows are the matrix's.
        auto* proxy = qobject_cast<QAbstractProxyModel*>(m_table->model());
        return proxy ? proxy->mapToSource(proxy->index(shown, 0)).row() : shown;
    }

    void checkChips(const MatrixDiff& diff, bool documentIsA)
    {
        int marked = 0;
        for (int b = 0; b < m_scene->boundaries().size(); ++b) {
            const QList<QList<int>> chips = m_scene->chipRows(b);
            const QList<ChipMark> marks = m_scene->boundaries().at(b)->chipMarks();
            QCOMPARE(marks.size(), chips.size());
            for (int c = 0; c < chips.size(); ++c) {
                QList<RuleChange> changes;
                for (const int row : chips.at(c))
                    changes.append(documentIsA ? diff.changeOfRowA(row) : diff.changeOfRowB(row));
                QCOMPARE(marks.at(c), ComparisonLook::chipMark(changes));
                marked += marks.at(c).fill.isValid();
            }
        }
        QVERIFY(marked > 0);
    }

    int countOf(const char* name) const
    {
        const auto* label = m_window->findChild<QLabel*>(QLatin1String(name));
        return label ? label->property("count").toInt() : -1;
    }

    int ruleCount() const
    {
        int count = 0;
        for (const char* name : {"countAdded", "countRemoved", "countWidened", "countNarrowed", "countChanged",
                                 "countEndpoints", "countUnchanged"})
            count += countOf(name);
        return count;
    }

    void checkSummary(const MatrixDiff& diff)
    {
        const MatrixDiff::Summary& summary = diff.summary();
        QVERIFY(m_window->findChild<QWidget*>(QStringLiteral("comparisonSummary"))->isVisible());
        QCOMPARE(countOf("countAdded"), summary.added);
        QCOMPARE(countOf("countRemoved"), summary.removed);
        QCOMPARE(countOf("countWidened"), summary.widened);
        QCOMPARE(countOf("countNarrowed"), summary.narrowed);
        QCOMPARE(countOf("countChanged"), summary.changed);
        QCOMPARE(countOf("countEndpoints"), summary.endpointsChanged);
        QCOMPARE(countOf("countUnchanged"), summary.unchanged);
        auto* tree = m_window->findChild<QTreeWidget*>(QStringLiteral("comparisonBoundaries"));
        QCOMPARE(tree->topLevelItemCount(), diff.boundaries().size());
    }

    QStringList summaryLines() const
    {
        QStringList lines;
        auto* tree = m_window->findChild<QTreeWidget*>(QStringLiteral("comparisonBoundaries"));
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            for (int j = 0; j < tree->topLevelItem(i)->childCount(); ++j)
                lines.append(tree->topLevelItem(i)->child(j)->text(0));
        }
        return lines;
    }

    static const BoundaryDiff* boundaryOf(const MatrixDiff& diff, const char* from, const char* to)
    {
        for (const BoundaryDiff& boundary : diff.boundaries()) {
            if (boundary.from == QLatin1String(from) && boundary.to == QLatin1String(to))
                return &boundary;
        }
        return nullptr;
    }

    // Comparing never edits: no command on the undo stack, nothing unsaved, the same content.
    void documentUntouched()
    {
        QCOMPARE(m_document->undoStack()->count(), 0);
        QVERIFY(m_document->undoStack()->isClean());
        QCOMPARE(DeploymentWriter().toJson(m_document->data()), m_original);
    }

    std::optional<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    TopologyScene* m_scene = nullptr;
    QTableView* m_table = nullptr;
    CompareActions* m_comparing = nullptr;
    Deployment* m_document = nullptr;
    QByteArray m_original;
};

QTEST_MAIN(TestCompareWindow)
#include "tst_comparewindow.moc"
