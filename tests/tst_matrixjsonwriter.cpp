#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "model/export/matrixjsonwriter.h"
#include "model/portcatalog.h"
#include "model/portmatrix.h"

namespace {

// A catalog of its own, so the test does not depend on what the real data cites. Written with ' for " (moc of Qt 6.4
// loses its way in raw string literals).
const char* const Vocabulary =
    "{'versions': [{'id': '2019', 'name': 'Exchange Server 2019'}],"
    " 'zoneKinds': [{'id': 'lan', 'name': 'LAN', 'colour': '#dbe9d8'}],"
    " 'roles': [{'id': 'mailbox', 'kind': 'exchange', 'name': 'Mailbox', 'description': 'd'}],"
    " 'impacts': [{'id': 'mail', 'name': 'Mail'}],"
    " 'implicitActors': [],"
    " 'dynamicRpcDefaults': [{'first': 49152, 'last': 65535, 'sources': ['S1']}]}";
const char* const Sources =
    "{'sources': ["
    " {'tag': 'S1', 'title': 'Exchange network ports', 'url': 'https://example.org/s1'},"
    " {'tag': 'S2', 'title': 'Never cited', 'url': 'https://example.org/s2'},"
    " {'tag': 'S3', 'title': 'Edge \\u0022Transport\\u0022', 'url': 'https://example.org/s3'}]}";
const char* const Ports =
    "{'entries': [{'id': 'smtp', 'service': 'SMTP', 'family': 'mail', 'protocol': 'tcp', 'ports': [25],"
    " 'listeners': ['mailbox'], 'initiators': ['mailbox'], 'versions': ['2019'], 'encryption': 'TLS',"
    " 'purpose': 'p', 'ifBlocked': 'b', 'impact': 'mail', 'sources': ['S1']}]}";

MatrixRule smtpRule()
{
    MatrixRule rule;
    rule.from = QStringLiteral("internet");
    rule.to = QStringLiteral("dmz");
    rule.protocol = Protocol::Tcp;
    rule.ports = {25, 25};
    rule.service = QStringLiteral("SMTP");
    rule.family = QStringLiteral("mail");
    rule.sources = {QStringLiteral("internet:internet-mail")};
    rule.destinations = {QStringLiteral("edge01"), QStringLiteral("edge02")};
    rule.sourceRoles = {QStringLiteral("internet-mail")};
    rule.destinationRoles = {QStringLiteral("edge-transport")};
    rule.purpose = QStringLiteral("Inbound Internet mail");
    rule.encryption = QStringLiteral("Opportunistic TLS");
    rule.ifBlocked = QStringLiteral("No mail arrives");
    rule.references = {QStringLiteral("S1"), QStringLiteral("S3")};
    rule.entry = QStringLiteral("edge-inbound-smtp");
    return rule;
}

} // namespace

class TestMatrixJsonWriter final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void document();
    void escaping_data();
    void escaping();
    void largeMatrixIsStreamedWhole();
    void refusesClosedDevice();

private:
    QJsonObject writeAndParse(const PortMatrix& matrix);

    QTemporaryDir m_dir;
    PortCatalog m_catalog;
};

void TestMatrixJsonWriter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const std::pair<const char*, const char*> files[] = {
        {"vocabulary.json", Vocabulary}, {"sources.json", Sources}, {"ports-test.json", Ports}};
    for (const auto& [name, content] : files) {
        QFile file(m_dir.filePath(QString::fromUtf8(name)));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(content).replace('\'', '"'));
    }
    QVERIFY2(m_catalog.load(m_dir.path()), qPrintable(m_catalog.errors().join(u'\n')));
}

QJsonObject TestMatrixJsonWriter::writeAndParse(const PortMatrix& matrix)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    MatrixJsonWriter writer(matrix, m_catalog);
    if (!writer.write(&buffer)) {
        qWarning("%s", qPrintable(writer.errorString()));
        return {};
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("offset %d: %s", int(error.offset), qPrintable(error.errorString()));
    return document.object();
}

void TestMatrixJsonWriter::document()
{
    PortMatrix matrix;
    matrix.deploymentName = QStringLiteral("Contoso");
    matrix.exchangeVersion = QStringLiteral("2019");
    matrix.rules.append(smtpRule());
    MatrixRule ldap = smtpRule();
    ldap.from = ldap.to = QStringLiteral("lan");
    ldap.protocol = Protocol::Udp;
    ldap.ports = {49152, 65535};
    ldap.confirmed = false;
    ldap.dynamicRpc = true;
    ldap.published = true;
    ldap.references = {QStringLiteral("S1")};
    matrix.intraZone.append(ldap);
    matrix.warnings.append({Severity::Error,
                            QStringLiteral("edge-in-lan"),
                            QStringLiteral("Edge in the LAN"),
                            {QStringLiteral("edge01")}});
    matrix.warnings.append({Severity::Info, QStringLiteral("note"), QStringLiteral("Just so you know"), {}});

    const QJsonObject root = writeAndParse(matrix);
    QCOMPARE(root.value(u"format").toString(), QStringLiteral("portolan-matrix"));
    QCOMPARE(root.value(u"version").toInt(), 1);
    QCOMPARE(root.value(u"deployment").toString(), QStringLiteral("Contoso"));
    QCOMPARE(root.value(u"exchangeVersion").toString(), QStringLiteral("2019"));

    const QJsonArray rules = root.value(u"rules").toArray();
    QCOMPARE(rules.size(), 1);
    const QJsonObject rule = rules.at(0).toObject();
    QCOMPARE(rule.value(u"from").toString(), QStringLiteral("internet"));
    QCOMPARE(rule.value(u"to").toString(), QStringLiteral("dmz"));
    QCOMPARE(rule.value(u"protocol").toString(), QStringLiteral("tcp"));
    QCOMPARE(rule.value(u"portFirst").toInt(), 25);
    QCOMPARE(rule.value(u"portLast").toInt(), 25);
    QCOMPARE(rule.value(u"service").toString(), QStringLiteral("SMTP"));
    QCOMPARE(rule.value(u"family").toString(), QStringLiteral("mail"));
    QCOMPARE(rule.value(u"sources").toArray(), QJsonArray({QStringLiteral("internet:internet-mail")}));
    QCOMPARE(rule.value(u"destinations").toArray(), QJsonArray({QStringLiteral("edge01"), QStringLiteral("edge02")}));
    QCOMPARE(rule.value(u"sourceRoles").toArray(), QJsonArray({QStringLiteral("internet-mail")}));
    QCOMPARE(rule.value(u"destinationRoles").toArray(), QJsonArray({QStringLiteral("edge-transport")}));
    QCOMPARE(rule.value(u"purpose").toString(), QStringLiteral("Inbound Internet mail"));
    QCOMPARE(rule.value(u"encryption").toString(), QStringLiteral("Opportunistic TLS"));
    QCOMPARE(rule.value(u"ifBlocked").toString(), QStringLiteral("No mail arrives"));
    QCOMPARE(rule.value(u"references").toArray(), QJsonArray({QStringLiteral("S1"), QStringLiteral("S3")}));
    QCOMPARE(rule.value(u"entry").toString(), QStringLiteral("edge-inbound-smtp"));
    QCOMPARE(rule.value(u"confirmed").toBool(false), true);
    QCOMPARE(rule.value(u"dynamicRpc").toBool(true), false);
    QCOMPARE(rule.value(u"published").toBool(true), false);

    const QJsonArray inside = root.value(u"intraZone").toArray();
    QCOMPARE(inside.size(), 1);
    const QJsonObject insideRule = inside.at(0).toObject();
    QCOMPARE(insideRule.value(u"zone").toString(), QStringLiteral("lan"));
    QVERIFY(!insideRule.contains(u"from"));
    QCOMPARE(insideRule.value(u"protocol").toString(), QStringLiteral("udp"));
    QCOMPARE(insideRule.value(u"portFirst").toInt(), 49152);
    QCOMPARE(insideRule.value(u"portLast").toInt(), 65535);
    QCOMPARE(insideRule.value(u"confirmed").toBool(true), false);
    QCOMPARE(insideRule.value(u"dynamicRpc").toBool(false), true);
    QCOMPARE(insideRule.value(u"published").toBool(false), true);

    const QJsonArray warnings = root.value(u"warnings").toArray();
    QCOMPARE(warnings.size(), 2);
    const QJsonObject warning = warnings.at(0).toObject();
    QCOMPARE(warning.value(u"severity").toString(), QStringLiteral("error"));
    QCOMPARE(warning.value(u"code").toString(), QStringLiteral("edge-in-lan"));
    QCOMPARE(warning.value(u"message").toString(), QStringLiteral("Edge in the LAN"));
    QCOMPARE(warning.value(u"servers").toArray(), QJsonArray({QStringLiteral("edge01")}));
    QCOMPARE(warnings.at(1).toObject().value(u"severity").toString(), QStringLiteral("info"));
    QCOMPARE(warnings.at(1).toObject().value(u"servers").toArray(), QJsonArray());

    // Only the cited sources, each resolvable.
    const QJsonObject sources = root.value(u"sources").toObject();
    QCOMPARE(sources.keys(), QStringList({QStringLiteral("S1"), QStringLiteral("S3")}));
    QCOMPARE(sources.value(u"S1").toObject().value(u"url").toString(), QStringLiteral("https://example.org/s1"));
    QCOMPARE(sources.value(u"S3").toObject().value(u"title").toString(), QStringLiteral("Edge \"Transport\""));
}

void TestMatrixJsonWriter::escaping_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("quotes") << QStringLiteral("the \"Default Frontend\" connector");
    QTest::newRow("backslash") << QStringLiteral("C:\\Program Files\\Microsoft\\Exchange Server\\");
    QTest::newRow("newline and tab") << QStringLiteral("line 1\nline 2\r\n\tindented");
    QTest::newRow("control characters") << QString::fromUtf8("nul \x01 bell \x07 esc \x1b unit \x1f del \x7f");
    QTest::newRow("nul") << QString(QChar(0)) + QStringLiteral("after nul");
    QTest::newRow("unicode") << QStringLiteral("Zürich → Москва 東京");
    QTest::newRow("surrogate pair") << QString::fromUtf8("mail \xF0\x9F\x93\xAE box");
    QTest::newRow("slash and html") << QStringLiteral("</script><b>&amp;</b>");
    QTest::newRow("empty") << QString();
}

void TestMatrixJsonWriter::escaping()
{
    QFETCH(QString, text);
    PortMatrix matrix;
    matrix.deploymentName = text;
    MatrixRule rule = smtpRule();
    rule.purpose = text;
    rule.sources = {text, QStringLiteral("plain")};
    matrix.rules.append(rule);
    matrix.warnings.append({Severity::Warning, QStringLiteral("code"), text, {text}});

    const QJsonObject root = writeAndParse(matrix);
    QCOMPARE(root.value(u"deployment").toString(), text);
    const QJsonObject parsedRule = root.value(u"rules").toArray().at(0).toObject();
    QCOMPARE(parsedRule.value(u"purpose").toString(), text);
    QCOMPARE(parsedRule.value(u"sources").toArray(), QJsonArray({text, QStringLiteral("plain")}));
    const QJsonObject warning = root.value(u"warnings").toArray().at(0).toObject();
    QCOMPARE(warning.value(u"message").toString(), text);
    QCOMPARE(warning.value(u"servers").toArray(), QJsonArray({text}));
}

void TestMatrixJsonWriter::largeMatrixIsStreamedWhole()
{
    // Far more than one 64 KiB chunk: every rule must arrive, in order, and the document must stay valid.
    PortMatrix matrix;
    QStringList servers;
    for (int i = 0; i < 200; ++i)
        servers.append(QStringLiteral("mailbox-server-%1").arg(i));
    for (int i = 0; i < 2000; ++i) {
        MatrixRule rule = smtpRule();
        rule.ports = {1000 + i, 1000 + i};
        rule.destinations = servers;
        matrix.rules.append(rule);
    }
    const QJsonObject root = writeAndParse(matrix);
    const QJsonArray rules = root.value(u"rules").toArray();
    QCOMPARE(rules.size(), 2000);
    for (int i = 0; i < rules.size(); i += 499)
        QCOMPARE(rules.at(i).toObject().value(u"portFirst").toInt(), 1000 + i);
    QCOMPARE(rules.last().toObject().value(u"destinations").toArray().size(), 200);
}

void TestMatrixJsonWriter::refusesClosedDevice()
{
    QBuffer buffer;
    const PortMatrix empty;
    MatrixJsonWriter writer(empty, m_catalog);
    QVERIFY(!writer.write(&buffer));
    QVERIFY(!writer.errorString().isEmpty());
}

QTEST_GUILESS_MAIN(TestMatrixJsonWriter)
#include "tst_matrixjsonwriter.moc"
