#pragma once

#include <QDialog>

// Help → Getting Started: the few steps from an empty window to a checked firewall plan.
class GettingStartedDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GettingStartedDialog)

public:
    explicit GettingStartedDialog(QWidget* parent = nullptr);
};
