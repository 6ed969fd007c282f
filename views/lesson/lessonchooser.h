#pragma once

#include "model/lessonlibrary.h"

#include <QDialog>

class QLabel;
class QListWidget;

// Lesson → Open Lesson…: the built-in lessons in their progression (level and title, and what the selected one
// teaches), or a .portolan-lesson file. Accepted, either selectedLessonId() or chosenFile() is set.
class LessonChooser final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LessonChooser)

public:
    LessonChooser(const QList<BuiltinLesson>& lessons, const QString& directory, QWidget* parent = nullptr);

    QString selectedLessonId() const;
    QString chosenFile() const { return m_file; }

private:
    QList<BuiltinLesson> m_lessons;
    QListWidget* m_list;
    QLabel* m_description;
    QString m_file;
};
