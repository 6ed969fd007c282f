#include "views/appsettings.h"

#include <QDir>
#include <QFileInfo>

namespace {
const QString GeometryKey = QStringLiteral("window/geometry");
const QString StateKey = QStringLiteral("window/state");
const QString RecentFilesKey = QStringLiteral("files/recent");
const QString LastDirectoryKey = QStringLiteral("files/lastDirectory");
const QString LanguageKey = QStringLiteral("ui/language");
const QString ProbeIntervalKey = QStringLiteral("probe/intervalSeconds");
const QString ProbeTimeoutKey = QStringLiteral("probe/timeoutMs");
} // namespace

AppSettings::AppSettings() = default;

AppSettings::AppSettings(const QString& iniPath)
    : m_settings(iniPath, QSettings::IniFormat)
{}

QString AppSettings::autosaveDirectory() const
{
    return QFileInfo(m_settings.fileName()).absoluteDir().filePath(QStringLiteral("autosave"));
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings.value(GeometryKey).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray& geometry)
{
    m_settings.setValue(GeometryKey, geometry);
}

QByteArray AppSettings::windowState() const
{
    return m_settings.value(StateKey).toByteArray();
}

void AppSettings::setWindowState(const QByteArray& state)
{
    m_settings.setValue(StateKey, state);
}

// A file that is gone has no canonical path; its absolute path still identifies it.
QString AppSettings::canonicalPath(const QString& path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : canonical;
}

QStringList AppSettings::recentFiles() const
{
    return m_settings.value(RecentFilesKey).toStringList();
}

void AppSettings::setRecentFiles(const QStringList& files)
{
    if (files.isEmpty())
        m_settings.remove(RecentFilesKey);
    else
        m_settings.setValue(RecentFilesKey, files);
}

void AppSettings::addRecentFile(const QString& path)
{
    const QString canonical = canonicalPath(path);
    QStringList files = recentFiles();
    files.removeAll(canonical);
    files.prepend(canonical);
    setRecentFiles(files.mid(0, MaxRecentFiles));
}

void AppSettings::removeRecentFile(const QString& path)
{
    QStringList files = recentFiles();
    files.removeAll(canonicalPath(path));
    setRecentFiles(files);
}

void AppSettings::clearRecentFiles()
{
    setRecentFiles({});
}

QString AppSettings::lastDirectory() const
{
    return m_settings.value(LastDirectoryKey).toString();
}

void AppSettings::setLastDirectory(const QString& directory)
{
    m_settings.setValue(LastDirectoryKey, directory);
}

QString AppSettings::language() const
{
    return m_settings.value(LanguageKey).toString();
}

void AppSettings::setLanguage(const QString& language)
{
    if (language.isEmpty())
        m_settings.remove(LanguageKey);
    else
        m_settings.setValue(LanguageKey, language);
}

int AppSettings::probeIntervalSeconds() const
{
    return qMax(1, m_settings.value(ProbeIntervalKey, DefaultProbeIntervalSeconds).toInt());
}

void AppSettings::setProbeIntervalSeconds(int seconds)
{
    m_settings.setValue(ProbeIntervalKey, seconds);
}

int AppSettings::probeTimeoutMs() const
{
    return qMax(1, m_settings.value(ProbeTimeoutKey, DefaultProbeTimeoutMs).toInt());
}

void AppSettings::setProbeTimeoutMs(int milliseconds)
{
    m_settings.setValue(ProbeTimeoutKey, milliseconds);
}
