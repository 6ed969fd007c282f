#include "views/export/matrixexportflow.h"

#include "views/export/exportpathdialog.h"

#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

#include "model/deployment.h"
#include "model/deploymentanalysis.h"
#include "model/export/exporterregistry.h"
#include "model/export/exportfile.h"
#include "model/export/exportinput.h"
#include "model/portmatrix.h"
#include "views/panels/matrixpanel.h"

MatrixExportFlow::MatrixExportFlow(const DeploymentAnalysis* analysis, const PortCatalog& catalog,
                                   const MatrixPanel* panel, QWidget* window)
    : QObject(window)
    , m_analysis(analysis)
    , m_catalog(catalog)
    , m_panel(panel)
    , m_window(window)
{}

void MatrixExportFlow::exportMatrix(const QString& suggestedPath)
{
    const PortMatrix& matrix = m_analysis->matrix();
    const QList<int> shown = m_panel->shownRows();
    if (shown.size() >= matrix.rowCount()) {
        writeAsked(matrix, suggestedPath);
        return;
    }
    // A filtered table may be exactly what the user wants to hand on, or only how they were looking at it: ask.
    QMessageBox question(QMessageBox::Question, tr("Export port matrix"),
                         tr("The table shows %1 of the %n rules.", nullptr, matrix.rowCount()).arg(shown.size()),
                         QMessageBox::Cancel, m_window);
    question.setObjectName(QStringLiteral("matrixExportScope"));
    question.setInformativeText(tr("Which rules do you want to export?"));
    QPushButton* all = question.addButton(tr("&All rules"), QMessageBox::AcceptRole);
    all->setObjectName(QStringLiteral("exportAllRules"));
    QPushButton* onlyShown =
        question.addButton(tr("&Only the %n rows shown", nullptr, int(shown.size())), QMessageBox::AcceptRole);
    onlyShown->setObjectName(QStringLiteral("exportShownRows"));
    question.setDefaultButton(onlyShown);
    question.exec();
    if (question.clickedButton() == all)
        writeAsked(matrix, suggestedPath);
    else if (question.clickedButton() == onlyShown)
        writeAsked(matrix.withRows(shown), suggestedPath);
}

void MatrixExportFlow::exportRows(const QList<int>& rows, const QString& suggestedPath)
{
    writeAsked(m_analysis->matrix().withRows(rows), suggestedPath);
}

void MatrixExportFlow::writeAsked(const PortMatrix& matrix, const QString& suggestedPath)
{
    const QString path = askPath(suggestedPath);
    if (path.isEmpty())
        return;
    if (!write(matrix, path)) {
        QMessageBox::warning(m_window, tr("Cannot export the port matrix"),
                             tr("%1 cannot be written:\n%2").arg(QDir::toNativeSeparators(path), m_errorString));
        return;
    }
    emit exported(path);
    emit message(tr("Exported %n rules to %1", nullptr, matrix.rowCount()).arg(QDir::toNativeSeparators(path)));
}

QString MatrixExportFlow::askPath(const QString& suggestedPath)
{
    return askExportPath(m_window, tr("Export port matrix"), suggestedPath, ExportDocument::Matrix);
}

bool MatrixExportFlow::write(const PortMatrix& matrix, const QString& path)
{
    m_errorString.clear();
    const ExportFormat* format = ExporterRegistry::instance().forPath(ExportDocument::Matrix, path);
    if (!format) {
        m_errorString = tr("the file type \"%1\" is none of the port matrix formats (%2)")
                            .arg(QFileInfo(path).suffix(), ExporterRegistry::instance().names(ExportDocument::Matrix));
        return false;
    }
    ExportInput input;
    input.catalog = &m_catalog;
    input.deployment = &m_analysis->deployment()->data();
    input.matrix = &matrix;
    ExportFile file;
    if (!file.write(*format->create(input), path)) {
        m_errorString = file.errorString();
        return false;
    }
    return true;
}
