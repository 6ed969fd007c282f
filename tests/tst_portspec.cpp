#include <QTest>

#include "probe/portspec.h"

class TestPortSpec : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QList<int>>("ports");
        QTest::addColumn<QString>("badToken");
        QTest::newRow("one") << QStringLiteral("25") << QList<int>{25} << QString();
        QTest::newRow("list and range") << QStringLiteral("443,25, 80,6-8") << QList<int>{6, 7, 8, 25, 80, 443}
                                        << QString();
        QTest::newRow("duplicates") << QStringLiteral("1-3,2,3") << QList<int>{1, 2, 3} << QString();
        QTest::newRow("edges") << QStringLiteral("1,65535") << QList<int>{1, 65535} << QString();
        QTest::newRow("zero") << QStringLiteral("25,0") << QList<int>() << QStringLiteral("0");
        QTest::newRow("too high") << QStringLiteral("70000") << QList<int>() << QStringLiteral("70000");
        QTest::newRow("descending") << QStringLiteral("80,90-85") << QList<int>() << QStringLiteral("90-85");
        QTest::newRow("word") << QStringLiteral("25,smtp") << QList<int>() << QStringLiteral("smtp");
        QTest::newRow("empty token") << QStringLiteral("25,,80") << QList<int>() << QString();
        QTest::newRow("open range") << QStringLiteral("1000-") << QList<int>() << QStringLiteral("1000-");
        QTest::newRow("empty") << QString() << QList<int>() << QString();
    }

    void parse()
    {
        QFETCH(QString, spec);
        QFETCH(QList<int>, ports);
        QFETCH(QString, badToken);
        QString bad = QStringLiteral("unset");
        const auto parsed = parsePortSpec(spec, &bad);
        if (ports.isEmpty()) {
            QVERIFY(!parsed);
            QCOMPARE(bad, badToken);
        } else {
            QVERIFY(parsed);
            QCOMPARE(parsed->toList(), ports);
        }
    }

    void everyPort()
    {
        const auto parsed = parsePortSpec(u"1-65535");
        QVERIFY(parsed);
        QCOMPARE(parsed->count(), 65535);
        QCOMPARE(parsed->runs().size(), 1);
        QCOMPARE(parsed->runs().first().first, 1);
        QCOMPARE(parsed->runs().first().last, 65535);
    }

    // Repeats and overlaps are one set of 65,536 bits, never a list per range: 5,000 full ranges read as one.
    void repeatedRanges()
    {
        QStringList tokens(5000, QStringLiteral("1-65535"));
        tokens.append({QStringLiteral("80"), QStringLiteral("79-81")});
        const auto parsed = parsePortSpec(tokens.join(u','));
        QVERIFY(parsed);
        QCOMPARE(parsed->count(), 65535);
        QVERIFY(parsed->contains(65535));
        QVERIFY(!parsed->contains(0));
    }

    void runs()
    {
        const auto parsed = parsePortSpec(u"7-9,1,3,8-20,65534,65535,2");
        QVERIFY(parsed);
        QList<std::pair<int, int>> runs;
        for (const PortSet::Run& run : parsed->runs())
            runs.append({run.first, run.last});
        const QList<std::pair<int, int>> expected{{1, 3}, {7, 20}, {65534, 65535}};
        QCOMPARE(runs, expected);
    }
};

QTEST_GUILESS_MAIN(TestPortSpec)
#include "tst_portspec.moc"
