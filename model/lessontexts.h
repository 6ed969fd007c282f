#pragma once

#include <QStringList>

// The titles, descriptions, instructions and questions of the built-in lessons (resources/lessons), listed in source
// so that lupdate finds them. LessonLibrary shows each in the user's language through the "Lessons" context;
// tst_lessons checks that this list and the files agree.
const QStringList& lessonTexts();
