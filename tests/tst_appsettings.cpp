// The typed settings over a temporary INI file: values survive a new AppSettings on the same file, and the recent
// files list keeps its promises (most recent first, no duplicates, canonical paths, at most ten).
#include "views/appsettings.h"

#include <optional>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestAppSettings final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir.emplace();
        QVERIFY(m_dir->isValid());
    }

    void emptyByDefault()
    {
        const AppSettings settings(iniPath());
        QVERIFY(settings.windowGeometry().isEmpty());
        QVERIFY(settings.windowState().isEmpty());
        QVERIFY(settings.recentFiles().isEmpty());
        QVERIFY(settings.lastDirectory().isEmpty());
        QVERIFY(settings.language().isEmpty());
    }

    void valuesPersist()
    {
        {
            AppSettings settings(iniPath());
            settings.setWindowGeometry(QByteArray("\x01\x02geometry", 10));
            settings.setWindowState(QByteArray("state\x00\xff", 7));
            settings.setLastDirectory(m_dir->path());
            settings.setLanguage(QStringLiteral("de"));
            settings.addRecentFile(touch(QStringLiteral("a.portolan")));
        }
        const AppSettings reopened(iniPath());
        QCOMPARE(reopened.windowGeometry(), QByteArray("\x01\x02geometry", 10));
        QCOMPARE(reopened.windowState(), QByteArray("state\x00\xff", 7));
        QCOMPARE(reopened.lastDirectory(), m_dir->path());
        QCOMPARE(reopened.language(), QStringLiteral("de"));
        QCOMPARE(reopened.recentFiles(), QStringList{canonical(QStringLiteral("a.portolan"))});
    }

    void probeSettingsDefaultAndPersist()
    {
        {
            AppSettings settings(iniPath());
            QCOMPARE(settings.probeIntervalSeconds(), AppSettings::DefaultProbeIntervalSeconds);
            QCOMPARE(settings.probeTimeoutMs(), AppSettings::DefaultProbeTimeoutMs);
            settings.setProbeIntervalSeconds(120);
            settings.setProbeTimeoutMs(500);
        }
        AppSettings reopened(iniPath());
        QCOMPARE(reopened.probeIntervalSeconds(), 120);
        QCOMPARE(reopened.probeTimeoutMs(), 500);
        reopened.setProbeIntervalSeconds(0); // a hand-edited zero would probe without pause
        QCOMPARE(reopened.probeIntervalSeconds(), 1);
    }

    void emptyLanguageMeansSystem()
    {
        AppSettings settings(iniPath());
        settings.setLanguage(QStringLiteral("ru"));
        settings.setLanguage({});
        QVERIFY(settings.language().isEmpty());
    }

    void recentFilesMostRecentFirstWithoutDuplicates()
    {
        AppSettings settings(iniPath());
        settings.addRecentFile(touch(QStringLiteral("a.portolan")));
        settings.addRecentFile(touch(QStringLiteral("b.portolan")));
        // The same file by another spelling moves to the front instead of appearing twice.
        QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("sub")));
        settings.addRecentFile(m_dir->path() + QStringLiteral("/sub/../a.portolan"));
        QCOMPARE(settings.recentFiles(),
                 (QStringList{canonical(QStringLiteral("a.portolan")), canonical(QStringLiteral("b.portolan"))}));
    }

    void recentFilesAreCanonical()
    {
        AppSettings settings(iniPath());
        const QString target = touch(QStringLiteral("real.portolan"));
        const QString link = m_dir->filePath(QStringLiteral("link.portolan"));
        QVERIFY(QFile::link(target, link));
        settings.addRecentFile(link);
        settings.addRecentFile(target);
        QCOMPARE(settings.recentFiles(), QStringList{canonical(QStringLiteral("real.portolan"))});
        // A relative path of a file that is gone is stored absolute.
        const QString previous = QDir::currentPath();
        QVERIFY(QDir::setCurrent(m_dir->path()));
        settings.addRecentFile(QStringLiteral("missing.portolan"));
        QVERIFY(QDir::setCurrent(previous));
        QCOMPARE(settings.recentFiles().first(), m_dir->filePath(QStringLiteral("missing.portolan")));
    }

    void recentFilesKeepTheTenNewest()
    {
        AppSettings settings(iniPath());
        for (int i = 0; i < 12; ++i)
            settings.addRecentFile(touch(QStringLiteral("f%1.portolan").arg(i)));
        const QStringList files = settings.recentFiles();
        QCOMPARE(files.size(), AppSettings::MaxRecentFiles);
        QCOMPARE(files.first(), canonical(QStringLiteral("f11.portolan")));
        QCOMPARE(files.last(), canonical(QStringLiteral("f2.portolan")));
    }

    void removeAndClearRecentFiles()
    {
        AppSettings settings(iniPath());
        settings.addRecentFile(touch(QStringLiteral("a.portolan")));
        settings.addRecentFile(touch(QStringLiteral("b.portolan")));
        settings.removeRecentFile(m_dir->filePath(QStringLiteral("a.portolan")));
        QCOMPARE(settings.recentFiles(), QStringList{canonical(QStringLiteral("b.portolan"))});
        settings.clearRecentFiles();
        QVERIFY(settings.recentFiles().isEmpty());
        QVERIFY(AppSettings(iniPath()).recentFiles().isEmpty());
    }

private:
    QString iniPath() const { return m_dir->filePath(QStringLiteral("settings.ini")); }

    QString touch(const QString& name) const
    {
        QFile file(m_dir->filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            qWarning("cannot create %s", qPrintable(file.fileName()));
        return file.fileName();
    }

    // The temporary directory may itself sit behind a symbolic link (/tmp on some systems).
    QString canonical(const QString& name) const { return QDir(m_dir->path()).canonicalPath() + u'/' + name; }

    std::optional<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
