#pragma once

#include "model/lesson.h"

#include <QDialog>

class PortCatalog;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
struct PortMatrix;

// Teacher mode, Lesson → New Lesson from this Deployment…: a title, instructions and which firewalls (zone pairs that
// have rules) and servers (those that listen on something) the lesson asks about, and which roles the learner places
// one more server of (one place-roles task). Save writes a .portolan-lesson file
// with LessonWriter; the lesson's deployment is the window's as it is now.
class NewLessonDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewLessonDialog)

public:
    NewLessonDialog(const DeploymentData& deployment, const PortMatrix& matrix, const PortCatalog& catalog,
                    const QString& directory, QWidget* parent = nullptr);

    // The lesson as the dialog stands.
    Lesson lesson() const;
    // Writes lesson() to path; false with the reason in error.
    bool saveTo(const QString& path, QString* error);
    QString savedPath() const { return m_savedPath; }

private:
    void updateSave();
    QString zoneName(const QString& id) const;

    DeploymentData m_deployment;
    const PortCatalog& m_catalog;
    QString m_directory;
    QLineEdit* m_title;
    QPlainTextEdit* m_instructions;
    QListWidget* m_questions;
    QPushButton* m_save;
    QString m_savedPath;
};
