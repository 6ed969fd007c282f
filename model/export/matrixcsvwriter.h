#pragma once

#include "model/export/exporter.h"

#include <QCoreApplication>
#include <QString>

class QIODevice;
struct PortMatrix;

// Writes a port matrix as RFC 4180 CSV for the network team's spreadsheet: one row per rule, the cross-zone rules
// first, then the rules inside a zone (From zone = To zone). No cell can start a spreadsheet formula.
class MatrixCsvWriter final : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(MatrixCsvWriter)

public:
    explicit MatrixCsvWriter(const PortMatrix& matrix)
        : m_matrix(matrix)
    {}

    QString id() const override { return QStringLiteral("matrix-csv"); }
    QString fileSuffix() const override { return QStringLiteral("csv"); }
    bool write(QIODevice* device) override;

    // One cell as it appears in the file: a leading apostrophe when the text starts like a formula (=, +, -, @, tab,
    // CR: CSV injection), then quoted with doubled quotes when it holds a comma, a quote, CR or LF.
    static QString escapeCell(const QString& text);
    // Only the first half of escapeCell: the apostrophe before a text that starts like a formula. For other places a
    // spreadsheet reads cells from, such as the matrix table's clipboard text.
    static QString guardFormula(const QString& text);

private:
    const PortMatrix& m_matrix;
};
