#include "views/inspector/serversettingssection.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "model/export/serversettingsregwriter.h"
#include "model/export/serversettingsscriptwriter.h"
#include "views/inspector/inspectorsupport.h"

ServerSettingsSection::ServerSettingsSection(const PortCatalog& catalog, QWidget* parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_values(new QTreeWidget(this))
    , m_nothing(new QLabel(this))
    , m_copyReg(new QPushButton(tr("Copy as .reg"), this))
    , m_copyScript(new QPushButton(tr("Copy as PowerShell"), this))
{
    setObjectName(QStringLiteral("inspectorServerSettingsSection"));
    m_values->setObjectName(QStringLiteral("inspectorServerSettings"));
    m_values->setHeaderLabels({tr("Key"), tr("Value"), tr("Data"), tr("Restart")});
    m_values->setRootIsDecorated(false);
    m_values->setUniformRowHeights(true);
    m_values->setSelectionMode(QAbstractItemView::NoSelection);
    // The key takes what room is left, shortened in the middle so that its service and subkey both show; the
    // tooltip has it whole.
    m_values->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_values->setTextElideMode(Qt::ElideMiddle);
    m_values->header()->setStretchLastSection(false);
    m_values->header()->setSectionsMovable(false);
    m_values->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_values->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_nothing->setObjectName(QStringLiteral("inspectorServerSettingsNothing"));
    m_nothing->setWordWrap(true);
    m_copyReg->setObjectName(QStringLiteral("inspectorCopyReg"));
    m_copyReg->setToolTip(tr("Copies the values as a Registry Editor file (.reg) for this server."));
    m_copyScript->setObjectName(QStringLiteral("inspectorCopyPowerShell"));
    m_copyScript->setToolTip(
        tr("Copies a PowerShell script that sets the values and restarts the services; it is safe to run again."));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_copyReg);
    buttons->addWidget(m_copyScript);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(Inspector::sectionLabel(tr("Server settings"), this));
    layout->addWidget(m_values);
    layout->addWidget(m_nothing);
    layout->addLayout(buttons);

    connect(m_copyReg, &QPushButton::clicked, this, &ServerSettingsSection::copyReg);
    connect(m_copyScript, &QPushButton::clicked, this, &ServerSettingsSection::copyScript);
}

void ServerSettingsSection::showPlan(const ServerSettingsPlan& plan)
{
    m_plan = plan;
    m_values->clear();
    for (const ServerSetting& setting : plan.settings) {
        // The key reads by its service and subkey; the tooltip has the whole path, the note and the sources.
        const QString shortKey = setting.key.section(u'\\', -2);
        const QString restart = setting.restart.isConfirmed() ? setting.restart.service : tr("unconfirmed");
        auto* item =
            new QTreeWidgetItem(m_values, {shortKey, setting.valueName,
                                           setting.dataText() + QStringLiteral(" (") + setting.type + u')', restart});
        const QString toolTip = setting.key + u'\n' + setting.note + u'\n' +
                                tr("Sources: %1").arg(setting.sources.join(QStringLiteral(", ")));
        for (int column = 0; column < 3; ++column)
            item->setToolTip(column, toolTip);
        item->setToolTip(3, setting.restart.isConfirmed() ? setting.restart.displayName : setting.restart.note);
    }
    const bool empty = plan.isEmpty();
    m_values->setVisible(!empty);
    m_copyReg->setVisible(!empty);
    m_copyScript->setVisible(!empty);
    m_nothing->setVisible(empty);
    m_nothing->setText(empty ? tr("Nothing to set. %1").arg(plan.nothingToSet) : QString());
    if (!empty)
        Inspector::fitHeightToRows(m_values, 4);
}

void ServerSettingsSection::copyReg()
{
    ServerSettingsRegWriter writer(m_plan, m_catalog);
    QGuiApplication::clipboard()->setText(writer.text());
}

void ServerSettingsSection::copyScript()
{
    ServerSettingsScriptWriter writer(m_plan, m_catalog);
    QGuiApplication::clipboard()->setText(writer.text());
}
