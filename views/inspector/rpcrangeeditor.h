#pragma once

#include "model/portrange.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QSpinBox;

// A server's own dynamic RPC range: none (the deployment's range, else the Windows default), one of the two Windows
// defaults (S33, S34), or a custom first-last range. Emits rangeChosen() when the user settles on a range.
class RpcRangeEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RpcRangeEditor)

public:
    explicit RpcRangeEditor(QWidget* parent = nullptr);

    std::optional<PortRange> range() const;
    // Shows a range without emitting rangeChosen().
    void setRange(const std::optional<PortRange>& range);

signals:
    void rangeChosen();

private:
    void presetActivated();

    QComboBox* m_preset;
    QWidget* m_custom; // the first and last port, shown for a custom range
    QSpinBox* m_first;
    QSpinBox* m_last;
};
