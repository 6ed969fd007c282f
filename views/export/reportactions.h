#pragma once

#include <QObject>
#include <QPageSize>

#include <functional>

class AppSettings;
class Deployment;
class QAction;
class QPagedPaintDevice;
class QWidget;
struct ProbeEvidence;

// The window's document outputs beside the matrix: File → Export Report (PDF)…, Print… (the same report on paper),
// Print Preview… and Print Diagram… (the diagram alone, fitted to one page). Each draws from a DeploymentSnapshot of
// the document, so the window's selection and highlights never reach paper, and uses ReportWriter, the writer behind
// `portolan-cli report`.
class ReportActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportActions)

public:
    ReportActions(const Deployment* document, AppSettings* settings, QWidget* window);

    QAction* exportReportAction() const { return m_exportReport; }
    QAction* printAction() const { return m_print; }
    QAction* printPreviewAction() const { return m_printPreview; }
    QAction* printDiagramAction() const { return m_printDiagram; }

    // The deployment file's path for the report's title block and attachment names; empty while unsaved.
    void setSourcePath(std::function<QString()> path) { m_sourcePath = std::move(path); }
    // The probe results the report shows as evidence; none when it is not set or gives an empty one.
    void setEvidence(std::function<ProbeEvidence()> evidence) { m_evidence = std::move(evidence); }

    // The work behind the actions, without their dialogs.
    bool exportReport(const QString& path, QString* error) const;
    bool printReport(QPagedPaintDevice* device) const;
    bool printDiagram(QPagedPaintDevice* device) const;

    // A4, or Letter where the system's measurement system is the US one.
    static QPageSize::PageSizeId defaultPaper();

signals:
    void message(const QString& text);

private:
    // Hands use a ReportWriter of the document as it is now, with the window's probe results.
    template <typename Use> bool withReport(Use use) const;
    void chooseAndExport();
    void choosePrinterAndPrint(bool diagramOnly);
    void preview();

    const Deployment* m_document;
    AppSettings* m_settings;
    QWidget* m_window;
    std::function<QString()> m_sourcePath;
    std::function<ProbeEvidence()> m_evidence;
    QAction* m_exportReport;
    QAction* m_print;
    QAction* m_printPreview;
    QAction* m_printDiagram;
};
