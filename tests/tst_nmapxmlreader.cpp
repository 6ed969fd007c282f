// nmap's XML reports as probe results. tests/data/nmap-extraports.xml is a real nmap 7.93 report
// (`nmap -sT -Pn -n -p 18000-18100 127.0.0.1 -oX`, one listener on 18080) with three additions a report may hold: a
// hostname, an <os> element the reader does not know, and UDP open|filtered and TCP unfiltered rows.
#include "probe/nmapxmlreader.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

class TestNmapXmlReader final : public QObject
{
    Q_OBJECT

private slots:
    void reportWithExtraports()
    {
        QFile file(QStringLiteral(PORTOLAN_SOURCE_DIR "/tests/data/nmap-extraports.xml"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        NmapXmlReader reader;
        QVERIFY2(reader.read(file.readAll()), qPrintable(reader.errorString()));
        QVERIFY(reader.arguments().startsWith(QStringLiteral("nmap -sT")));
        QVERIFY(reader.started().isValid());
        QCOMPARE(reader.hosts().size(), 1);
        const NmapHost& host = reader.hosts().first();
        QCOMPARE(host.addresses, QStringList{QStringLiteral("127.0.0.1")});
        QCOMPARE(host.names, QStringList{QStringLiteral("edge01.lab.invalid")});
        // 18000-18100 (101 ports: one listed open, 100 summarised as closed) plus the two added rows.
        QCOMPARE(host.portCount(), 103);
        QCOMPARE(host.result(Transport::Tcp, 18080)->state, ProbeState::Open);
        QCOMPARE(host.result(Transport::Tcp, 18080)->banner, QStringLiteral("unknown"));
        QCOMPARE(host.result(Transport::Tcp, 18079)->state, ProbeState::Closed);
        QCOMPARE(host.result(Transport::Tcp, 18100)->state, ProbeState::Closed);
        QVERIFY(!host.result(Transport::Tcp, 18101));
        QCOMPARE(host.result(Transport::Udp, 53)->state, ProbeState::OpenFiltered);
        QCOMPARE(host.result(Transport::Tcp, 25)->state, ProbeState::Error);
        QCOMPARE(host.result(Transport::Tcp, 25)->error, QStringLiteral("nmap: unfiltered"));
        for (const int number : {18000, 18080, 18100}) {
            QCOMPARE(host.result(Transport::Tcp, number)->host, QStringLiteral("127.0.0.1"));
            QVERIFY(host.result(Transport::Tcp, number)->time.isValid());
        }
    }

    void badInputNamesThePlace()
    {
        NmapXmlReader reader;
        QVERIFY(!reader.read(QByteArrayLiteral("<nmaprun>\n<host><ports></host>")));
        QVERIFY2(reader.errorString().startsWith(QStringLiteral("line 2, column")), qPrintable(reader.errorString()));
        QVERIFY(!reader.read(QByteArrayLiteral("<portolan/>")));
        QVERIFY(reader.errorString().contains(QStringLiteral("<nmaprun>")));
        QVERIFY(!reader.read(QByteArrayLiteral("not xml")));
        QVERIFY(!reader.errorString().isEmpty());
    }

    // The real nmap against a listener on loopback, when nmap is installed.
    void realNmapReport()
    {
        const QString nmap = QStandardPaths::findExecutable(QStringLiteral("nmap"));
        if (nmap.isEmpty())
            QSKIP("nmap is not installed");
        QTcpServer listener;
        QVERIFY(listener.listen(QHostAddress::LocalHost));
        const int open = listener.serverPort();
        QTcpServer spare;
        QVERIFY(spare.listen(QHostAddress::LocalHost));
        const int closed = spare.serverPort();
        spare.close();
        QProcess process;
        process.start(nmap, {QStringLiteral("-sT"), QStringLiteral("-Pn"), QStringLiteral("-n"), QStringLiteral("-p"),
                             QStringLiteral("%1,%2").arg(open).arg(closed), QStringLiteral("-oX"), QStringLiteral("-"),
                             QStringLiteral("127.0.0.1")});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        NmapXmlReader reader;
        QVERIFY2(reader.read(process.readAllStandardOutput()), qPrintable(reader.errorString()));
        QCOMPARE(reader.hosts().size(), 1);
        QCOMPARE(reader.hosts().first().result(Transport::Tcp, open)->state, ProbeState::Open);
        QCOMPARE(reader.hosts().first().result(Transport::Tcp, closed)->state, ProbeState::Closed);
    }
};

QTEST_GUILESS_MAIN(TestNmapXmlReader)
#include "tst_nmapxmlreader.moc"
