#include "views/export/firewallexportdialog.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSet>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QVBoxLayout>

#include "model/checkedwrite.h"
#include "model/deployment.h"
#include "model/deploymentanalysis.h"
#include "model/export/exporterregistry.h"
#include "model/export/exportinput.h"
#include "model/export/windowsfirewallwriter.h"
#include "views/export/exportpathdialog.h"

namespace {

const QString WindowsFormat = QStringLiteral("firewall-windows");

// "Perimeter (fw1)", or the id alone when there is no name.
QString nameAndId(const QString& name, const QString& id)
{
    return name.isEmpty() || name == id ? id : QStringLiteral("%1 (%2)").arg(name, id);
}

} // namespace

FirewallExportDialog::FirewallExportDialog(const DeploymentAnalysis* analysis, QWidget* parent)
    : QDialog(parent)
    , m_analysis(analysis)
    , m_choices(new QFormLayout)
    , m_format(new QComboBox(this))
    , m_firewall(new QComboBox(this))
    , m_server(new QComboBox(this))
    , m_pages(new QStackedWidget(this))
    , m_preview(new QPlainTextEdit(this))
    , m_problemText(new QPlainTextEdit(this))
    , m_summary(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
    , m_save(m_buttons->addButton(tr("&Save…"), QDialogButtonBox::AcceptRole))
    , m_copy(m_buttons->addButton(tr("Cop&y"), QDialogButtonBox::ActionRole))
{
    setObjectName(QStringLiteral("firewallExportDialog"));
    setWindowTitle(tr("Export Firewall Rules"));
    setSizeGripEnabled(true);
    m_format->setObjectName(QStringLiteral("firewallExportFormat"));
    m_firewall->setObjectName(QStringLiteral("firewallExportFirewall"));
    m_server->setObjectName(QStringLiteral("firewallExportServer"));
    m_preview->setObjectName(QStringLiteral("firewallExportPreview"));
    m_problemText->setObjectName(QStringLiteral("firewallExportProblem"));
    m_summary->setObjectName(QStringLiteral("firewallExportSummary"));
    m_save->setObjectName(QStringLiteral("firewallExportSave"));
    m_copy->setObjectName(QStringLiteral("firewallExportCopy"));

    for (const ExportFormat* format : ExporterRegistry::instance().formats(ExportDocument::FirewallRules))
        m_format->addItem(QCoreApplication::translate("ExporterRegistry", format->description), format->id);
    for (QComboBox* combo : {m_format, m_firewall, m_server})
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_choices->addRow(tr("&Format:"), m_format);
    m_choices->addRow(tr("F&irewall:"), m_firewall);
    m_choices->addRow(tr("Se&rver:"), m_server);

    // The preview shows the file as it is written: fixed pitch, one line of the file per line.
    for (QPlainTextEdit* text : {m_preview, m_problemText})
        text->setReadOnly(true);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setTabStopDistance(4 * m_preview->fontMetrics().horizontalAdvance(u' ')); // nft indents with tabs
    auto* problemPage = new QWidget(this);
    auto* problemLayout = new QVBoxLayout(problemPage);
    problemLayout->setContentsMargins(0, 0, 0, 0);
    auto* heading =
        new QLabel(tr("<b>These rules cannot be written yet.</b> Fill in or correct what is listed below, and "
                      "the preview shows them."),
                   problemPage);
    heading->setWordWrap(true);
    problemLayout->addWidget(heading);
    problemLayout->addWidget(m_problemText, 1);
    m_pages->addWidget(m_preview);
    m_pages->addWidget(problemPage);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_choices);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);

    connect(m_format, &QComboBox::currentIndexChanged, this, &FirewallExportDialog::refresh);
    connect(m_firewall, &QComboBox::currentIndexChanged, this, &FirewallExportDialog::refresh);
    connect(m_server, &QComboBox::currentIndexChanged, this, &FirewallExportDialog::refresh);
    // Save asks for the file first; only a written file ends the dialog (accepted() stays unconnected).
    connect(m_save, &QPushButton::clicked, this, &FirewallExportDialog::chooseAndSave);
    connect(m_copy, &QPushButton::clicked, this, &FirewallExportDialog::copy);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_analysis, &DeploymentAnalysis::updated, this, [this] {
        buildPlan();
        refresh();
    });

    buildPlan();
    refresh();
    // The preview gets the room: most of a small screen, a generous page on a large one.
    const QSize available = (parent ? parent->screen() : screen())->availableSize();
    resize(QSize(1000, 720).boundedTo(available * 0.9));
}

const ExportFormat* FirewallExportDialog::format() const
{
    return ExporterRegistry::instance().find(m_format->currentData().toString());
}

bool FirewallExportDialog::perServer() const
{
    return m_format->currentData().toString() == WindowsFormat;
}

void FirewallExportDialog::buildPlan()
{
    m_plan = FirewallPlan::build(m_analysis->deployment()->data(), m_analysis->matrix());
    fillChoices();
}

void FirewallExportDialog::fillChoices()
{
    const QString firewall = m_firewall->currentData().toString();
    const QString server = m_server->currentData().toString();
    const QSignalBlocker firewallBlocker(m_firewall);
    const QSignalBlocker serverBlocker(m_server);
    m_firewall->clear();
    for (const FirewallRules& rules : std::as_const(m_plan.firewalls))
        m_firewall->addItem(nameAndId(rules.firewall.name, rules.firewall.id), rules.firewall.id);
    m_firewall->setCurrentIndex(qMax(0, m_firewall->findData(firewall)));
    m_server->clear();
    m_server->addItem(tr("All Exchange servers"), QString());
    for (const Server& each : m_analysis->deployment()->servers())
        m_server->addItem(nameAndId(each.name, each.id), each.id);
    m_server->setCurrentIndex(qMax(0, m_server->findData(server)));
}

void FirewallExportDialog::setSourcePath(const QString& path)
{
    m_sourcePath = path;
    refresh();
}

void FirewallExportDialog::choose(const QString& firewallId, const QString& serverId)
{
    if (const int server = m_server->findData(serverId); !serverId.isEmpty() && server >= 0) {
        m_server->setCurrentIndex(server);
        m_format->setCurrentIndex(m_format->findData(WindowsFormat));
    } else if (const int firewall = m_firewall->findData(firewallId); !firewallId.isEmpty() && firewall >= 0) {
        m_firewall->setCurrentIndex(firewall);
        if (perServer())
            m_format->setCurrentIndex(0);
    }
}

void FirewallExportDialog::refresh()
{
    const bool windows = perServer();
    m_choices->setRowVisible(m_firewall, !windows);
    m_choices->setRowVisible(m_server, windows);
    m_document.clear();
    m_problem.clear();
    QString summaryText;
    if (!windows && m_plan.firewalls.isEmpty()) {
        m_problem = tr("The deployment has no firewall: firewalls stand between zones, and it has only one zone.");
    } else {
        ExportInput input;
        input.catalog = &m_analysis->catalog();
        input.deployment = &m_analysis->deployment()->data();
        input.matrix = &m_analysis->matrix();
        input.sourcePath = m_sourcePath;
        input.firewallPlan = &m_plan;
        input.firewallId = windows ? QString() : m_firewall->currentData().toString();
        input.serverId = windows ? m_server->currentData().toString() : QString();
        const std::unique_ptr<Exporter> exporter = format()->create(input);
        QBuffer buffer(&m_document);
        buffer.open(QIODevice::WriteOnly);
        if (!exporter->write(&buffer)) {
            m_problem = exporter->errorString();
            m_document.clear();
        } else if (const auto* script = dynamic_cast<const WindowsFirewallWriter*>(exporter.get())) {
            summaryText = summary(m_server->currentText(), script->serverCount(), script->ruleCount());
        } else {
            summaryText = summary(m_firewall->currentText(), -1, -1);
        }
    }
    m_preview->setPlainText(QString::fromUtf8(m_document)); // without the script's byte order mark, which it skips
    m_problemText->setPlainText(m_problem);
    m_pages->setCurrentIndex(m_problem.isEmpty() ? 0 : 1);
    m_summary->setText(summaryText);
    m_summary->setVisible(!summaryText.isEmpty());
    m_save->setEnabled(m_problem.isEmpty());
    m_copy->setEnabled(m_problem.isEmpty());
}

// "Perimeter: 14 rules in 6 groups, 3 address sets" for a firewall (servers < 0), "All Exchange servers: 3 servers,
// 14 rules" for the Windows script.
QString FirewallExportDialog::summary(const QString& scope, int servers, int rules) const
{
    if (servers >= 0) {
        return tr("%1: %2, %3")
            .arg(scope, servers == 1 ? tr("%n server", nullptr, servers) : tr("%n servers", nullptr, servers),
                 rules == 1 ? tr("%n rule", nullptr, rules) : tr("%n rules", nullptr, rules));
    }
    const FirewallRules* firewall = m_plan.firewall(m_firewall->currentData().toString());
    if (!firewall)
        return {};
    QSet<int> sets;
    for (const FirewallRuleGroup& group : firewall->groups) {
        for (int set : {group.sources, group.destinations}) {
            if (set >= 0 && set < m_plan.addressSets.size() && m_plan.addressSets.at(set).kind != AddressSet::Kind::Any)
                sets.insert(set);
        }
    }
    const int ruleCount = int(firewall->rules.size());
    const int groupCount = int(firewall->groups.size());
    const int setCount = int(sets.size());
    return tr("%1: %2 %3, %4")
        .arg(scope, ruleCount == 1 ? tr("%n rule", nullptr, ruleCount) : tr("%n rules", nullptr, ruleCount),
             groupCount == 1 ? tr("in %n group", nullptr, groupCount) : tr("in %n groups", nullptr, groupCount),
             setCount == 1 ? tr("%n address set", nullptr, setCount) : tr("%n address sets", nullptr, setCount));
}

QString FirewallExportDialog::suggestedPath() const
{
    const QString scope = perServer()
                              ? (m_server->currentData().toString().isEmpty() ? QStringLiteral("windows-firewall")
                                                                              : m_server->currentData().toString())
                              : m_firewall->currentData().toString();
    if (m_sourcePath.isEmpty()) {
        const QString directory = m_directory ? m_directory() : QDir::homePath();
        return QDir(directory).filePath(tr("firewall-rules") + u'-' + scope);
    }
    const QFileInfo source(m_sourcePath);
    return source.dir().filePath(source.completeBaseName() + u'-' + scope);
}

bool FirewallExportDialog::save(const QString& path, QString* error) const
{
    if (!m_problem.isEmpty()) {
        *error = m_problem;
        return false;
    }
    return CheckedWrite::replaceFile(path, m_document, error);
}

void FirewallExportDialog::chooseAndSave()
{
    const QString path = askExportPath(this, tr("Export firewall rules"), suggestedPath(), *format());
    if (path.isEmpty())
        return;
    QString error;
    if (!save(path, &error)) {
        QMessageBox::warning(this, tr("Cannot export the firewall rules"),
                             tr("%1 cannot be written:\n%2").arg(QDir::toNativeSeparators(path), error));
        return;
    }
    emit saved(path);
    accept();
}

void FirewallExportDialog::copy()
{
    QApplication::clipboard()->setText(m_preview->toPlainText());
}
