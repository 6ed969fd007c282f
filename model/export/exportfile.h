#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

class Exporter;

// Writes what an exporter makes to a file, atomically (CheckedWrite): when anything fails, a full disk included, the
// file that was at the path stays as it was, and errorString() says what went wrong. The one way both the window and
// the command line save an export.
class ExportFile final
{
    Q_DECLARE_TR_FUNCTIONS(ExportFile)

public:
    bool write(Exporter& exporter, const QString& path);
    // The command line's output without -o (or with "-o -"): standard output, flushed, its failures reported.
    bool writeStandardOutput(Exporter& exporter);
    QString errorString() const { return m_errorString; }

private:
    // The whole document, or nothing with errorString() set.
    std::optional<QByteArray> render(Exporter& exporter);

    QString m_errorString;
};
