#include <QBuffer>
#include <QTest>

#include "model/export/exporterregistry.h"
#include "model/export/proberesultscsvwriter.h"

#include "probeevidencefixture.h"

namespace {

QByteArray written(const ProbeEvidence& evidence)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ProbeResultsCsvWriter writer(evidence);
    if (!writer.write(&buffer))
        qWarning("%s", qPrintable(writer.errorString()));
    return buffer.data();
}

} // namespace

// The CSV results file of `portolan-cli probe` and `import-nmap`, for a spreadsheet or a script.
class TestProbeResultsCsvWriter final : public QObject
{
    Q_OBJECT

private slots:
    void document();
    void noResultsHasHeaderOnly();
    void registeredForCsvFiles();
    void refusesClosedDevice();
};

void TestProbeResultsCsvWriter::document()
{
    // RFC 4180 with CRLF; the TLS fields flattened, empty without TLS; a cell that starts like a formula gets an
    // apostrophe; the vantage and origin on every row.
    const QByteArray expected =
        "Server,Host,Protocol,Port,Service,State,Latency ms,Banner,STARTTLS,TLS ok,TLS protocol,TLS cipher,TLS "
        "subject,TLS issuer,TLS not after,TLS self-signed,Error,Verified,Vantage,Origin\r\n"
        "EX01,127.0.0.1,tcp,25,SMTP,open,1.235,\"220 mail, "
        "\"\"ESMTP\"\"\",yes,yes,TLSv1.3,TLS_AES_256_GCM_SHA384,CN=mail.example,CN=Example "
        "CA,2030-01-02T03:04:05.678Z,no,,no,lan,probe\r\n"
        "EX02,127.0.0.1,tcp,25,SMTP,open,1.235,\"220 mail, "
        "\"\"ESMTP\"\"\",yes,yes,TLSv1.3,TLS_AES_256_GCM_SHA384,CN=mail.example,CN=Example "
        "CA,2030-01-02T03:04:05.678Z,no,,no,lan,probe\r\n"
        "EX02,mail.example,udp,53,DNS,closed,,,no,,,,,,,,'=refused,yes,lan,probe\r\n";
    QCOMPARE(written(ProbeEvidenceFixture::evidence()), expected);
}

void TestProbeResultsCsvWriter::noResultsHasHeaderOnly()
{
    const QList<QByteArray> lines = written(ProbeEvidence()).split('\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).startsWith("Server,Host,Protocol,Port,"));
    QVERIFY(lines.at(1).isEmpty());
}

void TestProbeResultsCsvWriter::registeredForCsvFiles()
{
    const ExportFormat* format =
        ExporterRegistry::instance().forPath(ExportDocument::ProbeResults, QStringLiteral("results.CSV"));
    QVERIFY(format);
    QCOMPARE(format->id, QStringLiteral("probe-csv"));
    QCOMPARE(format->name, QStringLiteral("csv"));
}

void TestProbeResultsCsvWriter::refusesClosedDevice()
{
    QBuffer buffer;
    const ProbeEvidence evidence;
    ProbeResultsCsvWriter writer(evidence);
    QVERIFY(!writer.write(&buffer));
    QVERIFY(!writer.errorString().isEmpty());
}

QTEST_GUILESS_MAIN(TestProbeResultsCsvWriter)
#include "tst_proberesultscsvwriter.moc"
