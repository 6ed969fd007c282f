// Learner and teacher mode on the real MainWindow, through its widgets by objectName: a built-in lesson opened from
// the Lesson menu hides the asked answers on the diagram, in the matrix and in the inspector; answers entered in the
// answer editors are graded by Check (100 % for the engine's own answer, the right ✗ reasons for a missing and an
// extra rule), Hint names a purpose without its port, attempts count; the teacher's dialog writes a lesson that opens
// again; Close Lesson brings the user's document back untouched. PORTOLAN_TEST_SHOTS=dir saves pictures of the
// window before and after Check.
#include "app/gui/lessonactions.h"
#include "app/gui/mainwindow.h"
#include "dialoganswers.h"
#include "model/deployment.h"
#include "model/deploymentanalysis.h"
#include "model/lessonanswersfile.h"
#include "model/lessonfile.h"
#include "model/lessongrader.h"
#include "model/lessonlibrary.h"
#include "model/portcatalog.h"
#include "model/portexposure.h"
#include "views/appsettings.h"
#include "views/diagram/boundarychips.h"
#include "views/diagram/boundaryitem.h"
#include "views/diagram/topologyscene.h"
#include "views/inspector/inspectorpanel.h"
#include "views/lesson/answereditor.h"
#include "views/lesson/lessonchooser.h"
#include "views/lesson/lessonpanel.h"
#include "views/lesson/lessonstage.h"
#include "views/lesson/newlessondialog.h"
#include "views/panels/matrixpanel.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QCompleter>
#include <QDockWidget>
#include <QGraphicsView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

#include <memory>
#include <optional>

namespace {
// The first built-in lesson with a firewall task whose answer has two rules or more in one direction at least: one
// can go missing while another stays.
struct Pick
{
    QString lessonId;
    QString taskId;
};

std::optional<Pick> firewallLesson()
{
    const LessonGrader grader(PortCatalog::builtin());
    QList<BuiltinLesson> lessons = LessonLibrary::lessons();
    // The seed article's DMZ relay first: its inner firewall is where opening TCP 135 is the typical mistake.
    std::stable_sort(lessons.begin(), lessons.end(), [](const BuiltinLesson& a, const BuiltinLesson& b) {
        return (a.id == QStringLiteral("seed-dmz-relay")) > (b.id == QStringLiteral("seed-dmz-relay"));
    });
    for (const BuiltinLesson& info : std::as_const(lessons)) {
        const std::optional<Lesson> lesson = LessonLibrary::open(info.id, PortCatalog::builtin());
        if (!lesson)
            continue;
        const LessonAnswers model = grader.modelAnswers(*lesson);
        for (const LessonTask& task : lesson->tasks) {
            if (task.kind == LessonTask::Kind::FirewallRules && model.answers.value(task.id).rules.size() >= 2 &&
                (info.id != QStringLiteral("seed-dmz-relay") || task.id == QStringLiteral("dmz-lan")))
                return Pick{info.id, task.id};
        }
    }
    return std::nullopt;
}

QString mapZone(const QList<Zone>& zones, const QString& id)
{
    for (const Zone& zone : zones) {
        if (zone.id == id)
            return zone.name;
    }
    return id;
}
} // namespace

class TestLessonWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const std::optional<Pick> pick = firewallLesson();
        QVERIFY2(pick, "no built-in lesson with a firewall task of two rules");
        m_pick = *pick;
    }

    void init()
    {
        m_dir.emplace();
        QVERIFY(m_dir->isValid());
        m_window = std::make_unique<MainWindow>(
            std::make_unique<AppSettings>(m_dir->filePath(QStringLiteral("settings.ini"))));
        m_window->newFromTemplate(QStringLiteral("exchange2019-edge"));
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_lessons = m_window->findChild<LessonActions*>(QStringLiteral("lessonActions"));
        m_view = m_window->findChild<QGraphicsView*>(QStringLiteral("topologyView"));
        QVERIFY(m_lessons && m_view);
    }

    void cleanup() { m_window.reset(); }

    // Lesson → Open Lesson… lists the built-in lessons with level, title and description; Open shows the chosen one.
    void openLessonFromTheMenuHidesTheAskedAnswers()
    {
        QStringList entries;
        QString description;
        const QString problems =
            DialogAnswers::run([this] { action("actionOpenLesson")->trigger(); }, {[&](QWidget* widget) {
                                   auto* chooser = qobject_cast<LessonChooser*>(widget);
                                   if (!chooser)
                                       return false;
                                   auto* list = chooser->findChild<QListWidget*>(QStringLiteral("lessonList"));
                                   for (int row = 0; row < list->count(); ++row)
                                       entries.append(list->item(row)->text());
                                   const QList<BuiltinLesson> lessons = LessonLibrary::lessons();
                                   for (int row = 0; row < lessons.size(); ++row) {
                                       if (lessons.at(row).id == m_pick.lessonId)
                                           list->setCurrentRow(row);
                                   }
                                   description =
                                       chooser->findChild<QLabel*>(QStringLiteral("lessonDescription"))->text();
                                   savePicture(chooser, QStringLiteral("lesson-chooser.png"));
                                   chooser->accept();
                                   return true;
                               }});
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        QCOMPARE(entries.size(), LessonLibrary::lessons().size());
        QVERIFY(entries.first().contains(LessonLibrary::lessons().first().title));
        QCOMPARE(description, LessonLibrary::find(m_pick.lessonId)->description);
        QVERIFY(m_lessons->isOpen());
        QVERIFY(dock("lessonDock")->isVisible());
        QCOMPARE(m_view->scene(), m_lessons->stage()->scene());
        verifyAnswersHidden();
    }

    // The engine's own answer to every built-in lesson, typed into the editors (rules, server ports, placements),
    // scores 100 % on the first attempt.
    void perfectAnswerScoresAHundred_data()
    {
        QTest::addColumn<QString>("lessonId");
        for (const BuiltinLesson& lesson : LessonLibrary::lessons())
            QTest::newRow(qPrintable(lesson.id)) << lesson.id;
    }
    void perfectAnswerScoresAHundred()
    {
        QFETCH(QString, lessonId);
        QVERIFY(m_lessons->openBuiltinLesson(lessonId));
        const Lesson& lesson = panel()->lesson();
        const LessonAnswers model = LessonGrader(PortCatalog::builtin()).modelAnswers(lesson);
        for (const LessonTask& task : lesson.tasks)
            enter(task, model.answers.value(task.id));
        click("checkButton");
        QVERIFY2(label("scoreLabel")->text().contains(QStringLiteral("100 %")),
                 qPrintable(label("scoreLabel")->text() + u' ' + feedbackOfAllTasks()));
        QVERIFY(label("scoreLabel")->text().endsWith(QStringLiteral("attempts: 1")));
        if (lessonId == QStringLiteral("exchange2019-edge")) { // with a place-roles task
            panel()
                ->findChild<QScrollArea*>(QStringLiteral("lessonScroll"))
                ->ensureWidgetVisible(taskFeedbackLabel(lesson.tasks.constLast().id));
            savePicture(QStringLiteral("learner-edge-solved.png"));
        }
        QVERIFY(panel()->lastGrade()->fullyCorrect());
        // Solved: the answers may be shown, and then the diagram hides nothing any more.
        QVERIFY(button("showAnswersButton")->isEnabled());
        click("showAnswersButton");
        QVERIFY(!boundaryChipTexts().contains(askedChipText()));
    }

    // One needed rule left out and TCP 135 added: ✗ with the rule's purpose and what blocking it breaks, ✗ for 135
    // with what it would expose; the score drops and the attempts count.
    void missingAndExtraRuleGetTheirReasons()
    {
        QVERIFY(m_lessons->openBuiltinLesson(m_pick.lessonId));
        const Lesson& lesson = panel()->lesson();
        const LessonTask& task = *lesson.task(m_pick.taskId);
        const LessonAnswers model = LessonGrader(PortCatalog::builtin()).modelAnswers(lesson);
        for (const LessonTask& other : lesson.tasks) {
            if (other.id != task.id)
                enter(other, model.answers.value(other.id));
        }
        TaskAnswer answer = model.answers.value(task.id);
        const AnswerRule left = answer.rules.takeFirst();
        answer.rules.append({task.from, task.to, Protocol::Tcp, QStringLiteral("135")});
        enter(task, answer);
        auto* scroll = panel()->findChild<QScrollArea*>(QStringLiteral("lessonScroll"));
        scroll->ensureWidgetVisible(panel()->editor(task.id));
        savePicture(QStringLiteral("learner-before-check.png"));
        click("checkButton");
        scroll->ensureWidgetVisible(taskFeedbackLabel(task.id));
        savePicture(QStringLiteral("learner-after-check.png"));

        // The rule left out, as the lesson's own matrix has it.
        const PortMatrix& matrix = matrixOfStage();
        const QString feedback = taskFeedback(task.id);
        const MatrixRule* needed = nullptr; // one of the rules the line stood for: the one the feedback explains
        for (const MatrixRule& rule : matrix.rules) {
            if (rule.from == left.from && rule.to == left.to && rule.protocol == left.protocol &&
                (left.ports == QStringLiteral("dynamic") ? rule.dynamicRpc : rule.ports.toString() == left.ports) &&
                feedback.contains(rule.purpose.toHtmlEscaped()))
                needed = &rule;
        }
        QVERIFY2(needed, qPrintable(feedback));
        QVERIFY2(feedback.contains(QStringLiteral("Missing")), qPrintable(feedback));
        QVERIFY2(feedback.contains(needed->ifBlocked.toHtmlEscaped()), qPrintable(feedback));
        QVERIFY2(feedback.contains(QStringLiteral("Not needed")) && feedback.contains(QStringLiteral("TCP 135")),
                 qPrintable(feedback));
        // What listens on 135 behind that firewall is named.
        const QList<const CatalogEntry*> exposed =
            entriesExposedBy(lesson.deployment, PortCatalog::builtin(), task.to, Protocol::Tcp, 135);
        for (const CatalogEntry* entry : exposed)
            QVERIFY2(feedback.contains(entry->service.toHtmlEscaped()), qPrintable(entry->service));
        QVERIFY(!label("scoreLabel")->text().contains(QStringLiteral("100 %")));
        QVERIFY(!panel()->lastGrade()->fullyCorrect());

        // Hint: the missing rule's purpose, its port kept back.
        click("hintButton");
        const QString hint = label("hintLabel")->text();
        QVERIFY(label("hintLabel")->isVisible());
        QVERIFY2(hint.contains(needed->service), qPrintable(hint));
        if (!needed->dynamicRpc) {
            QVERIFY2(!hint.contains(QRegularExpression(QStringLiteral("\\b%1\\b").arg(needed->ports.first))),
                     qPrintable(hint));
        }

        // Every Check is an attempt; the answers become available after three.
        QVERIFY(!button("showAnswersButton")->isEnabled());
        click("checkButton");
        QVERIFY2(label("scoreLabel")->text().contains(QStringLiteral("attempts: 2")),
                 qPrintable(label("scoreLabel")->text()));
        click("checkButton");
        QCOMPARE(panel()->attempts(), 3);
        QVERIFY(button("showAnswersButton")->isEnabled());
    }

    // A one-way question hides that direction only: the rules back stay in the matrix.
    void oneWayTaskHidesOnlyItsDirection()
    {
        Lesson lesson = *LessonLibrary::open(m_pick.lessonId, PortCatalog::builtin());
        LessonTask task = *lesson.task(m_pick.taskId);
        task.bothDirections = false;
        lesson.tasks = {task};
        m_lessons->openLesson(lesson);
        const PortMatrix& matrix = matrixOfStage();
        int forth = 0;
        int back = 0;
        for (const MatrixRule& rule : matrix.rules) {
            forth += rule.from == task.from && rule.to == task.to ? 1 : 0;
            back += rule.from == task.to && rule.to == task.from ? 1 : 0;
        }
        QVERIFY(forth > 0 && back > 0);
        auto* table = dock("matrixDock")->widget()->findChild<QTableView*>(QStringLiteral("matrixTable"));
        const QString from = mapZone(lesson.deployment.zones, task.from);
        const QString to = mapZone(lesson.deployment.zones, task.to);
        int shownForth = 0;
        int shownBack = 0;
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QString a = table->model()->index(row, 0).data().toString();
            const QString b = table->model()->index(row, 1).data().toString();
            shownForth += a == from && b == to ? 1 : 0;
            shownBack += a == to && b == from ? 1 : 0;
        }
        QCOMPARE(shownForth, 0);
        QCOMPARE(shownBack, back);
        QCOMPARE(table->model()->rowCount(), matrix.rowCount() - forth);
    }

    // A service name from the completer stands for its ports.
    void completerFillsAServicesPorts()
    {
        QVERIFY(m_lessons->openBuiltinLesson(m_pick.lessonId));
        AnswerEditor* editor = panel()->editor(m_pick.taskId);
        QTest::mouseClick(editor->findChild<QPushButton*>(QStringLiteral("addRuleButton")), Qt::LeftButton);
        auto* ports = static_cast<QLineEdit*>(editor->cell(0, QStringLiteral("ports")));
        ports->setFocus();
        QTest::keyClicks(ports, QStringLiteral("SMTP"));
        QAbstractItemView* popup = ports->completer()->popup();
        QTRY_VERIFY(popup->isVisible());
        const QModelIndex first = popup->model()->index(0, 0);
        QVERIFY(first.data().toString().contains(QStringLiteral("SMTP"), Qt::CaseInsensitive));
        popup->setCurrentIndex(first);
        QTest::keyClick(popup, Qt::Key_Return);
        QTRY_VERIFY(ports->text().contains(QRegularExpression(QStringLiteral("^[0-9,\\-]+$"))));
        QCOMPARE(static_cast<QComboBox*>(editor->cell(0, QStringLiteral("protocol")))->currentText(),
                 QStringLiteral("TCP"));
    }

    // Saved answers are an answer file the model reads back (and `portolan-cli grade` grades).
    void answersSaveAndOpenAgain()
    {
        QVERIFY(m_lessons->openBuiltinLesson(m_pick.lessonId));
        const Lesson& lesson = panel()->lesson();
        const LessonAnswers model = LessonGrader(PortCatalog::builtin()).modelAnswers(lesson);
        enter(*lesson.task(m_pick.taskId), model.answers.value(m_pick.taskId));
        click("checkButton");
        const QString path = m_dir->filePath(QStringLiteral("answers.json"));
        const QString problems =
            DialogAnswers::run([this] { click("saveAnswersButton"); }, {DialogAnswers::saveAs(path)});
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        LessonAnswersReader reader(lesson);
        const std::optional<LessonAnswers> read = reader.readFile(path);
        QVERIFY2(read, qPrintable(reader.errorString()));
        QCOMPARE(read->lesson, lesson.id);
        QCOMPARE(read->attempts, 1);
        QCOMPARE(read->answers.value(m_pick.taskId).rules.size(), model.answers.value(m_pick.taskId).rules.size());

        m_lessons->closeLesson();
        QVERIFY(m_lessons->openBuiltinLesson(m_pick.lessonId));
        QString error;
        QVERIFY2(panel()->openAnswers(path, &error), qPrintable(error));
        QCOMPARE(panel()->editor(m_pick.taskId)->table()->rowCount(), read->answers.value(m_pick.taskId).rules.size());
        QCOMPARE(panel()->attempts(), 1);
    }

    // Teacher mode: a lesson of the window's deployment asking about one firewall, saved and opened in learner mode.
    void teacherDialogWritesALessonThatOpens()
    {
        const QString path = m_dir->filePath(QStringLiteral("mine.portolan-lesson"));
        QString asked;
        const QString problems = DialogAnswers::run(
            [this] { action("actionNewLesson")->trigger(); },
            {[&](QWidget* widget) {
                 if (widget->objectName() != QStringLiteral("newLessonDialog"))
                     return false;
                 auto* save = widget->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);
                 if (save->isEnabled()) // nothing asked yet
                     return false;
                 widget->findChild<QLineEdit*>(QStringLiteral("lessonTitleEdit"))->setText(QStringLiteral("My DMZ"));
                 auto* questions = widget->findChild<QListWidget*>(QStringLiteral("lessonQuestions"));
                 questions->item(0)->setCheckState(Qt::Checked);
                 asked = questions->item(0)->text();
                 // and where one more of the deployment's first role belongs
                 const QString placed = PortCatalog::builtin().role(document()->servers().first().roles.first())->name;
                 questions->findItems(placed, Qt::MatchContains).last()->setCheckState(Qt::Checked);
                 savePicture(widget, QStringLiteral("new-lesson-dialog.png"));
                 QTimer::singleShot(0, save, [save] { save->click(); });
                 return true;
             },
             DialogAnswers::saveAs(path)});
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        QVERIFY(asked.startsWith(QStringLiteral("Firewall between")));

        LessonReader reader(PortCatalog::builtin());
        const std::optional<Lesson> lesson = reader.readFile(path);
        QVERIFY2(lesson, qPrintable(reader.errorString()));
        QCOMPARE(lesson->title, QStringLiteral("My DMZ"));
        QCOMPARE(lesson->tasks.size(), 2);
        QCOMPARE(lesson->tasks.first().kind, LessonTask::Kind::FirewallRules);
        QCOMPARE(lesson->tasks.last().kind, LessonTask::Kind::PlaceRoles);
        QCOMPARE(lesson->tasks.last().roles, QStringList{document()->servers().first().roles.first()});
        QVERIFY(!lesson->description.isEmpty());
        QCOMPARE(lesson->deployment.servers.size(),
                 m_window->findChild<Deployment*>(QString(), Qt::FindDirectChildrenOnly)->servers().size());

        QVERIFY(m_lessons->openLessonFile(path));
        QCOMPARE(panel()->lesson().title, QStringLiteral("My DMZ"));
        verifyAnswersHidden();
    }

    // Close Lesson: the user's diagram, matrix and inspector are back, editing too, and the document never changed.
    // What-if blocks speak of the user's diagram: a lesson starts without them, and its chips offer no block.
    void openingALessonEndsTheWhatIf()
    {
        auto* matrix = qobject_cast<MatrixPanel*>(dock("matrixDock")->widget());
        QVERIFY(matrix);
        matrix->selectRows({0});
        matrix->table()->findChild<QAction*>(QStringLiteral("actionWhatIfBlockRows"))->trigger();
        QVERIFY(action("actionWhatIfUnblockAll")->isEnabled());
        QVERIFY(m_window->findChild<QWidget*>(QStringLiteral("whatIfBar"))->isVisible());

        QVERIFY(m_lessons->openBuiltinLesson(m_pick.lessonId));
        QVERIFY(!action("actionWhatIfUnblockAll")->isEnabled());
        QVERIFY(!m_window->findChild<QWidget*>(QStringLiteral("whatIfBar"))->isVisible());
    }

    void closingRestoresTheWindowAndTheDocumentWasNeverTouched()
    {
        Deployment* document = m_window->findChild<Deployment*>(QString(), Qt::FindDirectChildrenOnly);
        QVERIFY(document);
        const DeploymentData before = document->data();
        QGraphicsScene* scene = m_view->scene();
        QWidget* matrix = dock("matrixDock")->widget();
        QWidget* inspector = dock("inspectorDock")->widget();
        QWidget* options = dock("optionsDock")->widget();
        QVERIFY(action("actionSelectAll")->isEnabled());

        QVERIFY(m_lessons->openBuiltinLesson(m_pick.lessonId));
        QVERIFY(dock("matrixDock")->widget() != matrix);
        QVERIFY(!action("actionSelectAll")->isEnabled());
        QVERIFY(!dock("paletteDock")->widget()->isEnabled());
        QVERIFY(!m_window->findChild<QWidget*>(QStringLiteral("findServer"))->isEnabled());
        QVERIFY(!action("actionCompareWith")->isEnabled());
        QVERIFY(!dock("optionsDock")->widget()->isEnabled()); // the lesson's options, to read
        QVERIFY(!action("actionNewLesson")->isEnabled());
        // The learner's work and a read-only diagram: Delete on a selected card removes nothing.
        const Lesson& lesson = panel()->lesson();
        const LessonAnswers model = LessonGrader(PortCatalog::builtin()).modelAnswers(lesson);
        enter(*lesson.task(m_pick.taskId), model.answers.value(m_pick.taskId));
        click("checkButton");
        click("hintButton");
        TopologyScene* lessonScene = m_lessons->stage()->scene();
        const QString server = m_lessons->stage()->document()->servers().first().id;
        lessonScene->selectServers({server});
        m_view->setFocus();
        QTest::keyClick(m_view->viewport(), Qt::Key_Delete);
        QCoreApplication::processEvents();
        QVERIFY(m_lessons->stage()->document()->server(server));
        QCOMPARE(m_lessons->stage()->document()->undoStack()->count(), 0);

        action("actionCloseLesson")->trigger();
        QVERIFY(!m_lessons->isOpen());
        QVERIFY(!m_window->findChild<QDockWidget*>(QStringLiteral("lessonDock")));
        QCOMPARE(m_view->scene(), scene);
        QCOMPARE(dock("matrixDock")->widget(), matrix);
        QCOMPARE(dock("inspectorDock")->widget(), inspector);
        QVERIFY(matrix->isVisible() && inspector->isVisible());
        QVERIFY(dock("paletteDock")->widget()->isEnabled());
        QVERIFY(m_window->findChild<QWidget*>(QStringLiteral("findServer"))->isEnabled());
        QVERIFY(action("actionCompareWith")->isEnabled());
        QCOMPARE(dock("optionsDock")->widget(), options);
        QVERIFY(options->isEnabled());
        QVERIFY(action("actionSelectAll")->isEnabled());
        QVERIFY(action("actionNewLesson")->isEnabled());
        QCOMPARE(document->undoStack()->count(), 0);
        QVERIFY(document->undoStack()->isClean());
        QCOMPARE(document->data().servers.size(), before.servers.size());
        QVERIFY(document->data().zones == before.zones);
    }

private:
    QAction* action(const char* name) const
    {
        auto* found = m_window->findChild<QAction*>(QString::fromLatin1(name));
        if (!found)
            qFatal("no action %s", name);
        return found;
    }
    QDockWidget* dock(const char* name) const { return m_window->findChild<QDockWidget*>(QString::fromLatin1(name)); }
    Deployment* document() const { return m_window->findChild<Deployment*>(QString(), Qt::FindDirectChildrenOnly); }
    LessonPanel* panel() const { return dock("lessonDock")->findChild<LessonPanel*>(QStringLiteral("lessonPanel")); }
    QLabel* label(const char* name) const { return panel()->findChild<QLabel*>(QString::fromLatin1(name)); }
    QPushButton* button(const char* name) const { return panel()->findChild<QPushButton*>(QString::fromLatin1(name)); }
    void click(const char* name) const
    {
        QPushButton* found = button(name);
        QVERIFY2(found, name);
        QTest::mouseClick(found, Qt::LeftButton);
    }
    const PortMatrix& matrixOfStage() const { return m_lessons->stage()->findChild<DeploymentAnalysis*>()->matrix(); }
    // The feedback under a task's editor: the task's feedback label in the lesson's order.
    QLabel* taskFeedbackLabel(const QString& taskId) const
    {
        const QList<QLabel*> labels = panel()->findChildren<QLabel*>(QStringLiteral("taskFeedback"));
        const Lesson& lesson = panel()->lesson();
        for (int i = 0; i < lesson.tasks.size(); ++i) {
            if (lesson.tasks.at(i).id == taskId)
                return labels.at(i);
        }
        return nullptr;
    }
    QString taskFeedback(const QString& taskId) const { return taskFeedbackLabel(taskId)->text(); }
    QString feedbackOfAllTasks() const
    {
        QString text;
        for (const QLabel* label : panel()->findChildren<QLabel*>(QStringLiteral("taskFeedback")))
            text += label->text();
        return text;
    }
    QStringList boundaryChipTexts() const
    {
        QStringList texts;
        for (const BoundaryItem* boundary : m_lessons->stage()->scene()->boundaries())
            texts.append(boundary->chips());
        return texts;
    }

    // Types an answer into the task's editor as a learner would: a row per rule, its direction, protocol and ports.
    void enter(const LessonTask& task, const TaskAnswer& answer)
    {
        AnswerEditor* editor = panel()->editor(task.id);
        QVERIFY(editor);
        if (task.kind == LessonTask::Kind::PlaceRoles) {
            for (auto it = answer.placements.cbegin(); it != answer.placements.cend(); ++it) {
                auto* zones = editor->findChild<QComboBox*>(QStringLiteral("placement_") + it.key());
                zones->setCurrentIndex(zones->findData(it.value()));
            }
            return;
        }
        auto* add = editor->findChild<QPushButton*>(QStringLiteral("addRuleButton"));
        const auto fill = [&](Protocol protocol, const QString& ports) {
            QTest::mouseClick(add, Qt::LeftButton);
            const int row = editor->table()->rowCount() - 1;
            auto* protocolBox = static_cast<QComboBox*>(editor->cell(row, QStringLiteral("protocol")));
            protocolBox->setCurrentIndex(protocolBox->findData(int(protocol)));
            auto* portsEdit = static_cast<QLineEdit*>(editor->cell(row, QStringLiteral("ports")));
            QTest::keyClicks(portsEdit, ports);
            portsEdit->completer()->popup()->hide();
            return row;
        };
        for (const AnswerRule& rule : answer.rules) {
            const int row = fill(rule.protocol, rule.ports);
            auto* direction = static_cast<QComboBox*>(editor->cell(row, QStringLiteral("direction")));
            direction->setCurrentIndex(direction->findData(QStringList{rule.from, rule.to}));
            QVERIFY(direction->currentIndex() >= 0);
        }
        for (const AnswerServerPorts& line : answer.serverPorts) {
            const int row = fill(line.protocol, line.ports);
            auto* zones = static_cast<QToolButton*>(editor->cell(row, QStringLiteral("fromZones")));
            for (QAction* zone : zones->menu()->actions())
                zone->setChecked(line.fromZones.contains(zone->data().toString()));
        }
    }

    // The asked firewalls show "?" among their chips; no row of the matrix and no listening line of an asked server
    // in the inspector is an answer; the user's document is untouched.
    void verifyAnswersHidden()
    {
        const Lesson& lesson = panel()->lesson();
        QVERIFY(boundaryChipTexts().contains(askedChipText()));
        QSet<QPair<QString, QString>> asked;
        QStringList servers;
        for (const LessonTask& task : lesson.tasks) {
            if (task.kind == LessonTask::Kind::FirewallRules) {
                asked.insert({task.from, task.to});
                if (task.bothDirections)
                    asked.insert({task.to, task.from});
            } else if (task.kind == LessonTask::Kind::ServerPorts) {
                servers.append(task.server);
            }
        }
        auto* table = dock("matrixDock")->widget()->findChild<QTableView*>(QStringLiteral("matrixTable"));
        QVERIFY(table);
        const QList<Zone>& zones = lesson.deployment.zones;
        const PortMatrix& matrix = matrixOfStage();
        int hiddenRules = 0;
        for (const MatrixRule& rule : matrix.rules)
            hiddenRules += asked.contains({rule.from, rule.to}) ? 1 : 0;
        QVERIFY(hiddenRules > 0);
        QVERIFY(table->model()->rowCount() < matrix.rowCount());
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QString from = table->model()->index(row, 0).data().toString();
            const QString to = table->model()->index(row, 1).data().toString();
            for (const auto& [a, b] : std::as_const(asked))
                QVERIFY2(!(from == mapZone(zones, a) && to == mapZone(zones, b)), qPrintable(from + u' ' + to));
        }
        for (const QString& server : std::as_const(servers)) {
            m_lessons->stage()->scene()->serverSelected(server);
            auto* listening =
                dock("inspectorDock")->widget()->findChild<QTreeWidget*>(QStringLiteral("inspectorListening"));
            QCOMPARE(listening->topLevelItemCount(), 1);
            QVERIFY(listening->topLevelItem(0)->text(0).startsWith(QStringLiteral("? ")));
            savePicture(QStringLiteral("learner-asked-server.png"));
        }
        QCOMPARE(m_window->findChild<Deployment*>(QString(), Qt::FindDirectChildrenOnly)->undoStack()->count(), 0);
    }

    void savePicture(const QString& name) const { savePicture(m_window.get(), name); }
    static void savePicture(QWidget* widget, const QString& name)
    {
        const QString directory = qEnvironmentVariable("PORTOLAN_TEST_SHOTS");
        if (directory.isEmpty())
            return;
        QCoreApplication::processEvents();
        widget->grab().save(QDir(directory).filePath(name));
    }

    std::optional<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    LessonActions* m_lessons = nullptr;
    QGraphicsView* m_view = nullptr;
    Pick m_pick;
};

QTEST_MAIN(TestLessonWindow)
#include "tst_lessonwindow.moc"
