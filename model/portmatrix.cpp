#include "model/portmatrix.h"

#include <algorithm>

#include <QCoreApplication>

QString severityId(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        break;
    }
    return QStringLiteral("info");
}

QString MatrixRule::withPublishedRemark(const QString& purpose) const
{
    if (!published)
        return purpose;
    return purpose + u' ' + QCoreApplication::translate("MatrixBuilder", "(Published through the reverse proxy.)");
}

bool PortMatrix::hasErrors() const
{
    return std::any_of(warnings.begin(), warnings.end(),
                       [](const ValidationWarning& w) { return w.severity == Severity::Error; });
}

const MatrixRule* PortMatrix::ruleAt(int row) const
{
    if (row < 0)
        return nullptr;
    if (row < rules.size())
        return &rules.at(row);
    row -= int(rules.size());
    return row < intraZone.size() ? &intraZone.at(row) : nullptr;
}

PortMatrix PortMatrix::withRows(const QList<int>& rows) const
{
    QList<int> sorted = rows;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    PortMatrix chosen;
    chosen.deploymentName = deploymentName;
    chosen.exchangeVersion = exchangeVersion;
    chosen.warnings = warnings;
    for (const int row : std::as_const(sorted)) {
        if (row >= 0 && row < rules.size())
            chosen.rules.append(rules.at(row));
        else if (const MatrixRule* rule = ruleAt(row))
            chosen.intraZone.append(*rule);
    }
    return chosen;
}
