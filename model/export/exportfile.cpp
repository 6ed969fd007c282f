#include "model/export/exportfile.h"

#include <QBuffer>

#include "model/checkedwrite.h"
#include "model/export/exporter.h"

std::optional<QByteArray> ExportFile::render(Exporter& exporter)
{
    // Made in memory first: some writers (QSvgGenerator, QImageWriter) do not report a short write, and nothing may
    // reach the output before the whole document exists.
    QByteArray document;
    QBuffer buffer(&document);
    buffer.open(QIODevice::WriteOnly);
    if (!exporter.write(&buffer)) {
        m_errorString = exporter.errorString();
        return std::nullopt;
    }
    return document;
}

bool ExportFile::write(Exporter& exporter, const QString& path)
{
    m_errorString.clear();
    const auto document = render(exporter);
    if (!document)
        return false;
    QString reason;
    if (!CheckedWrite::replaceFile(path, *document, &reason))
        m_errorString = tr("cannot write: %1").arg(reason);
    return m_errorString.isEmpty();
}

bool ExportFile::writeStandardOutput(Exporter& exporter)
{
    m_errorString.clear();
    const auto document = render(exporter);
    if (!document)
        return false;
    QString reason;
    if (!CheckedWrite::toStandardOutput(*document, &reason))
        m_errorString = tr("cannot write to standard output: %1").arg(reason);
    return m_errorString.isEmpty();
}
