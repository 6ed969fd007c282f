#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include "model/lesson.h"
#include "model/lessonanswersfile.h"
#include "model/lessonfile.h"
#include "model/lessongrader.h"
#include "model/lessonlibrary.h"
#include "model/lessontexts.h"
#include "model/templatetexts.h"
#include "model/portcatalog.h"

// The built-in lessons and the lesson file format: every lesson loads, its engine answer earns 100 %, and a bad
// lesson or answer file is refused with its place.
class TestLessons : public QObject
{
    Q_OBJECT

private:
    static const PortCatalog& catalog() { return PortCatalog::builtin(); }

    static Lesson lesson(const char* id)
    {
        const std::optional<Lesson> lesson = LessonLibrary::open(QString::fromUtf8(id), catalog());
        if (!lesson)
            qFatal("no built-in lesson %s", id);
        return *lesson;
    }

    // A lesson file with one edit of the relay lesson's JSON.
    static QByteArray relayLessonWith(const QByteArray& from, const QByteArray& to)
    {
        QFile file(LessonLibrary::find(QStringLiteral("seed-dmz-relay"))->path);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read the relay lesson");
        QByteArray json = file.readAll();
        if (!json.contains(from))
            qFatal("the relay lesson has no %s", from.constData());
        return json.replace(from, to);
    }

    static QString lessonError(const QByteArray& json)
    {
        LessonReader reader(catalog());
        if (reader.read(json))
            return QStringLiteral("(read)");
        return reader.errorString();
    }

    static QString answersError(const Lesson& lesson, const QByteArray& json)
    {
        LessonAnswersReader reader(lesson);
        if (reader.read(json))
            return QStringLiteral("(read)");
        return reader.errorString();
    }

private slots:
    // At least eight lessons from the seed's layouts to a DAG across sites, each with what it teaches.
    void lessonsFormAProgression()
    {
        const QList<BuiltinLesson> lessons = LessonLibrary::lessons();
        QVERIFY(lessons.size() >= 8);
        QStringList ids;
        for (int i = 0; i < lessons.size(); ++i) {
            const BuiltinLesson& builtin = lessons.at(i);
            QCOMPARE(builtin.level, i + 1);
            QVERIFY(!builtin.title.isEmpty());
            QVERIFY2(builtin.description.size() > 80, qPrintable(builtin.id));
            ids.append(builtin.id);
        }
        QCOMPARE(ids.mid(0, 3), (QStringList{QStringLiteral("seed-lan-published"), QStringLiteral("seed-dmz-relay"),
                                             QStringLiteral("seed-firewall-host")}));
        for (const char* id : {"exchange2003-frontend-backend", "exchange2010-static-rpc", "exchange2019-edge",
                               "exchange2019-hybrid", "exchange2019-dag-sites"})
            QVERIFY2(ids.contains(QString::fromUtf8(id)), id);
        QVERIFY(ids.indexOf(QStringLiteral("exchange2003-frontend-backend")) <
                ids.indexOf(QStringLiteral("exchange2010-static-rpc")));
        QCOMPARE(ids.constLast(), QStringLiteral("exchange2019-dag-sites"));
    }

    void everyLessonLoads_data()
    {
        QTest::addColumn<QString>("id");
        for (const BuiltinLesson& builtin : LessonLibrary::lessons())
            QTest::newRow(qPrintable(builtin.id)) << builtin.id;
    }

    // The engine's own answer to every task of every lesson earns 100 %: no task asks what the engine cannot answer,
    // and every place-roles task has a supported placement. It survives the answer file too.
    void everyLessonLoads()
    {
        QFETCH(QString, id);
        const std::optional<Lesson> lesson = LessonLibrary::open(id, catalog());
        QVERIFY(lesson);
        QCOMPARE(lesson->id, id);
        QVERIFY(!lesson->instructions.isEmpty());
        QVERIFY(!lesson->tasks.isEmpty());
        const LessonGrader grader(catalog());
        const LessonAnswers answers = grader.modelAnswers(*lesson);
        LessonAnswersReader reader(*lesson);
        const std::optional<LessonAnswers> reread = reader.read(LessonAnswersWriter().toJson(answers));
        QVERIFY2(reread, qPrintable(reader.errorString()));
        for (const LessonAnswers& candidate : {answers, *reread}) {
            const LessonGrade grade = grader.grade(*lesson, candidate);
            QCOMPARE(grade.score, 100);
            QVERIFY(grade.fullyCorrect());
            QVERIFY(!grade.hint);
            for (const TaskGrade& task : grade.tasks) {
                QVERIFY2(task.expected > 0, qPrintable(task.taskId));
                QCOMPARE(task.correct, task.expected);
            }
        }
    }

    // Every built-in lesson's title, description, instructions and questions are listed for the translators, and
    // nothing else is.
    void lessonTextsAreTranslatable()
    {
        QStringList shown;
        for (const BuiltinLesson& builtin : LessonLibrary::lessons()) {
            const Lesson lesson = *LessonLibrary::open(builtin.id, catalog());
            for (const QString& text : {lesson.title, lesson.description, lesson.instructions}) {
                if (!shown.contains(text))
                    shown.append(text);
            }
            for (const LessonTask& task : lesson.tasks) {
                if (!shown.contains(task.question))
                    shown.append(task.question);
            }
            // A deployment of a built-in template is translated as the template; any other's texts are the lesson's.
            for (const QString& text : {lesson.deployment.name, lesson.deployment.description}) {
                if (!templateTexts().contains(text) && !shown.contains(text))
                    shown.append(text);
            }
        }
        QCOMPARE(lessonTexts(), shown);
    }

    // Writing a lesson and reading it back gives the same lesson; the file is replaced atomically.
    void lessonRoundTrips()
    {
        const Lesson original = lesson("exchange2003-frontend-backend");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("copy.portolan-lesson"));
        LessonWriter writer;
        QVERIFY2(writer.writeFile(original, path), qPrintable(writer.errorString()));
        LessonReader reader(catalog());
        const std::optional<Lesson> copy = reader.readFile(path);
        QVERIFY2(copy, qPrintable(reader.errorString()));
        QCOMPARE(copy->title, original.title);
        QCOMPARE(copy->level, original.level);
        QCOMPARE(copy->deployment.servers, original.deployment.servers);
        QCOMPARE(copy->deployment.zones, original.deployment.zones);
        QCOMPARE(copy->tasks.size(), original.tasks.size());
        for (int i = 0; i < copy->tasks.size(); ++i) {
            QCOMPARE(copy->tasks.at(i).id, original.tasks.at(i).id);
            QCOMPARE(copy->tasks.at(i).kind, original.tasks.at(i).kind);
            QCOMPARE(copy->tasks.at(i).roles, original.tasks.at(i).roles);
            QCOMPARE(copy->tasks.at(i).server, original.tasks.at(i).server);
        }
        QVERIFY(!writer.writeFile(original, dir.filePath(QStringLiteral("missing/dir/x.portolan-lesson"))));
        QVERIFY(writer.errorString().contains(QStringLiteral("cannot save")));
    }

    void badLessonNamesThePlace_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("error");
        QTest::newRow("task zone") << QByteArray(R"("from": "dmz")") << QByteArray(R"("from": "dmz2")")
                                   << QStringLiteral("tasks[1].from: no zone \"dmz2\" in the deployment");
        QTest::newRow("task server") << QByteArray(R"("server": "mail01")") << QByteArray(R"("server": "ex9")")
                                     << QStringLiteral("tasks[2].server: no server \"ex9\" in the deployment");
        QTest::newRow("task kind") << QByteArray(R"("kind": "server-ports")") << QByteArray(R"("kind": "ports")")
                                   << QStringLiteral("tasks[2].kind: unknown task kind \"ports\"");
        QTest::newRow("deployment role") << QByteArray(R"("smtp-relay")") << QByteArray(R"("smtp-relai")")
                                         << QStringLiteral("deployment.servers[0] (\"relay01\"): unknown role "
                                                           "\"smtp-relai\"");
        QTest::newRow("deployment format")
            << QByteArray(R"("format": "portolan-deployment")") << QByteArray(R"("format": "portolan")")
            << QStringLiteral("deployment.format: expected \"portolan-deployment\"");
        QTest::newRow("newer") << QByteArray(R"("version": 1,
    "id")") << QByteArray(R"("version": 7,
    "id")") << QStringLiteral("this lesson uses format version 7");
        QTest::newRow("syntax") << QByteArray(R"("level": 2,)") << QByteArray(R"("level": 2)")
                                << QStringLiteral("line 6, column 5: missing comma");
        QTest::newRow("unknown key") << QByteArray(R"("level": 2,)") << QByteArray(R"("levels": 2,)")
                                     << QStringLiteral("unknown key \"levels\"");
    }

    void badLessonNamesThePlace()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, error);
        const QString actual = lessonError(relayLessonWith(from, to));
        QVERIFY2(actual.startsWith(error) || actual.contains(error), qPrintable(actual));
    }

    void badAnswersNameThePlace_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        const QByteArray head = R"({"format": "portolan-answers", "version": 1, "lesson": "seed-dmz-relay", )";
        QTest::newRow("ports") << head + R"("answers": {"dmz-lan": {"rules": [
            {"from": "dmz", "to": "lan", "protocol": "tcp", "ports": "25"},
            {"from": "dmz", "to": "lan", "protocol": "tcp", "ports": "25-x"}]}}})"
                               << QStringLiteral("answers.dmz-lan.rules[1].ports: expected ports such as");
        QTest::newRow("zone") << head + R"("answers": {"dmz-lan": {"rules": [
            {"from": "dmz2", "to": "lan", "protocol": "tcp", "ports": "25"}]}}})"
                              << QStringLiteral("answers.dmz-lan.rules[0].from: no zone \"dmz2\"");
        QTest::newRow("protocol") << head + R"("answers": {"dmz-lan": {"rules": [
            {"from": "dmz", "to": "lan", "protocol": "icmp", "ports": "25"}]}}})"
                                  << QStringLiteral("answers.dmz-lan.rules[0].protocol: expected \"tcp\" or \"udp\"");
        QTest::newRow("task") << head + R"("answers": {"dmz-wan": {"rules": []}}})"
                              << QStringLiteral("answers.dmz-wan: no task \"dmz-wan\" in the lesson");
        QTest::newRow("server zones") << head + R"("answers": {"mail-ports": {"ports": [
            {"protocol": "tcp", "ports": "25", "from": ["dmz", 3]}]}}})"
                                      << QStringLiteral("answers.mail-ports.ports[0].from[1]: expected a zone id");
        QTest::newRow("other lesson")
            << QByteArray(R"({"format": "portolan-answers", "version": 1, "lesson": "x", "answers": {}})")
            << QStringLiteral("lesson: these are answers to the lesson \"x\"");
        QTest::newRow("format") << QByteArray(R"({"format": "portolan-lesson", "version": 1})")
                                << QStringLiteral("format: expected \"portolan-answers\"");
        QTest::newRow("syntax") << QByteArray("{\"format\": \"portolan-answers\",\n \"version\": 1 \"lesson\": 1}")
                                << QStringLiteral("line 2, column");
    }

    void badAnswersNameThePlace()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        const QString actual = answersError(lesson("seed-dmz-relay"), json);
        QVERIFY2(actual.startsWith(error), qPrintable(actual));
    }

    // A place-roles answer names only the task's roles and the deployment's zones.
    void placementsAreChecked()
    {
        const Lesson edge = lesson("exchange2019-edge");
        const QByteArray head = R"({"format": "portolan-answers", "version": 1, "lesson": "exchange2019-edge", )";
        QVERIFY(answersError(edge, head + R"("answers": {"place-mailbox": {"placements": {"edge-transport": "dmz"}}}})")
                    .startsWith(QStringLiteral("answers.place-mailbox.placements: the task does not ask to place "
                                               "\"edge-transport\"")));
        QCOMPARE(answersError(edge, head + R"("answers": {"place-mailbox": {"placements": {"mailbox": "wan"}}}})"),
                 QStringLiteral("answers.place-mailbox.placements.mailbox: no zone \"wan\" in the lesson's "
                                "deployment"));
        QCOMPARE(answersError(edge, head + R"("attempts": 3, "answers": {"place-mailbox": {}}})"),
                 QStringLiteral("(read)"));
    }
};

QTEST_GUILESS_MAIN(TestLessons)
#include "tst_lessons.moc"
