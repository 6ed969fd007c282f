#include "views/lesson/newlessondialog.h"

#include "model/lessonfile.h"
#include "model/portcatalog.h"
#include "model/portmatrix.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace {
constexpr int KindRole = Qt::UserRole;
constexpr int FirstRole = Qt::UserRole + 1;  // FirewallRules: from zone; ServerPorts: the server
constexpr int SecondRole = Qt::UserRole + 2; // FirewallRules: to zone
} // namespace

NewLessonDialog::NewLessonDialog(const DeploymentData& deployment, const PortMatrix& matrix, const PortCatalog& catalog,
                                 const QString& directory, QWidget* parent)
    : QDialog(parent)
    , m_deployment(deployment)
    , m_catalog(catalog)
    , m_directory(directory)
    , m_title(new QLineEdit(this))
    , m_instructions(new QPlainTextEdit(this))
    , m_questions(new QListWidget(this))
{
    setObjectName(QStringLiteral("newLessonDialog"));
    setWindowTitle(tr("New Lesson from this Deployment"));
    m_title->setObjectName(QStringLiteral("lessonTitleEdit"));
    m_instructions->setObjectName(QStringLiteral("lessonInstructionsEdit"));
    m_questions->setObjectName(QStringLiteral("lessonQuestions"));
    m_title->setText(deployment.name);
    m_instructions->setPlaceholderText(tr("What the learner should do, e.g. which documents to read first."));
    m_instructions->setTabChangesFocus(true);

    // Every firewall between two zones with rules (zones in the deployment's order), then every server that listens.
    QList<QPair<int, int>> pairs;
    QStringList listeners;
    for (const MatrixRule& rule : matrix.rules) {
        const int a = deployment.zoneIndex(rule.from);
        const int b = deployment.zoneIndex(rule.to);
        if (a >= 0 && b >= 0 && !pairs.contains({qMin(a, b), qMax(a, b)}))
            pairs.append({qMin(a, b), qMax(a, b)});
        for (const QString& id : rule.destinations) {
            if (!listeners.contains(id) && deployment.server(id))
                listeners.append(id);
        }
    }
    std::sort(pairs.begin(), pairs.end());
    for (const auto& [a, b] : std::as_const(pairs)) {
        const Zone& from = deployment.zones.at(a);
        const Zone& to = deployment.zones.at(b);
        auto* item = new QListWidgetItem(tr("Firewall between %1 and %2").arg(from.name, to.name), m_questions);
        item->setData(KindRole, int(LessonTask::Kind::FirewallRules));
        item->setData(FirstRole, from.id);
        item->setData(SecondRole, to.id);
        item->setCheckState(Qt::Unchecked);
    }
    for (const Server& server : deployment.servers) {
        if (!listeners.contains(server.id))
            continue;
        auto* item = new QListWidgetItem(tr("Ports of server %1").arg(server.name), m_questions);
        item->setData(KindRole, int(LessonTask::Kind::ServerPorts));
        item->setData(FirstRole, server.id);
        item->setCheckState(Qt::Unchecked);
    }

    // Place-roles: one more server of a role the deployment has; the learner picks its zone.
    QStringList roles;
    for (const Server& server : deployment.servers) {
        for (const QString& role : server.roles) {
            if (!roles.contains(role) && catalog.role(role))
                roles.append(role);
        }
    }
    for (const QString& role : std::as_const(roles)) {
        auto* item = new QListWidgetItem(tr("Where one more %1 belongs").arg(catalog.role(role)->name), m_questions);
        item->setData(KindRole, int(LessonTask::Kind::PlaceRoles));
        item->setData(FirstRole, role);
        item->setCheckState(Qt::Unchecked);
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setText(tr("&Save Lesson…"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, [this] {
        const QString base = m_title->text().trimmed().isEmpty() ? tr("lesson") : lesson().id;
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save lesson"), QDir(m_directory).filePath(base + QStringLiteral(".portolan-lesson")),
            tr("Portolan lessons (*.portolan-lesson)"));
        if (path.isEmpty())
            return;
        QString error;
        if (!saveTo(path, &error)) {
            QMessageBox::warning(this, tr("Cannot save the lesson"), error);
            return;
        }
        accept();
    });
    connect(m_title, &QLineEdit::textChanged, this, &NewLessonDialog::updateSave);
    connect(m_questions, &QListWidget::itemChanged, this, &NewLessonDialog::updateSave);

    auto* form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Instructions:"), m_instructions);
    auto* asked = new QLabel(tr("&Ask about (the answers are hidden from the learner):"), this);
    asked->setBuddy(m_questions);
    asked->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(asked);
    layout->addWidget(m_questions, 1);
    layout->addWidget(buttons);
    resize(520, 480);
    updateSave();
}

QString NewLessonDialog::zoneName(const QString& id) const
{
    const Zone* zone = m_deployment.zone(id);
    return zone ? zone->name : id;
}

Lesson NewLessonDialog::lesson() const
{
    Lesson lesson;
    lesson.title = m_title->text().trimmed();
    // A file-name-like id from the title: "DMZ relay (2019)" → "dmz-relay-2019".
    lesson.id = lesson.title.toLower()
                    .replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"))
                    .remove(QRegularExpression(QStringLiteral("^-+|-+$")));
    if (lesson.id.isEmpty())
        lesson.id = QStringLiteral("lesson");
    lesson.instructions = m_instructions->toPlainText().trimmed();
    lesson.deployment = m_deployment;
    QStringList asked;
    LessonTask placing;
    placing.kind = LessonTask::Kind::PlaceRoles;
    placing.id = QStringLiteral("place-roles");
    QStringList placedNames;
    for (int row = 0; row < m_questions->count(); ++row) {
        const QListWidgetItem* item = m_questions->item(row);
        if (item->checkState() != Qt::Checked)
            continue;
        asked.append(item->text());
        LessonTask task;
        task.kind = LessonTask::Kind(item->data(KindRole).toInt());
        if (task.kind == LessonTask::Kind::PlaceRoles) {
            placing.roles.append(item->data(FirstRole).toString());
            placedNames.append(m_catalog.role(placing.roles.last())->name);
            continue;
        }
        if (task.kind == LessonTask::Kind::FirewallRules) {
            task.from = item->data(FirstRole).toString();
            task.to = item->data(SecondRole).toString();
            task.id = task.from + u'-' + task.to;
            task.question = tr("Which rules must the firewall between %1 and %2 allow, in both directions?")
                                .arg(zoneName(task.from), zoneName(task.to));
        } else {
            task.server = item->data(FirstRole).toString();
            task.id = task.server + QStringLiteral("-ports");
            const Server* server = m_deployment.server(task.server);
            task.question =
                tr("Which ports does %1 listen on, and from which zones?").arg(server ? server->name : task.server);
        }
        lesson.tasks.append(task);
    }
    if (!placing.roles.isEmpty()) {
        placing.question = tr("In which zone does one more server of each of these roles belong, so that the layout "
                              "is supported: %1?")
                               .arg(placedNames.join(QStringLiteral(", ")));
        lesson.tasks.append(placing);
    }
    // The file needs a description of what the lesson teaches: the instructions, or else what it asks.
    lesson.description = lesson.instructions.isEmpty() ? tr("Asks about: %1.").arg(asked.join(QStringLiteral("; ")))
                                                       : lesson.instructions;
    return lesson;
}

bool NewLessonDialog::saveTo(const QString& path, QString* error)
{
    LessonWriter writer;
    if (!writer.writeFile(lesson(), path)) {
        *error = writer.errorString();
        return false;
    }
    m_savedPath = path;
    return true;
}

void NewLessonDialog::updateSave()
{
    bool asked = false;
    for (int row = 0; row < m_questions->count() && !asked; ++row)
        asked = m_questions->item(row)->checkState() == Qt::Checked;
    m_save->setEnabled(!m_title->text().trimmed().isEmpty() && asked);
}
