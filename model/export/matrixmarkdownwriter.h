#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>

class PortCatalog;
class QIODevice;
struct MatrixRule;
struct PortMatrix;

// Writes a port matrix as a Markdown document to read or paste into a wiki or ticket: one table per zone pair in
// matrix order, then the rules inside each zone, the validation warnings and the sources cited.
class MatrixMarkdownWriter final
{
    Q_DECLARE_TR_FUNCTIONS(MatrixMarkdownWriter)

public:
    explicit MatrixMarkdownWriter(const PortCatalog& catalog);

    // Zone id → display name for the headings ("Internet → DMZ"); a zone missing here is shown by its id.
    void setZoneNames(const QHash<QString, QString>& names) { m_zoneNames = names; }

    // The device must be open for writing.
    bool write(const PortMatrix& matrix, QIODevice* device);
    QString errorString() const { return m_errorString; }

    // Text made safe for one table cell: '|', '<' and '\\' escaped, line breaks turned into spaces.
    static QString escapeCell(const QString& text);

private:
    QString zoneName(const QString& id) const;

    const PortCatalog& m_catalog;
    QHash<QString, QString> m_zoneNames;
    QString m_errorString;
};
