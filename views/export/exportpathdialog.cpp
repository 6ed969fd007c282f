#include "views/export/exportpathdialog.h"

#include <algorithm>

#include <QFileDialog>
#include <QFileInfo>

QString askExportPath(QWidget* parent, const QString& title, const QString& suggestedPath, ExportDocument document)
{
    const ExporterRegistry& registry = ExporterRegistry::instance();
    const QList<const ExportFormat*> formats = registry.formats(document);
    QString filter;
    const QString path = QFileDialog::getSaveFileName(parent, title, suggestedPath + u'.' + formats.first()->suffix,
                                                      registry.fileFilters(document), &filter);
    if (path.isEmpty() || registry.forPath(document, path))
        return path;
    const auto chosen = std::find_if(formats.cbegin(), formats.cend(), [&filter](const ExportFormat* format) {
        return ExporterRegistry::filterOf(*format) == filter;
    });
    return path + u'.' + (chosen == formats.cend() ? formats.first() : *chosen)->suffix;
}

QString askExportPath(QWidget* parent, const QString& title, const QString& suggestedPath, const ExportFormat& format)
{
    const QString path = QFileDialog::getSaveFileName(parent, title, suggestedPath + u'.' + format.suffix,
                                                      ExporterRegistry::filterOf(format));
    if (path.isEmpty() || QFileInfo(path).suffix().compare(format.suffix, Qt::CaseInsensitive) == 0)
        return path;
    return path + u'.' + format.suffix;
}
