#include "views/panels/consequencespanel.h"

#include "model/deployment.h"
#include "model/deploymentanalysis.h"
#include "model/endpointnames.h"
#include "model/whatifstate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QResizeEvent>
#include <QStyledItemDelegate>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
// Sentences wrap in the width the tree gives them at their depth: QTreeView measures an item's height as if it had the
// whole column, and would cut the end of every long line.
class WrappingDelegate final : public QStyledItemDelegate
{
public:
    explicit WrappingDelegate(QTreeView* view)
        : QStyledItemDelegate(view)
        , m_view(view)
    {}

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyleOptionViewItem item = option;
        initStyleOption(&item, index);
        int depth = 1;
        for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
            ++depth;
        const int width = qMax(80, m_view->viewport()->width() - m_view->indentation() * depth - 8);
        const QRect text = item.fontMetrics.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, item.text);
        return {width, text.height() + 6};
    }

private:
    QTreeView* m_view;
};

QTreeWidgetItem* addItem(QTreeWidgetItem* parent, const QString& text)
{
    auto* item = new QTreeWidgetItem(parent, {text});
    item->setToolTip(0, text);
    return item;
}

QTreeWidgetItem* addHeading(QTreeWidget* view, const QString& text)
{
    auto* item = new QTreeWidgetItem(view, {text});
    QFont bold = item->font(0);
    bold.setBold(true);
    item->setFont(0, bold);
    item->setToolTip(0, text);
    return item;
}
} // namespace

ConsequencesPanel::ConsequencesPanel(DeploymentAnalysis* analysis, WhatIfState* whatIf, QWidget* parent)
    : QWidget(parent)
    , m_analysis(analysis)
    , m_whatIf(whatIf)
    , m_summary(new QLabel(this))
    , m_view(new QTreeWidget(this))
    , m_unblockAll(new QPushButton(tr("&Unblock All"), this))
    , m_clearQuestion(new QPushButton(tr("Clear the &Question"), this))
{
    setObjectName(QStringLiteral("consequencesPanel"));
    m_summary->setObjectName(QStringLiteral("consequencesSummary"));
    m_view->setObjectName(QStringLiteral("consequencesView"));
    m_unblockAll->setObjectName(QStringLiteral("consequencesUnblockAll"));
    m_clearQuestion->setObjectName(QStringLiteral("consequencesClearQuestion"));
    m_summary->setWordWrap(true);
    m_summary->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_summary->setTextFormat(Qt::PlainText);
    m_view->setHeaderHidden(true);
    m_view->setColumnCount(1);
    m_view->header()->setSectionResizeMode(QHeaderView::Stretch);
    m_view->setWordWrap(true);
    m_view->setTextElideMode(Qt::ElideNone);
    m_view->setItemDelegate(new WrappingDelegate(m_view));
    m_view->setUniformRowHeights(false);
    m_view->setSelectionMode(QAbstractItemView::NoSelection);
    m_view->viewport()->installEventFilter(this);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_unblockAll);
    buttons->addWidget(m_clearQuestion);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_unblockAll, &QPushButton::clicked, m_whatIf, &WhatIfState::unblockAll);
    connect(m_clearQuestion, &QPushButton::clicked, m_whatIf, &WhatIfState::clearExtraPort);
    connect(m_whatIf, &WhatIfState::changed, this, &ConsequencesPanel::refresh);
    refresh();
}

bool ConsequencesPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize) {
        const auto* resize = static_cast<QResizeEvent*>(event);
        if (resize->size().width() != resize->oldSize().width())
            m_view->doItemsLayout();
    }
    return QWidget::eventFilter(watched, event);
}

void ConsequencesPanel::refresh()
{
    m_view->setUpdatesEnabled(false);
    m_view->clear();
    const bool blocking = m_whatIf->isOn();
    const bool asking = m_whatIf->extraPort().has_value();
    if (!blocking && !asking) {
        m_summary->setText(tr("Nothing is blocked. Right-click a port chip on a firewall, a flow arrow or a row of the "
                              "port matrix and choose \"Block (what-if)\" to see who would lose which service. "
                              "\"Open an extra port (what-if)\" on a firewall tells whether any flow needs a port and "
                              "what it would expose. The deployment itself never changes."));
    } else if (blocking) {
        const WhatIfOutcome& outcome = m_whatIf->outcome();
        m_summary->setText(tr("What-if: %1 blocked, %2 broken.", "rules, flows")
                               .arg(tr("%n rule(s)", nullptr, int(m_whatIf->blockedRules().size())),
                                    tr("%n flow(s)", nullptr, int(outcome.brokenFlows.size()))));
    } else {
        m_summary->setText(tr("Nothing is blocked."));
    }
    if (asking)
        addExtraPortAnswer();
    if (blocking)
        addConsequences();
    m_view->expandAll();
    m_view->setUpdatesEnabled(true);
    m_view->setVisible(blocking || asking);
    m_unblockAll->setEnabled(blocking);
    m_clearQuestion->setVisible(asking);
}

void ConsequencesPanel::addExtraPortAnswer()
{
    const ExtraPortAnswer& answer = *m_whatIf->extraPort();
    const Deployment& document = *m_analysis->deployment();
    const ExtraPortQuestion& question = answer.question;
    const QString port = protocolId(question.protocol).toUpper() + u' ' + QString::number(question.port);
    QTreeWidgetItem* heading = addHeading(m_view, tr("Opening %1 from %2 to %3 (what-if)")
                                                      .arg(port, EndpointNames::zoneName(document, question.fromZone),
                                                           EndpointNames::zoneName(document, question.toZone)));
    if (answer.neededRows.isEmpty()) {
        addItem(heading, tr("No flow of this deployment needs it."));
    } else {
        QTreeWidgetItem* needed =
            addItem(heading, tr("Needed by %n rule(s) already:", nullptr, int(answer.neededRows.size())));
        for (int row : answer.neededRows) {
            const MatrixRule* rule = m_analysis->matrix().ruleAt(row);
            addItem(needed,
                    tr("%1 → %2: %3 (%4)")
                        .arg(EndpointNames::endpointNames(document, m_analysis->catalog(), rule->sources),
                             EndpointNames::endpointNames(document, m_analysis->catalog(), rule->destinations),
                             rule->service, protocolId(rule->protocol).toUpper() + u' ' + rule->ports.toString()));
        }
    }
    if (answer.exposed.isEmpty()) {
        addItem(heading, tr("It would expose an unknown service: no entry of the catalog listens on this port behind "
                            "this firewall."));
        return;
    }
    QTreeWidgetItem* exposed = addItem(heading, tr("It would expose:"));
    for (const ExposedService& service : answer.exposed) {
        const QString listeners = service.listeners.join(QStringLiteral(", "));
        QTreeWidgetItem* item = addItem(
            exposed, service.switchedOff
                         ? tr("%1 on %2 (switched off in this deployment's options)").arg(service.service, listeners)
                         : tr("%1 on %2").arg(service.service, listeners));
        addItem(item, service.purpose);
    }
}

void ConsequencesPanel::addConsequences()
{
    const WhatIfOutcome& outcome = m_whatIf->outcome();
    for (const ConsequenceGroup& group : outcome.groups) {
        QTreeWidgetItem* heading = addHeading(m_view, group.name);
        for (const ConsequenceEntry& entry : group.entries) {
            QTreeWidgetItem* item = addItem(heading, entry.ifBlocked);
            for (const QString& flow : entry.flows)
                addItem(item, flow);
        }
    }
}
