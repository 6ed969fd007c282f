#include "views/panels/whatifbar.h"

#include "model/whatifstate.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

WhatIfBar::WhatIfBar(WhatIfState* whatIf, QWidget* parent)
    : QFrame(parent)
    , m_whatIf(whatIf)
    , m_text(new QLabel(this))
    , m_unblockAll(new QPushButton(tr("Unblock All"), this))
{
    setObjectName(QStringLiteral("whatIfBar"));
    m_text->setObjectName(QStringLiteral("whatIfBarText"));
    m_unblockAll->setObjectName(QStringLiteral("whatIfBarUnblockAll"));
    // The what-if's red, light enough to read on: the diagram under it draws blocked rules in the same colour.
    setAutoFillBackground(true);
    QPalette colours = palette();
    colours.setColor(QPalette::Window, QColor(0xfd, 0xe7, 0xe7));
    colours.setColor(QPalette::WindowText, QColor(0x6b, 0x10, 0x10));
    setPalette(colours);
    setFrameShape(QFrame::StyledPanel);
    QFont bold = m_text->font();
    bold.setBold(true);
    m_text->setFont(bold);
    m_text->setWordWrap(true); // a narrow diagram wraps the sentence rather than widen the window
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_unblockAll);
    connect(m_unblockAll, &QPushButton::clicked, m_whatIf, &WhatIfState::unblockAll);
    connect(m_whatIf, &WhatIfState::changed, this, &WhatIfBar::refresh);
    refresh();
}

void WhatIfBar::refresh()
{
    setVisible(m_whatIf->isOn());
    m_text->setText(tr("What-if: %n rule(s) blocked. The deployment, its file and its exports stay as they are.",
                       nullptr, int(m_whatIf->blockedRules().size())));
}
