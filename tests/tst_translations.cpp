// The interface languages: every translated string of translations/portolan_<lang>.ts is what the running
// application shows once the language is installed, and Qt's own strings follow. (That every string is translated
// at all is the CTest entry translations_complete.)
#include "views/translations.h"

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

    void unknownLanguageKeepsEnglish()
    {
        QVERIFY(!installTranslations(QStringLiteral("fr")));
        QVERIFY(QCoreApplication::instance()->findChildren<QTranslator*>().isEmpty());
        QVERIFY(installTranslations(QStringLiteral("en")));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
