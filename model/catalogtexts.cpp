#include "model/catalogtexts.h"

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <utility>

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QLocale>

#include "model/catalogentry.h"
#include "model/jsonparseproblem.h"
#include "model/portmatrix.h"

namespace {

const QString Format = QStringLiteral("portolan-catalog-texts");
constexpr int Version = 1;

// Every texts file compiled into the binary (resources/CMakeLists.txt), by language code. A broken one is a build
// defect, as for the catalog itself.
QHash<QString, CatalogTexts> builtinTexts()
{
    QHash<QString, CatalogTexts> byLanguage;
    const QDir dir(QStringLiteral(":/catalog/texts"));
    for (const QString& name : dir.entryList({QStringLiteral("catalog_*.json")}, QDir::Files)) {
        const QString language = name.mid(8, name.size() - 13); // catalog_<language>.json
        CatalogTexts& texts = byLanguage[language];
        if (!texts.load(dir.filePath(name)) || texts.language() != language) {
            qCritical("The built-in catalog texts are broken:\n%s: %s", qPrintable(name),
                      qPrintable(texts.error().isEmpty() ? QStringLiteral("not in its language") : texts.error()));
            std::abort();
        }
    }
    return byLanguage;
}

std::atomic<const CatalogTexts*> userTexts{nullptr};

} // namespace

const CatalogTexts& CatalogTexts::forLanguage(const QString& language)
{
    static const QHash<QString, CatalogTexts> builtin = builtinTexts();
    static const CatalogTexts english;
    const auto it = builtin.constFind(QLocale::languageToCode(QLocale(language).language()));
    return it == builtin.cend() ? english : *it;
}

const CatalogTexts& CatalogTexts::user()
{
    const CatalogTexts* texts = userTexts.load();
    return texts ? *texts : forLanguage(QStringLiteral("en"));
}

void CatalogTexts::setUserLanguage(const QString& language)
{
    userTexts.store(&forLanguage(language));
}

bool CatalogTexts::load(const QString& path)
{
    m_language = QStringLiteral("en");
    m_entries.clear();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail({}, tr("cannot read the file: %1").arg(file.errorString()));
    return read(file.readAll());
}

bool CatalogTexts::read(const QByteArray& json)
{
    std::optional<JsonParseProblem> problem;
    const std::optional<QJsonDocument> document = JsonParseProblem::parse(json, &problem);
    if (!document)
        return fail(problem->place(), problem->problem());
    if (!document->isObject())
        return fail({}, tr("not a catalog texts file: the top level is not a JSON object"));
    const QJsonObject root = document->object();
    for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
        if (it.key() != u"format" && it.key() != u"version" && it.key() != u"language" && it.key() != u"entries")
            return fail(it.key(), tr("unknown key"));
    }
    if (root.value(QStringLiteral("format")).toString() != Format)
        return fail(QStringLiteral("format"), tr("expected \"%1\"").arg(Format));
    const std::optional<int> version = toInteger(root.value(QStringLiteral("version")));
    if (version != Version)
        return fail(QStringLiteral("version"), tr("expected %1").arg(Version));
    QString language;
    if (!optionalString(root, QStringLiteral("language"), {}, &language))
        return false;
    if (language.isEmpty() || QLocale(language).language() == QLocale::C)
        return fail(QStringLiteral("language"), tr("expected a language code such as \"de\""));
    const QJsonValue entries = root.value(QStringLiteral("entries"));
    if (!entries.isObject())
        return fail(QStringLiteral("entries"), tr("expected an object of catalog entry ids"));
    const QJsonObject byId = entries.toObject();
    QHash<QString, Texts> read;
    for (auto it = byId.constBegin(); it != byId.constEnd(); ++it) {
        const QString place = keyPlace(QStringLiteral("entries"), it.key());
        if (!it.value().isObject())
            return fail(place, tr("expected an object"));
        if (!readEntry(it.value().toObject(), place, &read[it.key()]))
            return false;
    }
    m_language = language;
    m_entries = read;
    return true;
}

bool CatalogTexts::readEntry(const QJsonObject& object, const QString& place, Texts* out)
{
    const QList<std::pair<QString, QString Texts::*>> fields = {{QStringLiteral("service"), &Texts::service},
                                                                {QStringLiteral("purpose"), &Texts::purpose},
                                                                {QStringLiteral("ifBlocked"), &Texts::ifBlocked},
                                                                {QStringLiteral("encryption"), &Texts::encryption},
                                                                {QStringLiteral("note"), &Texts::note}};
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const auto known =
            std::find_if(fields.cbegin(), fields.cend(), [&it](const auto& field) { return field.first == it.key(); });
        if (known == fields.cend())
            return fail(keyPlace(place, it.key()), tr("unknown key"));
        if (!it.value().isString() || it.value().toString().trimmed().isEmpty())
            return fail(keyPlace(place, it.key()), tr("expected a text that is not empty"));
        out->*(known->second) = it.value().toString();
    }
    return true;
}

QString CatalogTexts::text(const QString& id, QString Texts::*field, const QString& english) const
{
    const auto it = m_entries.constFind(id);
    if (it == m_entries.cend() || ((*it).*field).isEmpty())
        return english;
    return (*it).*field;
}

QString CatalogTexts::service(const CatalogEntry& entry) const
{
    return text(entry.id, &Texts::service, entry.service);
}

QString CatalogTexts::purpose(const CatalogEntry& entry) const
{
    return text(entry.id, &Texts::purpose, entry.purpose);
}

QString CatalogTexts::ifBlocked(const CatalogEntry& entry) const
{
    return text(entry.id, &Texts::ifBlocked, entry.ifBlocked);
}

QString CatalogTexts::encryption(const CatalogEntry& entry) const
{
    return text(entry.id, &Texts::encryption, entry.encryption);
}

QString CatalogTexts::note(const CatalogEntry& entry) const
{
    return text(entry.id, &Texts::note, entry.note);
}

QString CatalogTexts::service(const MatrixRule& rule) const
{
    return text(rule.entry, &Texts::service, rule.service);
}

QString CatalogTexts::purpose(const MatrixRule& rule) const
{
    const auto it = m_entries.constFind(rule.entry);
    if (it == m_entries.cend() || it->purpose.isEmpty())
        return rule.purpose;
    return rule.withPublishedRemark(it->purpose);
}

QString CatalogTexts::ifBlocked(const MatrixRule& rule) const
{
    return text(rule.entry, &Texts::ifBlocked, rule.ifBlocked);
}

QString CatalogTexts::encryption(const MatrixRule& rule) const
{
    return text(rule.entry, &Texts::encryption, rule.encryption);
}
