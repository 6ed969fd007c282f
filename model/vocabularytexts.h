#pragma once

#include <QStringList>

// The display texts of resources/catalog/vocabulary.json (zone kind names, role names and descriptions, impact names),
// listed in source so that lupdate finds them. The catalog loader translates each in the "Vocabulary" context; a test
// checks that this list and the JSON agree.
const QStringList& vocabularyTexts();
