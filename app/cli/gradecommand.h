#pragma once

#include <QByteArray>
#include <QString>
#include <QTextStream>

#include <optional>

class PortCatalog;
struct Lesson;
struct LessonAnswers;
struct LessonGrade;

// `portolan-cli grade LESSON ANSWERS.json [--format text|json] [-o OUT]` and `portolan-cli lessons`. LESSON is a
// .portolan-lesson file or the id of a built-in lesson. CliCommands parses the arguments; this class reads the files,
// grades (LessonGrader) and writes the feedback, text or the JSON of docs/lesson-format.md. Exit code 0 when every
// task is fully correct, 1 when not, 2 on bad input, the place named. The report goes to stdout or OUT (replaced
// atomically), problems to stderr.
class GradeCommand final
{
public:
    enum class Format
    {
        Text,
        Json
    };

    struct Input
    {
        QString lesson;
        QString answers;
        Format format = Format::Text;
        QString output; // empty or "-": standard output
    };

    GradeCommand(const PortCatalog& catalog, QTextStream& out, QTextStream& err);

    int run(const Input& input);
    // The built-in lessons in their order: id, level, title.
    int listLessons();

    static QString help(const QString& program);
    static QString lessonsHelp(const QString& program);
    // "text", "json"; nothing for another name.
    static std::optional<Format> formatFromName(const QString& name);

private:
    std::optional<Lesson> readLesson(const QString& nameOrPath);
    QByteArray text(const Lesson& lesson, const LessonAnswers& answers, const LessonGrade& grade) const;
    QByteArray json(const LessonAnswers& answers, const LessonGrade& grade) const;
    int fail(const QString& message);

    const PortCatalog& m_catalog;
    QTextStream& m_out;
    QTextStream& m_err;
};
