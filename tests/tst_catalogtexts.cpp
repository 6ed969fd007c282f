#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include "deploymentbuilder.h"
#include "model/catalogentry.h"
#include "model/catalogtexts.h"
#include "model/matrixbuilder.h"
#include "model/portcatalog.h"

namespace {

// Every language Portolan ships besides English: each needs a texts file with every entry of the catalog.
const QStringList Languages = {QStringLiteral("de"), QStringLiteral("ru")};

// Names a translation keeps as they are: protocols, products, features. Only those the English text uses count.
// Not here: names Microsoft's documentation translates in some language ("Outlook on the web" is "Outlook в
// Интернете", Unified Messaging "единая система обмена сообщениями").
const QStringList KeptNames = {QStringLiteral("Exchange"),
                               QStringLiteral("Exchange Online"),
                               QStringLiteral("Outlook"),
                               QStringLiteral("Outlook Anywhere"),
                               QStringLiteral("ActiveSync"),
                               QStringLiteral("EdgeSync"),
                               QStringLiteral("Active Directory"),
                               QStringLiteral("Kerberos"),
                               QStringLiteral("Windows"),
                               QStringLiteral("Azure"),
                               QStringLiteral("SMTP"),
                               QStringLiteral("HTTPS"),
                               QStringLiteral("HTTP"),
                               QStringLiteral("RPC"),
                               QStringLiteral("LDAP"),
                               QStringLiteral("DNS"),
                               QStringLiteral("IMAP4"),
                               QStringLiteral("POP3"),
                               QStringLiteral("NNTP"),
                               QStringLiteral("SIP"),
                               QStringLiteral("RTP"),
                               QStringLiteral("TLS"),
                               QStringLiteral("MAPI"),
                               QStringLiteral("EWS"),
                               QStringLiteral("OWA")};

struct Field
{
    const char* name;
    QString CatalogTexts::Texts::*translated;
    QString CatalogEntry::*english;
};

const QList<Field> Fields = {{"service", &CatalogTexts::Texts::service, &CatalogEntry::service},
                             {"purpose", &CatalogTexts::Texts::purpose, &CatalogEntry::purpose},
                             {"ifBlocked", &CatalogTexts::Texts::ifBlocked, &CatalogEntry::ifBlocked},
                             {"encryption", &CatalogTexts::Texts::encryption, &CatalogEntry::encryption},
                             {"note", &CatalogTexts::Texts::note, &CatalogEntry::note}};

QString resourceOf(const QString& language)
{
    return QStringLiteral(":/catalog/texts/catalog_%1.json").arg(language);
}

// Port numbers (2 to 5 digits standing alone: "25", "6001-6002;6004", not "S22" or "KB 2.0"); source tags ("S4",
// "M14", "C2") the inspector turns into links.
QSet<QString> matches(const QRegularExpression& pattern, const QString& text)
{
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured());
    return found;
}

const QRegularExpression PortNumber(QStringLiteral(R"((?<![\w.])\d{2,5}(?!\w))"));
const QRegularExpression SourceTag(QStringLiteral(R"(\b(?:[SMC]\d+|SEED)\b)"));

} // namespace

class TestCatalogTexts : public QObject
{
    Q_OBJECT

private:
    // The shipped texts of a language, loaded with the strict reader; fails the test when the file is absent.
    static bool shipped(const QString& language, CatalogTexts* texts)
    {
        if (!QFile::exists(resourceOf(language))) {
            qWarning("%s is not compiled in (resources/CMakeLists.txt)", qPrintable(resourceOf(language)));
            return false;
        }
        if (!texts->load(resourceOf(language))) {
            qWarning("%s: %s", qPrintable(resourceOf(language)), qPrintable(texts->error()));
            return false;
        }
        return true;
    }

    static void addLanguages()
    {
        QTest::addColumn<QString>("language");
        for (const QString& language : Languages)
            QTest::newRow(qPrintable(language)) << language;
    }

private slots:
    void everyEntryHasEveryField_data() { addLanguages(); }
    void everyEntryHasEveryField()
    {
        QFETCH(QString, language);
        CatalogTexts texts;
        QVERIFY(shipped(language, &texts));
        QCOMPARE(texts.language(), language);
        QStringList problems;
        for (const CatalogEntry& entry : PortCatalog::builtin().entries()) {
            const auto it = texts.entries().constFind(entry.id);
            if (it == texts.entries().cend()) {
                problems.append(entry.id + QStringLiteral(": no translation"));
                continue;
            }
            for (const Field& field : Fields) {
                const bool english = !(entry.*field.english).isEmpty();
                const bool translated = !((*it).*field.translated).isEmpty();
                if (english != translated)
                    problems.append(entry.id + u'.' + QLatin1String(field.name) +
                                    (english ? QStringLiteral(": missing") : QStringLiteral(": the entry has none")));
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void noUnknownIds_data() { addLanguages(); }
    void noUnknownIds()
    {
        QFETCH(QString, language);
        CatalogTexts texts;
        QVERIFY(shipped(language, &texts));
        QStringList unknown;
        for (auto it = texts.entries().cbegin(); it != texts.entries().cend(); ++it) {
            if (!PortCatalog::builtin().entry(it.key()))
                unknown.append(it.key());
        }
        QVERIFY2(unknown.isEmpty(), qPrintable(unknown.join(u'\n')));
    }

    // A dropped or changed number in a translation would teach a wrong port: each number of the English text stays.
    void portNumbersAndSourcesKept_data() { addLanguages(); }
    void portNumbersAndSourcesKept()
    {
        QFETCH(QString, language);
        CatalogTexts texts;
        QVERIFY(shipped(language, &texts));
        QStringList problems;
        for (const CatalogEntry& entry : PortCatalog::builtin().entries()) {
            const CatalogTexts::Texts translated = texts.entries().value(entry.id);
            for (const Field& field : Fields) {
                const QString& english = entry.*field.english;
                const QString& text = translated.*field.translated;
                const QSet<QString> numbers = matches(PortNumber, text);
                const QSet<QString> tags = matches(SourceTag, text);
                for (const QString& number : matches(PortNumber, english)) {
                    if (!numbers.contains(number))
                        problems.append(entry.id + u'.' + QLatin1String(field.name) + QStringLiteral(": ") + number);
                }
                for (const QString& tag : matches(SourceTag, english)) {
                    if (!tags.contains(tag))
                        problems.append(entry.id + u'.' + QLatin1String(field.name) + QStringLiteral(": ") + tag);
                }
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void productNamesKept_data() { addLanguages(); }
    void productNamesKept()
    {
        QFETCH(QString, language);
        CatalogTexts texts;
        QVERIFY(shipped(language, &texts));
        QStringList problems;
        for (const CatalogEntry& entry : PortCatalog::builtin().entries()) {
            const CatalogTexts::Texts translated = texts.entries().value(entry.id);
            for (const Field& field : Fields) {
                for (const QString& name : KeptNames) {
                    if ((entry.*field.english).contains(name) && !(translated.*field.translated).contains(name))
                        problems.append(entry.id + u'.' + QLatin1String(field.name) + QStringLiteral(": ") + name);
                }
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void languageChoosesTheTexts()
    {
        const CatalogEntry& smtp = *PortCatalog::builtin().entry(QStringLiteral("common-inbound-smtp-edge"));
        const QString german = CatalogTexts::forLanguage(QStringLiteral("de")).purpose(smtp);
        QVERIFY(german.contains(QStringLiteral("Edge-Transport-Server")));
        QCOMPARE(CatalogTexts::forLanguage(QStringLiteral("de_DE")).purpose(smtp), german);
        QCOMPARE(CatalogTexts::forLanguage(QStringLiteral("en")).purpose(smtp), smtp.purpose);
        QCOMPARE(CatalogTexts::forLanguage(QStringLiteral("fr")).purpose(smtp), smtp.purpose);
        QCOMPARE(CatalogTexts::forLanguage(QStringLiteral("en")).language(), QStringLiteral("en"));

        CatalogTexts::setUserLanguage(QStringLiteral("de"));
        QCOMPARE(CatalogTexts::user().purpose(smtp), german);
        CatalogTexts::setUserLanguage(QStringLiteral("en"));
        QCOMPARE(CatalogTexts::user().purpose(smtp), smtp.purpose);
    }

    // The matrix of a real layout: its rules carry English copies, and the texts find the German ones by entry id.
    void matrixRulesReadInTheLanguage()
    {
        auto b = DeploymentBuilder::threeZones("2016");
        b.server("rp01", "dmz", {"reverse-proxy"}).server("ex01", "lan", {"mailbox"});
        b.server("edge01", "dmz", {"edge-transport"});
        const PortMatrix matrix = MatrixBuilder(PortCatalog::builtin()).build(b.data());
        const CatalogTexts& german = CatalogTexts::forLanguage(QStringLiteral("de"));
        const CatalogTexts& english = CatalogTexts::forLanguage(QStringLiteral("en"));
        bool sawPublished = false;
        bool sawEdgeSmtp = false;
        for (const MatrixRule& rule : matrix.rules) {
            const CatalogEntry& entry = *PortCatalog::builtin().entry(rule.entry);
            QCOMPARE(english.purpose(rule), rule.purpose);
            QCOMPARE(english.ifBlocked(rule), rule.ifBlocked);
            QCOMPARE(german.service(rule), german.service(entry));
            QCOMPARE(german.encryption(rule), german.encryption(entry));
            QCOMPARE(german.ifBlocked(rule), german.ifBlocked(entry));
            QVERIFY(german.purpose(rule).startsWith(german.purpose(entry)));
            QVERIFY2(german.purpose(rule) != rule.purpose, qPrintable(rule.entry));
            if (rule.published) {
                sawPublished = true;
                QCOMPARE(german.purpose(rule), rule.withPublishedRemark(german.purpose(entry)));
                QVERIFY(german.purpose(rule).size() > german.purpose(entry).size());
            } else {
                QCOMPARE(german.purpose(rule), german.purpose(entry));
            }
            if (rule.entry == u"common-inbound-smtp-edge" && rule.from == u"internet") {
                sawEdgeSmtp = true;
                QCOMPARE(german.ifBlocked(rule),
                         german.entries().value(QStringLiteral("common-inbound-smtp-edge")).ifBlocked);
            }
        }
        QVERIFY(sawPublished);
        QVERIFY(sawEdgeSmtp);
    }

    // A texts file lacking an entry or a field still answers, in English (the completeness test keeps ours whole).
    void missingTextsFallBackToEnglish()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("catalog_de.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format": "portolan-catalog-texts", "version": 1, "language": "de",
                      "entries": {"common-inbound-smtp-edge": {"purpose": "Eingehende E-Mails."}}})");
        file.close();
        CatalogTexts texts;
        QVERIFY2(texts.load(path), qPrintable(texts.error()));
        const PortCatalog& catalog = PortCatalog::builtin();
        const CatalogEntry& edge = *catalog.entry(QStringLiteral("common-inbound-smtp-edge"));
        const CatalogEntry& other = *catalog.entry(QStringLiteral("common-outbound-smtp-edge"));
        QCOMPARE(texts.purpose(edge), QStringLiteral("Eingehende E-Mails."));
        QCOMPARE(texts.ifBlocked(edge), edge.ifBlocked);
        QCOMPARE(texts.purpose(other), other.purpose);
        QCOMPARE(texts.note(other), other.note);
    }

    void readerNamesThePlace_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        const QByteArray head = R"("format": "portolan-catalog-texts", "version": 1, "language": "de")";
        QTest::newRow("syntax") << QByteArray(R"({"format": "portolan-catalog-texts",)") << QStringLiteral("line 1");
        QTest::newRow("not an object") << QByteArray("[]") << QStringLiteral("top level is not a JSON object");
        QTest::newRow("format") << QByteArray(R"({"format": "x", "version": 1, "language": "de", "entries": {}})")
                                << QStringLiteral("format: expected \"portolan-catalog-texts\"");
        QTest::newRow("version")
            << QByteArray(R"({"format": "portolan-catalog-texts", "version": 2, "language": "de", "entries": {}})")
            << QStringLiteral("version: expected 1");
        QTest::newRow("language")
            << QByteArray(R"({"format": "portolan-catalog-texts", "version": 1, "language": "", "entries": {}})")
            << QStringLiteral("language: expected a language code");
        QTest::newRow("unknown top key") << QByteArray("{" + head + R"(, "entries": {}, "extra": 1})")
                                         << QStringLiteral("extra: unknown key");
        QTest::newRow("entries") << QByteArray("{" + head + R"(, "entries": []})")
                                 << QStringLiteral("entries: expected an object");
        QTest::newRow("entry") << QByteArray("{" + head + R"(, "entries": {"smtp": "text"}})")
                               << QStringLiteral("entries.smtp: expected an object");
        QTest::newRow("unknown field") << QByteArray("{" + head + R"(, "entries": {"smtp": {"purpse": "x"}}})")
                                       << QStringLiteral("entries.smtp.purpse: unknown key");
        QTest::newRow("empty text") << QByteArray("{" + head + R"(, "entries": {"smtp": {"purpose": " "}}})")
                                    << QStringLiteral("entries.smtp.purpose: expected a text that is not empty");
        QTest::newRow("number") << QByteArray("{" + head + R"(, "entries": {"smtp": {"note": 25}}})")
                                << QStringLiteral("entries.smtp.note: expected a text that is not empty");
    }
    void readerNamesThePlace()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("texts.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(json);
        file.close();
        CatalogTexts texts;
        QVERIFY(!texts.load(path));
        QVERIFY2(texts.error().contains(error), qPrintable(texts.error()));
        // A refused file leaves nothing half-read: the texts answer in English.
        QVERIFY(texts.entries().isEmpty());
        QCOMPARE(texts.language(), QStringLiteral("en"));
    }
};

QTEST_GUILESS_MAIN(TestCatalogTexts)
#include "tst_catalogtexts.moc"
