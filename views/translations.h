#pragma once

#include <QString>

// Installs the user-interface language into the running application: Portolan's own translations (built into the
// binary under :/i18n) and Qt's qtbase translations, for an explicit language such as "de" or, when it is empty,
// the system locale. English is the source language and needs no translator. Returns false when Portolan has no
// translation for an explicitly requested language other than English (the interface then stays in English).
// The catalog's texts follow: CatalogTexts::user() (model/catalogtexts.h) answers in the language installed here.
bool installTranslations(const QString& language);
