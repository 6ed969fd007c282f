#pragma once

#include <QDialog>

// Help → About Portolan: what Portolan is, its version, the Qt it runs on and the licences of the libraries it uses.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(QWidget* parent = nullptr);
};
