#pragma once

#include "model/export/exporter.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

class PortCatalog;
class QIODevice;
struct MatrixRule;
struct PortMatrix;

// Writes a port matrix as a Markdown document to read or paste into a wiki or ticket: one table per zone pair in
// matrix order, then the rules inside each zone, the validation warnings and the sources cited.
class MatrixMarkdownWriter final : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(MatrixMarkdownWriter)

public:
    MatrixMarkdownWriter(const PortMatrix& matrix, const PortCatalog& catalog);

    QString id() const override { return QStringLiteral("matrix-markdown"); }
    QString fileSuffix() const override { return QStringLiteral("md"); }

    // Zone id → display name for the headings ("Internet → DMZ"); a zone missing here is shown by its id.
    void setZoneNames(const QHash<QString, QString>& names) { m_zoneNames = names; }

    bool write(QIODevice* device) override;

    // Text made safe for one table cell: '|', '<' and '\\' escaped, line breaks turned into spaces.
    static QString escapeCell(const QString& text);

private:
    QString zoneName(const QString& id) const;

    const PortMatrix& m_matrix;
    const PortCatalog& m_catalog;
    QHash<QString, QString> m_zoneNames;
};
