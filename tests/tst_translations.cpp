// The interface languages: every translated string of translations/portolan_<lang>.ts is what the running
// application shows once the language is installed, and Qt's own strings follow. (That every string is translated
// at all is the CTest entry translations_complete.)
#include "views/translations.h"

#include "model/flowengine.h"
#include "model/portcatalog.h"
#include "model/templatelibrary.h"
#include "model/validator.h"

#include "deploymentbuilder.h"

#include <QCoreApplication>
#include <QFile>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {
struct Message
{
    QString context;
    QString source;
    QString translation;
};

// The finished singular translations of a .ts file.
QList<Message> readTs(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    bool plural = false;
    while (!xml.atEnd()) {
        if (!xml.readNextStartElement())
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            message = {context, {}, {}};
            plural = xml.attributes().value(QStringLiteral("numerus")) == u"yes";
        } else if (xml.name() == u"source") {
            message.source = xml.readElementText();
        } else if (xml.name() == u"translation" && !plural) {
            const bool finished = xml.attributes().value(QStringLiteral("type")).isEmpty();
            message.translation = xml.readElementText();
            if (finished && !message.translation.isEmpty())
                messages.append(message);
        }
    }
    return messages;
}

void removeTranslators()
{
    for (QTranslator* translator : QCoreApplication::instance()->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}
} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { removeTranslators(); }

    void languageIsInstalled_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("qtCancel"); // Qt's own "Cancel" button in that language
        QTest::newRow("German") << QStringLiteral("de") << QStringLiteral("Abbrechen");
        QTest::newRow("Russian") << QStringLiteral("ru") << QStringLiteral("Отмена");
    }

    void languageIsInstalled()
    {
        QFETCH(QString, language);
        QFETCH(QString, qtCancel);
        const QList<Message> messages =
            readTs(QStringLiteral(PORTOLAN_SOURCE_DIR "/translations/portolan_%1.ts").arg(language));
        QVERIFY(messages.size() > 100);
        QVERIFY(installTranslations(language));
        for (const Message& message : messages) {
            QCOMPARE(
                QCoreApplication::translate(message.context.toUtf8().constData(), message.source.toUtf8().constData()),
                message.translation);
        }
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), qtCancel);
    }

    // The German window: template names and descriptions, and the validator's warnings about the deployment, read in
    // German, with the servers by the names the user typed.
    void templatesAndWarningsFollowTheLanguage()
    {
        const QList<DeploymentTemplate> english = TemplateLibrary::templates();
        QVERIFY(installTranslations(QStringLiteral("de")));
        const QList<DeploymentTemplate> german = TemplateLibrary::templates();
        QCOMPARE(german.size(), english.size());
        for (int i = 0; i < german.size(); ++i) {
            QVERIFY2(german.at(i).name != english.at(i).name, qPrintable(english.at(i).name));
            QVERIFY2(german.at(i).description != english.at(i).description, qPrintable(english.at(i).name));
        }

        auto builder = DeploymentBuilder::threeZones("2019");
        builder.server("ex01", "dmz", {"mailbox"}).server("dc01", "lan", {"domain-controller"});
        DeploymentData data = builder.data();
        data.servers[0].name = QStringLiteral("Postfach-Süd");
        data.options.setFlag(QStringLiteral("unifiedMessaging"), true);
        const PortCatalog& catalog = PortCatalog::builtin();
        const FlowSet flows = FlowEngine(catalog).requiredFlows(data);
        const QList<ValidationWarning> warnings = Validator(catalog).validate(data, flows);
        QStringList codes;
        for (const ValidationWarning& warning : warnings) {
            codes.append(warning.code);
            QVERIFY2(!warning.message.contains(QStringLiteral("ex01")), qPrintable(warning.message));
            QVERIFY2(!warning.message.contains(QStringLiteral("unifiedMessaging")), qPrintable(warning.message));
            if (warning.code == u"unsupported-placement")
                QVERIFY2(warning.message.contains(QStringLiteral("Microsoft unterstützt")),
                         qPrintable(warning.message));
            if (warning.code == u"option-not-in-version")
                QVERIFY2(warning.message.contains(QStringLiteral("Unified Messaging-Dienste")) ||
                             warning.message.contains(QStringLiteral("Unified-Messaging-Dienste")),
                         qPrintable(warning.message));
        }
        QVERIFY2(codes.contains(QStringLiteral("unsupported-placement")), qPrintable(codes.join(u' ')));
        QVERIFY2(codes.contains(QStringLiteral("option-not-in-version")), qPrintable(codes.join(u' ')));
    }

    void unknownLanguageKeepsEnglish()
    {
        QVERIFY(!installTranslations(QStringLiteral("fr")));
        QVERIFY(QCoreApplication::instance()->findChildren<QTranslator*>().isEmpty());
        QVERIFY(installTranslations(QStringLiteral("en")));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
