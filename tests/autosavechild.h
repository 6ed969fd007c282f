#pragma once

#include <QProcess>
#include <QString>
#include <QTest>

// Runs tests/autosavechild until its autosave copy is written, then kills it (SIGKILL): what a crash leaves behind.
// Returns the copy's path, or an empty string if the child did not get that far.
inline QString crashAfterAutosave(const QString& directory, const QString& deploymentPath, const QString& newName)
{
    QProcess child;
    child.start(QStringLiteral(PORTOLAN_AUTOSAVE_CHILD), {directory, deploymentPath, newName});
    if (!child.waitForStarted(5000))
        return {};
    QString copy;
    for (int i = 0; i < 100 && copy.isEmpty(); ++i) {
        child.waitForReadyRead(100);
        copy = QString::fromUtf8(child.readAllStandardOutput()).trimmed();
    }
    child.kill();
    child.waitForFinished(5000);
    return copy;
}
