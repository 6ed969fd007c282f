#pragma once

#include "model/lessonanswers.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

struct Lesson;

inline constexpr int LessonAnswersFormatVersion = 1;
// The "format" value of every answer file.
inline QString lessonAnswersFormatName()
{
    return QStringLiteral("portolan-answers");
}

// Reads a learner's answer file (docs/lesson-format.md) for one lesson: task ids, zone ids and role ids are checked
// against the lesson, and errors name the place ("answers.dmz-lan.rules[2].ports: ..."). An answer file of another
// lesson is refused.
class LessonAnswersReader final
{
    Q_DECLARE_TR_FUNCTIONS(LessonAnswersReader)

public:
    explicit LessonAnswersReader(const Lesson& lesson);

    std::optional<LessonAnswers> read(const QByteArray& json);
    std::optional<LessonAnswers> readFile(const QString& path);
    QString errorString() const { return m_errorString; }

private:
    const Lesson& m_lesson;
    QString m_errorString;
};

// Writes answers as indented UTF-8 JSON, tasks sorted by id.
class LessonAnswersWriter final
{
    Q_DECLARE_TR_FUNCTIONS(LessonAnswersWriter)

public:
    QByteArray toJson(const LessonAnswers& answers) const;
    // Atomic (CheckedWrite).
    bool writeFile(const LessonAnswers& answers, const QString& path);
    QString errorString() const { return m_errorString; }

private:
    QString m_errorString;
};
