#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

// The one place that reads and writes the user's settings: typed accessors over QSettings, so that no other code
// knows a key or a value type. Values are written at once; QSettings syncs them to disk.
class AppSettings final
{
public:
    static constexpr int MaxRecentFiles = 10;
    static constexpr int DefaultProbeIntervalSeconds = 30;
    static constexpr int DefaultProbeTimeoutMs = 2000;

    // The user's settings (organisation and application name of the QCoreApplication).
    AppSettings();
    // An INI file of its own, for tests and benchmarks.
    explicit AppSettings(const QString& iniPath);
    Q_DISABLE_COPY_MOVE(AppSettings)

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    // QMainWindow::saveState(): docks and toolbars.
    QByteArray windowState() const;
    void setWindowState(const QByteArray& state);

    // Most recent first, canonical absolute paths, no duplicates, at most MaxRecentFiles.
    QStringList recentFiles() const;
    void addRecentFile(const QString& path);
    void removeRecentFile(const QString& path);
    void clearRecentFiles();

    // Where the open, save and export dialogs start.
    QString lastDirectory() const;
    void setLastDirectory(const QString& directory);

    // A locale name such as "de" or "ru_RU" that overrides the system's; empty: the system's language.
    QString language() const;
    void setLanguage(const QString& language);

    // Live probing: how often live mode probes again, and how long one port may take before it counts as filtered.
    int probeIntervalSeconds() const;
    void setProbeIntervalSeconds(int seconds);
    int probeTimeoutMs() const;
    void setProbeTimeoutMs(int milliseconds);

    // Where the window keeps copies of unsaved documents (Autosave): a folder beside the settings file.
    QString autosaveDirectory() const;

private:
    static QString canonicalPath(const QString& path);
    void setRecentFiles(const QStringList& files);

    QSettings m_settings;
};
