#pragma once

#include "model/lesson.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

class PortCatalog;
class QIODevice;

inline constexpr int LessonFormatVersion = 1;
// The "format" value of every lesson file.
inline QString lessonFormatName()
{
    return QStringLiteral("portolan-lesson");
}

// Reads a lesson (docs/lesson-format.md). Its "deployment" is the object of a .portolan file, read by
// DeploymentReader, so its errors carry the same places behind "deployment." ("deployment.servers[2] (\"ex01\").zone:
// unknown zone ..."); a task's references are checked against that deployment ("tasks[1].from: no zone \"dmz2\" in
// the deployment"). Unknown keys are errors, as in a deployment file.
class LessonReader final
{
    Q_DECLARE_TR_FUNCTIONS(LessonReader)

public:
    explicit LessonReader(const PortCatalog& catalog);

    std::optional<Lesson> read(const QByteArray& json);
    // The error of a file that cannot be opened names the path; other errors do not, the caller knows it.
    std::optional<Lesson> readFile(const QString& path);
    QString errorString() const { return m_errorString; }

private:
    const PortCatalog& m_catalog;
    QString m_errorString;
};

// Writes a lesson as indented UTF-8 JSON, its deployment as DeploymentWriter writes a .portolan file.
class LessonWriter final
{
    Q_DECLARE_TR_FUNCTIONS(LessonWriter)

public:
    QByteArray toJson(const Lesson& lesson) const;
    // Atomic (CheckedWrite): when it fails, the file that was at path is left as it was.
    bool writeFile(const Lesson& lesson, const QString& path);
    QString errorString() const { return m_errorString; }

private:
    QString m_errorString;
};
