#include "views/inspector/inspectorpanel.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QScrollArea>
#include <QVBoxLayout>

#include "model/deploymentanalysis.h"
#include "views/inspector/deploymentinspector.h"
#include "views/inspector/firewallinspector.h"
#include "views/inspector/ruleinspector.h"
#include "views/inspector/serverinspector.h"
#include "views/inspector/zoneinspector.h"
#include "views/lesson/answermask.h"

InspectorPanel::InspectorPanel(Deployment* document, DeploymentAnalysis* analysis, const PortCatalog& catalog,
                               QWidget* parent)
    : QWidget(parent)
    , m_pages(new QStackedWidget(this))
    , m_deployment(new DeploymentInspector(document, analysis, catalog, m_pages))
    , m_server(new ServerInspector(document, analysis, catalog, m_pages))
    , m_zone(new ZoneInspector(document, analysis, catalog, m_pages))
    , m_rules(new RuleInspector(document, analysis, catalog, m_pages))
    , m_firewall(new FirewallInspector(document, analysis, catalog, m_pages))
{
    setObjectName(QStringLiteral("inspectorPanel"));
    m_pages->setObjectName(QStringLiteral("inspectorPages"));
    // Indexes follow Page.
    m_pages->addWidget(m_deployment);
    m_pages->addWidget(m_server);
    m_pages->addWidget(m_zone);
    m_pages->addWidget(m_rules);
    m_pages->addWidget(m_firewall);
    // A short dock scrolls the page instead of squeezing its lists.
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("inspectorScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(m_pages);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_deployment, &DeploymentInspector::firewallActivated, this, &InspectorPanel::showFirewall);
    connect(m_zone, &ZoneInspector::firewallActivated, this, &InspectorPanel::showFirewall);
    connect(m_firewall, &FirewallInspector::rowsActivated, this, &InspectorPanel::showRules);
    connect(analysis, &DeploymentAnalysis::updated, this, &InspectorPanel::refresh);
    setPage(Page::Deployment);
    refresh();
}

void InspectorPanel::setAnswerMask(const AnswerMask* mask)
{
    m_server->setAnswerMask(mask);
    m_firewall->setAnswerMask(mask);
    const auto follow = [this, mask] {
        const bool editable = !mask->isActive();
        for (QLineEdit* edit : m_pages->findChildren<QLineEdit*>())
            edit->setReadOnly(!editable);
        for (QPlainTextEdit* edit : m_pages->findChildren<QPlainTextEdit*>())
            edit->setReadOnly(!editable);
        for (QWidget* field : m_pages->findChildren<QComboBox*>())
            field->setEnabled(editable);
        for (QWidget* field : m_pages->findChildren<QAbstractButton*>())
            field->setEnabled(editable);
        for (QWidget* field : m_pages->findChildren<QAbstractSpinBox*>())
            field->setEnabled(editable);
        for (QWidget* field : m_pages->findChildren<QListWidget*>())
            field->setEnabled(editable);
        refresh();
    };
    connect(mask, &AnswerMask::changed, this, follow);
    follow();
}

void InspectorPanel::showServer(const QString& serverId)
{
    commitPendingEdits();
    m_server->setServer(serverId);
    setPage(Page::Server);
    refresh();
}

void InspectorPanel::showZone(const QString& zoneId)
{
    commitPendingEdits();
    m_zone->setZone(zoneId);
    setPage(Page::Zone);
    refresh();
}

void InspectorPanel::showFirewall(const QString& firewallId)
{
    commitPendingEdits();
    m_firewall->setFirewall(firewallId);
    setPage(Page::Firewall);
    refresh();
}

void InspectorPanel::showRules(const QList<int>& rows)
{
    if (rows.isEmpty()) {
        clear();
        return;
    }
    commitPendingEdits();
    m_rules->setRows(rows);
    setPage(Page::Rules);
    refresh();
}

void InspectorPanel::clear()
{
    commitPendingEdits();
    setPage(Page::Deployment);
    refresh();
}

void InspectorPanel::editName()
{
    switch (m_page) {
    case Page::Server:
        m_server->editName();
        break;
    case Page::Zone:
        m_zone->editName();
        break;
    case Page::Firewall:
        m_firewall->editName();
        break;
    case Page::Deployment:
    case Page::Rules:
        setPage(Page::Deployment);
        refresh();
        m_deployment->editName();
        break;
    }
}

// Only the page in front counts for the dock's width: a stack is otherwise as wide as its widest page, and a narrow
// dock would cut the others off at the right.
void InspectorPanel::setPage(Page page)
{
    m_page = page;
    for (int i = 0; i < m_pages->count(); ++i) {
        const QSizePolicy::Policy policy = i == int(page) ? QSizePolicy::Preferred : QSizePolicy::Ignored;
        m_pages->widget(i)->setSizePolicy(policy, policy);
    }
    m_pages->setCurrentIndex(int(page));
}

// A field the user typed into and left unconfirmed is saved before the page shows something else.
void InspectorPanel::commitPendingEdits()
{
    if (m_page == Page::Server)
        m_server->commitPendingEdits();
    else if (m_page == Page::Zone)
        m_zone->commitPendingEdits();
    else if (m_page == Page::Firewall)
        m_firewall->commitPendingEdits();
    else if (m_page == Page::Deployment)
        m_deployment->commitPendingEdits();
}

void InspectorPanel::refresh()
{
    bool shown = true;
    switch (m_page) {
    case Page::Server:
        shown = m_server->refresh();
        break;
    case Page::Zone:
        shown = m_zone->refresh();
        break;
    case Page::Rules:
        shown = m_rules->refresh();
        break;
    case Page::Firewall:
        shown = m_firewall->refresh();
        break;
    case Page::Deployment:
        m_deployment->refresh();
        break;
    }
    if (!shown) {
        setPage(Page::Deployment);
        m_deployment->refresh();
    }
}
