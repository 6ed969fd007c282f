#pragma once

#include <QList>
#include <QString>

#include <optional>

class PortCatalog;
struct Lesson;

struct BuiltinLesson
{
    QString id;          // the lesson's "id": "seed-dmz-relay"
    int level = 1;       // the lesson's "level"
    QString title;       // in the user's language
    QString description; // what it teaches, in the user's language
    QString path;        // what LessonReader::readFile() opens
};

// The lessons compiled into the binary under ":/lessons", in their progression (by level, then id). Only the header
// fields are read here; opening a lesson goes through LessonReader. Titles and descriptions are shown in the user's
// language through the "Lessons" context (model/lessontexts.cpp).
class LessonLibrary final
{
public:
    static QList<BuiltinLesson> lessons();
    static std::optional<BuiltinLesson> find(const QString& id);
    // A built-in lesson read whole, its title, description, instructions and questions in the user's language.
    // Nothing for an unknown id (a built-in lesson that does not load is a build defect that tst_lessons finds).
    static std::optional<Lesson> open(const QString& id, const PortCatalog& catalog);
};
