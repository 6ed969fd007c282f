#pragma once

#include "model/extraport.h"
#include "model/ruleid.h"
#include "model/whatifoutcome.h"

#include <QList>
#include <QObject>

#include <optional>

class DeploymentAnalysis;

// The what-if of the window: matrix rules the user pretends to block, what that breaks, and the last "open an extra
// port" question with its answer. A view state: it reads the document and its analysis and never changes them, the
// undo stack, the saved file or an export. After an edit it keeps the blocked rules that still exist and drops the
// others, and answers the extra-port question again while its zones are neighbours.
class WhatIfState final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WhatIfState)

public:
    explicit WhatIfState(DeploymentAnalysis* analysis, QObject* parent = nullptr);

    // Blocks (unblocks) the rules of these matrix rows (PortMatrix::ruleAt); unknown rows are ignored.
    void block(const QList<int>& rows);
    void unblock(const QList<int>& rows);
    void unblockAll();
    bool isOn() const { return !m_blocked.isEmpty(); }
    const QList<RuleId>& blockedRules() const { return m_blocked; }
    // Whether every one of these rows is blocked (false for none).
    bool allBlocked(const QList<int>& rows) const;
    bool anyBlocked(const QList<int>& rows) const;
    const WhatIfOutcome& outcome() const { return m_outcome; }

    void askExtraPort(const ExtraPortQuestion& question);
    void clearExtraPort();
    const std::optional<ExtraPortAnswer>& extraPort() const { return m_extraPort; }

signals:
    // After every change of the blocked rules, of the extra-port answer, and after every update of the analysis while
    // either is set: the outcome's row numbers are those of the current matrix.
    void changed();

private:
    void recompute();
    void onAnalysisUpdated();

    DeploymentAnalysis* m_analysis;
    QList<RuleId> m_blocked; // in the order they were blocked
    WhatIfOutcome m_outcome;
    std::optional<ExtraPortQuestion> m_question;
    std::optional<ExtraPortAnswer> m_extraPort;
};
