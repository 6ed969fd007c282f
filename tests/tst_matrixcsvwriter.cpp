#include <QBuffer>
#include <QTest>

#include "model/export/matrixcsvwriter.h"
#include "model/portmatrix.h"

namespace {

MatrixRule rule(const char* from, const char* to, Protocol protocol, PortRange ports, const char* service)
{
    MatrixRule r;
    r.from = QString::fromUtf8(from);
    r.to = QString::fromUtf8(to);
    r.protocol = protocol;
    r.ports = ports;
    r.service = QString::fromUtf8(service);
    r.purpose = QStringLiteral("Mail from the Internet");
    r.encryption = QStringLiteral("Opportunistic TLS");
    r.sources = {QStringLiteral("internet:internet-mail")};
    r.destinations = {QStringLiteral("edge01"), QStringLiteral("edge02")};
    r.references = {QStringLiteral("S1"), QStringLiteral("S6")};
    return r;
}

QByteArray writeToBytes(const PortMatrix& matrix)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    MatrixCsvWriter writer(matrix);
    if (!writer.write(&buffer))
        qWarning("%s", qPrintable(writer.errorString()));
    return bytes;
}

} // namespace

class TestMatrixCsvWriter final : public QObject
{
    Q_OBJECT

private slots:
    void escapeCell_data();
    void escapeCell();
    void document();
    void intraZoneRulesFollowCrossZoneRules();
    void emptyMatrixHasHeaderOnly();
    void refusesClosedDevice();
};

void TestMatrixCsvWriter::escapeCell_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << QStringLiteral("SMTP") << QStringLiteral("SMTP");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("single port") << QStringLiteral("25") << QStringLiteral("25");
    QTest::newRow("port range stays readable") << QStringLiteral("49152-65535") << QStringLiteral("49152-65535");
    QTest::newRow("comma") << QStringLiteral("ex01, ex02") << QStringLiteral("\"ex01, ex02\"");
    QTest::newRow("quote") << QStringLiteral("the \"Default\" connector")
                           << QStringLiteral("\"the \"\"Default\"\" connector\"");
    QTest::newRow("newline") << QStringLiteral("line 1\nline 2") << QStringLiteral("\"line 1\nline 2\"");
    QTest::newRow("crlf") << QStringLiteral("a\r\nb") << QStringLiteral("\"a\r\nb\"");
    QTest::newRow("semicolon list") << QStringLiteral("S1; S6") << QStringLiteral("S1; S6");
    QTest::newRow("formula =") << QStringLiteral("=1+1") << QStringLiteral("'=1+1");
    QTest::newRow("formula +") << QStringLiteral("+49 30 1234") << QStringLiteral("'+49 30 1234");
    QTest::newRow("formula -") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
    QTest::newRow("formula @") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::newRow("formula tab") << QStringLiteral("\t=cmd") << QStringLiteral("'\t=cmd");
    QTest::newRow("formula cr is guarded and quoted") << QStringLiteral("\r=cmd") << QStringLiteral("\"'\r=cmd\"");
    QTest::newRow("formula with comma is guarded inside the quotes")
        << QStringLiteral("=HYPERLINK(\"http://x\",\"y\")")
        << QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
    QTest::newRow("equals inside is harmless") << QStringLiteral("a=b") << QStringLiteral("a=b");
    QTest::newRow("unicode") << QStringLiteral("Zürich → Москва 東京") << QStringLiteral("Zürich → Москва 東京");
    QTest::newRow("apostrophe start untouched") << QStringLiteral("'quoted'") << QStringLiteral("'quoted'");
}

void TestMatrixCsvWriter::escapeCell()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(MatrixCsvWriter::escapeCell(text), expected);
}

void TestMatrixCsvWriter::document()
{
    PortMatrix matrix;
    matrix.deploymentName = QStringLiteral("Contoso");
    matrix.exchangeVersion = QStringLiteral("2019");
    matrix.rules.append(rule("internet", "dmz", Protocol::Tcp, {25, 25}, "SMTP"));
    MatrixRule rpc = rule("dmz", "lan", Protocol::Tcp, {49152, 65535}, "RPC (dynamic)");
    rpc.purpose = QStringLiteral("=cmd|' /C calc'!A0"); // a hostile purpose must stay text
    rpc.sources = {QStringLiteral("zürich-01")};
    matrix.rules.append(rpc);
    matrix.rules.append(rule("lan", "dmz", Protocol::Udp, {53, 53}, "DNS"));

    const QByteArray bytes = writeToBytes(matrix);
    QVERIFY2(bytes.startsWith("\xEF\xBB\xBF"), "UTF-8 byte order mark for Excel");
    const QString text = QString::fromUtf8(bytes.mid(3));
    QVERIFY(text.endsWith(QStringLiteral("\r\n")));
    const QStringList lines = text.chopped(2).split(QStringLiteral("\r\n"));
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(0), QStringLiteral("From zone,To zone,Protocol,Ports,Service,Sources,Destinations,Purpose,"
                                         "Encryption,References"));
    QCOMPARE(lines.at(1), QStringLiteral("internet,dmz,TCP,25,SMTP,internet:internet-mail,edge01; edge02,"
                                         "Mail from the Internet,Opportunistic TLS,S1; S6"));
    QCOMPARE(lines.at(2), QStringLiteral("dmz,lan,TCP,49152-65535,RPC (dynamic),zürich-01,edge01; edge02,"
                                         "'=cmd|' /C calc'!A0,Opportunistic TLS,S1; S6"));
    QCOMPARE(lines.at(3).left(16), QStringLiteral("lan,dmz,UDP,53,D"));
    QVERIFY(!text.contains(QStringLiteral(",\"49152")));
}

void TestMatrixCsvWriter::intraZoneRulesFollowCrossZoneRules()
{
    PortMatrix matrix;
    matrix.intraZone.append(rule("lan", "lan", Protocol::Tcp, {389, 389}, "LDAP"));
    matrix.rules.append(rule("internet", "dmz", Protocol::Tcp, {25, 25}, "SMTP"));
    MatrixRule multiline = rule("dmz", "lan", Protocol::Tcp, {25, 25}, "SMTP");
    multiline.purpose = QStringLiteral("Relay, then \"deliver\"\nto the mailbox");
    matrix.rules.append(multiline);

    const QString text = QString::fromUtf8(writeToBytes(matrix).mid(3));
    const qsizetype cross = text.indexOf(QStringLiteral("internet,dmz,"));
    const qsizetype inside = text.indexOf(QStringLiteral("lan,lan,TCP,389,LDAP"));
    QVERIFY(cross > 0);
    QVERIFY(inside > cross);
    QVERIFY(text.contains(QStringLiteral(",\"Relay, then \"\"deliver\"\"\nto the mailbox\",")));
}

void TestMatrixCsvWriter::emptyMatrixHasHeaderOnly()
{
    const QByteArray bytes = writeToBytes(PortMatrix());
    QCOMPARE(bytes.count("\r\n"), 1);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                             "From zone,"));
}

void TestMatrixCsvWriter::refusesClosedDevice()
{
    QBuffer buffer;
    const PortMatrix empty;
    MatrixCsvWriter writer(empty);
    QVERIFY(!writer.write(&buffer));
    QVERIFY(!writer.errorString().isEmpty());
}

QTEST_GUILESS_MAIN(TestMatrixCsvWriter)
#include "tst_matrixcsvwriter.moc"
