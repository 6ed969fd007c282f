#include "model/export/matrixcsvwriter.h"

#include <algorithm>

#include <QIODevice>
#include <QStringList>

#include "model/portmatrix.h"

namespace {

constexpr qsizetype ChunkSize = 64 * 1024;

QString joined(const QStringList& list)
{
    return list.join(QStringLiteral("; "));
}

void appendRow(QByteArray& out, const QStringList& cells)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += u',';
        line += MatrixCsvWriter::escapeCell(cells.at(i));
    }
    line += QStringLiteral("\r\n"); // RFC 4180 ends every record with CRLF
    out.append(line.toUtf8());
}

QStringList cellsOf(const MatrixRule& rule)
{
    return {rule.from,
            rule.to,
            protocolId(rule.protocol).toUpper(),
            rule.ports.toString(),
            rule.service,
            joined(rule.sources),
            joined(rule.destinations),
            rule.purpose,
            rule.encryption,
            joined(rule.references)};
}

} // namespace

QString MatrixCsvWriter::guardFormula(const QString& text)
{
    // Spreadsheets run a cell that starts with one of these as a formula (CSV injection, OWASP). An apostrophe makes
    // them show it as text. Port cells ("25", "49152-65535") start with a digit and are left as they are.
    if (!text.isEmpty()) {
        const QChar first = text.front();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r')
            return u'\'' + text;
    }
    return text;
}

QString MatrixCsvWriter::escapeCell(const QString& text)
{
    QString cell = guardFormula(text);
    const auto special = [](QChar c) {
        return c == u',' || c == u'"' || c == u'\r' || c == u'\n';
    };
    if (std::any_of(cell.cbegin(), cell.cend(), special)) {
        cell.replace(u'"', QStringLiteral("\"\""));
        cell = u'"' + cell + u'"';
    }
    return cell;
}

bool MatrixCsvWriter::write(QIODevice* device)
{
    clearError();
    if (!device || !device->isWritable())
        return fail(tr("cannot write the matrix: the output is not open for writing"));
    QByteArray out;
    out.reserve(ChunkSize + ChunkSize / 4);
    const auto flush = [&] {
        if (device->write(out) != out.size())
            return fail(tr("cannot write the matrix: %1").arg(device->errorString()));
        out.resize(0); // unlike clear(), keeps the allocation for the next chunk
        return true;
    };

    // UTF-8 with a byte order mark: without it Excel reads a CSV in the local ANSI code page and garbles every
    // non-ASCII name; LibreOffice and Python's csv module (utf-8-sig) accept the mark too.
    out.append("\xEF\xBB\xBF");
    appendRow(out, {tr("From zone"), tr("To zone"), tr("Protocol"), tr("Ports"), tr("Service"), tr("Sources"),
                    tr("Destinations"), tr("Purpose"), tr("Encryption"), tr("References")});
    for (const QList<MatrixRule>* rules : {&m_matrix.rules, &m_matrix.intraZone}) {
        for (const MatrixRule& rule : *rules) {
            appendRow(out, cellsOf(rule));
            if (out.size() >= ChunkSize && !flush())
                return false;
        }
    }
    return flush();
}
