#include "views/compare/comparedialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include "model/portcatalog.h"

namespace {

QLabel* hint(const QString& text)
{
    auto* label = new QLabel(text);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

CompareDialog::CompareDialog(const PortCatalog& catalog, const QString& currentVersion, const QString& directory,
                             QWidget* parent)
    : QDialog(parent)
    , m_fileChoice(new QRadioButton(tr("Another deployment &file:"), this))
    , m_path(new QLineEdit(this))
    , m_versionChoice(new QRadioButton(tr("This deployment under Exchange &version:"), this))
    , m_version(new QComboBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("compareDialog"));
    setWindowTitle(tr("Compare With"));
    m_fileChoice->setObjectName(QStringLiteral("compareWithFile"));
    m_path->setObjectName(QStringLiteral("comparePath"));
    m_versionChoice->setObjectName(QStringLiteral("compareWithVersion"));
    m_version->setObjectName(QStringLiteral("compareVersion"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Compare"));

    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("compareBrowse"));
    connect(browse, &QPushButton::clicked, this, [this, directory] {
        const QString start = m_path->text().isEmpty() ? directory : m_path->text();
        const QString path = QFileDialog::getOpenFileName(this, tr("Compare with deployment"), start,
                                                          tr("Portolan deployments (*.portolan)"));
        if (!path.isEmpty()) {
            m_path->setText(path);
            m_fileChoice->setChecked(true);
        }
    });
    // The newest version other than the document's is offered first: the usual question is what a migration needs.
    for (const VersionInfo& info : catalog.versions()) {
        if (info.id != currentVersion)
            m_version->addItem(info.name, info.id);
    }
    m_version->setCurrentIndex(m_version->count() - 1);

    // Each choice on its own line, its field and what it means indented below it.
    auto* choices = new QGridLayout;
    choices->addWidget(m_versionChoice, 0, 0, 1, 3);
    choices->addWidget(m_version, 1, 1, 1, 2);
    choices->addWidget(hint(tr("This deployment is A, the same under that version is B: the comparison says what to "
                               "open for the new servers and what may be closed once the old ones are gone.")),
                       2, 1, 1, 2);
    choices->addWidget(m_fileChoice, 3, 0, 1, 3);
    choices->addWidget(m_path, 4, 1);
    choices->addWidget(browse, 4, 2);
    choices->addWidget(hint(tr("The file is A, this deployment is B: the comparison says what this deployment opens "
                               "and closes compared with the file.")),
                       5, 1, 1, 2);
    choices->setColumnMinimumWidth(0, 20);
    choices->setColumnStretch(1, 1);
    choices->setVerticalSpacing(8);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(choices);
    layout->addWidget(hint(tr("Comparing changes only what the window shows: the deployment, its undo history, the "
                              "saved file and the exports stay as they are.")));
    layout->addWidget(m_buttons);
    setMinimumWidth(520);

    m_versionChoice->setChecked(m_version->count() > 0);
    m_versionChoice->setEnabled(m_version->count() > 0);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_path, &QLineEdit::textEdited, this, [this] { m_fileChoice->setChecked(true); });
    connect(m_path, &QLineEdit::textChanged, this, &CompareDialog::updateButtons);
    connect(m_fileChoice, &QRadioButton::toggled, this, &CompareDialog::updateButtons);
    updateButtons();
}

bool CompareDialog::withFile() const
{
    return m_fileChoice->isChecked();
}

QString CompareDialog::filePath() const
{
    return m_path->text().trimmed();
}

QString CompareDialog::version() const
{
    return m_version->currentData().toString();
}

void CompareDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(withFile() ? !filePath().isEmpty() : m_version->count() > 0);
}
