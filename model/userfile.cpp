#include "model/userfile.h"

#include <QDir>
#include <QFile>

std::optional<QByteArray> UserFile::read(const QString& path, UserFileKind kind, QString* error)
{
    QFile file(path);
    const QString quoted = u'"' + QDir::toNativeSeparators(path) + u'"';
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot open %1: %2").arg(quoted, file.errorString());
        return std::nullopt;
    }
    // Refused before reading a byte: the size of a regular file is known.
    if (file.size() > maxSize(kind)) {
        *error = tooLarge(quoted, kind);
        return std::nullopt;
    }
    const QByteArray bytes = file.read(maxSize(kind) + 1); // a file that grew since its size was asked
    if (bytes.size() > maxSize(kind)) {
        *error = tooLarge(quoted, kind);
        return std::nullopt;
    }
    return bytes;
}

std::optional<QByteArray> UserFile::read(QIODevice* device, UserFileKind kind, QString* error)
{
    const QByteArray bytes = device->read(maxSize(kind) + 1);
    if (bytes.size() > maxSize(kind)) {
        *error = tooLarge(tr("the file"), kind);
        return std::nullopt;
    }
    return bytes;
}

QString UserFile::tooLarge(const QString& file, UserFileKind kind)
{
    const qint64 megabytes = maxSize(kind) / (1024 * 1024);
    switch (kind) {
    case UserFileKind::Deployment:
        return tr("%1 is larger than %2 MB; a deployment file that large is refused").arg(file).arg(megabytes);
    case UserFileKind::ProbeResults:
        return tr("%1 is larger than %2 MB; a results file that large is refused").arg(file).arg(megabytes);
    case UserFileKind::NmapReport:
        return tr("%1 is larger than %2 MB; an nmap report that large is refused").arg(file).arg(megabytes);
    case UserFileKind::Lesson:
        return tr("%1 is larger than %2 MB; a lesson file that large is refused").arg(file).arg(megabytes);
    case UserFileKind::LessonAnswers:
        return tr("%1 is larger than %2 MB; an answer file that large is refused").arg(file).arg(megabytes);
    }
    return {};
}
