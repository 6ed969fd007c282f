// The PDF report end to end, as a reviewer reads it: `portolan-cli report` of several templates and a 200-server
// deployment, checked with poppler's tools. Every rule of the matrix (zone pair, direction, protocol, ports) and every
// warning is in the text, the fonts are embedded, the diagram page is vector graphics, and the deployment and the
// matrix CSV are attached, the deployment reopening to the same matrix. PORTOLAN_REPORT_DIR=dir keeps the PDFs.
#include "model/deploymentfile.h"
#include "model/export/matrixjsonwriter.h"
#include "model/matrixbuilder.h"
#include "model/portcatalog.h"
#include "model/templatelibrary.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    Run result;
    if (!process.waitForFinished(120000)) {
        result.err = process.errorString();
        return result;
    }
    result.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

Run cli(const QStringList& arguments)
{
    return run(QStringLiteral(PORTOLAN_CLI), arguments);
}

QByteArray matrixJson(const DeploymentData& data)
{
    const PortMatrix matrix = MatrixBuilder(PortCatalog::builtin()).build(data);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    MatrixJsonWriter writer(matrix, PortCatalog::builtin());
    return writer.write(&buffer) ? bytes : QByteArray();
}

// Two LAN sites behind a DMZ: 4 Edges and 2 reverse proxies in the DMZ, 160 servers in Frankfurt, 34 in Dublin.
DeploymentData twoHundredServers()
{
    DeploymentData data;
    data.name = QStringLiteral("Two hundred servers");
    data.exchangeVersion = QStringLiteral("2019");
    data.options = DeploymentOptions::defaultsFor(data.exchangeVersion);
    data.zones = {{QStringLiteral("internet"), QStringLiteral("Internet"), QStringLiteral("internet"), {}, true},
                  {QStringLiteral("dmz"), QStringLiteral("DMZ"), QStringLiteral("dmz"), {}, true},
                  {QStringLiteral("fra"), QStringLiteral("LAN Frankfurt"), QStringLiteral("lan"), {}, true},
                  {QStringLiteral("dub"), QStringLiteral("LAN Dublin"), QStringLiteral("lan"), {}, true}};
    const auto add = [&](const QString& id, const QString& zone, const QString& role) {
        Server server;
        server.id = id;
        server.name = id.toUpper();
        server.zone = zone;
        server.roles = {role};
        data.servers.append(server);
    };
    for (int i = 1; i <= 4; ++i)
        add(QStringLiteral("edge%1").arg(i, 2, 10, QLatin1Char('0')), QStringLiteral("dmz"),
            QStringLiteral("edge-transport"));
    for (int i = 1; i <= 2; ++i)
        add(QStringLiteral("rp%1").arg(i), QStringLiteral("dmz"), QStringLiteral("reverse-proxy"));
    for (int i = 1; i <= 160; ++i)
        add(QStringLiteral("fra%1").arg(i, 3, 10, QLatin1Char('0')), QStringLiteral("fra"),
            i % 20 == 0 ? QStringLiteral("domain-controller") : QStringLiteral("mailbox"));
    for (int i = 1; i <= 34; ++i)
        add(QStringLiteral("dub%1").arg(i, 3, 10, QLatin1Char('0')), QStringLiteral("dub"),
            i % 17 == 0 ? QStringLiteral("domain-controller") : QStringLiteral("mailbox"));
    return data;
}

// The lines of `pdftotext -layout` between a heading and the next heading of the same depth.
QStringList sectionLines(const QString& text, const QString& heading)
{
    const QStringList lines = text.split(u'\n');
    QStringList section;
    bool inside = false;
    // "2.1 Internet ↔ DMZ"; in the contents the same words end in a page number.
    static const QRegularExpression numbered(QStringLiteral("^\\d+(\\.\\d+)?\\s+\\S"));
    for (const QString& line : lines) {
        if (numbered.match(line).hasMatch()) {
            if (inside)
                break;
            inside = line.trimmed().endsWith(heading);
            continue;
        }
        if (inside)
            section.append(line);
    }
    return section;
}

QString collapsed(const QString& text)
{
    return text.simplified();
}

} // namespace

class TestReport final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void reportOfEachLayout_data();
    void reportOfEachLayout();
    void germanReport();
    void letterPaper();
    void badDeploymentFile();
    void unwritableOutput();
    void badOptions();
    void probeResultsAsEvidence();
    void probeResultsOfAnotherDeployment();

private:
    // Writes the deployment, runs `report` on it and returns the PDF's path (empty on failure).
    QString report(const DeploymentData& data, const QString& name, const QStringList& options = {});

    QTemporaryDir m_dir;
    QString m_keep;
};

void TestReport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(PORTOLAN_CLI)), PORTOLAN_CLI);
    for (const char* tool : {"pdfinfo", "pdftotext", "pdffonts", "pdfimages", "pdfdetach"})
        QVERIFY2(!QStandardPaths::findExecutable(QString::fromUtf8(tool)).isEmpty(), tool);
    m_keep = qEnvironmentVariable("PORTOLAN_REPORT_DIR");
}

QString TestReport::report(const DeploymentData& data, const QString& name, const QStringList& options)
{
    const QString deployment = m_dir.filePath(name + QStringLiteral(".portolan"));
    const QString pdf = m_dir.filePath(name + QStringLiteral(".pdf"));
    if (!DeploymentWriter().writeFile(data, deployment))
        return {};
    const Run result = cli(QStringList{QStringLiteral("report"), deployment, QStringLiteral("-o"), pdf} + options);
    if (result.code != 0) {
        qWarning("report failed (%d): %s", result.code, qPrintable(result.err));
        return {};
    }
    if (!m_keep.isEmpty()) {
        for (const QString& file : {pdf, deployment}) {
            const QString kept = QDir(m_keep).filePath(QFileInfo(file).fileName());
            QFile::remove(kept);
            QFile::copy(file, kept);
        }
    }
    return pdf;
}

void TestReport::reportOfEachLayout_data()
{
    QTest::addColumn<DeploymentData>("data");
    const QStringList templates = {QStringLiteral("exchange2003-frontend-backend"),
                                   QStringLiteral("exchange2010-static-rpc"), QStringLiteral("exchange2019-edge"),
                                   QStringLiteral("seed-dmz-relay")};
    for (const QString& id : templates) {
        const auto info = TemplateLibrary::find(id);
        QVERIFY(info);
        DeploymentReader reader(PortCatalog::builtin());
        const auto data = reader.readFile(info->path);
        QVERIFY2(data, qPrintable(reader.errorString()));
        QTest::newRow(qPrintable(id)) << *data;
    }
    QTest::newRow("two-hundred-servers") << twoHundredServers();
}

void TestReport::reportOfEachLayout()
{
    QFETCH(DeploymentData, data);
    const QString name = QString::fromUtf8(QTest::currentDataTag());
    const QString pdf = report(data, name);
    QVERIFY(!pdf.isEmpty());
    const PortMatrix matrix = MatrixBuilder(PortCatalog::builtin()).build(data);

    // Pages, title and author.
    const Run info = run(QStringLiteral("pdfinfo"), {pdf});
    QCOMPARE(info.code, 0);
    const int pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info.out).captured(1).toInt();
    QVERIFY2(pages > 1, qPrintable(info.out));
    QVERIFY2(info.out.contains(u"Title:           Port report: " + data.name), qPrintable(info.out));
    QVERIFY2(info.out.contains(QStringLiteral("Author:          Portolan")), qPrintable(info.out));

    // Every rule in the table of its zone pair: a row that starts with its direction, protocol and ports.
    const QString text = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")}).out;
    const auto zoneName = [&](const QString& id) {
        return data.zone(id)->name;
    };
    QHash<QString, int> rowsPerSection;
    const auto check = [&](const MatrixRule& rule) {
        QString heading;
        QString direction;
        if (rule.from == rule.to) {
            heading = u"Inside " + zoneName(rule.from);
            direction = QStringLiteral("↔");
        } else {
            const bool forward = data.zoneIndex(rule.from) < data.zoneIndex(rule.to);
            heading = forward ? zoneName(rule.from) + u" ↔ " + zoneName(rule.to)
                              : zoneName(rule.to) + u" ↔ " + zoneName(rule.from);
            direction = forward ? QStringLiteral("→") : QStringLiteral("←");
        }
        const QStringList lines = sectionLines(text, heading);
        const QRegularExpression row(u"^\\s*" + direction + u"\\s+" + protocolId(rule.protocol).toUpper() + u"\\s+" +
                                     QRegularExpression::escape(rule.ports.toString()) + u"\\s");
        const bool found =
            std::any_of(lines.cbegin(), lines.cend(), [&](const QString& line) { return row.match(line).hasMatch(); });
        ++rowsPerSection[heading];
        return found ? QString() : heading + u": no row " + row.pattern();
    };
    for (const QList<MatrixRule>* rules : {&matrix.rules, &matrix.intraZone}) {
        for (const MatrixRule& rule : *rules) {
            const QString missing = check(rule);
            QVERIFY2(missing.isEmpty(), qPrintable(missing));
        }
    }
    // No more rows than rules: each section holds its rules once.
    static const QRegularExpression anyRow(QStringLiteral("^\\s*(→|←|↔)\\s+(TCP|UDP)\\s+\\d"));
    for (auto it = rowsPerSection.cbegin(); it != rowsPerSection.cend(); ++it) {
        const QStringList lines = sectionLines(text, it.key());
        const auto rows = std::count_if(lines.cbegin(), lines.cend(),
                                        [](const QString& line) { return anyRow.match(line).hasMatch(); });
        QVERIFY2(rows == it.value(), qPrintable(it.key() + u": " + QString::number(rows) + u" rows for " +
                                                QString::number(it.value()) + u" rules"));
    }

    // Every warning message, whole (its lines follow each other in the text drawn).
    const QString raw =
        collapsed(run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")}).out);
    for (const ValidationWarning& warning : matrix.warnings)
        QVERIFY2(raw.contains(collapsed(warning.message)), qPrintable(warning.message));

    // Nothing outside the margins (15 mm left and right, 12 mm top and bottom): no table runs off the page.
    const QString boxes = run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")}).out;
    static const QRegularExpression pageBox(QStringLiteral("<page width=\"([\\d.]+)\" height=\"([\\d.]+)\">"));
    static const QRegularExpression wordBox(
        QStringLiteral("<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)<"));
    constexpr qreal mm = 72 / 25.4;
    qreal width = 0;
    qreal height = 0;
    int words = 0;
    for (const QString& line : boxes.split(u'\n')) {
        if (const auto page = pageBox.match(line); page.hasMatch()) {
            width = page.captured(1).toDouble();
            height = page.captured(2).toDouble();
        } else if (const auto word = wordBox.match(line); word.hasMatch()) {
            ++words;
            const QRectF box(QPointF(word.captured(1).toDouble(), word.captured(2).toDouble()),
                             QPointF(word.captured(3).toDouble(), word.captured(4).toDouble()));
            const QRectF inside =
                QRectF(0, 0, width, height).adjusted(15 * mm - 1, 12 * mm - 1, -15 * mm + 1, -12 * mm + 1);
            QVERIFY2(inside.contains(box), qPrintable(word.captured(5) + u" outside the margins"));
        }
    }
    QVERIFY(words > 100);

    // Fonts embedded, none missing.
    const Run fonts = run(QStringLiteral("pdffonts"), {pdf});
    const QStringList fontLines = fonts.out.split(u'\n', Qt::SkipEmptyParts).mid(2);
    QVERIFY(!fontLines.isEmpty());
    for (const QString& line : fontLines)
        QVERIFY2(line.contains(QStringLiteral(" yes ")), qPrintable(line));

    // The topology on page 2 is vector graphics: no image at all.
    const QString diagramPage =
        run(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QStringLiteral("2"), QStringLiteral("-l"),
                                          QStringLiteral("2"), pdf, QStringLiteral("-")})
            .out;
    QVERIFY2(diagramPage.contains(QStringLiteral("Topology")), qPrintable(diagramPage.left(200)));
    for (const Zone& zone : data.zones)
        QVERIFY2(diagramPage.contains(zone.name), qPrintable(zone.name)); // the lane titles are text
    const Run images =
        run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), QStringLiteral("-f"), QStringLiteral("2"),
                                          QStringLiteral("-l"), QStringLiteral("2"), pdf});
    QCOMPARE(images.out.split(u'\n', Qt::SkipEmptyParts).size(), 2); // the two header lines only

    // The attachments: the deployment reopens to the same matrix, and the CSV is the matrix's.
    const Run list = run(QStringLiteral("pdfdetach"), {QStringLiteral("-list"), pdf});
    QVERIFY2(list.out.startsWith(QStringLiteral("2 embedded files")), qPrintable(list.out));
    QVERIFY(list.out.contains(name + QStringLiteral(".portolan")));
    QVERIFY(list.out.contains(name + QStringLiteral("-matrix.csv")));
    const QString detached = m_dir.filePath(name + QStringLiteral("-detached"));
    QVERIFY(QDir().mkpath(detached));
    QCOMPARE(run(QStringLiteral("pdfdetach"), {QStringLiteral("-saveall"), QStringLiteral("-o"), detached, pdf}).code,
             0);
    DeploymentReader reader(PortCatalog::builtin());
    const auto reopened = reader.readFile(QDir(detached).filePath(name + QStringLiteral(".portolan")));
    QVERIFY2(reopened, qPrintable(reader.errorString()));
    QCOMPARE(matrixJson(*reopened), matrixJson(data));
    QFile csv(QDir(detached).filePath(name + QStringLiteral("-matrix.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(csv.readAll().count("\r\n"), matrix.rowCount() + 1);
}

void TestReport::germanReport()
{
    DeploymentReader reader(PortCatalog::builtin());
    const auto data = reader.readFile(TemplateLibrary::find(QStringLiteral("exchange2019-edge"))->path);
    QVERIFY(data);
    const QString pdf = report(*data, QStringLiteral("german"), {QStringLiteral("--lang"), QStringLiteral("de")});
    QVERIFY(!pdf.isEmpty());
    const QString text = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")}).out;
    QVERIFY2(text.contains(QStringLiteral("Inhalt")), qPrintable(text.left(2000)));
    QVERIFY2(text.contains(QStringLiteral("Firewall-Regeln")), qPrintable(text.left(2000)));
    QVERIFY2(text.contains(QStringLiteral("Seite 1 von")), qPrintable(text.left(2000)));
    QVERIFY(!text.contains(QStringLiteral("Page 1 of")));
}

void TestReport::letterPaper()
{
    DeploymentReader reader(PortCatalog::builtin());
    const auto data = reader.readFile(TemplateLibrary::find(QStringLiteral("exchange2019-edge"))->path);
    QVERIFY(data);
    const QString pdf = report(*data, QStringLiteral("letter"), {QStringLiteral("--paper"), QStringLiteral("letter")});
    QVERIFY(!pdf.isEmpty());
    const Run info = run(QStringLiteral("pdfinfo"), {pdf});
    QVERIFY2(info.out.contains(QStringLiteral("612 x 792 pts (letter)")), qPrintable(info.out));
}

void TestReport::badDeploymentFile()
{
    const QString path = m_dir.filePath(QStringLiteral("broken.portolan"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"format\": \"portolan-deployment\", \"version\": 1,\n \"zones\": [}\n");
    file.close();
    const QString out = m_dir.filePath(QStringLiteral("broken.pdf"));
    const Run result = cli({QStringLiteral("report"), path, QStringLiteral("-o"), out});
    QCOMPARE(result.code, 2);
    QVERIFY2(result.err.startsWith(u"portolan-cli: " + path + u": "), qPrintable(result.err));
    QVERIFY2(result.err.contains(QStringLiteral("line 2")), qPrintable(result.err));
    QVERIFY(!QFile::exists(out));
}

void TestReport::unwritableOutput()
{
    const QString deployment = m_dir.filePath(QStringLiteral("ok.portolan"));
    DeploymentReader reader(PortCatalog::builtin());
    QVERIFY(DeploymentWriter().writeFile(
        *reader.readFile(TemplateLibrary::find(QStringLiteral("exchange2019-edge"))->path), deployment));
    const QString out = m_dir.filePath(QStringLiteral("no-such-folder/report.pdf"));
    const Run result = cli({QStringLiteral("report"), deployment, QStringLiteral("-o"), out});
    QCOMPARE(result.code, 2);
    QVERIFY2(result.err.startsWith(u"portolan-cli: " + out + u": "), qPrintable(result.err));
    QVERIFY(!QFile::exists(out));
    // A folder that refuses writing leaves nothing behind either, not even a temporary file.
    const QString locked = m_dir.filePath(QStringLiteral("locked"));
    QVERIFY(QDir().mkpath(locked));
    QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    if (QFileInfo(locked).isWritable())
        QSKIP("running as root: permissions do not stop writing");
    const Run denied = cli({QStringLiteral("report"), deployment, QStringLiteral("-o"), locked + u"/r.pdf"});
    QCOMPARE(denied.code, 2);
    QVERIFY(QDir(locked).isEmpty());
}

void TestReport::badOptions()
{
    const Run help = cli({QStringLiteral("report"), QStringLiteral("--help")});
    QCOMPARE(help.code, 0);
    QVERIFY(help.out.contains(QStringLiteral("--probe RESULTS.json")));
    const Run noOutput = cli({QStringLiteral("report"), QStringLiteral("x.portolan")});
    QCOMPARE(noOutput.code, 2);
    QVERIFY2(noOutput.err.contains(QStringLiteral("no output file")), qPrintable(noOutput.err));
    const Run paper = cli({QStringLiteral("report"), QStringLiteral("x.portolan"), QStringLiteral("-o"),
                           QStringLiteral("x.pdf"), QStringLiteral("--paper"), QStringLiteral("a3")});
    QCOMPARE(paper.code, 2);
    QVERIFY2(paper.err.contains(QStringLiteral("--paper \"a3\"")), qPrintable(paper.err));
    const Run lang = cli({QStringLiteral("report"), QStringLiteral("x.portolan"), QStringLiteral("-o"),
                          QStringLiteral("x.pdf"), QStringLiteral("--lang"), QStringLiteral("fr")});
    QCOMPARE(lang.code, 2);
    QVERIFY2(lang.err.contains(QStringLiteral("--lang \"fr\"")), qPrintable(lang.err));
}

// A real probe of two servers on 127.0.0.1 (nothing listens there on Exchange's ports: closed), its results shown
// per rule; the rules the probe cannot verify from the Internet are marked.
void TestReport::probeResultsAsEvidence()
{
    DeploymentReader reader(PortCatalog::builtin());
    DeploymentData data = *reader.readFile(TemplateLibrary::find(QStringLiteral("exchange2019-edge"))->path);
    for (Server& server : data.servers) {
        if (server.id == u"edge01" || server.id == u"ex01")
            server.host = QStringLiteral("127.0.0.1");
    }
    const QString deployment = m_dir.filePath(QStringLiteral("probed.portolan"));
    QVERIFY(DeploymentWriter().writeFile(data, deployment));
    const QString results = m_dir.filePath(QStringLiteral("results.json"));
    const Run probe = cli({QStringLiteral("probe"), deployment, QStringLiteral("--from"), QStringLiteral("internet"),
                           QStringLiteral("--timeout"), QStringLiteral("500"), QStringLiteral("-o"), results});
    QVERIFY2(probe.code == 0 || probe.code == 1, qPrintable(probe.err));
    const QString pdf = m_dir.filePath(QStringLiteral("probed.pdf"));
    const Run report =
        cli({QStringLiteral("report"), deployment, QStringLiteral("--probe"), results, QStringLiteral("-o"), pdf});
    QVERIFY2(report.code == 0, qPrintable(report.err));
    const QString text = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")}).out;
    QVERIFY(text.contains(QStringLiteral("Probe evidence")));
    QVERIFY2(collapsed(text).contains(QStringLiteral("Results of Portolan's probe (probed from: Internet;")),
             qPrintable(text));
    static const QRegularExpression edgeSmtp(
        QStringLiteral("Internet → DMZ: TCP 25 \\(SMTP\\)\\s+EDGE01\\s+(open|closed|filtered) · 25"));
    QVERIFY2(edgeSmtp.match(text).hasMatch(), qPrintable(text.right(4000)));
    QVERIFY(text.contains(QStringLiteral("never verified"))); // the DC has no address
    const QString raw =
        collapsed(run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")}).out);
    QVERIFY(raw.contains(QStringLiteral("not verified: the rule starts in LAN"))); // LAN → DMZ, probed from outside
    const Run info = run(QStringLiteral("pdfinfo"), {pdf});
    QVERIFY(info.out.contains(QStringLiteral("Pages:")));
}

void TestReport::probeResultsOfAnotherDeployment()
{
    // Results that name a server this deployment lacks.
    const QString results = m_dir.filePath(QStringLiteral("other-results.json"));
    QFile file(results);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"vantage": "internet", "started": "2026-03-04T10:31:00.000Z", "origin": "probe", "results": [
  {"server": "MBX07", "serverId": "mbx07", "host": "10.0.0.7", "protocol": "tcp", "port": 443, "state": "open"}]}
)");
    file.close();
    const QString deployment = m_dir.filePath(QStringLiteral("edge.portolan"));
    DeploymentReader reader(PortCatalog::builtin());
    QVERIFY(DeploymentWriter().writeFile(
        *reader.readFile(TemplateLibrary::find(QStringLiteral("exchange2019-edge"))->path), deployment));
    const QString pdf = m_dir.filePath(QStringLiteral("other.pdf"));
    const Run refused =
        cli({QStringLiteral("report"), deployment, QStringLiteral("--probe"), results, QStringLiteral("-o"), pdf});
    QCOMPARE(refused.code, 2);
    QVERIFY2(refused.err.startsWith(u"portolan-cli: " + results + u": results[0]: server"), qPrintable(refused.err));
    QVERIFY2(refused.err.contains(QStringLiteral("belongs to another deployment")), qPrintable(refused.err));
    QVERIFY(!QFile::exists(pdf));

    // A results file that is not JSON names the place.
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("{\"results\": [\n  {\"port\": 25,,}\n]}\n");
    file.close();
    const Run broken =
        cli({QStringLiteral("report"), deployment, QStringLiteral("--probe"), results, QStringLiteral("-o"), pdf});
    QCOMPARE(broken.code, 2);
    QVERIFY2(broken.err.contains(QStringLiteral("line 2")), qPrintable(broken.err));
    QVERIFY(!QFile::exists(pdf));
}

QTEST_GUILESS_MAIN(TestReport)
#include "tst_report.moc"
