#include "model/comparisonstate.h"

#include "model/deployment.h"
#include "model/deploymentanalysis.h"
#include "model/matrixbuilder.h"

ComparisonState::ComparisonState(const DeploymentAnalysis* analysis, QObject* parent)
    : QObject(parent)
    , m_analysis(analysis)
{
    connect(m_analysis, &DeploymentAnalysis::updated, this, [this] {
        if (isActive())
            recompute();
    });
}

void ComparisonState::compareWithFile(const QString& path, const DeploymentData& other)
{
    m_other = Other::File;
    m_source = path;
    m_otherData = other;
    m_otherMatrix = MatrixBuilder(m_analysis->catalog()).build(m_otherData);
    recompute();
}

void ComparisonState::compareWithVersion(const QString& version)
{
    m_other = Other::Version;
    m_source = version;
    recompute();
}

void ComparisonState::stop()
{
    if (!isActive())
        return;
    m_other = Other::None;
    m_source.clear();
    m_otherData = {};
    m_otherMatrix = {};
    m_diff = {};
    m_rowRules.clear();
    emit changed();
}

const DeploymentData& ComparisonState::dataA() const
{
    return documentIsA() ? m_analysis->deployment()->data() : m_otherData;
}

const DeploymentData& ComparisonState::dataB() const
{
    return documentIsA() ? m_otherData : m_analysis->deployment()->data();
}

RuleChange ComparisonState::changeOfRow(int row) const
{
    return documentIsA() ? m_diff.changeOfRowA(row) : m_diff.changeOfRowB(row);
}

const RuleDiff* ComparisonState::ruleOfRow(int row) const
{
    return m_rowRules.value(row);
}

// Under another version the other side is the document again, as SetExchangeVersionCommand would change it: only the
// version, the options the user set stay.
void ComparisonState::recompute()
{
    const DeploymentData& document = m_analysis->deployment()->data();
    if (m_other == Other::Version) {
        m_otherData = document;
        m_otherData.exchangeVersion = m_source;
        m_otherMatrix = MatrixBuilder(m_analysis->catalog()).build(m_otherData);
    }
    const PortMatrix& matrix = m_analysis->matrix();
    m_diff = documentIsA() ? MatrixDiff::compare(document, matrix, m_otherData, m_otherMatrix)
                           : MatrixDiff::compare(m_otherData, m_otherMatrix, document, matrix);
    m_rowRules.clear();
    for (const BoundaryDiff& boundary : m_diff.boundaries()) {
        for (const RuleDiff& rule : boundary.rules) {
            for (const int row : documentIsA() ? rule.rowsA : rule.rowsB)
                m_rowRules.insert(row, &rule);
        }
    }
    emit changed();
}
