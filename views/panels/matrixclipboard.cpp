#include "views/panels/matrixclipboard.h"

#include <QAbstractItemModel>
#include <QMimeData>
#include <QStringList>

#include "model/export/matrixcsvwriter.h"

QString MatrixClipboard::textCell(const QString& text)
{
    QString cell = text;
    for (QChar& c : cell) {
        if (c == u'\t' || c == u'\n' || c == u'\r')
            c = u' ';
    }
    return MatrixCsvWriter::guardFormula(cell);
}

std::unique_ptr<QMimeData> MatrixClipboard::mimeData(const QAbstractItemModel& model, const QList<int>& rows,
                                                     const QList<int>& columns)
{
    QString text;
    // The charset matters: LibreOffice reads HTML without one as Latin-1 and garbles every non-ASCII name.
    QString html = QStringLiteral("<html><head><meta charset=\"utf-8\"></head><body><table>\n<tr>");
    QStringList cells;
    for (const int column : columns) {
        const QString header = textCell(model.headerData(column, Qt::Horizontal).toString());
        cells.append(header);
        html += QStringLiteral("<th>") + header.toHtmlEscaped() + QStringLiteral("</th>");
    }
    text += cells.join(u'\t') + u'\n';
    html += QStringLiteral("</tr>\n");
    for (const int row : rows) {
        cells.clear();
        html += QStringLiteral("<tr>");
        for (const int column : columns) {
            const QString cell = textCell(model.index(row, column).data().toString());
            cells.append(cell);
            html += QStringLiteral("<td>") + cell.toHtmlEscaped() + QStringLiteral("</td>");
        }
        text += cells.join(u'\t') + u'\n';
        html += QStringLiteral("</tr>\n");
    }
    html += QStringLiteral("</table></body></html>\n");

    auto mime = std::make_unique<QMimeData>();
    mime->setText(text);
    mime->setHtml(html);
    return mime;
}
