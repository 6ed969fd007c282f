#pragma once

#include <QWidget>

class DeploymentAnalysis;
class QLabel;
class QPushButton;
class QTreeWidget;
class WhatIfState;

// The Consequences dock: what the what-if's blocked rules break, grouped by what a user notices ("Inbound Internet
// mail"), each with the catalog's "if blocked" text and who loses which flow; above it the answer to "open an extra
// port". With nothing blocked it says how to block something.
class ConsequencesPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsequencesPanel)

public:
    ConsequencesPanel(DeploymentAnalysis* analysis, WhatIfState* whatIf, QWidget* parent = nullptr);

protected:
    // The list's rows are as high as their wrapped sentences: a new width lays them out again.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refresh();
    void addExtraPortAnswer();
    void addConsequences();

    DeploymentAnalysis* m_analysis;
    WhatIfState* m_whatIf;
    QLabel* m_summary;
    QTreeWidget* m_view;
    QPushButton* m_unblockAll;
    QPushButton* m_clearQuestion;
};
