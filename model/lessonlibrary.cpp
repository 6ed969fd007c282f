#include "model/lessonlibrary.h"

#include <algorithm>

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>

#include "model/jsonparseproblem.h"
#include "model/lesson.h"
#include "model/lessonfile.h"
#include "model/templatetexts.h"
#include "model/userfile.h"

namespace {

const QString Directory = QStringLiteral(":/lessons");

// A built-in lesson's text in the user's language (lessonTexts() lists them for lupdate).
QString translated(const QString& text)
{
    return QCoreApplication::translate("Lessons", text.toUtf8().constData());
}

// The name or description of a lesson's deployment: a built-in template's, translated as the template is, else one
// of the lesson's own texts.
QString deploymentText(const QString& text)
{
    if (templateTexts().contains(text))
        return QCoreApplication::translate("Templates", text.toUtf8().constData());
    return translated(text);
}

} // namespace

QList<BuiltinLesson> LessonLibrary::lessons()
{
    QList<BuiltinLesson> result;
    const QDir dir(Directory);
    const QFileInfoList files = dir.entryInfoList({QStringLiteral("*.portolan-lesson")}, QDir::Files, QDir::Name);
    for (const QFileInfo& info : files) {
        // Only the header is read; tst_lessons opens every lesson fully, so a broken one never ships.
        QString error;
        const std::optional<QByteArray> json = UserFile::read(info.filePath(), UserFileKind::Lesson, &error);
        std::optional<JsonParseProblem> problem;
        const std::optional<QJsonDocument> document = json ? JsonParseProblem::parse(*json, &problem) : std::nullopt;
        if (!document || !document->isObject()) {
            qWarning("Skipping the unreadable lesson %s", qPrintable(info.filePath()));
            continue;
        }
        const QJsonObject root = document->object();
        BuiltinLesson lesson;
        lesson.id = root.value(QStringLiteral("id")).toString();
        lesson.level = root.value(QStringLiteral("level")).toInt(1);
        lesson.title = translated(root.value(QStringLiteral("title")).toString());
        lesson.description = translated(root.value(QStringLiteral("description")).toString());
        lesson.path = info.filePath();
        result.append(lesson);
    }
    std::stable_sort(result.begin(), result.end(), [](const BuiltinLesson& a, const BuiltinLesson& b) {
        return a.level != b.level ? a.level < b.level : a.id < b.id;
    });
    return result;
}

std::optional<BuiltinLesson> LessonLibrary::find(const QString& id)
{
    const QList<BuiltinLesson> all = lessons();
    const auto it = std::find_if(all.cbegin(), all.cend(), [&id](const BuiltinLesson& l) { return l.id == id; });
    return it != all.cend() ? std::optional<BuiltinLesson>(*it) : std::nullopt;
}

std::optional<Lesson> LessonLibrary::open(const QString& id, const PortCatalog& catalog)
{
    const std::optional<BuiltinLesson> builtin = find(id);
    if (!builtin)
        return std::nullopt;
    LessonReader reader(catalog);
    std::optional<Lesson> lesson = reader.readFile(builtin->path);
    if (!lesson) {
        qWarning("The built-in lesson %s does not load: %s", qPrintable(id), qPrintable(reader.errorString()));
        return std::nullopt;
    }
    lesson->title = translated(lesson->title);
    lesson->description = translated(lesson->description);
    lesson->instructions = translated(lesson->instructions);
    lesson->deployment.name = deploymentText(lesson->deployment.name);
    lesson->deployment.description = deploymentText(lesson->deployment.description);
    for (LessonTask& task : lesson->tasks)
        task.question = translated(task.question);
    return lesson;
}
