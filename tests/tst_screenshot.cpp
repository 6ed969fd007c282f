#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

// The README's picture of the window stays current: scripts/update-screenshot, run from the built programs into a
// scratch path, makes a picture of the committed one's size (a change of the window's default size, of the script's
// screen or of its template shows here), of the whole window rather than a blank one, and the committed file stays
// small enough for a README.
class TestScreenshot : public QObject
{
    Q_OBJECT

private slots:
    void scriptMakesTheCommittedPicture();
    void badSizeIsRefused();
};

void TestScreenshot::scriptMakesTheCommittedPicture()
{
    const QString committed = QStringLiteral(PORTOLAN_SOURCE_DIR "/docs/screenshot.png");
    QVERIFY2(QFileInfo(committed).size() < 400 * 1024, "docs/screenshot.png is 400 KB or larger");
    const QSize committedSize = QImageReader(committed).size();
    QVERIFY2(committedSize.isValid(), "docs/screenshot.png is not a picture");

    QTemporaryDir scratch;
    QVERIFY(scratch.isValid());
    const QString made = scratch.filePath(QStringLiteral("screenshot.png"));
    QProcess script;
    script.setProcessChannelMode(QProcess::ForwardedChannels);
    script.start(QStringLiteral(PORTOLAN_SOURCE_DIR "/scripts/update-screenshot"),
                 {made, QStringLiteral(PORTOLAN_BIN_DIR)});
    QVERIFY(script.waitForFinished(60000));
    QCOMPARE(script.exitStatus(), QProcess::NormalExit);
    QCOMPARE(script.exitCode(), 0);

    const QImage picture(made);
    QVERIFY2(!picture.isNull(), "update-screenshot wrote no picture");
    QCOMPARE(picture.size(), committedSize);
    // A window, not an empty surface: its pictures, text and chips give it many colours.
    QSet<QRgb> colours;
    for (int y = 0; y < picture.height(); y += 4) {
        for (int x = 0; x < picture.width(); x += 4)
            colours.insert(picture.pixel(x, y));
    }
    QVERIFY2(colours.size() > 50, qPrintable(QString::number(colours.size())));
}

// portolan --size, which the script uses: anything but WIDTHxHEIGHT in pixels is refused (exit 2, named) before a
// window opens.
void TestScreenshot::badSizeIsRefused()
{
    for (const QString& size : {QStringLiteral("1600"), QStringLiteral("1600x"), QStringLiteral("16x10"),
                                QStringLiteral("1600x1000x2"), QStringLiteral("wide")}) {
        QProcess portolan;
        portolan.start(QStringLiteral(PORTOLAN_BIN_DIR "/portolan"), {QStringLiteral("--size"), size});
        QVERIFY(portolan.waitForFinished(30000));
        QCOMPARE(portolan.exitCode(), 2);
        const QString err = QString::fromUtf8(portolan.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("--size \"%1\"").arg(size)), qPrintable(err));
    }
}

QTEST_GUILESS_MAIN(TestScreenshot)
#include "tst_screenshot.moc"
