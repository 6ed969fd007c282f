#include "views/panels/warningspanel.h"

#include "model/deployment.h"
#include "model/deploymentanalysis.h"
#include "model/endpointnames.h"

#include <QHelpEvent>
#include <QStyle>

WarningsPanel::WarningsPanel(DeploymentAnalysis* analysis, QWidget* parent)
    : QListWidget(parent)
    , m_analysis(analysis)
{
    setObjectName(QStringLiteral("warningsPanel"));
    setWordWrap(true);
    connect(m_analysis, &DeploymentAnalysis::updated, this, &WarningsPanel::refill);
    // A click selects the servers a warning names; so does Enter on the keyboard.
    const auto report = [this](QListWidgetItem* item) {
        emit serversActivated(item->data(Qt::UserRole).toStringList());
    };
    connect(this, &QListWidget::itemClicked, this, report);
    connect(this, &QListWidget::itemActivated, this, report);
    refill();
}

void WarningsPanel::refill()
{
    clear();
    for (const ValidationWarning& warning : m_analysis->matrix().warnings) {
        const QStyle::StandardPixmap icon = warning.severity == Severity::Error     ? QStyle::SP_MessageBoxCritical
                                            : warning.severity == Severity::Warning ? QStyle::SP_MessageBoxWarning
                                                                                    : QStyle::SP_MessageBoxInformation;
        auto* item = new QListWidgetItem(style()->standardIcon(icon), warning.message, this);
        item->setData(Qt::UserRole, warning.servers);
        item->setData(Qt::UserRole + 1, int(warning.severity));
    }
}

bool WarningsPanel::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        if (QListWidgetItem* item = itemAt(static_cast<QHelpEvent*>(event)->pos())) {
            const auto severity = Severity(item->data(Qt::UserRole + 1).toInt());
            const QString text = severity == Severity::Error     ? tr("Error")
                                 : severity == Severity::Warning ? tr("Warning")
                                                                 : tr("Information");
            const QString servers = EndpointNames::endpointNames(*m_analysis->deployment(), m_analysis->catalog(),
                                                                 item->data(Qt::UserRole).toStringList());
            item->setToolTip(servers.isEmpty() ? text : tr("%1. Click to select %2.").arg(text, servers));
        }
    }
    return QListWidget::viewportEvent(event);
}
