#include "model/whatifstate.h"

#include "model/deployment.h"
#include "model/deploymentanalysis.h"

#include <algorithm>

WhatIfState::WhatIfState(DeploymentAnalysis* analysis, QObject* parent)
    : QObject(parent)
    , m_analysis(analysis)
{
    connect(m_analysis, &DeploymentAnalysis::updated, this, &WhatIfState::onAnalysisUpdated);
}

void WhatIfState::block(const QList<int>& rows)
{
    const PortMatrix& matrix = m_analysis->matrix();
    bool added = false;
    for (int row : rows) {
        if (const MatrixRule* rule = matrix.ruleAt(row)) {
            const RuleId id = RuleId::of(*rule);
            if (!m_blocked.contains(id)) {
                m_blocked.append(id);
                added = true;
            }
        }
    }
    if (added)
        recompute();
}

void WhatIfState::unblock(const QList<int>& rows)
{
    const PortMatrix& matrix = m_analysis->matrix();
    qsizetype removed = 0;
    for (int row : rows) {
        if (const MatrixRule* rule = matrix.ruleAt(row))
            removed += m_blocked.removeAll(RuleId::of(*rule));
    }
    if (removed)
        recompute();
}

void WhatIfState::unblockAll()
{
    if (m_blocked.isEmpty())
        return;
    m_blocked.clear();
    recompute();
}

bool WhatIfState::allBlocked(const QList<int>& rows) const
{
    return !rows.isEmpty() &&
           std::all_of(rows.begin(), rows.end(), [this](int row) { return m_outcome.blockedRows.contains(row); });
}

bool WhatIfState::anyBlocked(const QList<int>& rows) const
{
    return std::any_of(rows.begin(), rows.end(), [this](int row) { return m_outcome.blockedRows.contains(row); });
}

void WhatIfState::askExtraPort(const ExtraPortQuestion& question)
{
    m_question = question;
    recompute();
}

void WhatIfState::clearExtraPort()
{
    if (!m_question)
        return;
    m_question.reset();
    recompute();
}

void WhatIfState::recompute()
{
    const PortMatrix& matrix = m_analysis->matrix();
    const Deployment& document = *m_analysis->deployment();
    QSet<RuleId> blocked(m_blocked.begin(), m_blocked.end());
    m_outcome = whatIfOutcome(document, m_analysis->catalog(), m_analysis->flows(), matrix, blocked);
    m_extraPort.reset();
    if (m_question) {
        m_extraPort = answerExtraPort(document, m_analysis->catalog(), m_analysis->flows(), matrix, *m_question);
        if (!m_extraPort)
            m_question.reset(); // its zones are gone or no longer neighbours
    }
    emit changed();
}

// Rules that no longer exist (a server removed, an option switched off) are no longer blocked.
void WhatIfState::onAnalysisUpdated()
{
    if (m_blocked.isEmpty() && !m_question)
        return;
    const PortMatrix& matrix = m_analysis->matrix();
    QSet<RuleId> existing;
    existing.reserve(matrix.rowCount());
    for (int row = 0; row < matrix.rowCount(); ++row)
        existing.insert(RuleId::of(*matrix.ruleAt(row)));
    m_blocked.removeIf([&existing](const RuleId& id) { return !existing.contains(id); });
    recompute();
}
