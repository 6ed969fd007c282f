#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class WhatIfState;

// The sign above the diagram that a what-if is on: how many rules are blocked, and a button that unblocks them all.
// Hidden while nothing is blocked.
class WhatIfBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WhatIfBar)

public:
    explicit WhatIfBar(WhatIfState* whatIf, QWidget* parent = nullptr);

private:
    void refresh();

    WhatIfState* m_whatIf;
    QLabel* m_text;
    QPushButton* m_unblockAll;
};
