#include <QTest>

#include "deploymentbuilder.h"
#include "model/catalogentry.h"
#include "model/lessongrader.h"
#include "model/lessonlibrary.h"
#include "model/portcatalog.h"
#include "model/portexposure.h"

// Grading by meaning: what is needed comes from the flow engine, ports are sets, lines merge, and the feedback says
// why a rule is needed or what an extra one would expose.
class TestLessonGrader : public QObject
{
    Q_OBJECT

private:
    static const PortCatalog& catalog() { return PortCatalog::builtin(); }

    static Lesson builtin(const char* id) { return *LessonLibrary::open(QString::fromUtf8(id), catalog()); }

    static LessonTask firewallTask(const char* id, const char* from, const char* to, bool bothDirections = true)
    {
        LessonTask task;
        task.id = QString::fromUtf8(id);
        task.kind = LessonTask::Kind::FirewallRules;
        task.question = QStringLiteral("?");
        task.from = QString::fromUtf8(from);
        task.to = QString::fromUtf8(to);
        task.bothDirections = bothDirections;
        return task;
    }

    static Lesson lessonOf(const DeploymentData& deployment, const QList<LessonTask>& tasks)
    {
        Lesson lesson;
        lesson.id = QStringLiteral("test");
        lesson.title = QStringLiteral("Test");
        lesson.deployment = deployment;
        lesson.tasks = tasks;
        return lesson;
    }

    static LessonAnswers rules(const char* task, const QList<AnswerRule>& lines)
    {
        LessonAnswers answers;
        answers.answers[QString::fromUtf8(task)].rules = lines;
        return answers;
    }

    static AnswerRule line(const char* from, const char* to, const char* ports, Protocol protocol = Protocol::Tcp)
    {
        return {QString::fromUtf8(from), QString::fromUtf8(to), protocol, QString::fromUtf8(ports)};
    }

    static QList<GradedRule> withVerdict(const TaskGrade& grade, GradedRule::Verdict verdict)
    {
        QList<GradedRule> result;
        for (const GradedRule& rule : grade.rules) {
            if (rule.verdict == verdict)
                result.append(rule);
        }
        return result;
    }

    static const GradedRule* find(const TaskGrade& grade, GradedRule::Verdict verdict, const char* ports)
    {
        for (const GradedRule& rule : grade.rules) {
            if (rule.verdict == verdict && rule.ports == QString::fromUtf8(ports))
                return &rule;
        }
        return nullptr;
    }

    // Exchange 2003 front-end in the DMZ, back-ends and a domain controller on the LAN, RPC over HTTP on: the
    // front-end needs 6001, 6002 and 6004 on the back-ends.
    static Lesson frontEndBackEnd()
    {
        DeploymentBuilder builder = DeploymentBuilder::threeZones("2003");
        builder.server("fe01", "dmz", {"front-end"})
            .server("be01", "lan", {"back-end"})
            .server("dc01", "lan", {"domain-controller"})
            .option("rpcOverHttp", true);
        return lessonOf(builder.data(), {firewallTask("fw", "dmz", "lan", false)});
    }

private slots:
    // The engine's own answer is a perfect answer: every needed rule correct, nothing extra, 100 %, no hint.
    void perfectAnswer()
    {
        const Lesson lesson = builtin("seed-dmz-relay");
        const LessonGrader grader(catalog());
        const LessonGrade grade = grader.grade(lesson, grader.modelAnswers(lesson));
        QCOMPARE(grade.score, 100);
        QVERIFY(grade.fullyCorrect());
        QVERIFY(!grade.hint);
        const TaskGrade& dmzLan = grade.tasks.at(1);
        QCOMPARE(dmzLan.taskId, QStringLiteral("dmz-lan"));
        // Relay → Exchange SMTP in, Exchange → relay (smart host) out: two rules, both TCP 25.
        QCOMPARE(dmzLan.expected, 2);
        QCOMPARE(dmzLan.correct, 2);
        for (const GradedRule& rule : dmzLan.rules) {
            QCOMPARE(rule.verdict, GradedRule::Verdict::Correct);
            QCOMPARE(rule.ports, QStringLiteral("25"));
            QVERIFY(!rule.reason.isEmpty());
        }
    }

    // Nothing answered: 0 %, every needed rule missing with its purpose and what breaks without it, and a hint that
    // names a service without its port.
    void emptyAnswer()
    {
        const Lesson lesson = builtin("seed-dmz-relay");
        const LessonGrade grade = LessonGrader(catalog()).grade(lesson, LessonAnswers());
        QCOMPARE(grade.score, 0);
        QVERIFY(!grade.fullyCorrect());
        int missing = 0;
        for (const TaskGrade& task : grade.tasks) {
            QCOMPARE(task.correct, 0);
            QCOMPARE(task.extra, 0);
            QCOMPARE(int(task.rules.size()), task.expected);
            for (const GradedRule& rule : task.rules) {
                QCOMPARE(rule.verdict, GradedRule::Verdict::Missing);
                QVERIFY(!rule.reason.isEmpty());
                QVERIFY(!rule.ifBlocked.isEmpty());
                QVERIFY(!rule.services.isEmpty());
                ++missing;
            }
        }
        QVERIFY(missing >= 5);
        QVERIFY(grade.hint);
        QCOMPARE(grade.hint->taskId, QStringLiteral("internet-dmz"));
        QCOMPARE(grade.hint->service, QStringLiteral("SMTP"));
        QVERIFY(!grade.hint->purpose.isEmpty());
        QVERIFY2(!grade.hint->purpose.contains(QStringLiteral("25")), qPrintable(grade.hint->purpose));
    }

    // The typical mistake of the relay layout: the DMZ gets TCP 135 and the dynamic RPC range into the LAN as if it
    // held an Exchange server. Both are extra and say what they would expose; SMTP 25 stays correct.
    void rpcFromTheDmzIsExtra()
    {
        const Lesson lesson = builtin("seed-dmz-relay");
        LessonAnswers answers = rules("dmz-lan", {line("dmz", "lan", "25"), line("lan", "dmz", "25"),
                                                  line("dmz", "lan", "135"), line("dmz", "lan", "dynamic")});
        answers.attempts = 3;
        const LessonGrade grade = LessonGrader(catalog()).grade(lesson, answers);
        QCOMPARE(grade.attempts, 3);
        const TaskGrade& task = grade.tasks.at(1);
        QCOMPARE(task.correct, 2);
        QCOMPARE(task.extra, 2);
        QVERIFY(!task.fullyCorrect());

        const GradedRule* endpointMapper = find(task, GradedRule::Verdict::Extra, "135");
        QVERIFY(endpointMapper);
        QCOMPARE(endpointMapper->from, QStringLiteral("dmz"));
        QCOMPARE(endpointMapper->to, QStringLiteral("lan"));
        QCOMPARE(endpointMapper->answerLines, QList<int>{2});
        QVERIFY2(endpointMapper->services.contains(QStringLiteral("RPC endpoint mapper")),
                 qPrintable(endpointMapper->services.join(u'|')));
        QVERIFY(endpointMapper->reason.contains(QStringLiteral("No flow of this deployment needs TCP 135 from DMZ")));
        QVERIFY(endpointMapper->exposes.startsWith(QStringLiteral("Allowing it would expose")));

        // Exchange 2003 on Windows 2003: the dynamic range is 1025-5000.
        const GradedRule* dynamic = find(task, GradedRule::Verdict::Extra, "1025-5000");
        QVERIFY(dynamic);
        QVERIFY(dynamic->dynamicRpc);
        QCOMPARE(dynamic->answerLines, QList<int>{3});
        QVERIFY2(dynamic->services.contains(QStringLiteral("RPC (dynamic)")), qPrintable(dynamic->services.join(u'|')));
        // Four lines, two right and two wrong: 2 of 4.
        QCOMPARE(task.correct * 100 / (task.expected + task.extra), 50);
    }

    // What a port exposes depends on who listens in the zone: 135 into the LAN of the relay layout reaches the domain
    // controller and the Exchange server; nothing listens on 8080 there.
    void exposure()
    {
        const Lesson lesson = builtin("seed-dmz-relay");
        QStringList services;
        for (const CatalogEntry* entry :
             entriesExposedBy(lesson.deployment, catalog(), QStringLiteral("lan"), Protocol::Tcp, 135))
            services.append(entry->service);
        QVERIFY2(services.contains(QStringLiteral("RPC endpoint mapper")), qPrintable(services.join(u'|')));
        QVERIFY(entriesExposedBy(lesson.deployment, catalog(), QStringLiteral("lan"), Protocol::Tcp, 8080).isEmpty());
        QVERIFY(entriesExposedBy(lesson.deployment, catalog(), QStringLiteral("dmz"), Protocol::Tcp, 135).isEmpty());

        const LessonGrade grade =
            LessonGrader(catalog()).grade(lesson, rules("dmz-lan", {line("dmz", "lan", "25,8080")}));
        const GradedRule* unknown = find(grade.tasks.at(1), GradedRule::Verdict::Extra, "8080");
        QVERIFY(unknown);
        QVERIFY(unknown->services.isEmpty());
        QVERIFY(unknown->exposes.startsWith(QStringLiteral("Unknown service")));
    }

    void equivalentSpellings_data()
    {
        QTest::addColumn<QStringList>("lines");
        QTest::newRow("list") << QStringList{QStringLiteral("6001,6002,6004")};
        QTest::newRow("range and port") << QStringList{QStringLiteral("6001-6002,6004")};
        QTest::newRow("spaces, unsorted") << QStringList{QStringLiteral(" 6004 , 6001-6002")};
        QTest::newRow("two lines") << QStringList{QStringLiteral("6001"), QStringLiteral("6002,6004")};
        QTest::newRow("three lines, repeated")
            << QStringList{QStringLiteral("6001-6002"), QStringLiteral("6002"), QStringLiteral("6004")};
    }

    // The RPC over HTTP back-end ports graded by meaning: any spelling of the set {6001, 6002, 6004} is right.
    void equivalentSpellings()
    {
        QFETCH(QStringList, lines);
        const Lesson lesson = frontEndBackEnd();
        QList<AnswerRule> answer;
        for (const QString& ports : lines)
            answer.append({QStringLiteral("dmz"), QStringLiteral("lan"), Protocol::Tcp, ports});
        const TaskGrade task = LessonGrader(catalog()).grade(lesson, rules("fw", answer)).tasks.at(0);
        QStringList correct;
        for (const GradedRule& rule : withVerdict(task, GradedRule::Verdict::Correct))
            correct.append(rule.ports);
        QCOMPARE(correct, (QStringList{QStringLiteral("6001"), QStringLiteral("6002"), QStringLiteral("6004")}));
        QCOMPARE(task.extra, 0);
    }

    // 6001-6004 also allows 6003, which no rule needs and nothing listens on.
    void rangeWiderThanNeeded()
    {
        const TaskGrade task = LessonGrader(catalog())
                                   .grade(frontEndBackEnd(), rules("fw", {line("dmz", "lan", "6001-6004")}))
                                   .tasks.at(0);
        QCOMPARE(task.extra, 1);
        const GradedRule* extra = find(task, GradedRule::Verdict::Extra, "6003");
        QVERIFY(extra);
        QVERIFY(extra->exposes.startsWith(QStringLiteral("Unknown service")));
        QVERIFY(find(task, GradedRule::Verdict::Correct, "6002"));
    }

    // A wide rule split over two lines counts as the rule; half of it is missing the other half, named.
    void ruleSplitAcrossLines()
    {
        const Lesson lesson = builtin("exchange2019-dag-sites");
        const LessonGrader grader(catalog());
        LessonAnswers answers = grader.modelAnswers(lesson);
        QList<AnswerRule>& lines = answers.answers[QStringLiteral("site-a-b")].rules;
        const qsizetype before = lines.size();
        lines.removeIf([](const AnswerRule& rule) { return rule.ports == u"49152-65535"; });
        QCOMPARE(lines.size(), before - 2);
        lines.append(line("site-a", "site-b", "49152-60000"));
        lines.append(line("site-a", "site-b", "60001-65535"));
        lines.append(line("site-b", "site-a", "dynamic"));
        TaskGrade task = grader.grade(lesson, answers).tasks.at(0);
        QVERIFY(task.fullyCorrect());

        lines.removeLast();
        lines.append(line("site-b", "site-a", "49152-60000"));
        task = grader.grade(lesson, answers).tasks.at(0);
        QCOMPARE(task.correct, task.expected - 1);
        const QList<GradedRule> missing = withVerdict(task, GradedRule::Verdict::Missing);
        QCOMPARE(missing.size(), 1);
        // What is still to allow: the learner's DAG replication line already allows 64327.
        QCOMPARE(missing.at(0).ports, QStringLiteral("60001-64326,64328-65535"));
        QCOMPARE(missing.at(0).from, QStringLiteral("site-b"));
        QVERIFY(missing.at(0).dynamicRpc);
    }

    // UDP 3343 is not TCP 3343, and a rule in the wrong direction is missing one way and extra the other.
    void protocolAndDirectionCount()
    {
        const Lesson lesson = frontEndBackEnd();
        const TaskGrade task =
            LessonGrader(catalog())
                .grade(lesson,
                       rules("fw", {line("dmz", "lan", "88", Protocol::Tcp), line("lan", "dmz", "389", Protocol::Udp)}))
                .tasks.at(0);
        QVERIFY(find(task, GradedRule::Verdict::Correct, "88"));
        QVERIFY(find(task, GradedRule::Verdict::Missing, "389"));
        const GradedRule* backwards = find(task, GradedRule::Verdict::Extra, "389");
        QVERIFY(backwards);
        QCOMPARE(backwards->from, QStringLiteral("lan"));
        QCOMPARE(backwards->protocol, Protocol::Udp);
    }

    // Which ports the Edge listens on, and from where: SMTP from the Internet and the LAN, EdgeSync from the LAN.
    void serverPorts()
    {
        const Lesson lesson = builtin("exchange2019-edge");
        LessonAnswers answers;
        answers.answers[QStringLiteral("edge-ports")].serverPorts = {
            {Protocol::Tcp, QStringLiteral("25"), {QStringLiteral("internet"), QStringLiteral("lan")}},
            {Protocol::Tcp, QStringLiteral("50636"), {QStringLiteral("dmz")}}};
        const LessonGrade grade = LessonGrader(catalog()).grade(lesson, answers);
        const TaskGrade& task = grade.tasks.at(2);
        QCOMPARE(task.taskId, QStringLiteral("edge-ports"));
        const GradedRule* edgeSync = find(task, GradedRule::Verdict::Missing, "50636");
        QVERIFY(edgeSync);
        QCOMPARE(edgeSync->from, QStringLiteral("lan"));
        QVERIFY(edgeSync->services.contains(QStringLiteral("LDAPS (EdgeSync)")));
        const GradedRule* wrongZone = find(task, GradedRule::Verdict::Extra, "50636");
        QVERIFY(wrongZone);
        QVERIFY2(wrongZone->reason.startsWith(QStringLiteral("EDGE01 does not listen on TCP 50636 for DMZ")),
                 qPrintable(wrongZone->reason));
        QCOMPARE(task.correct, task.expected - 1);
    }

    // A Mailbox server belongs on the LAN: the validator supports it there and refuses it in the DMZ.
    void placeRoles()
    {
        const Lesson lesson = builtin("exchange2019-edge");
        const LessonGrader grader(catalog());
        LessonAnswers answers;
        answers.answers[QStringLiteral("place-mailbox")].placements.insert(QStringLiteral("mailbox"),
                                                                           QStringLiteral("lan"));
        TaskGrade task = grader.grade(lesson, answers).tasks.at(3);
        QCOMPARE(task.kind, LessonTask::Kind::PlaceRoles);
        QCOMPARE(task.placements.size(), 1);
        QVERIFY(task.placements.at(0).supported);
        QVERIFY(task.fullyCorrect());
        QVERIFY2(task.placements.at(0).reason.contains(QStringLiteral("TCP 25 DMZ → LAN")),
                 qPrintable(task.placements.at(0).reason));

        answers.answers[QStringLiteral("place-mailbox")].placements.insert(QStringLiteral("mailbox"),
                                                                           QStringLiteral("dmz"));
        task = grader.grade(lesson, answers).tasks.at(3);
        QVERIFY(!task.placements.at(0).supported);
        QCOMPARE(task.correct, 0);
        QVERIFY2(task.placements.at(0).reason.contains(QStringLiteral("Microsoft does not support")),
                 qPrintable(task.placements.at(0).reason));

        answers.answers.remove(QStringLiteral("place-mailbox"));
        task = grader.grade(lesson, answers).tasks.at(3);
        QVERIFY(!task.placements.at(0).supported);
        QVERIFY(task.placements.at(0).zone.isEmpty());

        QCOMPARE(grader.modelAnswers(lesson).answers.value(QStringLiteral("place-mailbox")).placements,
                 (QMap<QString, QString>{{QStringLiteral("mailbox"), QStringLiteral("lan")}}));
    }

    // Only the asked direction counts when the task says so; the other direction is then extra.
    void oneDirection()
    {
        const Lesson lesson = frontEndBackEnd();
        const LessonGrade grade = LessonGrader(catalog()).grade(lesson, LessonAnswers());
        for (const GradedRule& rule : grade.tasks.at(0).rules)
            QCOMPARE(rule.from, QStringLiteral("dmz"));
    }
};

QTEST_GUILESS_MAIN(TestLessonGrader)
#include "tst_lessongrader.moc"
