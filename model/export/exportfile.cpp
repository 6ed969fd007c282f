#include "model/export/exportfile.h"

#include <cstdio>

#include <QFile>
#include <QSaveFile>

#include "model/export/exporter.h"

bool ExportFile::write(Exporter& exporter, const QString& path)
{
    m_errorString.clear();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        m_errorString = tr("cannot write: %1").arg(file.errorString());
    else if (!exporter.write(&file))
        m_errorString = exporter.errorString();
    else if (!file.flush() || !file.commit())
        m_errorString = tr("cannot write: %1").arg(file.errorString());
    if (!m_errorString.isEmpty())
        file.cancelWriting();
    return m_errorString.isEmpty();
}

bool ExportFile::writeStandardOutput(Exporter& exporter)
{
    m_errorString.clear();
    QFile standardOutput;
    if (!standardOutput.open(stdout, QIODevice::WriteOnly))
        m_errorString = tr("cannot write to standard output: %1").arg(standardOutput.errorString());
    else if (!exporter.write(&standardOutput))
        m_errorString = exporter.errorString();
    else if (!standardOutput.flush())
        m_errorString = tr("cannot write to standard output: %1").arg(standardOutput.errorString());
    return m_errorString.isEmpty();
}
