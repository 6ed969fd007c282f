#pragma once

#include "model/export/exporterregistry.h"

#include <QString>

class QWidget;

// The save dialog of every export in the window: the registry's file types for the document, the first one chosen,
// and a name typed without a suffix gets the suffix of the chosen type. Returns the path, or an empty string when
// the user cancelled.
QString askExportPath(QWidget* parent, const QString& title, const QString& suggestedPath, ExportDocument document);
