#pragma once

#include "model/deploymentdata.h"
#include "model/matrixdiff.h"
#include "model/portmatrix.h"

#include <QObject>

class DeploymentAnalysis;

// The window's comparison of the document with another layout (issue 12): a view state that never changes the
// document, its undo stack, the saved file or the exports. The other layout is a deployment read from a file
// (A: that file, B: the document, so the diff says what the document opens and closes compared with it), or the
// document under another Exchange version (A: the document, B: the same under that version, so 2010 → 2019 reads as
// what to open for the new servers and what to close once the old ones are gone). The diff follows the document:
// it is recomputed whenever the analysis updates.
class ComparisonState final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparisonState)

public:
    enum class Other
    {
        None,
        File,
        Version
    };

    explicit ComparisonState(const DeploymentAnalysis* analysis, QObject* parent = nullptr);

    // other: what was read from path.
    void compareWithFile(const QString& path, const DeploymentData& other);
    void compareWithVersion(const QString& version);
    void stop();

    bool isActive() const { return m_other != Other::None; }
    Other other() const { return m_other; }
    // The file's path, or the version id.
    const QString& otherSource() const { return m_source; }
    bool documentIsA() const { return m_other == Other::Version; }
    const DeploymentData& dataA() const;
    const DeploymentData& dataB() const;
    const MatrixDiff& diff() const { return m_diff; }

    // The change of the rule a row of the document's matrix belongs to (Same when not comparing), and the rule's
    // diff (null for an unchanged rule).
    RuleChange changeOfRow(int row) const;
    const RuleDiff* ruleOfRow(int row) const;

signals:
    // The comparison started, stopped or was recomputed.
    void changed();

private:
    void recompute();

    const DeploymentAnalysis* m_analysis;
    Other m_other = Other::None;
    QString m_source;
    DeploymentData m_otherData;
    PortMatrix m_otherMatrix;
    MatrixDiff m_diff;
    QHash<int, const RuleDiff*> m_rowRules; // the document's rows of changed rules
};
