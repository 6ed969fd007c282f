#pragma once

#include "model/export/exporter.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <list>
#include <memory>

struct ExportInput;

// What a format writes. The file dialogs and the command line offer the formats of one document.
enum class ExportDocument
{
    Matrix,       // the port matrix: CSV, Markdown, JSON
    Diagram,      // the topology picture: PNG, SVG
    Report,       // the PDF report
    ProbeResults, // what a probe or nmap saw of a deployment's planned ports (ExportInput::probe): JSON, CSV
    ScanResults,  // what `scan` saw of ports of one host, without a deployment (ExportInput::probe): JSON
    FirewallRules // what the firewalls and the servers' own firewalls must allow: nftables, Cisco ASA, Windows
};

struct ExportFormat
{
    QString id;              // unique, e.g. "matrix-csv"
    QString name;            // the command line's --format word within its document, e.g. "csv"
    QString suffix;          // file name suffix without a dot, e.g. "csv"
    const char* description; // for file dialogs, translated in the ExporterRegistry context: "CSV spreadsheet"
    ExportDocument document;
    bool needsDiagram = false; // the input must carry a DiagramDrawing (only Widgets programs have one)
    std::function<std::unique_ptr<Exporter>(const ExportInput&)> create;
};

// The one list of export formats, shared by the command line and the window. The model's formats (the matrix, the
// probe and scan results) are there from the start; a layer that adds formats registers them once (the views: diagram
// and report).
class ExporterRegistry final
{
    Q_DECLARE_TR_FUNCTIONS(ExporterRegistry)

public:
    static ExporterRegistry& instance();

    // Adds a format, replacing one with the same id.
    void add(ExportFormat format);

    QList<const ExportFormat*> formats(ExportDocument document) const;
    const ExportFormat* find(const QString& id) const;
    // By --format word (case-insensitive; "md" is taken for "markdown").
    const ExportFormat* byName(ExportDocument document, const QString& name) const;
    // By the suffix of a file name or path (case-insensitive); null when no format of the document has it.
    const ExportFormat* forPath(ExportDocument document, const QString& path) const;
    // "json, csv, markdown": the --format words of a document, for help and error messages.
    QString names(ExportDocument document) const;
    // "CSV spreadsheet (*.csv);;…" for a file dialog, translated.
    QString fileFilters(ExportDocument document) const;
    static QString filterOf(const ExportFormat& format);

private:
    ExporterRegistry();

    std::list<ExportFormat> m_formats; // stable addresses for the pointers handed out
};
