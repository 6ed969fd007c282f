#pragma once

#include "model/extraport.h"

#include <QDialog>

class QComboBox;
class QSpinBox;

// "Open an extra port (what-if)": the direction across one firewall, the protocol and the port.
class ExtraPortDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExtraPortDialog)

public:
    // The firewall between two neighbouring zones (ids and names); rightward: left to right is offered first.
    ExtraPortDialog(const QString& leftZone, const QString& leftName, const QString& rightZone,
                    const QString& rightName, bool rightward, QWidget* parent = nullptr);

    ExtraPortQuestion question() const;

private:
    QString m_left;
    QString m_right;
    QComboBox* m_direction;
    QComboBox* m_protocol;
    QSpinBox* m_port;
};
