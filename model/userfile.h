#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

class QIODevice;

// The kinds of file a user hands Portolan.
enum class UserFileKind
{
    Deployment,   // a .portolan file, a template
    ProbeResults, // a results file of portolan-cli probe or import-nmap
    NmapReport,   // nmap's XML output
    Lesson,       // a .portolan-lesson file
    LessonAnswers // a learner's answer file
};

// Every reader of a user file reads it through here: a file larger than its kind's limit is refused before it is
// read, with one message per kind that names the file and the limit ("\"big.portolan\" is larger than 16 MB; a
// deployment file that large is refused"). The limits are far above any real file: a deployment of 10,000 servers
// is a few MB, so is a results file of its probe, and nmap's report of a full scan of a thousand hosts.
class UserFile final
{
    Q_DECLARE_TR_FUNCTIONS(UserFile)

public:
    static constexpr qint64 maxSize(UserFileKind kind)
    {
        return (kind == UserFileKind::ProbeResults || kind == UserFileKind::NmapReport ? 64 : 16) * 1024 * 1024;
    }

    // The whole file, or nothing and *error: "cannot open \"…\": …" or the file is too large.
    static std::optional<QByteArray> read(const QString& path, UserFileKind kind, QString* error);
    // An open device read to its end, one byte past the limit at most: a pipe has no size to check first. The
    // message calls it "the file".
    static std::optional<QByteArray> read(QIODevice* device, UserFileKind kind, QString* error);

private:
    static QString tooLarge(const QString& file, UserFileKind kind);
};
