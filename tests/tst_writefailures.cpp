// Issue 10: nothing is lost on a full disk, and a failed write is never reported as success. A device that takes a
// few bytes and then fails as a full disk does, against the writers; a real full filesystem (a small tmpfs, root
// only) under portolan-cli; and /dev/full as standard output of every command that prints a document.
#include "model/checkedwrite.h"
#include "model/deploymentfile.h"
#include "model/export/exportfile.h"
#include "views/export/deploymentsnapshot.h"
#include "views/export/diagramexporter.h"

#include "deploymentbuilder.h"
#include "fulldisk.h"

#include <QBuffer>
#include <QFile>
#include <QProcess>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <cstring>

namespace {

const QString NoSpace = QString::fromLocal8Bit(std::strerror(ENOSPC));

// Takes the first `room` bytes, then fails every write as a full disk does.
class FullDevice final : public QIODevice
{
public:
    explicit FullDevice(qint64 room)
        : m_room(room)
    {
        open(QIODevice::WriteOnly);
    }
    QByteArray written;

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 length) override
    {
        const qint64 taken = qMin(length, m_room - written.size());
        if (taken <= 0) {
            setErrorString(NoSpace);
            return -1;
        }
        written.append(data, taken); // a short write, as write(2) makes when the disk fills up mid-way
        return taken;
    }

private:
    qint64 m_room;
};

// A QSaveFile whose disk fills up after `room` bytes: every write after that fails with ENOSPC.
class FullSaveFile final : public QSaveFile
{
public:
    FullSaveFile(const QString& path, qint64 room)
        : QSaveFile(path)
        , m_room(room)
    {}

protected:
    qint64 writeData(const char* data, qint64 length) override
    {
        const qint64 taken = qMin(length, m_room);
        if (taken <= 0) {
            setErrorString(NoSpace);
            return -1;
        }
        m_room -= taken;
        return QSaveFile::writeData(data, taken);
    }

private:
    qint64 m_room;
};

struct Result
{
    int exitCode = -1;
    QString err;
};

DeploymentData edgeDeployment()
{
    auto builder = DeploymentBuilder::threeZones("2019");
    builder.server("edge01", "dmz", {"edge-transport"}).server("ex01", "lan", {"mailbox"});
    builder.server("dc01", "lan", {"domain-controller"});
    return builder.data();
}

} // namespace

class TestWriteFailures final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void checkedWriteRetriesShortWritesAndReportsTheFailure();
    void deploymentWriterReportsTheFullDevice();
    void fullSaveFileKeepsTheOldFile_data();
    void fullSaveFileKeepsTheOldFile();
    void fullDiskKeepsTheOldFile_data();
    void fullDiskKeepsTheOldFile();
    void fullStandardOutputFails_data();
    void fullStandardOutputFails();

private:
    Result run(const QStringList& arguments, const QString& standardOutput = {});

    QTemporaryDir m_dir;
    QString m_deploymentPath;
};

void TestWriteFailures::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_deploymentPath = m_dir.filePath(QStringLiteral("edge.portolan"));
    QVERIFY(DeploymentWriter().writeFile(edgeDeployment(), m_deploymentPath));
}

Result TestWriteFailures::run(const QStringList& arguments, const QString& standardOutput)
{
    QProcess process;
    if (!standardOutput.isEmpty())
        process.setStandardOutputFile(standardOutput);
    process.start(QStringLiteral(PORTOLAN_CLI), arguments);
    Result result;
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit) {
        qWarning("portolan-cli did not finish: %s", qPrintable(process.errorString()));
        return result;
    }
    result.exitCode = process.exitCode();
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void TestWriteFailures::checkedWriteRetriesShortWritesAndReportsTheFailure()
{
    const QByteArray bytes(5000, 'a');
    FullDevice roomy(6000);
    QString error;
    QVERIFY2(CheckedWrite::write(&roomy, bytes, &error), qPrintable(error));
    QCOMPARE(roomy.written, bytes);

    FullDevice full(4096);
    QVERIFY(!CheckedWrite::write(&full, bytes, &error));
    QCOMPARE(full.written.size(), 4096);
    QVERIFY2(error.contains(NoSpace), qPrintable(error));
}

void TestWriteFailures::deploymentWriterReportsTheFullDevice()
{
    FullDevice full(100);
    DeploymentWriter writer;
    QVERIFY(!writer.write(edgeDeployment(), &full));
    QVERIFY2(writer.errorString().contains(NoSpace), qPrintable(writer.errorString()));
}

void TestWriteFailures::fullSaveFileKeepsTheOldFile_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<qint64>("room");
    const QByteArray deployment = DeploymentWriter().toJson(edgeDeployment());
    const DeploymentSnapshot snapshot(edgeDeployment());
    DiagramExporter exporter(snapshot.drawing(), DiagramExporter::Format::Svg);
    QByteArray svg;
    QBuffer buffer(&svg);
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(exporter.write(&buffer));
    QVERIFY(svg.size() > 20000); // larger than QSaveFile's buffer: written straight through, in short writes
    // No room at all: the whole document stays in QSaveFile's buffer until the flush, as a small deployment does.
    QTest::newRow("deployment, nothing fits") << deployment << qint64(0);
    QTest::newRow("deployment, half fits") << deployment << qint64(deployment.size() / 2);
    QTest::newRow("SVG diagram, half fits") << svg << qint64(svg.size() / 2);
}

void TestWriteFailures::fullSaveFileKeepsTheOldFile()
{
    QFETCH(QByteArray, document);
    QFETCH(qint64, room);
    const QString path = m_dir.filePath(QStringLiteral("old.bin"));
    const QByteArray old = "the old document, which must survive";
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(old) == old.size());
    }
    FullSaveFile file(path, room);
    QString error;
    QVERIFY(!CheckedWrite::replaceFile(file, document, &error));
    QVERIFY2(error.contains(NoSpace), qPrintable(error));
    QCOMPARE(FullDisk::read(path), old);
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("old.bin*")}, QDir::Files),
             QStringList{QStringLiteral("old.bin")}); // no temporary file left behind
}

void TestWriteFailures::fullDiskKeepsTheOldFile_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("new") << QStringLiteral("existing.portolan")
                         << QStringList{QStringLiteral("new"), QStringLiteral("exchange2019-edge")};
    QTest::newRow("matrix") << QStringLiteral("existing.csv")
                            << QStringList{QStringLiteral("matrix"), m_deploymentPath};
    QTest::newRow("render svg") << QStringLiteral("existing.svg")
                                << QStringList{QStringLiteral("render"), m_deploymentPath};
    QTest::newRow("render png") << QStringLiteral("existing.png")
                                << QStringList{QStringLiteral("render"), m_deploymentPath};
    QTest::newRow("report") << QStringLiteral("existing.pdf")
                            << QStringList{QStringLiteral("report"), m_deploymentPath};
}

void TestWriteFailures::fullDiskKeepsTheOldFile()
{
    QFETCH(QString, name);
    QFETCH(QStringList, arguments);
    const FullDisk disk;
    if (!disk.unavailable().isEmpty())
        QSKIP(qPrintable(disk.unavailable()));
    const QByteArray old = "the old file, which must survive\n";
    QVERIFY(disk.put(name, old));
    QVERIFY(disk.fill());

    const QString out = disk.filePath(name);
    const Result result = run(arguments + QStringList{QStringLiteral("-o"), out});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(out) && result.err.contains(NoSpace), qPrintable(result.err));
    QCOMPARE(FullDisk::read(out), old);
}

void TestWriteFailures::fullStandardOutputFails_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("matrix") << QStringList{QStringLiteral("matrix"), m_deploymentPath};
    QTest::newRow("matrix json") << QStringList{QStringLiteral("matrix"), m_deploymentPath, QStringLiteral("--format"),
                                                QStringLiteral("json")};
    QTest::newRow("validate") << QStringList{QStringLiteral("validate"), m_deploymentPath};
    QTest::newRow("explain") << QStringList{QStringLiteral("explain"), QStringLiteral("25")};
    QTest::newRow("templates") << QStringList{QStringLiteral("templates")};
    QTest::newRow("help") << QStringList{QStringLiteral("--help")};
    QTest::newRow("version") << QStringList{QStringLiteral("--version")};
    QTest::newRow("new") << QStringList{QStringLiteral("new"), QStringLiteral("exchange2019-edge"),
                                        QStringLiteral("-o"), m_dir.filePath(QStringLiteral("new.portolan"))};
    QTest::newRow("render help") << QStringList{QStringLiteral("render"), QStringLiteral("--help")};
    // A closed loopback port answers at once; both formats print.
    const QStringList scan{QStringLiteral("scan"), QStringLiteral("127.0.0.1"), QStringLiteral("--ports"),
                           QStringLiteral("9"),    QStringLiteral("--timeout"), QStringLiteral("500")};
    QTest::newRow("scan text") << scan;
    QTest::newRow("scan json") << scan + QStringList{QStringLiteral("--format"), QStringLiteral("json")};
}

void TestWriteFailures::fullStandardOutputFails()
{
    QFETCH(QStringList, arguments);
    if (!QFile::exists(QStringLiteral("/dev/full")))
        QSKIP("this system has no /dev/full");
    const Result result = run(arguments, QStringLiteral("/dev/full"));
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(u"standard output") && result.err.contains(NoSpace), qPrintable(result.err));
}

QTEST_MAIN(TestWriteFailures)
#include "tst_writefailures.moc"
