#include "deploymentsamples.h"
#include "model/deploymentfile.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

// Writing a deployment: to a device, to a file atomically, and what a failed save leaves behind.
class TestDeploymentWriter final : public QObject
{
    Q_OBJECT

private slots:
    void writeToBuffer()
    {
        const DeploymentData data = fullDeployment();
        QByteArray bytes;
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        DeploymentWriter writer;
        QVERIFY2(writer.write(data, &buffer), qPrintable(writer.errorString()));
        QCOMPARE(bytes, writer.toJson(data));
        DeploymentReader reader(catalog());
        const auto read = reader.read(bytes);
        QVERIFY2(read, qPrintable(reader.errorString()));
        COMPARE_DATA(*read, data);
    }

    void writeToUnopenedDeviceFails()
    {
        QBuffer buffer;
        DeploymentWriter writer;
        QVERIFY(!writer.write(fullDeployment(), &buffer));
        QVERIFY(!writer.errorString().isEmpty());
        QVERIFY(!writer.write(fullDeployment(), nullptr));
        QVERIFY(!writer.errorString().isEmpty());
    }

    void writeFileReplacesAndReadsBack()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("contoso.portolan"));
        DeploymentWriter writer;
        QVERIFY2(writer.writeFile(emptyDeployment(), path), qPrintable(writer.errorString()));
        QVERIFY2(writer.writeFile(fullDeployment(), path), qPrintable(writer.errorString()));
        QVERIFY(writer.errorString().isEmpty());
        DeploymentReader reader(catalog());
        const auto read = reader.readFile(path);
        QVERIFY2(read, qPrintable(reader.errorString()));
        COMPARE_DATA(*read, fullDeployment());
        // Nothing left behind by the atomic save.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("contoso.portolan")});
    }

    void failedSaveInReadOnlyDirectoryKeepsOldFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("contoso.portolan"));
        const QByteArray old = "the previous save\n";
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QCOMPARE(file.write(old), old.size());
        }
        QFile::Permissions permissions = QFile::ReadOwner | QFile::ExeOwner;
        QVERIFY(QFile::setPermissions(dir.path(), permissions));
        const auto restore = qScopeGuard(
            [&] { QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner); });
        QFile probe(dir.filePath(QStringLiteral("probe")));
        if (probe.open(QIODevice::WriteOnly)) {
            probe.remove();
            QSKIP("Running with privileges that ignore directory permissions (root); "
                  "failedSaveWithTooLongTemporaryNameKeepsOldFile covers the same contract");
        }

        DeploymentWriter writer;
        QVERIFY(!writer.writeFile(fullDeployment(), path));
        QVERIFY2(writer.errorString().contains(QDir::toNativeSeparators(path)), qPrintable(writer.errorString()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), old);
    }

    // Works as root too: the final name is as long as a file name may be, so the temporary file QSaveFile writes
    // beside it (or links in, with O_TMPFILE) cannot get its longer name and the save fails half-way.
    void failedSaveWithTooLongTemporaryNameKeepsOldFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString name = QString(255 - 9, u'a') + QStringLiteral(".portolan");
        const QString path = dir.filePath(name);
        const QByteArray old = "the previous save\n";
        {
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly))
                QSKIP("This file system does not allow 255-character file names");
            QCOMPARE(file.write(old), old.size());
        }
        DeploymentWriter writer;
        QVERIFY(!writer.writeFile(fullDeployment(), path));
        QVERIFY2(writer.errorString().startsWith(QStringLiteral("cannot save")), qPrintable(writer.errorString()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), old);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{name});
    }
};

QTEST_GUILESS_MAIN(TestDeploymentWriter)
#include "tst_deploymentwriter.moc"
