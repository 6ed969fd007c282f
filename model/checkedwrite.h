#pragma once

#include <QCoreApplication>
#include <QString>

class QByteArray;
class QIODevice;
class QSaveFile;
class QTextStream;

// The one way Portolan puts a finished document on a device that can fail: a full disk, a closed pipe, /dev/full.
// Every write is checked, a short one continued, and a file device is flushed and asked for its error before anything
// counts as written. A QSaveFile writes into a temporary file until everything has arrived and only then replaces the
// old file, so that on failure the old file stays as it was (issue 10: QSaveFile alone commits a file whose buffered
// bytes never reached the disk). Failures come back as false plus the system's reason ("No space left on device").
class CheckedWrite final
{
    Q_DECLARE_TR_FUNCTIONS(CheckedWrite)

public:
    // All of bytes onto the open device, flushed.
    static bool write(QIODevice* device, const QByteArray& bytes, QString* error);
    // Replaces the file at path with bytes, atomically.
    static bool replaceFile(const QString& path, const QByteArray& bytes, QString* error);
    // The same with a save file that is not yet open (tests hand in one whose disk fills up).
    static bool replaceFile(QSaveFile& file, const QByteArray& bytes, QString* error);
    // All of bytes onto standard output, which is then flushed and checked.
    static bool toStandardOutput(const QByteArray& bytes, QString* error);
    // Flushes out (a text stream on standard output), then standard output itself, and checks that nothing written
    // to it so far has failed: the last thing a command-line program does before it reports success.
    static bool finishStandardOutput(QTextStream& out, QString* error);
};
