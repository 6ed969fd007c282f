// Bytes as a lesson file, and as an answer file to each built-in lesson. What reads is written and read back: it
// must read again and write the same file (a difference is a round-trip bug, reported as a crash).

#include "fuzz/fuzzqt.h"
#include "model/lesson.h"
#include "model/lessonanswersfile.h"
#include "model/lessonfile.h"
#include "model/lessonlibrary.h"
#include "model/portcatalog.h"

#include <QList>

namespace {

const QList<Lesson>& builtinLessons()
{
    static const QList<Lesson> lessons = [] {
        QList<Lesson> list;
        for (const BuiltinLesson& builtin : LessonLibrary::lessons())
            list.append(*LessonLibrary::open(builtin.id, PortCatalog::builtin()));
        return list;
    }();
    return lessons;
}

void readLesson(const QByteArray& bytes)
{
    LessonReader reader(PortCatalog::builtin());
    const auto lesson = reader.read(bytes);
    if (!lesson)
        return;
    const QByteArray written = LessonWriter().toJson(*lesson);
    LessonReader rereader(PortCatalog::builtin());
    const auto reread = rereader.read(written);
    if (!reread)
        fuzzFinding("the written lesson does not read back", rereader.errorString().toUtf8(), written);
    const QByteArray rewritten = LessonWriter().toJson(*reread);
    if (rewritten != written)
        fuzzFinding("the lesson read back writes another file", written, rewritten);
}

void readAnswers(const QByteArray& bytes, const Lesson& lesson)
{
    LessonAnswersReader reader(lesson);
    const auto answers = reader.read(bytes);
    if (!answers)
        return;
    const QByteArray written = LessonAnswersWriter().toJson(*answers);
    LessonAnswersReader rereader(lesson);
    const auto reread = rereader.read(written);
    if (!reread)
        fuzzFinding("the written answers do not read back", rereader.errorString().toUtf8(), written);
    const QByteArray rewritten = LessonAnswersWriter().toJson(*reread);
    if (rewritten != written)
        fuzzFinding("the answers read back write another file", written, rewritten);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes = fuzzInput(data, size);
    readLesson(bytes);
    for (const Lesson& lesson : builtinLessons())
        readAnswers(bytes, lesson);
    return 0;
}
