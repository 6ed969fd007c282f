#pragma once

#include <QListWidget>

class DeploymentAnalysis;

// The validation warnings of the document, most severe first. Clicking or activating one reports the servers it names,
// so the window can select them on the diagram.
class WarningsPanel final : public QListWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WarningsPanel)

public:
    explicit WarningsPanel(DeploymentAnalysis* analysis, QWidget* parent = nullptr);

signals:
    void serversActivated(const QStringList& serverIds);

protected:
    // A warning's tooltip (its severity and the servers it names) is written when it is asked for: a 50-zone layout
    // has thousands of warnings, refilled after every edit.
    bool viewportEvent(QEvent* event) override;

private:
    void refill();

    DeploymentAnalysis* m_analysis;
};
