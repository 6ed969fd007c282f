// The report from the window: File → Export Report (PDF)…, Print…, Print Preview… and Print Diagram… through their
// actions, answering the dialogs as a user would. The printed report has the pages of the exported one (one writer),
// the diagram prints alone on one landscape page as vector graphics, and the window's probe results become the
// report's evidence. PORTOLAN_PREVIEW_PNG=path saves a picture of the print preview.
#include "views/export/reportactions.h"

#include "app/gui/mainwindow.h"
#include "model/deployment.h"
#include "model/deploymentfile.h"
#include "model/portcatalog.h"
#include "model/probeevidence.h"
#include "model/templatelibrary.h"
#include "views/appsettings.h"

#include "dialoganswers.h"

#include <QAction>
#include <QMenuBar>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString tool(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

int pagesOf(const QString& pdf)
{
    return QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
        .match(tool(QStringLiteral("pdfinfo"), {pdf}))
        .captured(1)
        .toInt();
}

DeploymentData edgeTemplate()
{
    DeploymentReader reader(PortCatalog::builtin());
    return *reader.readFile(TemplateLibrary::find(QStringLiteral("exchange2019-edge"))->path);
}

} // namespace

class TestReportActions final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void exportThroughTheAction();
    void printedReportHasTheExportedPages();
    void previewShowsTheReport();
    void diagramPrintsAloneOnOnePage();
    void probeResultsBecomeEvidence();
    void windowOffersTheActions();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QWidget> m_window;
    std::unique_ptr<Deployment> m_document;
    std::unique_ptr<AppSettings> m_settings;
    ReportActions* m_actions = nullptr;
};

void TestReportActions::init()
{
    QVERIFY(m_dir.isValid());
    m_window = std::make_unique<QWidget>();
    m_document = std::make_unique<Deployment>();
    m_document->reset(edgeTemplate());
    m_settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("settings.ini")));
    m_actions = new ReportActions(m_document.get(), m_settings.get(), m_window.get());
    m_actions->setSourcePath([this] { return m_dir.filePath(QStringLiteral("contoso.portolan")); });
}

void TestReportActions::exportThroughTheAction()
{
    QSignalSpy messages(m_actions, &ReportActions::message);
    QString offered;
    const QString typed = m_dir.filePath(QStringLiteral("review"));
    const QString problems = DialogAnswers::run([this] { m_actions->exportReportAction()->trigger(); },
                                                {DialogAnswers::saveAs(typed, {}, &offered)});
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
    QCOMPARE(QFileInfo(offered).fileName(), QStringLiteral("contoso.pdf"));
    const QString pdf = typed + QStringLiteral(".pdf"); // the suffix is added
    QVERIFY(QFile::exists(pdf));
    QVERIFY(pagesOf(pdf) > 1);
    const QString info = tool(QStringLiteral("pdfinfo"), {pdf});
    QVERIFY2(info.contains(QStringLiteral("Title:           Port report: ") + m_document->name()), qPrintable(info));
    QCOMPARE(messages.size(), 1);
    QVERIFY(messages.first().first().toString().contains(QStringLiteral("review.pdf")));
    QCOMPARE(tool(QStringLiteral("pdfdetach"), {QStringLiteral("-list"), pdf}).section(u'\n', 0, 0),
             QStringLiteral("2 embedded files"));
}

void TestReportActions::printedReportHasTheExportedPages()
{
    const QString exported = m_dir.filePath(QStringLiteral("exported.pdf"));
    QString error;
    QVERIFY2(m_actions->exportReport(exported, &error), qPrintable(error));

    const QString printed = m_dir.filePath(QStringLiteral("printed.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(printed);
    printer.setPageSize(QPageSize(ReportActions::defaultPaper()));
    QVERIFY(m_actions->printReport(&printer));
    QCOMPARE(pagesOf(printed), pagesOf(exported));
    // The same words in the same order; only where lines break may differ with the printer's resolution.
    const auto words = [](const QString& pdf) {
        return tool(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")}).simplified();
    };
    const QString printedText = words(printed);
    QCOMPARE(printedText, words(exported));
    QVERIFY(printedText.contains(QStringLiteral("Firewall rules")));
}

void TestReportActions::previewShowsTheReport()
{
    const QString exported = m_dir.filePath(QStringLiteral("exported.pdf"));
    QString error;
    QVERIFY2(m_actions->exportReport(exported, &error), qPrintable(error));
    int previewPages = 0;
    const QString problems =
        DialogAnswers::run([this] { m_actions->printPreviewAction()->trigger(); },
                           {DialogAnswers::inspect<QPrintPreviewDialog>([&](QPrintPreviewDialog* dialog) {
                               auto* preview = dialog->findChild<QPrintPreviewWidget*>();
                               QTRY_VERIFY(preview && preview->pageCount() > 0);
                               previewPages = preview->pageCount();
                               if (const QString png = qEnvironmentVariable("PORTOLAN_PREVIEW_PNG"); !png.isEmpty()) {
                                   dialog->resize(1100, 800);
                                   preview->setCurrentPage(3);
                                   QTest::qWait(200);
                                   dialog->grab().save(png);
                               }
                           })});
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
    QCOMPARE(previewPages, pagesOf(exported));
}

void TestReportActions::diagramPrintsAloneOnOnePage()
{
    const QString printed = m_dir.filePath(QStringLiteral("diagram.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(printed);
    QVERIFY(m_actions->printDiagram(&printer));
    QCOMPARE(pagesOf(printed), 1);
    const QString info = tool(QStringLiteral("pdfinfo"), {printed});
    const auto size = QRegularExpression(QStringLiteral("Page size:\\s+([\\d.]+) x ([\\d.]+)")).match(info);
    QVERIFY2(size.captured(1).toDouble() > size.captured(2).toDouble(), qPrintable(info)); // landscape
    const QString text = tool(QStringLiteral("pdftotext"), {printed, QStringLiteral("-")});
    for (const Zone& zone : m_document->data().zones)
        QVERIFY2(text.contains(zone.name), qPrintable(zone.name));
    QVERIFY(text.contains(QStringLiteral("EDGE01")));
    const QString images = tool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), printed});
    QCOMPARE(images.split(u'\n', Qt::SkipEmptyParts).size(), 2); // the header lines only: no raster image
}

void TestReportActions::probeResultsBecomeEvidence()
{
    m_actions->setEvidence([] {
        ProbeEvidence evidence;
        evidence.vantage = QStringLiteral("internet");
        evidence.started = QDateTime(QDate(2026, 3, 4), QTime(10, 31), Qt::UTC);
        PortEvidence port;
        port.serverId = QStringLiteral("edge01");
        port.serverName = QStringLiteral("EDGE01");
        port.host = QStringLiteral("192.0.2.10");
        port.port = 25;
        port.state = QStringLiteral("open");
        port.latencyMs = 1.5;
        port.banner = QStringLiteral("220 edge01.contoso.com ESMTP");
        port.time = evidence.started;
        evidence.ports.append(port);
        return evidence;
    });
    const QString pdf = m_dir.filePath(QStringLiteral("evidence.pdf"));
    QString error;
    QVERIFY2(m_actions->exportReport(pdf, &error), qPrintable(error));
    const QString text = tool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    QVERIFY(text.contains(QStringLiteral("Probe evidence")));
    QVERIFY2(
        text.contains(QRegularExpression(QStringLiteral("Internet → DMZ: TCP 25 \\(SMTP\\)\\s+EDGE01\\s+open · 25"))),
        qPrintable(text.right(3000)));
    const QString raw = tool(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
    QVERIFY(raw.simplified().contains(QStringLiteral("220 edge01.contoso.com ESMTP")));
    QVERIFY(text.contains(QStringLiteral("never verified")));

    // Without results, no evidence section.
    m_actions->setEvidence([] { return ProbeEvidence(); });
    QVERIFY(m_actions->exportReport(pdf, &error));
    QVERIFY(!tool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).contains(QStringLiteral("Probe evidence")));
}

void TestReportActions::windowOffersTheActions()
{
    MainWindow window(std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("window.ini"))));
    auto* file = window.findChild<QMenu*>(QStringLiteral("menuFile"));
    QVERIFY(file);
    QStringList names;
    for (QAction* action : file->actions())
        names.append(action->objectName());
    for (const char* name : {"actionExportDiagram", "actionExportMatrix", "actionExportReport", "actionPrint",
                             "actionPrintPreview", "actionPrintDiagram"})
        QVERIFY2(names.contains(QString::fromUtf8(name)), name);
    QVERIFY(names.indexOf(QStringLiteral("actionExportReport")) < names.indexOf(QStringLiteral("actionPrint")));
    auto* print = window.findChild<QAction*>(QStringLiteral("actionPrint"));
    QCOMPARE(print->shortcut(), QKeySequence(QKeySequence::Print));
}

QTEST_MAIN(TestReportActions)
#include "tst_reportactions.moc"
