#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <unistd.h>

// A real full filesystem: a 64 KiB tmpfs mounted in a temporary folder, holding the files a test puts there first and
// then a filler that takes every byte left, so that any further write fails with ENOSPC. Mounting needs root (CI runs
// as root); unavailable() says why there is no disk, for QSKIP.
class FullDisk final
{
    Q_DISABLE_COPY_MOVE(FullDisk)

public:
    FullDisk()
    {
        if (geteuid() != 0) {
            m_unavailable = QStringLiteral("mounting a small tmpfs needs root");
            return;
        }
        if (!m_dir.isValid()) {
            m_unavailable = QStringLiteral("no temporary folder for the mount point");
            return;
        }
        QProcess mount;
        mount.start(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                              QStringLiteral("size=64k"), QStringLiteral("tmpfs"), m_dir.path()});
        if (!mount.waitForFinished(10000) || mount.exitStatus() != QProcess::NormalExit || mount.exitCode() != 0) {
            m_unavailable = QStringLiteral("mount -t tmpfs failed: ") +
                            QString::fromLocal8Bit(mount.readAllStandardError()).trimmed() + mount.errorString();
            return;
        }
        m_mounted = true;
    }

    ~FullDisk()
    {
        if (m_mounted)
            QProcess::execute(QStringLiteral("umount"), {m_dir.path()});
    }

    QString unavailable() const { return m_unavailable; }
    QString filePath(const QString& name) const { return m_dir.filePath(name); }

    // Puts a file on the disk before it is filled; false when it could not.
    bool put(const QString& name, const QByteArray& content) const
    {
        QFile file(filePath(name));
        return file.open(QIODevice::WriteOnly) && file.write(content) == content.size() && file.flush();
    }

    // Takes every byte left. True once a write has failed for want of space.
    bool fill() const
    {
        QFile filler(filePath(QStringLiteral("filler")));
        if (!filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            return false;
        const QByteArray block(1024, 'x');
        for (int i = 0; i < 1024; ++i) {
            if (filler.write(block) != block.size())
                return true;
        }
        return false;
    }

    static QByteArray read(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private:
    QTemporaryDir m_dir;
    QString m_unavailable;
    bool m_mounted = false;
};
