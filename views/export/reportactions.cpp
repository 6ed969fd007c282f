#include "views/export/reportactions.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

#include "model/deployment.h"
#include "model/export/exportfile.h"
#include "model/export/reportwriter.h"
#include "model/probeevidence.h"
#include "views/appsettings.h"
#include "views/export/deploymentsnapshot.h"
#include "views/export/exportpathdialog.h"

namespace {

QAction* makeAction(QObject* parent, const QString& name, const QString& text, const QKeySequence& key = {})
{
    auto* action = new QAction(text, parent);
    action->setObjectName(name);
    action->setShortcut(key);
    return action;
}

} // namespace

ReportActions::ReportActions(const Deployment* document, AppSettings* settings, QWidget* window)
    : QObject(window)
    , m_document(document)
    , m_settings(settings)
    , m_window(window)
    , m_exportReport(makeAction(this, QStringLiteral("actionExportReport"), tr("Export &Report (PDF)…")))
    , m_print(makeAction(this, QStringLiteral("actionPrint"), tr("&Print…"), QKeySequence::Print))
    , m_printPreview(makeAction(this, QStringLiteral("actionPrintPreview"), tr("Print Pre&view…")))
    , m_printDiagram(makeAction(this, QStringLiteral("actionPrintDiagram"), tr("Print &Diagram…")))
{
    connect(m_exportReport, &QAction::triggered, this, &ReportActions::chooseAndExport);
    connect(m_print, &QAction::triggered, this, [this] { choosePrinterAndPrint(false); });
    connect(m_printPreview, &QAction::triggered, this, &ReportActions::preview);
    connect(m_printDiagram, &QAction::triggered, this, [this] { choosePrinterAndPrint(true); });
}

QPageSize::PageSizeId ReportActions::defaultPaper()
{
    return QLocale::system().measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter : QPageSize::A4;
}

template <typename Use> bool ReportActions::withReport(Use use) const
{
    const DeploymentSnapshot snapshot(m_document->data());
    ExportInput input = snapshot.input(m_sourcePath ? m_sourcePath() : QString());
    input.paper = defaultPaper();
    const ProbeEvidence evidence = m_evidence ? m_evidence() : ProbeEvidence();
    if (!evidence.isEmpty())
        input.probe = &evidence;
    ReportWriter writer(input);
    return use(writer);
}

bool ReportActions::exportReport(const QString& path, QString* error) const
{
    return withReport([&](ReportWriter& writer) {
        ExportFile file;
        if (file.write(writer, path))
            return true;
        *error = file.errorString();
        return false;
    });
}

bool ReportActions::printReport(QPagedPaintDevice* device) const
{
    return withReport([device](ReportWriter& writer) { return writer.print(device); });
}

bool ReportActions::printDiagram(QPagedPaintDevice* device) const
{
    const DeploymentSnapshot snapshot(m_document->data());
    const QRectF bounds = snapshot.drawing().bounds();
    device->setPageOrientation(bounds.width() > bounds.height() ? QPageLayout::Landscape : QPageLayout::Portrait);
    QPainter painter;
    if (!painter.begin(device))
        return false;
    const QRect page = device->pageLayout().paintRectPixels(device->logicalDpiX());
    snapshot.drawing().paint(&painter, QRectF(QPointF(0, 0), QSizeF(page.size())));
    return painter.end();
}

void ReportActions::chooseAndExport()
{
    const QString source = m_sourcePath ? m_sourcePath() : QString();
    const QString base = source.isEmpty() ? tr("report") : QFileInfo(source).completeBaseName();
    QString directory = m_settings->lastDirectory();
    if (!QFileInfo(directory).isDir())
        directory = QDir::homePath();
    const QString path =
        askExportPath(m_window, tr("Export report"), QDir(directory).filePath(base), ExportDocument::Report);
    if (path.isEmpty())
        return;
    m_settings->setLastDirectory(QFileInfo(path).absolutePath());
    QString error;
    if (!exportReport(path, &error)) {
        QMessageBox::warning(m_window, tr("Cannot export the report"),
                             tr("%1 cannot be written:\n%2").arg(QDir::toNativeSeparators(path), error));
        return;
    }
    emit message(tr("Exported the report to %1").arg(QDir::toNativeSeparators(path)));
}

void ReportActions::choosePrinterAndPrint(bool diagramOnly)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(defaultPaper()));
    QPrintDialog dialog(&printer, m_window);
    dialog.setWindowTitle(diagramOnly ? tr("Print diagram") : tr("Print report"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const bool printed = diagramOnly ? printDiagram(&printer) : printReport(&printer);
    if (!printed)
        QMessageBox::warning(m_window, tr("Cannot print"), tr("The printer could not be started."));
}

void ReportActions::preview()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(defaultPaper()));
    QPrintPreviewDialog dialog(&printer, m_window);
    dialog.setObjectName(QStringLiteral("reportPreview"));
    dialog.setWindowTitle(tr("Print preview"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter* target) { printReport(target); });
    dialog.exec();
}
