#include "model/export/exporterregistry.h"

#include <QFileInfo>

#include "model/deploymentdata.h"
#include "model/export/asawriter.h"
#include "model/export/exportinput.h"
#include "model/export/matrixcsvwriter.h"
#include "model/export/matrixjsonwriter.h"
#include "model/export/matrixmarkdownwriter.h"
#include "model/export/nftableswriter.h"
#include "model/export/proberesultscsvwriter.h"
#include "model/export/proberesultsjsonwriter.h"
#include "model/export/reportwriter.h"
#include "model/export/scanjsonwriter.h"
#include "model/export/windowsfirewallwriter.h"

ExporterRegistry::ExporterRegistry()
{
    add({QStringLiteral("matrix-csv"), QStringLiteral("csv"), QStringLiteral("csv"),
         QT_TRANSLATE_NOOP("ExporterRegistry", "CSV spreadsheet"), ExportDocument::Matrix, false,
         [](const ExportInput& input) {
             return std::make_unique<MatrixCsvWriter>(*input.matrix);
         }});
    add({QStringLiteral("matrix-markdown"), QStringLiteral("markdown"), QStringLiteral("md"),
         QT_TRANSLATE_NOOP("ExporterRegistry", "Markdown document"), ExportDocument::Matrix, false,
         [](const ExportInput& input) {
             auto writer = std::make_unique<MatrixMarkdownWriter>(*input.matrix, *input.catalog);
             if (input.deployment) {
                 QHash<QString, QString> names;
                 for (const Zone& zone : input.deployment->zones)
                     names.insert(zone.id, zone.name);
                 writer->setZoneNames(names);
             }
             return writer;
         }});
    add({QStringLiteral("matrix-json"), QStringLiteral("json"), QStringLiteral("json"),
         QT_TRANSLATE_NOOP("ExporterRegistry", "JSON data"), ExportDocument::Matrix, false,
         [](const ExportInput& input) {
             return std::make_unique<MatrixJsonWriter>(*input.matrix, *input.catalog);
         }});
    // The results files of `probe` and `import-nmap`, JSON first: the default, and what ProbeEvidenceReader reads back.
    add({QStringLiteral("probe-json"), QStringLiteral("json"), QStringLiteral("json"),
         QT_TRANSLATE_NOOP("ExporterRegistry", "JSON data"), ExportDocument::ProbeResults, false,
         [](const ExportInput& input) {
             return std::make_unique<ProbeResultsJsonWriter>(*input.probe);
         }});
    add({QStringLiteral("probe-csv"), QStringLiteral("csv"), QStringLiteral("csv"),
         QT_TRANSLATE_NOOP("ExporterRegistry", "CSV spreadsheet"), ExportDocument::ProbeResults, false,
         [](const ExportInput& input) {
             return std::make_unique<ProbeResultsCsvWriter>(*input.probe);
         }});
    add({QStringLiteral("scan-json"), QStringLiteral("json"), QStringLiteral("json"),
         QT_TRANSLATE_NOOP("ExporterRegistry", "JSON data"), ExportDocument::ScanResults, false,
         [](const ExportInput& input) {
             return std::make_unique<ScanJsonWriter>(*input.probe);
         }});
    // Needs fonts, so a QGuiApplication: portolan-cli hands the report to portolan-render.
    add({QStringLiteral("report-pdf"), QStringLiteral("pdf"), QStringLiteral("pdf"),
         QT_TRANSLATE_NOOP("ExporterRegistry", "PDF report"), ExportDocument::Report, false,
         [](const ExportInput& input) {
             return std::make_unique<ReportWriter>(input);
         }});
    // The firewall rules of the plan (ExportInput::firewallPlan): a Linux firewall and a Cisco ASA for one firewall
    // (ExportInput::firewallId), the Exchange servers' own Windows Defender Firewall.
    add({QStringLiteral("firewall-nftables"), QStringLiteral("nftables"), QStringLiteral("nft"),
         QT_TRANSLATE_NOOP("ExporterRegistry", "nftables ruleset"), ExportDocument::FirewallRules, false,
         [](const ExportInput& input) {
             return std::make_unique<NftablesWriter>(input);
         }});
    add({QStringLiteral("firewall-asa"), QStringLiteral("asa"), QStringLiteral("cfg"),
         QT_TRANSLATE_NOOP("ExporterRegistry", "Cisco ASA configuration"), ExportDocument::FirewallRules, false,
         [](const ExportInput& input) {
             return std::make_unique<AsaWriter>(input);
         }});
    add({QStringLiteral("firewall-windows"), QStringLiteral("windows"), QStringLiteral("ps1"),
         QT_TRANSLATE_NOOP("ExporterRegistry", "Windows Defender Firewall script (PowerShell)"),
         ExportDocument::FirewallRules, false, [](const ExportInput& input) {
             return std::make_unique<WindowsFirewallWriter>(input);
         }});
}

ExporterRegistry& ExporterRegistry::instance()
{
    static ExporterRegistry registry;
    return registry;
}

void ExporterRegistry::add(ExportFormat format)
{
    for (ExportFormat& known : m_formats) {
        if (known.id == format.id) {
            known = std::move(format);
            return;
        }
    }
    m_formats.push_back(std::move(format));
}

QList<const ExportFormat*> ExporterRegistry::formats(ExportDocument document) const
{
    QList<const ExportFormat*> found;
    for (const ExportFormat& format : m_formats) {
        if (format.document == document)
            found.append(&format);
    }
    return found;
}

const ExportFormat* ExporterRegistry::find(const QString& id) const
{
    for (const ExportFormat& format : m_formats) {
        if (format.id == id)
            return &format;
    }
    return nullptr;
}

const ExportFormat* ExporterRegistry::byName(ExportDocument document, const QString& name) const
{
    for (const ExportFormat* format : formats(document)) {
        if (!format->name.compare(name, Qt::CaseInsensitive) || !format->suffix.compare(name, Qt::CaseInsensitive))
            return format;
    }
    return nullptr;
}

const ExportFormat* ExporterRegistry::forPath(ExportDocument document, const QString& path) const
{
    const QString suffix = QFileInfo(path).suffix();
    if (suffix.isEmpty())
        return nullptr;
    for (const ExportFormat* format : formats(document)) {
        if (!format->suffix.compare(suffix, Qt::CaseInsensitive))
            return format;
    }
    return nullptr;
}

QString ExporterRegistry::names(ExportDocument document) const
{
    QStringList words;
    for (const ExportFormat* format : formats(document))
        words.append(format->name);
    return words.join(QStringLiteral(", "));
}

QString ExporterRegistry::filterOf(const ExportFormat& format)
{
    return tr(format.description) + QStringLiteral(" (*.") + format.suffix + u')';
}

QString ExporterRegistry::fileFilters(ExportDocument document) const
{
    QStringList filters;
    for (const ExportFormat* format : formats(document))
        filters.append(filterOf(*format));
    return filters.join(QStringLiteral(";;"));
}
