#include "model/export/reportwriter.h"

#include <QBuffer>
#include <QFileInfo>
#include <QPdfWriter>
#include <QRegularExpression>

#include "model/deploymentfile.h"
#include "model/export/matrixcsvwriter.h"
#include "model/export/reportbuilder.h"
#include "model/export/reportpager.h"
#include "model/portolanversion.h"

namespace {

// A PDF text string: UTF-16BE with a byte order mark, in hex, so that any name survives.
QByteArray pdfText(const QString& text)
{
    QByteArray hex = "<FEFF";
    for (const QChar c : text)
        hex += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return hex + '>';
}

// Qt 6.4's QPdfWriter has no author: an incremental update (PDF 1.7, 7.5.6) rewrites its Info dictionary with
// /Author added, leaving every byte Qt wrote in place. Returns false when the file is not shaped as expected.
bool addAuthor(QByteArray& pdf, const QString& author)
{
    const qsizetype trailerAt = pdf.lastIndexOf("trailer");
    const qsizetype startXrefAt = pdf.lastIndexOf("startxref");
    if (trailerAt < 0 || startXrefAt < trailerAt)
        return false;
    const QByteArray trailer = pdf.mid(trailerAt, startXrefAt - trailerAt);
    static const QRegularExpression infoRef(QStringLiteral("/Info\\s+(\\d+)\\s+0\\s+R"));
    static const QRegularExpression sizeEntry(QStringLiteral("/Size\\s+(\\d+)"));
    static const QRegularExpression xrefOffset(QStringLiteral("startxref\\s+(\\d+)"));
    const QString trailerText = QString::fromLatin1(trailer);
    const auto info = infoRef.match(trailerText);
    const auto size = sizeEntry.match(trailerText);
    const auto previous = xrefOffset.match(QString::fromLatin1(pdf.mid(startXrefAt, 40)));
    if (!info.hasMatch() || !size.hasMatch() || !previous.hasMatch())
        return false;
    const QByteArray number = info.captured(1).toLatin1();
    const qsizetype objectAt = pdf.indexOf(QByteArray("\n" + number + " 0 obj"));
    const qsizetype open = pdf.indexOf("<<", objectAt);
    const qsizetype end = pdf.indexOf("endobj", objectAt);
    const qsizetype close = pdf.lastIndexOf(">>", end);
    if (objectAt < 0 || open < 0 || end < 0 || close < open)
        return false;
    const QByteArray entries = pdf.mid(open + 2, close - open - 2);

    if (!pdf.endsWith('\n'))
        pdf += '\n';
    const qsizetype newObjectAt = pdf.size();
    pdf += QByteArray(number + " 0 obj\n<<" + entries + "\n/Author " + pdfText(author) + "\n>>\nendobj\n");
    const qsizetype xrefAt = pdf.size();
    pdf += QByteArray("xref\n" + number + " 1\n" + QByteArray::number(newObjectAt).rightJustified(10, '0') +
                      " 00000 n \n");
    QByteArray newTrailer = trailer.mid(trailer.indexOf("<<"));
    newTrailer.insert(newTrailer.lastIndexOf(">>"), QByteArray("/Prev " + previous.captured(1).toLatin1() + '\n'));
    pdf += QByteArray("trailer\n" + newTrailer.trimmed() + "\nstartxref\n" + QByteArray::number(xrefAt) + "\n%%EOF\n");
    return true;
}

} // namespace

QString ReportWriter::baseName() const
{
    if (!m_input.sourcePath.isEmpty())
        return QFileInfo(m_input.sourcePath).completeBaseName();
    QString name = m_input.deployment->name.simplified();
    name.replace(QRegularExpression(QStringLiteral("[^\\w.-]+")), QStringLiteral("-"));
    return name.isEmpty() ? QStringLiteral("deployment") : name;
}

QString ReportWriter::deploymentAttachmentName() const
{
    return baseName() + QStringLiteral(".portolan");
}

QString ReportWriter::matrixAttachmentName() const
{
    return baseName() + QStringLiteral("-matrix.csv");
}

bool ReportWriter::print(QPagedPaintDevice* device)
{
    const ReportBuilder builder(m_input);
    const ReportDocument document = builder.build();
    ReportPager pager(document, m_input.diagram, builder.documentTitle());
    if (!pager.print(device))
        return fail(tr("cannot draw the report's pages"));
    return true;
}

bool ReportWriter::write(QIODevice* device)
{
    clearError();
    if (!device || !device->isWritable())
        return fail(tr("cannot write the report: the output is not open for writing"));

    QByteArray matrixCsv;
    QBuffer csvBuffer(&matrixCsv);
    csvBuffer.open(QIODevice::WriteOnly);
    MatrixCsvWriter csv(*m_input.matrix);
    if (!csv.write(&csvBuffer))
        return fail(csv.errorString());

    QByteArray pdf;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(600);
        writer.setPageSize(QPageSize(m_input.paper));
        writer.setTitle(ReportBuilder(m_input).documentTitle());
        writer.setCreator(QStringLiteral("Portolan ") + portolanVersion());
        writer.addFileAttachment(deploymentAttachmentName(), DeploymentWriter().toJson(*m_input.deployment),
                                 QStringLiteral("application/json"));
        writer.addFileAttachment(matrixAttachmentName(), matrixCsv, QStringLiteral("text/csv"));
        if (!print(&writer))
            return false;
    }
    if (!addAuthor(pdf, QStringLiteral("Portolan ") + portolanVersion()))
        return fail(tr("cannot write the report: the PDF has no information dictionary to add the author to"));
    if (device->write(pdf) != pdf.size())
        return fail(tr("cannot write the report: %1").arg(device->errorString()));
    return true;
}
