#pragma once

#include <QDateTime>
#include <QList>
#include <QLockFile>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

class Deployment;
class QUndoStack;

// Keeps a copy of the document's unsaved edits in a directory beside the settings, so that a crash or a kill loses
// at most the last minute of work. The copy is written atomically every period and after a pause in editing, and
// removed when the document is saved or replaced, and when this object ends in order. Each copy carries a lock file
// held for the life of the process: a copy whose lock is free was left by a process that ended without cleaning up.
class Autosave final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Autosave)

public:
    struct Timing
    {
        int periodMs = 60 * 1000; // at least this often while there are unsaved edits
        int idleMs = 3 * 1000;    // and this long after the last edit
    };

    // A copy that a previous process left behind.
    struct Orphan
    {
        QString copyPath;   // the .portolan copy
        QString sourcePath; // the file the document was opened from or saved to; empty for a new document
        QDateTime saved;    // when the copy was written
    };

    Autosave(Deployment* document, const QString& directory, Timing timing, QObject* parent = nullptr);
    Autosave(Deployment* document, const QString& directory, QObject* parent = nullptr)
        : Autosave(document, directory, Timing{}, parent)
    {}
    ~Autosave() override;

    // The file the document belongs to, recorded beside the copy so that a restored document saves back to it.
    void setSourcePath(const QString& path);
    // Writes the copy now if the document has edits the copy lacks; false if writing failed.
    bool saveNow();
    // Where this process keeps its copy (it exists only while there are unsaved edits).
    QString copyPath() const;
    bool isActive() const { return m_lock != nullptr; }

    // The copies in the directory whose process has ended, newest first.
    static QList<Orphan> orphans(const QString& directory);
    // Deletes an orphan's copy and the files that go with it.
    static void discard(const Orphan& orphan);

private:
    void onIndexChanged();
    void removeCopy();
    QString filePath(const QString& suffix) const;

    Deployment* m_document; // null once the document is being destroyed
    QUndoStack* m_stack;
    QString m_directory;
    QString m_id;
    QString m_sourcePath;
    std::unique_ptr<QLockFile> m_lock; // null when the directory cannot hold copies: autosave is off
    QTimer m_period;
    QTimer m_idle;
    bool m_pending = false; // edits the copy lacks
};
