#include <QBuffer>
#include <QTest>

#include "model/export/exporterregistry.h"
#include "model/export/exportinput.h"
#include "model/export/proberesultsjsonwriter.h"

#include "probeevidencefixture.h"

// The results file of `portolan-cli probe` and `import-nmap`: scripts and the report read it, so it keeps its bytes.
class TestProbeResultsJsonWriter final : public QObject
{
    Q_OBJECT

private slots:
    void document();
    void noResults();
    void registeredAsTheDefaultOfProbeResults();
    void refusesClosedDevice();
};

void TestProbeResultsJsonWriter::document()
{
    // The top-level members in issue 4's order, one result per line with its members sorted; latency to the
    // microsecond, null when not measured; an unknown time is an empty string.
    const QByteArray expected = R"json({
  "vantage": "lan",
  "started": "2024-05-01T10:31:00.000Z",
  "origin": "probe",
  "results": [
    {"banner":"220 mail, \"ESMTP\"","check":"smtp","error":"","fromZones":["internet"],"host":"127.0.0.1","latencyMs":1.235,"port":25,"protocol":"tcp","rows":[0,3],"server":"EX01","serverId":"ex01","service":"SMTP","startTls":true,"state":"open","time":"2024-05-01T10:31:02.123Z","tls":{"cipher":"TLS_AES_256_GCM_SHA384","error":"","issuer":"CN=Example CA","notAfter":"2030-01-02T03:04:05.678Z","ok":true,"protocol":"TLSv1.3","selfSigned":false,"subject":"CN=mail.example","trusted":true},"verified":false},
    {"banner":"220 mail, \"ESMTP\"","check":"smtp","error":"","fromZones":["internet"],"host":"127.0.0.1","latencyMs":1.235,"port":25,"protocol":"tcp","rows":[0,3],"server":"EX02","serverId":"ex02","service":"SMTP","startTls":true,"state":"open","time":"2024-05-01T10:31:02.123Z","tls":{"cipher":"TLS_AES_256_GCM_SHA384","error":"","issuer":"CN=Example CA","notAfter":"2030-01-02T03:04:05.678Z","ok":true,"protocol":"TLSv1.3","selfSigned":false,"subject":"CN=mail.example","trusted":true},"verified":false},
    {"banner":"","check":"dns","error":"=refused","fromZones":["lan"],"host":"mail.example","latencyMs":null,"port":53,"protocol":"udp","rows":[5],"server":"EX02","serverId":"ex02","service":"DNS","startTls":false,"state":"closed","time":"","tls":null,"verified":true}
  ]
}
)json";
    QCOMPARE(ProbeEvidenceFixture::json(ProbeEvidenceFixture::evidence()), expected);
}

void TestProbeResultsJsonWriter::noResults()
{
    ProbeEvidence nmap;
    nmap.origin = QStringLiteral("nmap");
    QCOMPARE(ProbeEvidenceFixture::json(nmap),
             QByteArray("{\n  \"vantage\": null,\n  \"started\": \"\",\n  \"origin\": \"nmap\",\n"
                        "  \"results\": []\n}\n"));
}

void TestProbeResultsJsonWriter::registeredAsTheDefaultOfProbeResults()
{
    const ExporterRegistry& registry = ExporterRegistry::instance();
    QCOMPARE(registry.names(ExportDocument::ProbeResults), QStringLiteral("json, csv"));
    const ExportFormat* format = registry.byName(ExportDocument::ProbeResults, QStringLiteral("JSON"));
    QVERIFY(format);
    QCOMPARE(format->id, QStringLiteral("probe-json"));
    QCOMPARE(registry.forPath(ExportDocument::ProbeResults, QStringLiteral("out/results.json")), format);
    const ProbeEvidence evidence = ProbeEvidenceFixture::evidence();
    ExportInput input;
    input.probe = &evidence;
    const std::unique_ptr<Exporter> exporter = format->create(input);
    QCOMPARE(exporter->id(), QStringLiteral("probe-json"));
    QCOMPARE(exporter->fileSuffix(), QStringLiteral("json"));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(exporter->write(&buffer));
    QCOMPARE(buffer.data(), ProbeEvidenceFixture::json(evidence));
}

void TestProbeResultsJsonWriter::refusesClosedDevice()
{
    QBuffer buffer;
    const ProbeEvidence evidence = ProbeEvidenceFixture::evidence();
    ProbeResultsJsonWriter writer(evidence);
    QVERIFY(!writer.write(&buffer));
    QVERIFY(!writer.errorString().isEmpty());
}

QTEST_GUILESS_MAIN(TestProbeResultsJsonWriter)
#include "tst_proberesultsjsonwriter.moc"
