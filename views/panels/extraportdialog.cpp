#include "views/panels/extraportdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QSpinBox>

ExtraPortDialog::ExtraPortDialog(const QString& leftZone, const QString& leftName, const QString& rightZone,
                                 const QString& rightName, bool rightward, QWidget* parent)
    : QDialog(parent)
    , m_left(leftZone)
    , m_right(rightZone)
    , m_direction(new QComboBox(this))
    , m_protocol(new QComboBox(this))
    , m_port(new QSpinBox(this))
{
    setObjectName(QStringLiteral("extraPortDialog"));
    setWindowTitle(tr("Open an Extra Port (What-if)"));
    m_direction->setObjectName(QStringLiteral("extraPortDirection"));
    m_protocol->setObjectName(QStringLiteral("extraPortProtocol"));
    m_port->setObjectName(QStringLiteral("extraPortNumber"));
    m_direction->addItem(tr("%1 → %2").arg(leftName, rightName));
    m_direction->addItem(tr("%1 → %2").arg(rightName, leftName));
    m_direction->setCurrentIndex(rightward ? 0 : 1);
    m_protocol->addItem(QStringLiteral("TCP"), int(Protocol::Tcp));
    m_protocol->addItem(QStringLiteral("UDP"), int(Protocol::Udp));
    m_port->setRange(1, 65535);
    m_port->setValue(443);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* form = new QFormLayout(this);
    form->addRow(tr("&Direction:"), m_direction);
    form->addRow(tr("&Protocol:"), m_protocol);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(buttons);
}

ExtraPortQuestion ExtraPortDialog::question() const
{
    const bool rightward = m_direction->currentIndex() == 0;
    return {rightward ? m_left : m_right, rightward ? m_right : m_left, Protocol(m_protocol->currentData().toInt()),
            m_port->value()};
}
