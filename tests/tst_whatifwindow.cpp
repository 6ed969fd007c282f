// The what-if in the real window, driven through its widgets by objectName: a port chip, a flow arrow and a matrix row
// blocked from their menus compose; the diagram marks blocked chips, red arrows and the servers that lose a flow; the
// Consequences dock groups what breaks; Unblock All clears; "open an extra port" answers in the dock. None of it
// touches the document: the undo stack, the modified flag, the saved file and the matrix export stay the same.
#include "app/gui/editactions.h"
#include "app/gui/mainwindow.h"
#include "app/gui/whatifactions.h"

#include "model/deployment.h"
#include "model/deploymentanalysis.h"
#include "model/deploymentcommands.h"
#include "model/export/matrixcsvwriter.h"
#include "model/portmatrixmodel.h"
#include "views/appsettings.h"
#include "views/diagram/actorbadgeitem.h"
#include "views/diagram/boundaryitem.h"
#include "views/diagram/flowarrowitem.h"
#include "views/diagram/servercarditem.h"
#include "views/diagram/topologyscene.h"
#include "views/panels/matrixpanel.h"

#include "dialoganswers.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QBuffer>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFrame>
#include <QGraphicsView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <memory>
#include <optional>

namespace {

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray csvOf(const PortMatrix& matrix)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    MatrixCsvWriter(matrix).write(&buffer);
    return buffer.data();
}

void rightClick(QGraphicsView* view, const QPointF& scenePos)
{
    view->centerOn(scenePos);
    const QPoint at = view->mapFromScene(scenePos);
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, view->viewport()->mapToGlobal(at));
    QApplication::sendEvent(view->viewport(), &event);
}

QStringList topLevelTexts(const QTreeWidget* tree)
{
    QStringList texts;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        texts.append(tree->topLevelItem(i)->text(0));
    return texts;
}

// Every text of the tree, depth first.
QStringList allTexts(const QTreeWidgetItem* item)
{
    QStringList texts{item->text(0)};
    for (int i = 0; i < item->childCount(); ++i)
        texts += allTexts(item->child(i));
    return texts;
}

} // namespace

class TestWhatIfWindow final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir.emplace();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(QStringLiteral("edge.portolan"));
        QVERIFY(QFile::copy(QStringLiteral(":/templates/exchange2019-edge.portolan"), m_path));
        QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
        m_window = std::make_unique<MainWindow>(
            std::make_unique<AppSettings>(m_dir->filePath(QStringLiteral("settings.ini"))));
        QVERIFY(m_window->openFile(m_path));
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_view = m_window->findChild<QGraphicsView*>(QStringLiteral("topologyView"));
        m_scene = qobject_cast<TopologyScene*>(m_view->scene());
        m_analysis = m_window->findChild<DeploymentAnalysis*>();
        m_document = m_window->findChild<Deployment*>();
        m_editing = m_window->findChild<EditActions*>();
        m_matrix = m_window->findChild<MatrixPanel*>(QStringLiteral("matrixPanel"));
        m_dock = m_window->findChild<QDockWidget*>(QStringLiteral("consequencesDock"));
        m_consequences = m_window->findChild<QTreeWidget*>(QStringLiteral("consequencesView"));
        m_bar = m_window->findChild<QFrame*>(QStringLiteral("whatIfBar"));
        QVERIFY(m_scene && m_analysis && m_document && m_editing && m_matrix && m_dock && m_consequences && m_bar);
    }

    void cleanup()
    {
        m_window.reset();
        m_dir.reset();
    }

    // Nothing blocked: no bar, the dock explains how to block something.
    void startsWithNothingBlocked()
    {
        QVERIFY(!m_bar->isVisible());
        const auto* summary = m_window->findChild<QLabel*>(QStringLiteral("consequencesSummary"));
        QVERIFY(summary->text().contains(QStringLiteral("Block (what-if)")));
        QCOMPARE(m_consequences->topLevelItemCount(), 0);
        QVERIFY(!m_window->findChild<QAction*>(QStringLiteral("actionWhatIfUnblockAll"))->isEnabled());
    }

    // A chip, a flow arrow and a matrix row blocked from their menus compose; unblocking one keeps the others; Unblock
    // All clears them; the document, its file and its export never change.
    void blocksComposeAndNeverTouchTheDocument()
    {
        QUndoStack* stack = m_document->undoStack();
        const int undoCount = stack->count();
        // Saved once by the window before the what-if, so that the bytes are the writer's.
        m_window->findChild<QAction*>(QStringLiteral("actionSave"))->trigger();
        const QByteArray saved = readFile(m_path);
        QVERIFY(!saved.isEmpty());
        const QByteArray exported = csvOf(m_analysis->matrix());
        QVERIFY(!m_window->isWindowModified());

        // 1. The chip of Internet → DMZ TCP 25 on the outer firewall.
        const int chip = chipWithRule(0, QStringLiteral("common-inbound-smtp-edge"));
        QVERIFY(chip >= 0);
        BoundaryItem* outer = m_scene->boundaries().at(0);
        QStringList entries;
        QCOMPARE(DialogAnswers::run([&] { rightClick(m_view, outer->mapToScene(outer->chipRect(chip).center())); },
                                    {DialogAnswers::chooseMenuEntry(QStringLiteral("actionWhatIfBlockChip"), &entries,
                                                                    shot(QStringLiteral("chip-menu.png")))}),
                 QString());
        QVERIFY(entries.contains(QStringLiteral("&Block (What-if)")));
        QTRY_VERIFY(m_bar->isVisible());
        QCOMPARE(outer->chipBlocks().value(chip), ChipBlock::Fully);
        QVERIFY(m_dock->isVisible());
        // The chip "→ TCP 25, 80, 443, 587" carries the Internet's mail to the Edge and its clients' connections to
        // the Mailbox servers behind the DMZ: all of them are blocked; the domain controller loses nothing.
        QVERIFY(m_scene->card(QStringLiteral("edge01"))->losesFlow());
        QVERIFY(m_scene->card(QStringLiteral("ex01"))->losesFlow());
        QVERIFY(!m_scene->card(QStringLiteral("dc01"))->losesFlow());
        QVERIFY(anyArrowBlocked());
        QVERIFY(internetMailBadgeLosesFlow());
        const QStringList chipGroups = topLevelTexts(m_consequences);
        QCOMPARE(chipGroups.first(), QStringLiteral("Inbound Internet mail"));
        QVERIFY(chipGroups.contains(QStringLiteral("Outlook on the web, ActiveSync and Outlook over HTTPS")));
        QVERIFY(!chipGroups.contains(QStringLiteral("EdgeSync")));

        // 2. The flow arrow that carries EdgeSync, from its menu.
        const QList<int> edgeSyncArrow = arrowWithRule(QStringLiteral("modern-edgesync"));
        QVERIFY(!edgeSyncArrow.isEmpty());
        QVERIFY(triggerFlowEntry(edgeSyncArrow, QStringLiteral("actionWhatIfBlockFlow")));
        QVERIFY(topLevelTexts(m_consequences).contains(QStringLiteral("EdgeSync")));

        // 3. A matrix row: the domain controllers' global catalog, selected in the table.
        const int gc = rowOf(QStringLiteral("common-ad-gc"));
        QVERIFY(gc >= 0);
        m_matrix->selectRows({gc});
        auto* blockRows = m_matrix->table()->findChild<QAction*>(QStringLiteral("actionWhatIfBlockRows"));
        QVERIFY(blockRows && blockRows->isEnabled());
        QVERIFY(m_matrix->table()->actions().contains(blockRows));
        blockRows->trigger();
        const QAbstractItemModel* model =
            qobject_cast<const QAbstractProxyModel*>(m_matrix->table()->model())->sourceModel();
        QVERIFY(model->index(gc, PortMatrixModel::Ports).data(PortMatrixModel::BlockedRole).toBool());
        QVERIFY(model->index(gc, PortMatrixModel::Ports).data(Qt::FontRole).value<QFont>().strikeOut());
        QVERIFY(!m_matrix->table()->findChild<QAction*>(QStringLiteral("actionWhatIfBlockRows"))->isEnabled());
        QStringList composed = chipGroups;
        composed << QStringLiteral("EdgeSync") << QStringLiteral("Directory and authentication");
        QCOMPARE(topLevelTexts(m_consequences), composed);
        QVERIFY(
            m_bar->findChild<QLabel*>(QStringLiteral("whatIfBarText"))->text().startsWith(QStringLiteral("What-if: ")));
        grabPictures();

        // Unblocking the arrow keeps the chip and the row blocked.
        QVERIFY(triggerFlowEntry(edgeSyncArrow, QStringLiteral("actionWhatIfUnblockFlow")));
        QCOMPARE(topLevelTexts(m_consequences),
                 chipGroups + QStringList{QStringLiteral("Directory and authentication")});

        // Nothing of it reached the document.
        QCOMPARE(stack->count(), undoCount);
        QVERIFY(stack->isClean());
        QVERIFY(!m_window->isWindowModified());
        QCOMPARE(csvOf(m_analysis->matrix()), exported);
        m_window->findChild<QAction*>(QStringLiteral("actionSave"))->trigger();
        QCOMPARE(readFile(m_path), saved);

        // Unblock All on the bar clears every mark.
        QTest::mouseClick(m_bar->findChild<QPushButton*>(QStringLiteral("whatIfBarUnblockAll")), Qt::LeftButton);
        QVERIFY(!m_bar->isVisible());
        QCOMPARE(m_consequences->topLevelItemCount(), 0);
        QVERIFY(!anyArrowBlocked());
        QVERIFY(!m_scene->card(QStringLiteral("edge01"))->losesFlow());
        QVERIFY(m_scene->boundaries().at(0)->chipBlocks().isEmpty());
        QVERIFY(!model->index(gc, PortMatrixModel::Ports).data(PortMatrixModel::BlockedRole).toBool());
        QCOMPARE(stack->count(), undoCount);
        QVERIFY(!m_window->isWindowModified());
    }

    // One port of a chip can be blocked alone. An edit keeps the blocks whose rules still exist; removing the Edge
    // drops its rules' blocks. Only the edits are on the undo stack.
    void editsKeepBlocksWhoseRulesExist()
    {
        const int chip = chipWithRule(0, QStringLiteral("common-inbound-smtp-edge"));
        QMenu menu;
        whatIfActions()->fillFirewallMenu(&menu, QStringLiteral("internet"), QStringLiteral("dmz"),
                                          m_scene->chipRows(0).at(chip));
        const int smtp = rowOf(QStringLiteral("common-inbound-smtp-edge"));
        auto* one = menu.findChild<QMenu*>(QStringLiteral("menuWhatIfBlockOne"));
        QVERIFY(one);
        QCOMPARE(one->actions().size(), m_scene->chipRows(0).at(chip).size());
        one->findChild<QAction*>(QStringLiteral("actionWhatIfBlockRow_%1").arg(smtp))->trigger();
        QVERIFY(m_bar->isVisible());
        QCOMPARE(m_scene->boundaries().at(0)->chipBlocks().value(chip), ChipBlock::Partly);
        QCOMPARE(topLevelTexts(m_consequences), QStringList{QStringLiteral("Inbound Internet mail")});
        QVERIFY(!m_scene->card(QStringLiteral("ex01"))->losesFlow());
        QUndoStack* stack = m_document->undoStack();
        Server mailbox;
        mailbox.id = QStringLiteral("ex09");
        mailbox.name = QStringLiteral("EX09");
        mailbox.zone = QStringLiteral("lan");
        mailbox.roles = {QStringLiteral("mailbox")};
        stack->push(new AddServerCommand(m_document, mailbox));
        QCOMPARE(stack->count(), 1);
        QVERIFY(m_bar->isVisible());
        QCOMPARE(m_scene->boundaries().at(0)->chipBlocks().value(chip), ChipBlock::Partly);
        QVERIFY(m_scene->card(QStringLiteral("edge01"))->losesFlow());
        stack->push(new RemoveServerCommand(m_document, QStringLiteral("edge01")));
        QVERIFY(!m_bar->isVisible());
        QCOMPARE(m_consequences->topLevelItemCount(), 0);
        QCOMPARE(stack->count(), 2);
    }

    // "Open an extra port" on the bar of a firewall: TCP 8080 is needed by no flow and exposes an unknown service;
    // TCP 25 is needed and exposes the Edge's SMTP.
    void extraPortAnswersInTheDock()
    {
        askExtraPort(8080);
        QCOMPARE(m_consequences->topLevelItemCount(), 1);
        QStringList texts = allTexts(m_consequences->topLevelItem(0));
        QVERIFY2(texts.contains(QStringLiteral("No flow of this deployment needs it.")), qPrintable(texts.join(u'\n')));
        QVERIFY(texts.last().contains(QStringLiteral("unknown service")));
        QVERIFY(!m_bar->isVisible()); // nothing is blocked

        askExtraPort(25);
        texts = allTexts(m_consequences->topLevelItem(0));
        QVERIFY(texts.first().contains(QStringLiteral("TCP 25")));
        QVERIFY(std::any_of(texts.begin(), texts.end(),
                            [](const QString& t) { return t.startsWith(QStringLiteral("Needed by 1 rule")); }));
        QVERIFY(texts.contains(QStringLiteral("SMTP on EDGE01")));
        if (const QString dir = shotDir(); !dir.isEmpty())
            m_dock->grab().save(QDir(dir).filePath(QStringLiteral("extra-port.png")));
        QTest::mouseClick(m_window->findChild<QPushButton*>(QStringLiteral("consequencesClearQuestion")),
                          Qt::LeftButton);
        QCOMPARE(m_consequences->topLevelItemCount(), 0);
    }

    // In a 1024x700 window the bar's sentence wraps instead of widening the window, and the diagram keeps its room.
    void theBarFitsASmallWindow()
    {
        m_window->resize(1024, 700);
        QTRY_COMPARE(m_window->size(), QSize(1024, 700));
        m_matrix->selectRows({rowOf(QStringLiteral("common-inbound-smtp-edge"))});
        m_matrix->table()->findChild<QAction*>(QStringLiteral("actionWhatIfBlockRows"))->trigger();
        QTRY_VERIFY(m_bar->isVisible());
        QTest::qWait(20);
        QCOMPARE(m_window->size(), QSize(1024, 700));
        auto* text = m_bar->findChild<QLabel*>(QStringLiteral("whatIfBarText"));
        QVERIFY2(text->heightForWidth(text->width()) <= text->height(),
                 qPrintable(QStringLiteral("%1 > %2").arg(text->heightForWidth(text->width())).arg(text->height())));
        QVERIFY(m_bar->geometry().right() <= m_view->parentWidget()->width());
        QVERIFY(m_view->viewport()->height() >= 250);
        if (const QString picture = shot(QStringLiteral("window-1024.png")); !picture.isEmpty())
            m_window->grab().save(picture);
    }

private:
    WhatIfActions* whatIfActions() const { return m_window->findChild<WhatIfActions*>(); }

    // Right-click the outer firewall's bar (below its chips), choose the extra port and answer the dialog.
    void askExtraPort(int port)
    {
        BoundaryItem* outer = m_scene->boundaries().at(0);
        const QPointF bar = outer->mapToScene(QPointF(BoundaryItem::Width / 2, outer->boundingRect().bottom() - 20));
        const auto answer = [port](QWidget* widget) {
            auto* dialog = qobject_cast<QDialog*>(widget);
            if (!dialog || dialog->objectName() != u"extraPortDialog")
                return false;
            dialog->findChild<QSpinBox*>(QStringLiteral("extraPortNumber"))->setValue(port);
            dialog->accept();
            return true;
        };
        QCOMPARE(DialogAnswers::run([&] { rightClick(m_view, bar); },
                                    {DialogAnswers::chooseMenuEntry(QStringLiteral("actionWhatIfExtraPort")), answer}),
                 QString());
        QTRY_VERIFY(m_consequences->topLevelItemCount() > 0);
    }

    bool triggerFlowEntry(const QList<int>& rows, const QString& name)
    {
        QMenu menu;
        m_editing->fillFlowMenu(&menu, rows);
        QAction* action = menu.findChild<QAction*>(name);
        if (!action)
            return false;
        action->trigger();
        return true;
    }

    int rowOf(const QString& entry) const
    {
        const PortMatrix& matrix = m_analysis->matrix();
        for (int row = 0; row < matrix.rowCount(); ++row) {
            if (matrix.ruleAt(row)->entry == entry)
                return row;
        }
        return -1;
    }

    int chipWithRule(int boundary, const QString& entry) const
    {
        const QList<QList<int>> chips = m_scene->chipRows(boundary);
        for (int chip = 0; chip < chips.size(); ++chip) {
            for (int row : chips.at(chip)) {
                if (m_analysis->matrix().ruleAt(row)->entry == entry)
                    return chip;
            }
        }
        return -1;
    }

    QList<int> arrowWithRule(const QString& entry) const
    {
        const int row = rowOf(entry);
        for (const FlowArrowItem* arrow : m_scene->flowArrows()) {
            if (arrow->rows().contains(row))
                return arrow->rows();
        }
        return {};
    }

    bool anyArrowBlocked() const
    {
        const QList<FlowArrowItem*> arrows = m_scene->flowArrows();
        return std::any_of(arrows.begin(), arrows.end(), [](const FlowArrowItem* arrow) { return arrow->isBlocked(); });
    }

    bool internetMailBadgeLosesFlow() const
    {
        for (QGraphicsItem* item : m_scene->items()) {
            if (auto* badge = dynamic_cast<ActorBadgeItem*>(item);
                badge && badge->actorId() == u"internet:internet-mail")
                return badge->losesFlow();
        }
        return false;
    }

    // Where pictures of the what-if go (PORTOLAN_TEST_SHOTS), or empty.
    static QString shotDir() { return qEnvironmentVariable("PORTOLAN_TEST_SHOTS"); }
    static QString shot(const QString& name)
    {
        return shotDir().isEmpty() ? QString() : QDir(shotDir()).filePath(name);
    }

    void grabPictures()
    {
        if (shotDir().isEmpty())
            return;
        m_view->centerOn(m_scene->card(QStringLiteral("edge01")));
        QCoreApplication::processEvents();
        m_window->grab().save(shot(QStringLiteral("window.png")));
        m_dock->grab().save(shot(QStringLiteral("consequences.png")));
        m_view->grab().save(shot(QStringLiteral("diagram.png")));
    }

    std::optional<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
    QGraphicsView* m_view = nullptr;
    TopologyScene* m_scene = nullptr;
    DeploymentAnalysis* m_analysis = nullptr;
    Deployment* m_document = nullptr;
    EditActions* m_editing = nullptr;
    MatrixPanel* m_matrix = nullptr;
    QDockWidget* m_dock = nullptr;
    QTreeWidget* m_consequences = nullptr;
    QFrame* m_bar = nullptr;
};

QTEST_MAIN(TestWhatIfWindow)
#include "tst_whatifwindow.moc"
