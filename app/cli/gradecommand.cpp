#include "app/cli/gradecommand.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "app/cli/clicommands.h"
#include "model/checkedwrite.h"
#include "model/lessonanswersfile.h"
#include "model/lessonfile.h"
#include "model/lessongrader.h"
#include "model/lessonlibrary.h"
#include "model/portcatalog.h"

namespace {

const QString Program = QStringLiteral("portolan-cli");

QString verdictId(GradedRule::Verdict verdict)
{
    switch (verdict) {
    case GradedRule::Verdict::Correct:
        return QStringLiteral("correct");
    case GradedRule::Verdict::Missing:
        return QStringLiteral("missing");
    case GradedRule::Verdict::Extra:
        return QStringLiteral("extra");
    }
    return {};
}

// Continuation lines of a multi-line text, indented under the first.
QString indented(const QString& text, int spaces)
{
    QString result = text;
    return result.replace(u'\n', u'\n' + QString(spaces, u' '));
}

} // namespace

GradeCommand::GradeCommand(const PortCatalog& catalog, QTextStream& out, QTextStream& err)
    : m_catalog(catalog)
    , m_out(out)
    , m_err(err)
{}

QString GradeCommand::help(const QString& program)
{
    return QStringLiteral(
               "Usage: %1 grade LESSON ANSWERS.json [--format text|json] [-o OUT]\n"
               "\n"
               "Grades a learner's answer file (docs/lesson-format.md) against a lesson, as the window's Check\n"
               "does: each needed rule correct or missing (with why it is needed and what breaks without it),\n"
               "each extra rule (with why it is not needed and what it would expose), placements judged by the\n"
               "validator, a score and a hint. Ports are graded by meaning: \"6001-6002,6004\" and two lines\n"
               "\"6001-6002\" and \"6004\" are the same answer, \"dynamic\" is the dynamic RPC range.\n"
               "LESSON is a .portolan-lesson file or the id of a built-in lesson (see `lessons`).\n"
               "\n"
               "  --format FORMAT    text (default) or json (docs/lesson-format.md)\n"
               "  -o, --output OUT   Write to OUT (replaced atomically) instead of standard output\n"
               "\n"
               "Exit code 0 when every task is fully correct, 1 when not, 2 on bad input.\n")
        .arg(program);
}

QString GradeCommand::lessonsHelp(const QString& program)
{
    return QStringLiteral("Usage: %1 lessons\n"
                          "\n"
                          "Lists the built-in lessons in their order: id, level and title. Use an id with `grade`.\n")
        .arg(program);
}

std::optional<GradeCommand::Format> GradeCommand::formatFromName(const QString& name)
{
    if (name.compare(u"text", Qt::CaseInsensitive) == 0)
        return Format::Text;
    if (name.compare(u"json", Qt::CaseInsensitive) == 0)
        return Format::Json;
    return std::nullopt;
}

int GradeCommand::listLessons()
{
    const QList<BuiltinLesson> lessons = LessonLibrary::lessons();
    qsizetype width = 0;
    for (const BuiltinLesson& lesson : lessons)
        width = std::max(width, lesson.id.size());
    for (const BuiltinLesson& lesson : lessons)
        m_out << lesson.id.leftJustified(width + 2) << lesson.level << "  " << lesson.title << '\n';
    return CliCommands::Success;
}

// A path that exists is a file; otherwise a built-in lesson's id; otherwise the file's error.
std::optional<Lesson> GradeCommand::readLesson(const QString& nameOrPath)
{
    if (!QFileInfo::exists(nameOrPath) && LessonLibrary::find(nameOrPath))
        return LessonLibrary::open(nameOrPath, m_catalog);
    LessonReader reader(m_catalog);
    std::optional<Lesson> lesson = reader.readFile(nameOrPath);
    if (!lesson)
        fail(nameOrPath + QStringLiteral(": ") + reader.errorString());
    return lesson;
}

int GradeCommand::run(const Input& input)
{
    const std::optional<Lesson> lesson = readLesson(input.lesson);
    if (!lesson)
        return CliCommands::BadInput;
    LessonAnswersReader reader(*lesson);
    const std::optional<LessonAnswers> answers = reader.readFile(input.answers);
    if (!answers)
        return fail(input.answers + QStringLiteral(": ") + reader.errorString());
    const LessonGrade grade = LessonGrader(m_catalog).grade(*lesson, *answers);
    const QByteArray bytes = input.format == Format::Json ? json(*answers, grade) : text(*lesson, *answers, grade);
    QString error;
    if (input.output.isEmpty() || input.output == u"-") {
        m_out.flush();
        if (!CheckedWrite::toStandardOutput(bytes, &error))
            return fail(QStringLiteral("cannot write to standard output: ") + error);
    } else if (!CheckedWrite::replaceFile(input.output, bytes, &error)) {
        return fail(input.output + QStringLiteral(": ") + error);
    }
    return grade.fullyCorrect() ? CliCommands::Success : CliCommands::ValidationErrors;
}

QByteArray GradeCommand::text(const Lesson& lesson, const LessonAnswers& answers, const LessonGrade& grade) const
{
    const auto zoneName = [&lesson](const QString& id) {
        const Zone* zone = lesson.deployment.zone(id);
        return zone ? zone->name : id;
    };
    QString out = QStringLiteral("Lesson %1: %2\n").arg(lesson.id, lesson.title);
    if (!answers.learner.isEmpty())
        out += QStringLiteral("Learner: %1\n").arg(answers.learner);
    out += QStringLiteral("Score: %1 %, attempts: %2\n").arg(grade.score).arg(grade.attempts);
    for (int i = 0; i < grade.tasks.size(); ++i) {
        const TaskGrade& task = grade.tasks.at(i);
        out += QStringLiteral("\nTask %1 (%2): %3\n  %4 of %5 right, %6 extra\n")
                   .arg(task.taskId, LessonTask::kindId(task.kind), lesson.tasks.at(i).question)
                   .arg(task.correct)
                   .arg(task.expected)
                   .arg(task.extra);
        for (const GradedRule& rule : task.rules) {
            const bool correct = rule.verdict == GradedRule::Verdict::Correct;
            out += QStringLiteral("  %1 %2 %3 → %4 %5 %6")
                       .arg(correct ? QStringLiteral("✓") : QStringLiteral("✗"), verdictId(rule.verdict),
                            zoneName(rule.from), zoneName(rule.to), protocolId(rule.protocol).toUpper(), rule.ports);
            if (!rule.services.isEmpty())
                out += QStringLiteral(" (%1)").arg(rule.services.join(QStringLiteral(", ")));
            out += u'\n';
            if (rule.verdict == GradedRule::Verdict::Correct)
                continue;
            out += QStringLiteral("      %1\n").arg(indented(rule.reason, 6));
            const QString& more = rule.verdict == GradedRule::Verdict::Missing ? rule.ifBlocked : rule.exposes;
            if (!more.isEmpty())
                out += QStringLiteral("      %1\n").arg(indented(more, 6));
        }
        for (const GradedPlacement& placement : task.placements) {
            out += QStringLiteral("  %1 %2 in %3: %4\n")
                       .arg(placement.supported ? QStringLiteral("✓") : QStringLiteral("✗"), placement.role,
                            placement.zone.isEmpty() ? QStringLiteral("-") : zoneName(placement.zone),
                            indented(placement.reason, 6));
        }
    }
    if (grade.hint)
        out += QStringLiteral("\nHint (%1, %2 → %3): %4. %5\n")
                   .arg(grade.hint->taskId, zoneName(grade.hint->from), zoneName(grade.hint->to), grade.hint->service,
                        grade.hint->purpose);
    return out.toUtf8();
}

QByteArray GradeCommand::json(const LessonAnswers& answers, const LessonGrade& grade) const
{
    QJsonArray tasks;
    for (const TaskGrade& task : grade.tasks) {
        QJsonObject object{
            {QStringLiteral("id"), task.taskId},       {QStringLiteral("kind"), LessonTask::kindId(task.kind)},
            {QStringLiteral("correct"), task.correct}, {QStringLiteral("expected"), task.expected},
            {QStringLiteral("extra"), task.extra},     {QStringLiteral("fullyCorrect"), task.fullyCorrect()}};
        if (task.kind == LessonTask::Kind::PlaceRoles) {
            QJsonArray placements;
            for (const GradedPlacement& placement : task.placements)
                placements.append(QJsonObject{{QStringLiteral("role"), placement.role},
                                              {QStringLiteral("zone"), placement.zone},
                                              {QStringLiteral("supported"), placement.supported},
                                              {QStringLiteral("reason"), placement.reason}});
            object.insert(QStringLiteral("placements"), placements);
        } else {
            QJsonArray rules;
            for (const GradedRule& rule : task.rules) {
                QJsonObject line{{QStringLiteral("verdict"), verdictId(rule.verdict)},
                                 {QStringLiteral("from"), rule.from},
                                 {QStringLiteral("to"), rule.to},
                                 {QStringLiteral("protocol"), protocolId(rule.protocol)},
                                 {QStringLiteral("ports"), rule.ports},
                                 {QStringLiteral("dynamicRpc"), rule.dynamicRpc},
                                 {QStringLiteral("services"), QJsonArray::fromStringList(rule.services)},
                                 {QStringLiteral("reason"), rule.reason}};
                if (rule.verdict == GradedRule::Verdict::Missing)
                    line.insert(QStringLiteral("ifBlocked"), rule.ifBlocked);
                if (rule.verdict == GradedRule::Verdict::Extra) {
                    line.insert(QStringLiteral("exposes"), rule.exposes);
                    QJsonArray lines;
                    for (const int index : rule.answerLines)
                        lines.append(index);
                    line.insert(QStringLiteral("answerLines"), lines);
                }
                rules.append(line);
            }
            object.insert(QStringLiteral("rules"), rules);
        }
        tasks.append(object);
    }
    QJsonObject root{{QStringLiteral("format"), QStringLiteral("portolan-grade")},
                     {QStringLiteral("version"), 1},
                     {QStringLiteral("lesson"), grade.lessonId},
                     {QStringLiteral("learner"), answers.learner},
                     {QStringLiteral("attempts"), grade.attempts},
                     {QStringLiteral("score"), grade.score},
                     {QStringLiteral("fullyCorrect"), grade.fullyCorrect()},
                     {QStringLiteral("tasks"), tasks}};
    if (grade.hint)
        root.insert(QStringLiteral("hint"), QJsonObject{{QStringLiteral("task"), grade.hint->taskId},
                                                        {QStringLiteral("from"), grade.hint->from},
                                                        {QStringLiteral("to"), grade.hint->to},
                                                        {QStringLiteral("service"), grade.hint->service},
                                                        {QStringLiteral("purpose"), grade.hint->purpose}});
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

int GradeCommand::fail(const QString& message)
{
    m_err << Program << ": " << message << '\n';
    m_err.flush();
    return CliCommands::BadInput;
}
