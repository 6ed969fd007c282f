// Each validation warning: the layout that triggers it, and a close layout that must not.
#include "model/matrixbuilder.h"
#include "model/portcatalog.h"

#include "deploymentbuilder.h"
#include "matrixquery.h"

#include <QTest>

namespace {
PortMatrix matrixOf(const DeploymentBuilder& builder)
{
    return MatrixBuilder(PortCatalog::builtin()).build(builder.data());
}

const ValidationWarning* find(const PortMatrix& matrix, const char* code)
{
    for (const ValidationWarning& warning : matrix.warnings) {
        if (warning.code == QString::fromUtf8(code))
            return &warning;
    }
    return nullptr;
}

} // namespace

class TestValidator final : public QObject
{
    Q_OBJECT

private slots:
    void defaultLayoutIsClean()
    {
        auto b = DeploymentBuilder::threeZones("2019");
        b.server("edge01", "dmz", {"edge-transport"}).server("ex01", "lan", {"mailbox"});
        b.server("dc01", "lan", {"domain-controller"});
        const PortMatrix m = matrixOf(b);
        QVERIFY2(m.warnings.isEmpty(), qPrintable(m.warnings.value(0).message));
    }

    void mailboxInPerimeterIsUnsupported()
    {
        auto b = DeploymentBuilder::threeZones("2019");
        b.server("ex01", "dmz", {"mailbox"});
        const auto* w = find(matrixOf(b), "unsupported-placement");
        QVERIFY(w);
        QCOMPARE(w->severity, Severity::Error);
        QCOMPARE(w->servers, QStringList{QStringLiteral("ex01")});
        QVERIFY(w->message.contains(QStringLiteral("DMZ")));
    }

    void legacyBackEndInPerimeterIsAWarning()
    {
        auto b = DeploymentBuilder::threeZones("2003");
        b.server("be01", "dmz", {"back-end"}).server("fe01", "dmz", {"front-end"});
        const auto* w = find(matrixOf(b), "unsupported-placement");
        QVERIFY(w);
        QCOMPARE(w->severity, Severity::Warning);
        QCOMPARE(w->servers, QStringList{QStringLiteral("be01")});
    }

    void filteringBetweenModernExchangeServersIsUnsupported()
    {
        DeploymentBuilder b("2016");
        b.zone("a", "lan").zone("b", "lan");
        b.server("ex01", "a", {"mailbox"}).server("dc01", "b", {"domain-controller"});
        const auto* w = find(matrixOf(b), "internal-filtering-unsupported");
        QVERIFY(w);
        QCOMPARE(w->severity, Severity::Error);
        QVERIFY(w->servers.contains(QStringLiteral("ex01")) && w->servers.contains(QStringLiteral("dc01")));

        DeploymentBuilder legacy("2010");
        legacy.zone("a", "lan").zone("b", "lan");
        legacy.server("hub01", "a", {"hub-transport"}).server("dc01", "b", {"domain-controller"});
        QVERIFY(!find(matrixOf(legacy), "internal-filtering-unsupported"));
    }

    void roleMissingFromVersion()
    {
        auto b = DeploymentBuilder::threeZones("2019");
        b.server("hub01", "lan", {"hub-transport"}).server("um01", "lan", {"unified-messaging"}, "2016");
        const PortMatrix m = matrixOf(b);
        int count = 0;
        for (const ValidationWarning& w : m.warnings) {
            if (w.code == u"role-not-in-version") {
                ++count;
                QCOMPARE(w.severity, Severity::Error);
            }
        }
        QCOMPARE(count, 2);
    }

    void staticRpcPortsOutOfRange_data()
    {
        QTest::addColumn<int>("clientAccess");
        QTest::addColumn<int>("addressBook");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("severity");
        QTest::newRow("recommended") << 59532 << 59533 << QString() << 0;
        QTest::newRow("outside recommended")
            << 6000 << 59533 << QStringLiteral("static-rpc-out-of-range") << int(Severity::Warning);
        QTest::newRow("below 1024") << 135 << 59533 << QStringLiteral("static-rpc-out-of-range")
                                    << int(Severity::Error);
        QTest::newRow("above 65535") << 59532 << 70000 << QStringLiteral("static-rpc-out-of-range")
                                     << int(Severity::Error);
        QTest::newRow("same port") << 59532 << 59532 << QStringLiteral("static-rpc-port-conflict")
                                   << int(Severity::Error);
    }

    void staticRpcPortsOutOfRange()
    {
        QFETCH(int, clientAccess);
        QFETCH(int, addressBook);
        QFETCH(QString, code);
        QFETCH(int, severity);
        DeploymentBuilder b("2010");
        b.zone("lan", "lan").server("cas01", "lan", {"client-access"});
        b.options().staticRpc = {true, clientAccess, addressBook};
        const PortMatrix m = matrixOf(b);
        if (code.isEmpty()) {
            QVERIFY(!find(m, "static-rpc-out-of-range") && !find(m, "static-rpc-port-conflict"));
            return;
        }
        QVERIFY(hasWarning(m, qPrintable(code), Severity(severity)));
    }

    void staticRpcWithout2010Servers()
    {
        auto b = DeploymentBuilder::threeZones("2019");
        b.server("ex01", "lan", {"mailbox"});
        b.options().staticRpc.enabled = true;
        QVERIFY(hasWarning(matrixOf(b), "static-rpc-not-applicable", Severity::Info));
    }

    void edgeWithoutSubscriber()
    {
        auto b = DeploymentBuilder::threeZones("2019");
        b.server("edge01", "dmz", {"edge-transport"});
        const auto* w = find(matrixOf(b), "edge-not-subscribed");
        QVERIFY(w);
        QCOMPARE(w->servers, QStringList{QStringLiteral("edge01")});
        b.server("ex01", "lan", {"mailbox"});
        QVERIFY(!find(matrixOf(b), "edge-not-subscribed"));
    }

    void plainPopImapExposedToInternet()
    {
        auto b = DeploymentBuilder::threeZones("2019");
        b.server("ex01", "lan", {"mailbox"});
        QVERIFY(!find(matrixOf(b), "plain-text-exposed"));
        b.option("pop3", true).option("imap4", true);
        const auto* w = find(matrixOf(b), "plain-text-exposed");
        QVERIFY(w);
        QVERIFY(w->message.contains(QStringLiteral("110")) && w->message.contains(QStringLiteral("143")));
        QCOMPARE(w->servers, QStringList{QStringLiteral("ex01")});
    }

    void dynamicRpcAcrossZones()
    {
        DeploymentBuilder b("2007");
        b.zone("clients", "lan").zone("servers", "lan", false);
        b.server("mbx01", "servers", {"mailbox"});
        const auto* w = find(matrixOf(b), "dynamic-rpc-crossing");
        QVERIFY(w);
        QVERIFY(w->message.contains(QStringLiteral("1025-5000")));
    }
};

QTEST_GUILESS_MAIN(TestValidator)
#include "tst_validator.moc"
