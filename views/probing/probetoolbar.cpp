#include "views/probing/probetoolbar.h"

#include "model/deployment.h"
#include "model/deploymentanalysis.h"
#include "views/appsettings.h"
#include "views/probing/liveprobe.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QSpinBox>

namespace {
QLabel* label(const QString& text, QWidget* parent)
{
    auto* widget = new QLabel(text, parent);
    widget->setContentsMargins(8, 0, 4, 0);
    return widget;
}
} // namespace

ProbeToolBar::ProbeToolBar(LiveProbe* probe, DeploymentAnalysis* analysis, AppSettings* settings, QWidget* parent)
    : QToolBar(tr("Probe"), parent)
    , m_probe(probe)
    , m_analysis(analysis)
    , m_live(new QAction(tr("&Live Probe"), this))
    , m_now(new QAction(tr("Probe &Now"), this))
    , m_cancel(new QAction(tr("&Cancel Probe"), this))
    , m_vantage(new QComboBox(this))
    , m_interval(new QSpinBox(this))
{
    setObjectName(QStringLiteral("probeToolBar"));
    m_live->setObjectName(QStringLiteral("actionLiveProbe"));
    m_live->setCheckable(true);
    m_live->setToolTip(tr("Probe every required port of the servers with an address, again at each interval and "
                          "after each edit"));
    connect(m_live, &QAction::toggled, m_probe, &LiveProbe::setEnabled);
    connect(m_probe, &LiveProbe::enabledChanged, m_live, &QAction::setChecked);
    m_now->setObjectName(QStringLiteral("actionProbeNow"));
    m_now->setShortcut(QKeySequence(Qt::Key_F5));
    connect(m_now, &QAction::triggered, this, [this] {
        if (!m_probe->probeNow())
            emit message(tr("Nothing to probe: give a server an address (host) in the inspector."));
    });
    m_cancel->setObjectName(QStringLiteral("actionCancelProbe"));
    m_cancel->setEnabled(false);
    connect(m_cancel, &QAction::triggered, m_probe, &LiveProbe::cancel);
    connect(m_probe, &LiveProbe::runStarted, m_cancel, [this] { m_cancel->setEnabled(true); });
    connect(m_probe, &LiveProbe::runFinished, m_cancel, [this] { m_cancel->setEnabled(false); });
    addActions({m_live, m_now, m_cancel});

    addWidget(label(tr("This machine is in:"), this));
    m_vantage->setObjectName(QStringLiteral("vantageCombo"));
    m_vantage->setToolTip(tr("The zone this machine probes from: a rule counts as verified only when probed from "
                             "its own source zone"));
    m_vantage->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    addWidget(m_vantage);
    refillVantages();
    connect(m_analysis, &DeploymentAnalysis::updated, this, &ProbeToolBar::refillVantages);
    connect(m_vantage, &QComboBox::activated, this,
            [this](int index) { m_probe->setVantage(m_vantage->itemData(index).toString()); });

    addWidget(label(tr("Every:"), this));
    m_interval->setObjectName(QStringLiteral("probeInterval"));
    m_interval->setRange(5, 3600);
    m_interval->setSuffix(tr(" s"));
    m_interval->setToolTip(tr("How often live mode probes again"));
    m_interval->setValue(settings->probeIntervalSeconds());
    m_probe->setIntervalSeconds(m_interval->value());
    addWidget(m_interval);
    connect(m_interval, &QSpinBox::valueChanged, this, [this, settings](int seconds) {
        settings->setProbeIntervalSeconds(seconds);
        m_probe->setIntervalSeconds(seconds);
    });
}

void ProbeToolBar::refillVantages()
{
    const QSignalBlocker blocker(m_vantage);
    m_vantage->clear();
    for (const Zone& zone : m_analysis->deployment()->zones())
        m_vantage->addItem(zone.name, zone.id);
    m_vantage->setCurrentIndex(m_vantage->findData(m_probe->vantage()));
}
