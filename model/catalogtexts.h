#pragma once

#include "model/jsonfieldreader.h"

#include <QHash>
#include <QString>

struct CatalogEntry;
struct MatrixRule;

// The catalog's prose (service, purpose, ifBlocked, encryption, note) in one language, read from
// resources/catalog/texts/catalog_<language>.json and keyed by catalog entry id. English is the catalog itself: its
// CatalogTexts holds no entries and every call answers with the entry's (or the rule's) own text, as does any
// language for an entry or field its file lacks (tst_catalogtexts makes such a gap a failure for the shipped files).
//
// What a view shows of the catalog goes through CatalogTexts::user(): the language the interface was installed in.
//   const CatalogTexts& texts = CatalogTexts::user();
//   label->setText(texts.purpose(entry));   // a CatalogEntry
//   cell = texts.purpose(rule);             // a MatrixRule: looked up by its entry id
class CatalogTexts final : public JsonFieldReader
{
    Q_DECLARE_TR_FUNCTIONS(CatalogTexts)

public:
    struct Texts
    {
        QString service;
        QString purpose;
        QString ifBlocked;
        QString encryption;
        QString note;
    };

    // The built-in texts of a language: "de", "ru" or a locale name such as "de_DE"; "en" and languages without a
    // texts file answer with the catalog's English.
    static const CatalogTexts& forLanguage(const QString& language);
    // The texts of the interface language: the one installTranslations() (views/translations.h) installed, which
    // tells it here through setUserLanguage(); English until then. The PDF report and the window read this.
    static const CatalogTexts& user();
    static void setUserLanguage(const QString& language);

    // Reads a texts file strictly: on failure error() names the place ("entries.smtp-inbound.purpose: ...").
    bool load(const QString& path);
    // The language the file declares ("de"); "en" for the catalog's own English.
    const QString& language() const { return m_language; }
    const QHash<QString, Texts>& entries() const { return m_entries; }

    QString service(const CatalogEntry& entry) const;
    QString purpose(const CatalogEntry& entry) const;
    QString ifBlocked(const CatalogEntry& entry) const;
    QString encryption(const CatalogEntry& entry) const;
    QString note(const CatalogEntry& entry) const;

    // A matrix rule carries English copies of its entry's texts (MatrixBuilder); these give them in this language.
    // The purpose keeps the rule's remark that the flow is published through the reverse proxy.
    QString service(const MatrixRule& rule) const;
    QString purpose(const MatrixRule& rule) const;
    QString ifBlocked(const MatrixRule& rule) const;
    QString encryption(const MatrixRule& rule) const;

private:
    bool read(const QByteArray& json);
    bool readEntry(const QJsonObject& object, const QString& place, Texts* out);
    // The translated field of an entry, or the English one when the file has none.
    QString text(const QString& id, QString Texts::*field, const QString& english) const;

    QString m_language = QStringLiteral("en");
    QHash<QString, Texts> m_entries;
};
