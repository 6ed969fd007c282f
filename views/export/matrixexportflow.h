#pragma once

#include <QList>
#include <QObject>
#include <QString>

class DeploymentAnalysis;
class MatrixPanel;
class PortCatalog;
class QWidget;
struct PortMatrix;

// The window's port matrix export, File → Export Port Matrix… and a firewall's "Export rules of this firewall…":
// asks which rules when the table is filtered, then for the file, and writes it through the registry's matrix formats
// and ExportFile, the writers of the command line. The file name's suffix picks the format, else the chosen file type
// (whose suffix is then added). Failures are told in a message box naming the file, success in message().
class MatrixExportFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MatrixExportFlow)

public:
    // window: the parent of the dialogs and of this object.
    MatrixExportFlow(const DeploymentAnalysis* analysis, const PortCatalog& catalog, const MatrixPanel* panel,
                     QWidget* window);

    // Every rule, or, when the table's filters hide some and the user chooses so, only the rows it shows.
    // suggestedPath: the file dialog's first choice, without a suffix.
    void exportMatrix(const QString& suggestedPath);
    // These matrix rows (PortMatrix::ruleAt), without asking which.
    void exportRows(const QList<int>& rows, const QString& suggestedPath);

    // Writes the matrix to path in the format its suffix names, without dialogs; false and errorString() when the
    // suffix is no matrix format or the file cannot be written.
    bool write(const PortMatrix& matrix, const QString& path);
    QString errorString() const { return m_errorString; }

signals:
    void exported(const QString& path);
    void message(const QString& text); // for the status bar

private:
    // The path the user chose, with the suffix of the chosen file type when it had none; empty when cancelled.
    QString askPath(const QString& suggestedPath);
    void writeAsked(const PortMatrix& matrix, const QString& suggestedPath);

    const DeploymentAnalysis* m_analysis;
    const PortCatalog& m_catalog;
    const MatrixPanel* m_panel;
    QWidget* m_window;
    QString m_errorString;
};
