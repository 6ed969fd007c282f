#pragma once

#include "model/lesson.h"
#include "model/lessonanswers.h"
#include "model/lessongrader.h"

#include <QHash>
#include <QWidget>

#include <optional>

class AnswerEditor;
class PortCatalog;
class QLabel;
class QPushButton;

// The Lesson dock's content in learner mode: the lesson's title and instructions, each task's question with its
// answer editor and, after Check, the grader's feedback under it (✓ per correct rule; ✗ per missing rule with why it
// is needed and what breaks without it, its port kept back; ✗ per extra rule with why it is not needed and what it
// would expose), the score and the number of attempts. Hint names one missing rule's service and purpose without its
// port. Show Answers fills in the engine's answer once the lesson is solved or after kAttemptsBeforeAnswers checks.
class LessonPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LessonPanel)

public:
    static constexpr int kAttemptsBeforeAnswers = 3;

    LessonPanel(const Lesson& lesson, const PortCatalog& catalog, QWidget* parent = nullptr);

    const Lesson& lesson() const { return m_lesson; }
    AnswerEditor* editor(const QString& taskId) const { return m_editors.value(taskId); }
    // What the editors hold, with the lesson's id and the attempts so far.
    LessonAnswers answers() const;
    // Fills the editors; the attempts continue from the file's.
    void setAnswers(const LessonAnswers& answers);
    int attempts() const { return m_attempts; }
    const std::optional<LessonGrade>& lastGrade() const { return m_grade; }

    // An answer file (docs/lesson-format.md) that `portolan-cli grade` grades too; false with the reason in error.
    bool saveAnswers(const QString& path, QString* error) const;
    bool openAnswers(const QString& path, QString* error);

public slots:
    void check();
    void hint();
    void showAnswers();

signals:
    // Show Answers was chosen: the window shows what the lesson hid.
    void answersShown();

private:
    void showGrade(const LessonGrade& grade);
    QString zoneName(const QString& id) const;
    QString direction(const GradedRule& rule) const;
    void updateButtons();

    Lesson m_lesson;
    const PortCatalog& m_catalog;
    LessonGrader m_grader;
    QHash<QString, AnswerEditor*> m_editors;
    QHash<QString, QLabel*> m_feedback; // task id → its feedback under the editor
    QLabel* m_score;
    QLabel* m_hint;
    QPushButton* m_check;
    QPushButton* m_hintButton;
    QPushButton* m_showAnswers;
    int m_attempts = 0;
    std::optional<LessonGrade> m_grade;
};
