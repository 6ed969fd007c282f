#include "views/lesson/lessonchooser.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

LessonChooser::LessonChooser(const QList<BuiltinLesson>& lessons, const QString& directory, QWidget* parent)
    : QDialog(parent)
    , m_lessons(lessons)
    , m_list(new QListWidget(this))
    , m_description(new QLabel(this))
{
    setObjectName(QStringLiteral("lessonChooser"));
    setWindowTitle(tr("Open Lesson"));
    m_list->setObjectName(QStringLiteral("lessonList"));
    m_description->setObjectName(QStringLiteral("lessonDescription"));
    m_description->setWordWrap(true);
    m_description->setMinimumHeight(m_description->fontMetrics().lineSpacing() * 4);
    m_description->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    for (const BuiltinLesson& lesson : lessons)
        m_list->addItem(tr("Level %1 — %2").arg(lesson.level).arg(lesson.title));
    connect(m_list, &QListWidget::currentRowChanged, this,
            [this](int row) { m_description->setText(row >= 0 ? m_lessons.at(row).description : QString()); });

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    QPushButton* file = buttons->addButton(tr("Open &File…"), QDialogButtonBox::ActionRole);
    file->setObjectName(QStringLiteral("openLessonFileButton"));
    connect(file, &QPushButton::clicked, this, [this, directory] {
        m_file = QFileDialog::getOpenFileName(this, tr("Open lesson"), directory,
                                              tr("Portolan lessons (*.portolan-lesson)"));
        if (!m_file.isEmpty())
            accept();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_description);
    layout->addWidget(buttons);
    resize(560, 420);
    m_list->setCurrentRow(lessons.isEmpty() ? -1 : 0);
}

QString LessonChooser::selectedLessonId() const
{
    const int row = m_list->currentRow();
    return m_file.isEmpty() && row >= 0 ? m_lessons.at(row).id : QString();
}
