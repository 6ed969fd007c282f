#include "views/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include "model/catalogtexts.h"

bool installTranslations(const QString& language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    if (locale.language() == QLocale::English || locale.language() == QLocale::C) {
        CatalogTexts::setUserLanguage(QStringLiteral("en"));
        return true;
    }

    auto* own = new QTranslator(QCoreApplication::instance());
    const bool found = own->load(locale, QStringLiteral("portolan"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    if (found)
        QCoreApplication::installTranslator(own);
    else
        delete own;
    // The catalog's explanations follow the menus: in the installed language, else in English.
    CatalogTexts::setUserLanguage(found ? locale.name() : QStringLiteral("en"));
    // Qt's own strings (standard buttons, dialogs) follow Portolan's choice of language.
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (found && qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return found || language.isEmpty();
}
