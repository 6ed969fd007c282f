#include "views/inspector/rpcrangeeditor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>

namespace {

// The presets' order in the combo box.
enum Preset
{
    DeploymentDefault,
    OlderWindows,
    NewerWindows,
    Custom
};

constexpr PortRange kOlderWindows{1025, 5000};   // Windows Server 2003 and earlier (S33, S34)
constexpr PortRange kNewerWindows{49152, 65535}; // Windows Server 2008 and later (S33, S34)

QSpinBox* portSpinBox(const QString& objectName, QWidget* parent)
{
    auto* box = new QSpinBox(parent);
    box->setObjectName(objectName);
    box->setRange(1, 65535);
    box->setKeyboardTracking(false);
    return box;
}

} // namespace

RpcRangeEditor::RpcRangeEditor(QWidget* parent)
    : QWidget(parent)
    , m_preset(new QComboBox(this))
    , m_custom(new QWidget(this))
    , m_first(portSpinBox(QStringLiteral("inspectorRpcRangeFirst"), m_custom))
    , m_last(portSpinBox(QStringLiteral("inspectorRpcRangeLast"), m_custom))
{
    setObjectName(QStringLiteral("inspectorRpcRange"));
    m_preset->setObjectName(QStringLiteral("inspectorRpcRangePreset"));
    m_preset->addItem(tr("Deployment default"));
    m_preset->addItem(tr("Windows Server 2003 and earlier (%1)").arg(kOlderWindows.toString()));
    m_preset->addItem(tr("Windows Server 2008 and later (%1)").arg(kNewerWindows.toString()));
    m_preset->addItem(tr("Custom"));
    m_preset->setItemData(DeploymentDefault,
                          tr("The deployment's dynamic RPC range (Options), else the Windows default of the server's "
                             "version"),
                          Qt::ToolTipRole);
    m_first->setAccessibleName(tr("First port"));
    m_last->setAccessibleName(tr("Last port"));
    m_first->setValue(kNewerWindows.first);
    m_last->setValue(kNewerWindows.last);

    auto* custom = new QHBoxLayout(m_custom);
    custom->setContentsMargins(0, 0, 0, 0);
    custom->addWidget(m_first);
    custom->addWidget(new QLabel(QStringLiteral("–"), m_custom));
    custom->addWidget(m_last);
    custom->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_preset);
    layout->addWidget(m_custom);
    m_custom->hide();

    connect(m_preset, &QComboBox::activated, this, &RpcRangeEditor::presetActivated);
    connect(m_first, &QSpinBox::editingFinished, this, &RpcRangeEditor::rangeChosen);
    connect(m_last, &QSpinBox::editingFinished, this, &RpcRangeEditor::rangeChosen);
}

std::optional<PortRange> RpcRangeEditor::range() const
{
    switch (m_preset->currentIndex()) {
    case OlderWindows:
        return kOlderWindows;
    case NewerWindows:
        return kNewerWindows;
    case Custom:
        return PortRange{qMin(m_first->value(), m_last->value()), qMax(m_first->value(), m_last->value())};
    default:
        return std::nullopt;
    }
}

void RpcRangeEditor::setRange(const std::optional<PortRange>& range)
{
    const QSignalBlocker blockFirst(m_first);
    const QSignalBlocker blockLast(m_last);
    Preset preset = DeploymentDefault;
    if (range == kOlderWindows)
        preset = OlderWindows;
    else if (range == kNewerWindows)
        preset = NewerWindows;
    else if (range)
        preset = Custom;
    m_preset->setCurrentIndex(preset);
    if (preset == Custom) {
        m_first->setValue(range->first);
        m_last->setValue(range->last);
    }
    m_custom->setVisible(preset == Custom);
}

// A preset is a range at once; "Custom" first shows the two ports, and the range counts once one is edited.
void RpcRangeEditor::presetActivated()
{
    const bool custom = m_preset->currentIndex() == Custom;
    m_custom->setVisible(custom);
    if (custom)
        m_first->setFocus();
    else
        emit rangeChosen();
}
