#pragma once

#include <QList>
#include <QString>

#include <memory>

class QAbstractItemModel;
class QMimeData;

// Rows of the port matrix table as spreadsheets take them from the clipboard: tab-separated text and an HTML table,
// both with a header line, in one QMimeData, so that a paste into LibreOffice Calc or Excel lands in columns. A cell
// that would start a formula is guarded as in the CSV export, in both forms: the HTML is what spreadsheets prefer to
// paste, and Excel reads a cell starting with = as a formula there too.
class MatrixClipboard final
{
public:
    // These rows and columns of the model, in the order given; the header is the model's horizontal header.
    static std::unique_ptr<QMimeData> mimeData(const QAbstractItemModel& model, const QList<int>& rows,
                                               const QList<int>& columns);
    // One cell of the text form: tabs and line breaks become spaces (they would split the cell), then a leading
    // = + - @ gets an apostrophe (MatrixCsvWriter::guardFormula).
    static QString textCell(const QString& text);
};
