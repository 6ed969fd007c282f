#pragma once

#include <QStringList>

// The names and descriptions of the built-in templates (resources/templates/*.portolan), listed in source so that
// lupdate finds them. TemplateLibrary shows each in the user's language through the "Templates" context; a test
// checks that this list and the files agree.
const QStringList& templateTexts();
