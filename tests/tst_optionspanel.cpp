// The options dock built alone and driven like a user: switches, port spin boxes, the dynamic RPC range, and undo.
// PORTOLAN_OPTIONS_PNG=path saves a picture of the panel.
#include "model/deployment.h"
#include "model/deploymentanalysis.h"
#include "model/portcatalog.h"
#include "views/panels/optionspanel.h"

#include "deploymentbuilder.h"
#include "livedocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QRadioButton>
#include <QSpinBox>
#include <QTest>
#include <QUndoStack>

namespace {
DeploymentData edgeLayout(const char* version)
{
    auto builder = DeploymentBuilder::threeZones(version);
    builder.server("edge01", "dmz", {"edge-transport"}).server("ex01", "lan", {"mailbox"});
    return builder.data();
}

int rowsOfService(const PortMatrix& matrix, const QString& service)
{
    int count = 0;
    for (int row = 0; row < matrix.rowCount(); ++row)
        count += matrix.ruleAt(row)->service.startsWith(service) ? 1 : 0;
    return count;
}

// Replaces a spin box's text as typed and confirms it with Return.
void typePort(QSpinBox* box, int port)
{
    box->setFocus();
    box->selectAll();
    QTest::keyClicks(box, QString::number(port));
    QTest::keyClick(box, Qt::Key_Return);
}
} // namespace

class TestOptionsPanel final : public QObject
{
    Q_OBJECT

private slots:
    void pop3AddsRowsAndUndoRemovesThem()
    {
        LiveDocument live(edgeLayout("2019"));
        Deployment& document = live.document;
        OptionsPanel panel(&document, PortCatalog::builtin());
        panel.show();
        if (const QString path = qEnvironmentVariable("PORTOLAN_OPTIONS_PNG"); !path.isEmpty()) {
            // The natural size, all options without scrolling, once the style has sized them.
            QCoreApplication::sendPostedEvents();
            const QSize contents = panel.findChild<QWidget*>(QStringLiteral("optionsContents"))->sizeHint();
            panel.resize(contents.width() + 24, contents.height() + 4);
            QCoreApplication::sendPostedEvents();
            QVERIFY(panel.grab().save(path));
        }
        auto* pop3 = panel.findChild<QCheckBox*>(QStringLiteral("option_pop3"));
        QVERIFY(pop3);
        QVERIFY(!pop3->isChecked());
        QCOMPARE(rowsOfService(live.analysis.matrix(), QStringLiteral("POP3")), 0);

        QTest::mouseClick(pop3, Qt::LeftButton, {}, QPoint(8, pop3->height() / 2));
        QVERIFY(document.options().isOn(QStringLiteral("pop3")));
        QCOMPARE(document.undoStack()->count(), 1);
        QVERIFY(rowsOfService(live.analysis.matrix(), QStringLiteral("POP3")) > 0);

        document.undoStack()->undo();
        QCOMPARE(rowsOfService(live.analysis.matrix(), QStringLiteral("POP3")), 0);
        QVERIFY(!pop3->isChecked());
    }

    // The ports in a switch's tooltip are the catalog's, not the panel's own text.
    void toolTipsNameTheCatalogsPorts_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("ports");
        QTest::newRow("POP3") << QStringLiteral("pop3") << QStringLiteral("Ports: TCP 110, 995");
        QTest::newRow("IMAP4") << QStringLiteral("imap4") << QStringLiteral("Ports: TCP 143, 993");
        QTest::newRow("open-proxy test") << QStringLiteral("senderReputationProxyTest")
                                         << QStringLiteral("Ports: TCP 23, 80, 1080, 1081, 3128, 6588");
    }

    void toolTipsNameTheCatalogsPorts()
    {
        QFETCH(QString, option);
        QFETCH(QString, ports);
        LiveDocument live(edgeLayout("2019"));
        OptionsPanel panel(&live.document, PortCatalog::builtin());
        auto* box = panel.findChild<QCheckBox*>(u"option_" + option);
        QVERIFY(box);
        QVERIFY2(box->toolTip().contains(ports), qPrintable(box->toolTip()));
    }

    void staticRpcPortIsOneCommand()
    {
        LiveDocument live(edgeLayout("2010"));
        Deployment& document = live.document;
        OptionsPanel panel(&document, PortCatalog::builtin());
        panel.show();
        auto* enabled = panel.findChild<QCheckBox*>(QStringLiteral("staticRpcEnabled"));
        auto* port = panel.findChild<QSpinBox*>(QStringLiteral("staticRpcClientAccessPort"));
        QVERIFY(enabled && port);
        QVERIFY(enabled->isEnabled());
        QVERIFY(!port->isEnabled());
        enabled->click();
        QVERIFY(document.options().staticRpc.enabled);
        QTRY_VERIFY(port->isEnabled());
        QCOMPARE(document.undoStack()->count(), 1);

        typePort(port, 60001);
        QCOMPARE(document.options().staticRpc.rpcClientAccessPort, 60001);
        QCOMPARE(document.undoStack()->count(), 2);

        document.undoStack()->undo();
        QCOMPARE(port->value(), 59532);
        document.undoStack()->undo();
        QVERIFY(!enabled->isChecked());
        QVERIFY(!port->isEnabled());
    }

    // The Edit menu's Undo/Redo and the history name the option changed, in the panel's own words.
    void undoEntriesNameTheChange()
    {
        LiveDocument live(edgeLayout("2010"));
        Deployment& document = live.document;
        OptionsPanel panel(&document, PortCatalog::builtin());
        panel.show();
        QUndoStack* stack = document.undoStack();
        auto* pop3 = panel.findChild<QCheckBox*>(QStringLiteral("option_pop3"));
        auto* hybrid = panel.findChild<QCheckBox*>(QStringLiteral("option_hybrid"));
        auto* staticRpc = panel.findChild<QCheckBox*>(QStringLiteral("staticRpcEnabled"));
        auto* port = panel.findChild<QSpinBox*>(QStringLiteral("staticRpcClientAccessPort"));
        auto* dag = panel.findChild<QCheckBox*>(QStringLiteral("dagEnabled"));
        QVERIFY(pop3 && hybrid && staticRpc && port && dag);

        QVERIFY(pop3->isChecked()); // on by default before 2013
        pop3->click();
        QCOMPARE(stack->undoText(), QStringLiteral("Disable POP3"));
        pop3->click();
        QCOMPARE(stack->undoText(), QStringLiteral("Enable POP3"));
        hybrid->click();
        hybrid->click();
        QCOMPARE(stack->undoText(), QStringLiteral("Disable Hybrid with Exchange Online"));
        staticRpc->click();
        QCOMPARE(stack->undoText(), QStringLiteral("Enable static RPC ports"));
        QTRY_VERIFY(port->isEnabled());
        typePort(port, 60001);
        QCOMPARE(stack->undoText(), QStringLiteral("Set static RPC ports"));
        dag->click();
        QCOMPARE(stack->undoText(), QStringLiteral("Enable database availability group"));
        stack->undo();
        QCOMPARE(stack->redoText(), QStringLiteral("Enable database availability group"));
        QCOMPARE(stack->undoText(), QStringLiteral("Set static RPC ports"));
    }

    void dynamicRangeDefaultOrCustom()
    {
        LiveDocument live(edgeLayout("2019"));
        Deployment& document = live.document;
        OptionsPanel panel(&document, PortCatalog::builtin());
        panel.show();
        auto* custom = panel.findChild<QRadioButton*>(QStringLiteral("dynamicRpcCustom"));
        auto* first = panel.findChild<QSpinBox*>(QStringLiteral("dynamicRpcFirst"));
        auto* last = panel.findChild<QSpinBox*>(QStringLiteral("dynamicRpcLast"));
        QVERIFY(custom && first && last);
        QVERIFY(!document.options().dynamicRpcRange);
        custom->click();
        QVERIFY(document.options().dynamicRpcRange.has_value());
        QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Set the dynamic RPC range to 49152-65535"));
        QTRY_VERIFY(first->isEnabled());
        typePort(first, 50000);
        typePort(last, 50999);
        QCOMPARE(*document.options().dynamicRpcRange, (PortRange{50000, 50999}));
        QCOMPARE(document.undoStack()->count(), 3);
        document.undoStack()->undo();
        QCOMPARE(last->value(), 65535);
    }

    void choiceOptionsAreUndoableComboBoxes()
    {
        auto builder = DeploymentBuilder::threeZones("2013");
        builder.server("ex01", "lan", {"client-access", "mailbox"}).server("gw01", "dmz", {"voip-gateway"});
        LiveDocument live(builder.data());
        Deployment& document = live.document;
        OptionsPanel panel(&document, PortCatalog::builtin());
        panel.show();
        auto* security = panel.findChild<QComboBox*>(QStringLiteral("option_umSecurity"));
        auto* tls = panel.findChild<QComboBox*>(QStringLiteral("option_reverseProxyTls"));
        auto* rtpFirst = panel.findChild<QSpinBox*>(QStringLiteral("umRtpFirst"));
        auto* rtpLast = panel.findChild<QSpinBox*>(QStringLiteral("umRtpLast"));
        QVERIFY(security && tls && rtpFirst && rtpLast);
        QVERIFY(security->isEnabled());
        QCOMPARE(security->currentData().toString(), QStringLiteral("unsecured"));
        QCOMPARE(rtpFirst->value(), 1024);

        // Chosen as a user does: open the list, move to "Secured", confirm.
        security->setFocus();
        QTest::keyClick(security, Qt::Key_Down);
        QTest::keyClick(security, Qt::Key_Down);
        QTRY_COMPARE(document.options().choice(QStringLiteral("umSecurity")), QStringLiteral("secured"));
        QCOMPARE(document.undoStack()->count(), 2);
        QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Set UM security to Secured (TLS, SRTP)"));
        typePort(rtpFirst, 30000);
        typePort(rtpLast, 30999);
        QCOMPARE(document.options().umRtpRange, (PortRange{30000, 30999}));
        QCOMPARE(document.undoStack()->count(), 4);
        QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Set the UM RTP range to 30000-30999"));

        document.undoStack()->undo();
        document.undoStack()->undo();
        QCOMPARE(rtpFirst->value(), 1024);
        document.undoStack()->undo();
        document.undoStack()->undo();
        QCOMPARE(security->currentData().toString(), QStringLiteral("unsecured"));
        QCOMPARE(document.options().choice(QStringLiteral("umSecurity")), QStringLiteral("unsecured"));
    }

    void choiceOptionsGreyWhereNoVersionUsesThem()
    {
        LiveDocument live(edgeLayout("2019"));
        Deployment& document = live.document;
        OptionsPanel panel(&document, PortCatalog::builtin());
        auto* security = panel.findChild<QComboBox*>(QStringLiteral("option_umSecurity"));
        auto* tls = panel.findChild<QComboBox*>(QStringLiteral("option_reverseProxyTls"));
        auto* rtpFirst = panel.findChild<QSpinBox*>(QStringLiteral("umRtpFirst"));
        QVERIFY(security && tls && rtpFirst);
        // 2019 has no Unified Messaging; the reverse proxy's TLS still matters.
        QVERIFY(!security->isEnabled());
        QVERIFY(security->toolTip().contains(QStringLiteral("Not used")));
        QVERIFY(!rtpFirst->isEnabled());
        QVERIFY(tls->isEnabled());
        // 2003 front-ends behind ISA Server may have SSL ended before them (S23): the choice matters there too.
        document.reset(edgeLayout("2003"));
        QVERIFY(tls->isEnabled());
        QVERIFY(!security->isEnabled());
    }

    void followsResetAndTheVersion()
    {
        LiveDocument live(edgeLayout("2019"));
        Deployment& document = live.document;
        OptionsPanel panel(&document, PortCatalog::builtin());
        auto* directPush = panel.findChild<QCheckBox*>(QStringLiteral("option_directPush"));
        auto* staticRpc = panel.findChild<QCheckBox*>(QStringLiteral("staticRpcEnabled"));
        auto* pop3 = panel.findChild<QCheckBox*>(QStringLiteral("option_pop3"));
        QVERIFY(directPush && staticRpc && pop3);
        // Exchange 2003's Direct Push and 2010's static RPC do nothing in a 2019 deployment.
        QVERIFY(!directPush->isEnabled());
        QVERIFY(directPush->toolTip().contains(QStringLiteral("Not used")));
        QVERIFY(!staticRpc->isEnabled());
        QVERIFY(pop3->isEnabled());

        // A 2010 server in coexistence makes static RPC matter.
        DeploymentData data = edgeLayout("2019");
        data.servers.append({QStringLiteral("ex10"),
                             QStringLiteral("EX10"),
                             QStringLiteral("lan"),
                             {QStringLiteral("client-access")},
                             {},
                             QStringLiteral("2010"),
                             std::nullopt,
                             {}});
        data.options.setFlag(QStringLiteral("pop3"), true);
        document.reset(data);
        QVERIFY(staticRpc->isEnabled());
        QVERIFY(pop3->isChecked());
        QVERIFY(!directPush->isEnabled());
    }
};

QTEST_MAIN(TestOptionsPanel)
#include "tst_optionspanel.moc"
