#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

#include "model/deploymentdata.h"
#include "model/export/proberesultsjsonwriter.h"
#include "model/probeevidencereader.h"
#include "model/userfile.h"

#include "probeevidencefixture.h"

namespace {

// The fixture's results file with one member of results[index] changed ("tls.notAfter" reaches into the TLS object);
// an undefined value removes the member. Results past the end are copies of the last one.
QByteArray withResult(int index, const QString& key, const QJsonValue& value)
{
    QJsonObject root = QJsonDocument::fromJson(ProbeEvidenceFixture::json(ProbeEvidenceFixture::evidence())).object();
    QJsonArray results = root.value(u"results").toArray();
    while (results.size() <= index)
        results.append(results.last());
    QJsonObject entry = results.at(index).toObject();
    const QStringList path = key.split(u'.');
    if (path.size() == 2) {
        QJsonObject inner = entry.value(path.first()).toObject();
        inner.insert(path.last(), value);
        entry.insert(path.first(), inner);
    } else if (value.isUndefined()) {
        entry.remove(key);
    } else {
        entry.insert(key, value);
    }
    results[index] = entry;
    root.insert(QStringLiteral("results"), results);
    return QJsonDocument(root).toJson();
}

QByteArray withTop(const QString& key, const QJsonValue& value)
{
    QJsonObject root = QJsonDocument::fromJson(ProbeEvidenceFixture::json(ProbeEvidenceFixture::evidence())).object();
    if (value.isUndefined())
        root.remove(key);
    else
        root.insert(key, value);
    return QJsonDocument(root).toJson();
}

DeploymentData deployment()
{
    DeploymentData data;
    for (const char* id : {"ex01", "ex02"}) {
        Server server;
        server.id = QString::fromLatin1(id);
        server.name = server.id.toUpper();
        server.host = QStringLiteral("127.0.0.1");
        data.servers.append(server);
    }
    Server dc;
    dc.id = QStringLiteral("dc01");
    dc.host = QStringLiteral("dc.example");
    data.servers.append(dc);
    return data;
}

} // namespace

// The results files of `portolan-cli probe` and `import-nmap` read back for the report: what was written comes back,
// and a broken or foreign file is refused with the place of its problem.
class TestProbeEvidenceReader final : public QObject
{
    Q_OBJECT

private slots:
    void readsBackWhatWasWritten();
    void readsAFileWithoutResults();
    void readsAFile();
    void refusesBadInput_data();
    void refusesBadInput();
    void refusesFilesLargerThan64MB();
    void matchesOnlyItsDeployment_data();
    void matchesOnlyItsDeployment();
};

void TestProbeEvidenceReader::readsBackWhatWasWritten()
{
    const ProbeEvidence original = ProbeEvidenceFixture::evidence();
    ProbeEvidenceReader reader;
    const auto read = reader.read(ProbeEvidenceFixture::json(original));
    QVERIFY2(read, qPrintable(reader.errorString()));
    QVERIFY(reader.errorString().isEmpty());
    QCOMPARE(read->vantage, original.vantage);
    QCOMPARE(read->started, original.started);
    QCOMPARE(read->origin, original.origin);
    QCOMPARE(read->ports.size(), original.ports.size());
    for (qsizetype i = 0; i < original.ports.size(); ++i) {
        const PortEvidence& want = original.ports.at(i);
        const PortEvidence& got = read->ports.at(i);
        QCOMPARE(got.serverId, want.serverId);
        QCOMPARE(got.serverName, want.serverName);
        QCOMPARE(got.host, want.host);
        QCOMPARE(got.protocol, want.protocol);
        QCOMPARE(got.port, want.port);
        QCOMPARE(got.service, want.service);
        QCOMPARE(got.check, want.check);
        QCOMPARE(got.state, want.state);
        // The file holds the latency to the microsecond.
        QCOMPARE(got.latencyMs, want.latencyMs < 0 ? -1.0 : std::round(want.latencyMs * 1000) / 1000);
        QCOMPARE(got.banner, want.banner);
        QCOMPARE(got.startTls, want.startTls);
        QCOMPARE(got.tls.has_value(), want.tls.has_value());
        if (want.tls) {
            QCOMPARE(got.tls->ok, want.tls->ok);
            QCOMPARE(got.tls->protocol, want.tls->protocol);
            QCOMPARE(got.tls->cipher, want.tls->cipher);
            QCOMPARE(got.tls->subject, want.tls->subject);
            QCOMPARE(got.tls->issuer, want.tls->issuer);
            QCOMPARE(got.tls->notAfter, want.tls->notAfter);
            QCOMPARE(got.tls->selfSigned, want.tls->selfSigned);
            QCOMPARE(got.tls->trusted, want.tls->trusted);
            QCOMPARE(got.tls->error, want.tls->error);
        }
        QCOMPARE(got.error, want.error);
        QCOMPARE(got.time, want.time);
        QCOMPARE(got.time.isValid(), want.time.isValid());
        QCOMPARE(got.verified, want.verified);
        QCOMPARE(got.rows, want.rows);
        QCOMPARE(got.fromZones, want.fromZones);
    }
}

void TestProbeEvidenceReader::readsAFileWithoutResults()
{
    ProbeEvidence nmap;
    nmap.origin = QStringLiteral("nmap");
    ProbeEvidenceReader reader;
    const auto read = reader.read(ProbeEvidenceFixture::json(nmap));
    QVERIFY2(read, qPrintable(reader.errorString()));
    QVERIFY(!read->vantage);
    QVERIFY(!read->started.isValid());
    QCOMPARE(read->origin, QStringLiteral("nmap"));
    QVERIFY(read->isEmpty());
}

void TestProbeEvidenceReader::readsAFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("results.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(ProbeEvidenceFixture::json(ProbeEvidenceFixture::evidence()));
    file.close();
    ProbeEvidenceReader reader;
    const auto read = reader.readFile(path);
    QVERIFY2(read, qPrintable(reader.errorString()));
    QCOMPARE(read->ports.size(), 3);

    QVERIFY(!reader.readFile(dir.filePath(QStringLiteral("missing.json"))));
    QVERIFY2(reader.errorString().startsWith(u"cannot open \"" + dir.filePath(QStringLiteral("missing.json"))),
             qPrintable(reader.errorString()));
}

void TestProbeEvidenceReader::refusesBadInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");

    const QJsonValue none(QJsonValue::Undefined);
    QTest::newRow("empty") << QByteArray(" \n") << QStringLiteral("the file is empty");
    QTest::newRow("missing comma") << QByteArray("{\n  \"vantage\": null,\n  \"results\": [\n    {\"serverId\": "
                                                 "\"ex01\" \"host\": \"a\"}\n  ]\n}\n")
                                   << QStringLiteral("line 4, column 25: missing comma or closing '}'");
    QTest::newRow("unterminated string") << QByteArray("{\"results\": [],\n \"origin\": \"pro")
                                         << QStringLiteral("line 2, column 12: unterminated string");
    QTest::newRow("not an object") << QByteArray("[]")
                                   << QStringLiteral("not a probe results file: the top level is not a JSON object");
    QTest::newRow("no results")
        << withTop(QStringLiteral("results"), none)
        << QStringLiteral("results: required key is missing; is this a results file of portolan-cli probe?");
    QTest::newRow("results not an array")
        << withTop(QStringLiteral("results"), QJsonObject()) << QStringLiteral("results: expected an array");
    QTest::newRow("result not an object")
        << withTop(QStringLiteral("results"), QJsonArray{25}) << QStringLiteral("results[0]: expected an object");
    QTest::newRow("vantage a number") << withTop(QStringLiteral("vantage"), 3)
                                      << QStringLiteral("vantage: expected a zone id or null");
    QTest::newRow("started not a time")
        << withTop(QStringLiteral("started"), QStringLiteral("yesterday"))
        << QStringLiteral("started: not a time: \"yesterday\" (expected ISO 8601, e.g. 2024-05-01T10:31:02.000Z)");
    QTest::newRow("unknown origin") << withTop(QStringLiteral("origin"), QStringLiteral("masscan"))
                                    << QStringLiteral("origin: unknown origin \"masscan\" (known: probe, nmap)");
    QTest::newRow("no serverId") << withResult(1, QStringLiteral("serverId"), none)
                                 << QStringLiteral("results[1].serverId: required key is missing");
    QTest::newRow("empty serverId") << withResult(0, QStringLiteral("serverId"), QString())
                                    << QStringLiteral("results[0].serverId: must not be empty");
    QTest::newRow("no host") << withResult(0, QStringLiteral("host"), none)
                             << QStringLiteral("results[0].host: required key is missing");
    QTest::newRow("host a number") << withResult(0, QStringLiteral("host"), 127)
                                   << QStringLiteral("results[0].host: expected a string");
    QTest::newRow("unknown protocol") << withResult(0, QStringLiteral("protocol"), QStringLiteral("sctp"))
                                      << QStringLiteral(
                                             "results[0].protocol: unknown protocol \"sctp\" (known: tcp, udp)");
    QTest::newRow("no port") << withResult(2, QStringLiteral("port"), none)
                             << QStringLiteral("results[2].port: required key is missing");
    QTest::newRow("port as text") << withResult(3, QStringLiteral("port"), QStringLiteral("25"))
                                  << QStringLiteral("results[3].port: not a port number (1 to 65535)");
    QTest::newRow("port zero") << withResult(0, QStringLiteral("port"), 0)
                               << QStringLiteral("results[0].port: not a port number (1 to 65535)");
    QTest::newRow("port too high") << withResult(0, QStringLiteral("port"), 65536)
                                   << QStringLiteral("results[0].port: not a port number (1 to 65535)");
    QTest::newRow("port with a fraction") << withResult(0, QStringLiteral("port"), 25.5)
                                          << QStringLiteral("results[0].port: not a port number (1 to 65535)");
    QTest::newRow("no state") << withResult(0, QStringLiteral("state"), none)
                              << QStringLiteral("results[0].state: required key is missing");
    QTest::newRow("unknown state")
        << withResult(0, QStringLiteral("state"), QStringLiteral("half-open"))
        << QStringLiteral(
               "results[0].state: unknown state \"half-open\" (known: open, closed, filtered, open|filtered, "
               "unreachable, unresolved, error)");
    QTest::newRow("state in capitals")
        << withResult(0, QStringLiteral("state"), QStringLiteral("OPEN"))
        << QStringLiteral("results[0].state: unknown state \"OPEN\" (known: open, closed, filtered, open|filtered, "
                          "unreachable, unresolved, error)");
    QTest::newRow("negative latency")
        << withResult(0, QStringLiteral("latencyMs"), -1)
        << QStringLiteral("results[0].latencyMs: expected a number of milliseconds (0 or more) or null");
    QTest::newRow("latency as text")
        << withResult(0, QStringLiteral("latencyMs"), QStringLiteral("1.2 ms"))
        << QStringLiteral("results[0].latencyMs: expected a number of milliseconds (0 or more) or null");
    QTest::newRow("startTls as text") << withResult(0, QStringLiteral("startTls"), QStringLiteral("yes"))
                                      << QStringLiteral("results[0].startTls: expected true or false");
    QTest::newRow("banner a number") << withResult(0, QStringLiteral("banner"), 220)
                                     << QStringLiteral("results[0].banner: expected a string");
    QTest::newRow("time not a time")
        << withResult(0, QStringLiteral("time"), QStringLiteral("10:31"))
        << QStringLiteral("results[0].time: not a time: \"10:31\" (expected ISO 8601, e.g. 2024-05-01T10:31:02.000Z)");
    QTest::newRow("tls as text") << withResult(0, QStringLiteral("tls"), QStringLiteral("TLSv1.3"))
                                 << QStringLiteral("results[0].tls: expected an object or null");
    QTest::newRow("tls.notAfter not a time")
        << withResult(1, QStringLiteral("tls.notAfter"), QStringLiteral("2030"))
        << QStringLiteral("results[1].tls.notAfter: not a time: \"2030\" (expected ISO 8601, e.g. "
                          "2024-05-01T10:31:02.000Z)");
    QTest::newRow("tls.ok as text") << withResult(0, QStringLiteral("tls.ok"), 1)
                                    << QStringLiteral("results[0].tls.ok: expected true or false");
    QTest::newRow("rows not an array") << withResult(0, QStringLiteral("rows"), 3)
                                       << QStringLiteral("results[0].rows: expected an array");
    QTest::newRow("negative row") << withResult(2, QStringLiteral("rows"), QJsonArray{5, -1})
                                  << QStringLiteral("results[2].rows[1]: not a row number");
    QTest::newRow("zone a number") << withResult(0, QStringLiteral("fromZones"), QJsonArray{QStringLiteral("lan"), 2})
                                   << QStringLiteral("results[0].fromZones[1]: expected a zone id");
}

void TestProbeEvidenceReader::refusesBadInput()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    ProbeEvidenceReader reader;
    QVERIFY(!reader.read(json));
    QCOMPARE(reader.errorString(), error);
}

void TestProbeEvidenceReader::refusesFilesLargerThan64MB()
{
    // A device is read up to one byte past the limit: a pipe has no size to check first.
    QByteArray json = ProbeEvidenceFixture::json(ProbeEvidenceFixture::evidence());
    json.append(QByteArray(UserFile::maxSize(UserFileKind::ProbeResults) + 1 - json.size(), ' '));
    QBuffer buffer(&json);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    ProbeEvidenceReader reader;
    QVERIFY(!reader.read(&buffer));
    QCOMPARE(reader.errorString(),
             QStringLiteral("the file is larger than 64 MB; a results file that large is refused"));
    // At the limit it is read: trailing white space is still JSON.
    json.chop(1);
    QBuffer atLimit(&json);
    QVERIFY(atLimit.open(QIODevice::ReadOnly));
    QVERIFY2(reader.read(&atLimit), qPrintable(reader.errorString()));

    // A file is refused by its size, before a byte is read (the file is sparse: it costs no disk).
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.json"));
    QFile huge(path);
    QVERIFY(huge.open(QIODevice::WriteOnly));
    QVERIFY(huge.resize(UserFile::maxSize(UserFileKind::ProbeResults) + 1));
    huge.close();
    QVERIFY(!reader.readFile(path));
    QCOMPARE(reader.errorString(),
             u'"' + path + QStringLiteral("\" is larger than 64 MB; a results file that large is refused"));
}

void TestProbeEvidenceReader::matchesOnlyItsDeployment_data()
{
    QTest::addColumn<QString>("serverId");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("error"); // empty: it matches

    QTest::newRow("same server and host") << QStringLiteral("ex02") << QStringLiteral("127.0.0.1") << QString();
    QTest::newRow("host in other letters and spaces")
        << QStringLiteral("dc01") << QStringLiteral(" DC.Example ") << QString();
    QTest::newRow("server of another deployment")
        << QStringLiteral("ex07") << QStringLiteral("127.0.0.1")
        << QStringLiteral("results[1]: server \"ex07\" is not in this deployment — the results file belongs to "
                          "another deployment");
    QTest::newRow("server with another host")
        << QStringLiteral("ex02") << QStringLiteral("10.0.0.9")
        << QStringLiteral("results[1]: server \"ex02\" has the host \"127.0.0.1\" in this deployment, not "
                          "\"10.0.0.9\" — the results file belongs to another deployment");
}

void TestProbeEvidenceReader::matchesOnlyItsDeployment()
{
    QFETCH(QString, serverId);
    QFETCH(QString, host);
    QFETCH(QString, error);
    ProbeEvidence evidence = ProbeEvidenceFixture::evidence();
    evidence.ports.removeLast();
    evidence.ports[1].serverId = serverId;
    evidence.ports[1].host = host;
    QString problem;
    QCOMPARE(ProbeEvidenceReader::matches(evidence, deployment(), &problem), error.isEmpty());
    QCOMPARE(problem, error);
    QCOMPARE(ProbeEvidenceReader::matches(evidence, deployment()), error.isEmpty()); // the error is optional
    QVERIFY(ProbeEvidenceReader::matches(ProbeEvidence(), DeploymentData()));
}

QTEST_GUILESS_MAIN(TestProbeEvidenceReader)
#include "tst_probeevidencereader.moc"
