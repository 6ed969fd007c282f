#pragma once

#include <QString>
#include <QTextStream>

#include <optional>

class PortCatalog;
class MatrixDiff;
struct DeploymentData;

// `portolan-cli diff A B [--version V]`: the matrix of B compared with the matrix of A, as a text report, the JSON of
// docs/diff-format.md or CSV. CliCommands parses the arguments; this class does the work and returns the exit code:
// 0 when the matrices are equal, 1 when they differ, 2 on bad input. The report goes to stdout or OUT (replaced
// atomically), problems to stderr. Plain English: the command line is not translated.
class DiffCommand final
{
public:
    enum class Format
    {
        Text,
        Json,
        Csv
    };

    struct Input
    {
        QString pathA;
        QString pathB;                  // empty: B is A under `version`
        std::optional<QString> version; // applies to B
        Format format = Format::Text;
        QString output; // empty or "-": standard output
    };

    DiffCommand(const PortCatalog& catalog, QTextStream& out, QTextStream& err);

    int run(const Input& input);

    // versions: the known Exchange version ids, joined.
    static QString help(const QString& program, const QString& versions);
    // "text", "json", "csv"; nothing for another name.
    static std::optional<Format> formatFromName(const QString& name);

private:
    struct Side
    {
        QString path;
        const DeploymentData* data;
    };

    QByteArray text(const MatrixDiff& diff, const Side& a, const Side& b) const;
    QByteArray json(const MatrixDiff& diff, const Side& a, const Side& b) const;
    QByteArray csv(const MatrixDiff& diff) const;
    int fail(const QString& message);

    const PortCatalog& m_catalog;
    QTextStream& m_out;
    QTextStream& m_err;
};
