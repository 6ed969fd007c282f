#include "views/lesson/lessonpanel.h"

#include "model/lessonanswersfile.h"
#include "model/portcatalog.h"
#include "views/lesson/answereditor.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {
QLabel* wrappedLabel(const QString& text, const QString& name, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString portsText(const GradedRule& rule)
{
    return protocolId(rule.protocol).toUpper() + u' ' + rule.ports;
}
} // namespace

LessonPanel::LessonPanel(const Lesson& lesson, const PortCatalog& catalog, QWidget* parent)
    : QWidget(parent)
    , m_lesson(lesson)
    , m_catalog(catalog)
    , m_grader(catalog)
    , m_score(new QLabel(this))
    , m_hint(wrappedLabel({}, QStringLiteral("hintLabel"), this))
    , m_check(new QPushButton(tr("&Check"), this))
    , m_hintButton(new QPushButton(tr("&Hint"), this))
    , m_showAnswers(new QPushButton(tr("Show &Answers"), this))
{
    setObjectName(QStringLiteral("lessonPanel"));
    m_score->setObjectName(QStringLiteral("scoreLabel"));
    m_check->setObjectName(QStringLiteral("checkButton"));
    m_hintButton->setObjectName(QStringLiteral("hintButton"));
    m_showAnswers->setObjectName(QStringLiteral("showAnswersButton"));
    m_showAnswers->setToolTip(
        tr("Available once every task is right, or after %n checks.", nullptr, kAttemptsBeforeAnswers));
    m_hint->hide();
    m_score->hide(); // until the first Check

    // The tasks scroll; the buttons and the score stay in sight under them.
    auto* content = new QWidget;
    auto* tasks = new QVBoxLayout(content);
    QLabel* title = wrappedLabel(lesson.title, QStringLiteral("lessonTitle"), content);
    QFont bold = title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    title->setFont(bold);
    tasks->addWidget(title);
    tasks->addWidget(wrappedLabel(lesson.instructions, QStringLiteral("lessonInstructions"), content));
    for (int i = 0; i < lesson.tasks.size(); ++i) {
        const LessonTask& task = lesson.tasks.at(i);
        QLabel* question =
            wrappedLabel(tr("%1. %2").arg(i + 1).arg(task.question), QStringLiteral("taskQuestion"), content);
        bold = question->font();
        bold.setBold(true);
        question->setFont(bold);
        tasks->addWidget(question);
        auto* editor = new AnswerEditor(task, m_lesson.deployment, catalog, content);
        m_editors.insert(task.id, editor);
        tasks->addWidget(editor);
        QLabel* feedback = wrappedLabel({}, QStringLiteral("taskFeedback"), content);
        feedback->setTextFormat(Qt::RichText);
        feedback->hide();
        m_feedback.insert(task.id, feedback);
        tasks->addWidget(feedback);
    }
    tasks->addStretch();
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("lessonScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);

    auto* save = new QPushButton(tr("&Save Answers…"), this);
    save->setObjectName(QStringLiteral("saveAnswersButton"));
    auto* open = new QPushButton(tr("&Open Answers…"), this);
    open->setObjectName(QStringLiteral("openAnswersButton"));
    connect(save, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save answers"), m_lesson.id + QStringLiteral(".json"), tr("Portolan answers (*.json)"));
        QString error;
        if (!path.isEmpty() && !saveAnswers(path, &error))
            QMessageBox::warning(this, tr("Cannot save the answers"), error);
    });
    connect(open, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Open answers"), {}, tr("Portolan answers (*.json)"));
        QString error;
        if (!path.isEmpty() && !openAnswers(path, &error))
            QMessageBox::warning(this, tr("Cannot open the answers"), error);
    });
    connect(m_check, &QPushButton::clicked, this, &LessonPanel::check);
    connect(m_hintButton, &QPushButton::clicked, this, &LessonPanel::hint);
    connect(m_showAnswers, &QPushButton::clicked, this, &LessonPanel::showAnswers);

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_check);
    actions->addWidget(m_hintButton);
    actions->addWidget(m_showAnswers);
    actions->addStretch();
    auto* files = new QHBoxLayout;
    files->addWidget(save);
    files->addWidget(open);
    files->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addLayout(actions);
    layout->addWidget(m_score);
    layout->addWidget(m_hint);
    layout->addLayout(files);
    updateButtons();
}

LessonAnswers LessonPanel::answers() const
{
    LessonAnswers answers;
    answers.lesson = m_lesson.id;
    answers.attempts = m_attempts;
    for (const LessonTask& task : m_lesson.tasks)
        answers.answers.insert(task.id, m_editors.value(task.id)->answer());
    return answers;
}

void LessonPanel::setAnswers(const LessonAnswers& answers)
{
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it)
        it.value()->setAnswer(answers.answers.value(it.key()));
    m_attempts = answers.attempts;
    updateButtons();
}

bool LessonPanel::saveAnswers(const QString& path, QString* error) const
{
    LessonAnswersWriter writer;
    if (writer.writeFile(answers(), path))
        return true;
    *error = writer.errorString();
    return false;
}

bool LessonPanel::openAnswers(const QString& path, QString* error)
{
    LessonAnswersReader reader(m_lesson);
    const std::optional<LessonAnswers> read = reader.readFile(path);
    if (!read) {
        *error = reader.errorString();
        return false;
    }
    setAnswers(*read);
    return true;
}

void LessonPanel::check()
{
    ++m_attempts;
    const LessonGrade grade = m_grader.grade(m_lesson, answers());
    m_grade = grade;
    showGrade(grade);
    updateButtons();
}

void LessonPanel::hint()
{
    const LessonGrade grade = m_grader.grade(m_lesson, answers());
    if (!grade.hint) {
        m_hint->setText(tr("No rule is missing."));
    } else {
        const LessonHint& hint = *grade.hint;
        m_hint->setText(
            tr("Hint: %1 → %2 needs %3: %4").arg(zoneName(hint.from), zoneName(hint.to), hint.service, hint.purpose));
    }
    m_hint->show();
}

void LessonPanel::showAnswers()
{
    setAnswers(m_grader.modelAnswers(m_lesson));
    emit answersShown();
}

QString LessonPanel::zoneName(const QString& id) const
{
    const Zone* zone = m_lesson.deployment.zone(id);
    return zone ? zone->name : id;
}

QString LessonPanel::direction(const GradedRule& rule) const
{
    return QStringLiteral("%1 → %2").arg(zoneName(rule.from), zoneName(rule.to));
}

void LessonPanel::showGrade(const LessonGrade& grade)
{
    const auto line = [](bool good, const QString& text) {
        return QStringLiteral("<p style=\"margin:0 0 4px 0\"><span style=\"color:%1\">%2</span> %3</p>")
            .arg(good ? QStringLiteral("#1b7a1b") : QStringLiteral("#b00020"),
                 good ? QStringLiteral("✓") : QStringLiteral("✗"), text);
    };
    for (const TaskGrade& task : grade.tasks) {
        QString html;
        for (const GradedRule& rule : task.rules) {
            const QString services = rule.services.join(QStringLiteral(", ")).toHtmlEscaped();
            switch (rule.verdict) {
            case GradedRule::Verdict::Correct:
                html +=
                    line(true, tr("<b>%1 %2</b> (%3)").arg(direction(rule).toHtmlEscaped(), portsText(rule), services));
                break;
            case GradedRule::Verdict::Missing:
                html += line(false, tr("<b>Missing: %1</b>, %2. Needed because: %3 <i>If blocked:</i> %4")
                                        .arg(direction(rule).toHtmlEscaped(), services, rule.reason.toHtmlEscaped(),
                                             rule.ifBlocked.toHtmlEscaped()));
                break;
            case GradedRule::Verdict::Extra:
                html += line(false, tr("<b>Not needed: %1 %2.</b> %3 <i>%4</i>")
                                        .arg(direction(rule).toHtmlEscaped(), portsText(rule).toHtmlEscaped(),
                                             rule.reason.toHtmlEscaped(), rule.exposes.toHtmlEscaped()));
                break;
            }
        }
        for (const GradedPlacement& placement : task.placements) {
            const RoleInfo* role = m_catalog.role(placement.role);
            const QString name = (role ? role->name : placement.role).toHtmlEscaped();
            const QString where =
                placement.zone.isEmpty() ? tr("not placed") : zoneName(placement.zone).toHtmlEscaped();
            html +=
                line(placement.supported, tr("<b>%1 in %2</b> %3").arg(name, where, placement.reason.toHtmlEscaped()));
        }
        if (QLabel* feedback = m_feedback.value(task.taskId)) {
            feedback->setText(html);
            feedback->setVisible(!html.isEmpty());
        }
    }
    m_score->setText(tr("Score: %1 % · attempts: %2").arg(grade.score).arg(m_attempts));
    m_score->show();
}

void LessonPanel::updateButtons()
{
    const bool solved = m_grade && m_grade->fullyCorrect();
    m_showAnswers->setEnabled(solved || m_attempts >= kAttemptsBeforeAnswers);
}
