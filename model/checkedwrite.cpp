#include "model/checkedwrite.h"

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <QBuffer>
#include <QByteArray>
#include <QFileDevice>
#include <QSaveFile>
#include <QTextStream>

namespace {

QString systemReason(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// The device's own words, or the system's last error when the device has none to give.
QString reasonOf(const QIODevice* device)
{
    // A device that was never told of an error says what a fresh one says ("Unknown error", translated).
    const QString reason = device->errorString();
    if (!reason.isEmpty() && reason != QBuffer().errorString())
        return reason;
    return errno != 0 ? systemReason(errno) : reason;
}

bool flushStandardOutput(QString* error)
{
    errno = 0;
    if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
        // ferror() also keeps a failure of an earlier write whose errno is gone.
        *error = errno != 0 ? systemReason(errno) : CheckedWrite::tr("an earlier write failed");
        return false;
    }
    return true;
}

} // namespace

bool CheckedWrite::write(QIODevice* device, const QByteArray& bytes, QString* error)
{
    if (!device || !device->isWritable()) {
        *error = tr("the output is not open for writing");
        return false;
    }
    // write() may take less than it is given (write(2) on a disk that fills up); the rest is offered again, and the
    // next attempt reports why it cannot be written.
    for (qsizetype done = 0; done < bytes.size();) {
        const qint64 written = device->write(bytes.constData() + done, bytes.size() - done);
        if (written <= 0) {
            *error = reasonOf(device);
            return false;
        }
        done += written;
    }
    auto* file = qobject_cast<QFileDevice*>(device);
    if (file && (!file->flush() || file->error() != QFileDevice::NoError)) {
        *error = reasonOf(file);
        return false;
    }
    return true;
}

bool CheckedWrite::replaceFile(const QString& path, const QByteArray& bytes, QString* error)
{
    QSaveFile file(path);
    return replaceFile(file, bytes, error);
}

bool CheckedWrite::replaceFile(QSaveFile& file, const QByteArray& bytes, QString* error)
{
    if (!file.open(QIODevice::WriteOnly)) {
        *error = reasonOf(&file);
        return false;
    }
    if (!write(&file, bytes, error)) {
        file.cancelWriting(); // the temporary file goes, the old file stays
        return false;
    }
    if (!file.commit()) {
        *error = reasonOf(&file);
        return false;
    }
    return true;
}

bool CheckedWrite::toStandardOutput(const QByteArray& bytes, QString* error)
{
    if (std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout) != size_t(bytes.size())) {
        *error = systemReason(errno);
        return false;
    }
    return flushStandardOutput(error);
}

bool CheckedWrite::finishStandardOutput(QTextStream& out, QString* error)
{
    out.flush();
    if (out.status() == QTextStream::WriteFailed) {
        *error = reasonOf(out.device());
        return false;
    }
    return flushStandardOutput(error);
}
