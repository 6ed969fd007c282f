#pragma once

// PORTOLAN_TEST_SHOTS=DIR: the widget tests save pictures of what they drive there, for a person to look at.

#include <QCoreApplication>
#include <QDir>
#include <QString>
#include <QStringView>
#include <QTest>
#include <QWidget>

// Where the picture NAME goes (the directory made if need be), or empty when no pictures are asked for.
inline QString testShotPath(QStringView name)
{
    const QString directory = qEnvironmentVariable("PORTOLAN_TEST_SHOTS");
    if (directory.isEmpty())
        return {};
    QDir().mkpath(directory);
    return QDir(directory).filePath(name.toString());
}

// Saves a picture of WIDGET as NAME.png once its posted layout work is done, when pictures are asked for.
inline void saveTestShot(QWidget& widget, const char* name)
{
    const QString file = QString::fromUtf8(name) + u".png";
    const QString path = testShotPath(file);
    if (path.isEmpty())
        return;
    QCoreApplication::sendPostedEvents();
    QCoreApplication::sendPostedEvents();
    QVERIFY2(widget.grab().save(path), qPrintable(path));
}
