#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "model/export/exporterregistry.h"
#include "model/export/scanjsonwriter.h"

#include "probeevidencefixture.h"

namespace {

QByteArray written(const ProbeEvidence& evidence)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ScanJsonWriter writer(evidence);
    if (!writer.write(&buffer))
        qWarning("%s", qPrintable(writer.errorString()));
    return buffer.data();
}

// The fixture's SMTP and DNS ports as a scan sees them: no vantage, no servers to speak of.
ProbeEvidence scanned()
{
    ProbeEvidence evidence = ProbeEvidenceFixture::evidence();
    evidence.vantage.reset();
    evidence.ports.removeAt(1);
    return evidence;
}

} // namespace

// The JSON of `portolan-cli scan`: ports of one host, without servers, streamed by hand.
class TestScanJsonWriter final : public QObject
{
    Q_OBJECT

private slots:
    void document();
    void escapesWhatJsonCannotHoldRaw();
    void registeredForScanResults();
    void refusesClosedDevice();
};

void TestScanJsonWriter::document()
{
    // Members in a fixed order, only those that say something; the certificate's end to the second; no servers, rows,
    // zones, service or time.
    const QByteArray expected = R"json({
  "vantage": null,
  "started": "2024-05-01T10:31:00.000Z",
  "results": [
    {"host": "127.0.0.1", "protocol": "tcp", "port": 25, "state": "open", "latencyMs": 1.235, "banner": "220 mail, \"ESMTP\"", "startTls": true, "tls": {"ok": true, "protocol": "TLSv1.3", "cipher": "TLS_AES_256_GCM_SHA384", "subject": "CN=mail.example", "issuer": "CN=Example CA", "notAfter": "2030-01-02T03:04:05Z", "selfSigned": false, "trusted": true}},
    {"host": "mail.example", "protocol": "udp", "port": 53, "state": "closed", "latencyMs": null, "error": "=refused"}
  ]
}
)json";
    QCOMPARE(written(scanned()), expected);
}

void TestScanJsonWriter::escapesWhatJsonCannotHoldRaw()
{
    ProbeEvidence evidence = scanned();
    evidence.ports[0].banner = QStringLiteral("a\"b\\c\r\n") + QChar(0x01) + QString::fromUtf8("\xc3\x9c");
    const QByteArray bytes = written(evidence);
    QVERIFY(bytes.contains("\"banner\": \"a\\\"b\\\\c\\u000d\\u000a\\u0001\xc3\x9c\""));
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(bytes, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(root.value(u"results").toArray().at(0).toObject().value(u"banner").toString(), evidence.ports[0].banner);
}

void TestScanJsonWriter::registeredForScanResults()
{
    const ExporterRegistry& registry = ExporterRegistry::instance();
    QCOMPARE(registry.names(ExportDocument::ScanResults), QStringLiteral("json"));
    const ExportFormat* format = registry.byName(ExportDocument::ScanResults, QStringLiteral("json"));
    QVERIFY(format);
    QCOMPARE(format->id, QStringLiteral("scan-json"));
}

void TestScanJsonWriter::refusesClosedDevice()
{
    QBuffer buffer;
    const ProbeEvidence evidence;
    ScanJsonWriter writer(evidence);
    QVERIFY(!writer.write(&buffer));
    QVERIFY(!writer.errorString().isEmpty());
}

QTEST_GUILESS_MAIN(TestScanJsonWriter)
#include "tst_scanjsonwriter.moc"
