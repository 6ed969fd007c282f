#include "model/autosave.h"

#include "model/checkedwrite.h"
#include "model/deployment.h"
#include "model/deploymentfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUndoStack>
#include <QUuid>

#include <algorithm>

namespace {
const QString CopySuffix = QStringLiteral(".portolan");
const QString LockSuffix = QStringLiteral(".lock");
const QString SourceSuffix = QStringLiteral(".source"); // the source path, UTF-8

bool writeSourcePath(const QString& path, const QString& sourcePath)
{
    QString error;
    return CheckedWrite::replaceFile(path, sourcePath.toUtf8(), &error);
}
} // namespace

Autosave::Autosave(Deployment* document, const QString& directory, Timing timing, QObject* parent)
    : QObject(parent)
    , m_document(document)
    , m_stack(document->undoStack())
    , m_directory(directory)
    , m_id(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    if (!QDir().mkpath(directory)) {
        qWarning("portolan: autosave is off: cannot create %s", qPrintable(QDir::toNativeSeparators(directory)));
        return;
    }
    m_lock = std::make_unique<QLockFile>(filePath(LockSuffix));
    if (!m_lock->tryLock(0)) {
        qWarning("portolan: autosave is off: cannot lock %s", qPrintable(QDir::toNativeSeparators(directory)));
        m_lock.reset();
        return;
    }
    m_period.setInterval(timing.periodMs);
    m_idle.setInterval(timing.idleMs);
    m_idle.setSingleShot(true);
    connect(&m_period, &QTimer::timeout, this, &Autosave::saveNow);
    connect(&m_idle, &QTimer::timeout, this, &Autosave::saveNow);
    connect(m_stack, &QUndoStack::indexChanged, this, &Autosave::onIndexChanged);
    connect(m_stack, &QUndoStack::cleanChanged, this, &Autosave::onIndexChanged);
    // The stack clears itself (and signals) while the document's children are destroyed: stop listening before.
    connect(document, &QObject::destroyed, this, [this] {
        disconnect(m_stack, nullptr, this, nullptr);
        m_document = nullptr;
        m_period.stop();
        m_idle.stop();
    });
    m_period.start();
}

Autosave::~Autosave()
{
    if (m_lock)
        removeCopy();
}

QString Autosave::filePath(const QString& suffix) const
{
    return QDir(m_directory).filePath(m_id + suffix);
}

QString Autosave::copyPath() const
{
    return filePath(CopySuffix);
}

void Autosave::setSourcePath(const QString& path)
{
    m_sourcePath = path;
    if (m_lock && QFileInfo::exists(copyPath()))
        writeSourcePath(filePath(SourceSuffix), m_sourcePath);
}

// Saved, opened or undone back to the saved state: no copy is needed. Otherwise the copy lags behind until it is
// written after the pause or the period.
void Autosave::onIndexChanged()
{
    if (m_stack->isClean()) {
        removeCopy();
        return;
    }
    m_pending = true;
    m_idle.start();
}

bool Autosave::saveNow()
{
    if (!m_lock || !m_pending || !m_document)
        return true;
    DeploymentWriter writer;
    if (!writer.writeFile(m_document->data(), copyPath()) || !writeSourcePath(filePath(SourceSuffix), m_sourcePath)) {
        qWarning("portolan: autosave failed: %s", qPrintable(writer.errorString()));
        return false;
    }
    m_pending = false;
    return true;
}

void Autosave::removeCopy()
{
    m_pending = false;
    m_idle.stop();
    QFile::remove(copyPath());
    QFile::remove(filePath(SourceSuffix));
}

QList<Autosave::Orphan> Autosave::orphans(const QString& directory)
{
    QList<Orphan> found;
    const QDir dir(directory);
    const QFileInfoList copies = dir.entryInfoList({u'*' + CopySuffix}, QDir::Files);
    for (const QFileInfo& copy : copies) {
        const QString id = copy.completeBaseName();
        QLockFile lock(dir.filePath(id + LockSuffix));
        // Stale only when its process is gone: the age of a live process's lock says nothing.
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            continue; // a running Portolan keeps this copy
        lock.unlock();
        Orphan orphan;
        orphan.copyPath = copy.absoluteFilePath();
        orphan.saved = copy.lastModified();
        QFile source(dir.filePath(id + SourceSuffix));
        if (source.open(QIODevice::ReadOnly))
            orphan.sourcePath = QString::fromUtf8(source.readAll());
        found.append(orphan);
    }
    std::sort(found.begin(), found.end(), [](const Orphan& a, const Orphan& b) { return a.saved > b.saved; });
    return found;
}

void Autosave::discard(const Orphan& orphan)
{
    const QFileInfo copy(orphan.copyPath);
    const QDir dir = copy.absoluteDir();
    const QString id = copy.completeBaseName();
    QFile::remove(orphan.copyPath);
    QFile::remove(dir.filePath(id + SourceSuffix));
    QFile::remove(dir.filePath(id + LockSuffix));
}
