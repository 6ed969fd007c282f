// The fuzz corpus of issue 10: inputs that once cost minutes and gigabytes or slipped through lax parsing, each fed to
// its reader or command, which must answer with the right result or a clear error. The files are in
// tests/data/fuzz/; the oversized files are made here (sparse: they cost no disk). The bounds are generous: the test
// asserts behaviour, and a deadline only so that a regression fails instead of hanging; nmapReportSpeed gives the
// figure.
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include "model/deploymentfile.h"
#include "model/jsonparseproblem.h"
#include "model/portcatalog.h"
#include "model/probeevidencereader.h"
#include "model/userfile.h"
#include "probe/nmapxmlreader.h"
#include "probe/portspec.h"

namespace {

QString fuzzFile(const QString& name)
{
    return QStringLiteral(PORTOLAN_SOURCE_DIR "/tests/data/fuzz/") + name;
}

QByteArray fuzzBytes(const QString& name)
{
    QFile file(fuzzFile(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return file.readAll();
}

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

// portolan-cli with a deadline far above what the input costs now and far below what it cost before.
CliResult runCli(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(PORTOLAN_CLI), arguments);
    CliResult result;
    if (!process.waitForFinished(20000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

// A file one byte larger than the limit of its kind, made sparse.
QString oversized(const QTemporaryDir& dir, const QString& name, UserFileKind kind)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.resize(UserFile::maxSize(kind) + 1))
        qFatal("cannot make %s", qPrintable(path));
    return path;
}

} // namespace

class TestHostileInput final : public QObject
{
    Q_OBJECT

private slots:
    // 16 KB whose <extrareasons> lists repeat 1-65535 110 times, for TCP and UDP, four times over.
    void nmapReportOfRepeatedRanges()
    {
        NmapXmlReader reader;
        QVERIFY2(reader.read(fuzzBytes(QStringLiteral("nmap-repeated-ranges.xml"))), qPrintable(reader.errorString()));
        QCOMPARE(reader.hosts().size(), 1);
        const NmapHost& host = reader.hosts().first();
        QCOMPARE(host.portCount(), 2 * 65535);
        QCOMPARE(host.result(Transport::Tcp, 1)->state, ProbeState::Filtered);
        QCOMPARE(host.result(Transport::Tcp, 65535)->state, ProbeState::Filtered);
        QCOMPARE(host.result(Transport::Udp, 53)->state, ProbeState::OpenFiltered);
        QCOMPARE(host.result(Transport::Udp, 53)->host, QStringLiteral("10.0.0.5"));
    }

    void nmapReportSpeed()
    {
        const QByteArray xml = fuzzBytes(QStringLiteral("nmap-repeated-ranges.xml"));
        NmapXmlReader reader;
        QBENCHMARK
        {
            reader.read(xml);
        }
        QCOMPARE(reader.hosts().size(), 1);
    }

    // 2,000 full ranges and then a port that is none: the error, not 131 million ports first.
    void scanPortsOfRepeatedRanges()
    {
        const QString spec = QString::fromLatin1(fuzzBytes(QStringLiteral("ports-repeated-ranges.txt"))).trimmed();
        const CliResult refused =
            runCli({QStringLiteral("scan"), QStringLiteral("127.0.0.1"), QStringLiteral("--ports"), spec});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("\"0\" in --ports is not a port")), qPrintable(refused.err));

        QString bad;
        const auto ports = parsePortSpec(spec.chopped(2), &bad);
        QVERIFY2(ports, qPrintable(bad));
        QCOMPARE(ports->count(), 65535);

        // The same repeats of one closed port scan it once.
        QTcpServer listener;
        QVERIFY(listener.listen(QHostAddress::LocalHost));
        const QString port = QString::number(listener.serverPort());
        listener.close();
        const QString repeated = QStringList(2000, port + u'-' + port).join(u',');
        const CliResult scanned =
            runCli({QStringLiteral("scan"), QStringLiteral("127.0.0.1"), QStringLiteral("--ports"), repeated});
        QCOMPARE(scanned.exitCode, 0);
        QVERIFY2(scanned.out.contains(QStringLiteral("1 closed")), qPrintable(scanned.out));
    }

    // An unknown role id of 50,000 characters: the message without a suggestion, at once.
    void unknownRoleIdOf50KB()
    {
        const CliResult result =
            runCli({QStringLiteral("validate"), fuzzFile(QStringLiteral("role-id-50kb.portolan"))});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("unknown role \"xxxx")), qPrintable(result.err.left(300)));
        QVERIFY(!result.err.contains(QStringLiteral("did you mean")));

        // A short typo still gets its suggestion.
        QByteArray typo = fuzzBytes(QStringLiteral("role-id-50kb.portolan"));
        typo.replace(QByteArray(50000, 'x'), "mailbx");
        DeploymentReader reader(PortCatalog::builtin());
        QVERIFY(!reader.read(typo));
        QVERIFY2(reader.errorString().contains(QStringLiteral("did you mean \"mailbox\"?")),
                 qPrintable(reader.errorString()));
    }

    // JSON that RFC 8259 refuses, with the place and what is wrong there. Qt 6.4 lets "1." and raw control characters
    // in strings pass; it refuses "01" and "1e" but calls them a missing comma and an invalid number.
    void laxJson_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("error");
        QTest::newRow("trailing dot") << QStringLiteral("deployment-trailing-dot.portolan")
                                      << QStringLiteral("line 3, column 15: a digit must follow the decimal point");
        QTest::newRow("leading zero") << QStringLiteral("deployment-leading-zero.portolan")
                                      << QStringLiteral("line 3, column 14: a number must not start with 0");
        QTest::newRow("exponent without digits") << QStringLiteral("deployment-exponent-without-digits.portolan")
                                                 << QStringLiteral("line 3, column 15: the exponent has no digits");
        QTest::newRow("tab in a string")
            << QStringLiteral("deployment-control-character.portolan")
            << QStringLiteral("line 4, column 15: control character in a string: write it as an escape, e.g. \\n");
        QTest::newRow("bell in a results file")
            << QStringLiteral("results-control-character.json")
            << QStringLiteral("line 5, column 113: control character in a string: write it as an escape, e.g. \\n");
    }

    void laxJson()
    {
        QFETCH(QString, file);
        QFETCH(QString, error);
        if (file.endsWith(u".json")) {
            ProbeEvidenceReader reader;
            QVERIFY(!reader.readFile(fuzzFile(file)));
            QCOMPARE(reader.errorString(), error);
        } else {
            DeploymentReader reader(PortCatalog::builtin());
            QVERIFY(!reader.readFile(fuzzFile(file)));
            QCOMPARE(reader.errorString(), error);
            const CliResult result = runCli({QStringLiteral("validate"), fuzzFile(file)});
            QCOMPARE(result.exitCode, 2);
            QVERIFY2(result.err.contains(error), qPrintable(result.err));
        }
    }

    // What RFC 8259 allows still reads: every form of number, escaped control characters, digits inside strings.
    void strictJsonKeepsValidInput()
    {
        const QByteArray json = R"({"a": [0, -0, 10, -0.5, 1.25e+10, 2E-3, 7e9], "b": "01 1. \t\n\u0007", "c": "é"})";
        std::optional<JsonParseProblem> problem;
        const auto document = JsonParseProblem::parse(json, &problem);
        QVERIFY2(document, qPrintable(problem ? problem->place() + u' ' + problem->problem() : QString()));
        QCOMPARE(document->object().value(QStringLiteral("b")).toString(), QStringLiteral("01 1. \t\n\u0007"));
    }

    // One byte past the limit of its kind, refused before it is read, with the file and the limit named.
    void oversizedFiles()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString deployment = oversized(dir, QStringLiteral("big.portolan"), UserFileKind::Deployment);
        const QString nmap = oversized(dir, QStringLiteral("big.xml"), UserFileKind::NmapReport);
        const QString results = oversized(dir, QStringLiteral("big.json"), UserFileKind::ProbeResults);

        DeploymentReader deploymentReader(PortCatalog::builtin());
        QVERIFY(!deploymentReader.readFile(deployment));
        QCOMPARE(deploymentReader.errorString(),
                 u'"' + deployment +
                     QStringLiteral("\" is larger than 16 MB; a deployment file that large is refused"));
        ProbeEvidenceReader resultsReader;
        QVERIFY(!resultsReader.readFile(results));
        QCOMPARE(resultsReader.errorString(),
                 u'"' + results + QStringLiteral("\" is larger than 64 MB; a results file that large is refused"));

        const CliResult validate = runCli({QStringLiteral("validate"), deployment});
        QCOMPARE(validate.exitCode, 2);
        QVERIFY2(validate.err.contains(QStringLiteral("is larger than 16 MB")), qPrintable(validate.err));
        const QString small = dir.filePath(QStringLiteral("small.portolan"));
        QByteArray clean = fuzzBytes(QStringLiteral("deployment-control-character.portolan"));
        clean.replace('\t', ' ');
        QFile smallFile(small);
        QVERIFY(smallFile.open(QIODevice::WriteOnly));
        QCOMPARE(smallFile.write(clean), clean.size());
        smallFile.close();
        const CliResult import = runCli({QStringLiteral("import-nmap"), small, nmap});
        QCOMPARE(import.exitCode, 2);
        QVERIFY2(import.err.contains(u'"' + nmap +
                                     QStringLiteral("\" is larger than 64 MB; an nmap report that large "
                                                    "is refused")),
                 qPrintable(import.err));
    }
};

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
