#pragma once

#include "model/export/exporterregistry.h"

#include <QString>

class QWidget;

// The save dialog of every export in the window: the registry's file types for the document, the first one chosen,
// and a name typed without a suffix gets the suffix of the chosen type. Returns the path, or an empty string when
// the user cancelled.
QString askExportPath(QWidget* parent, const QString& title, const QString& suggestedPath, ExportDocument document);
// The same for a format already chosen (the firewall export's Format): only its file type, and its suffix added to a
// name that does not end in it.
QString askExportPath(QWidget* parent, const QString& title, const QString& suggestedPath, const ExportFormat& format);
