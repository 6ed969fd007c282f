#pragma once

#include "model/export/reportdocument.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

class CatalogTexts;
struct ExportInput;
struct MatrixRule;
struct PortEvidence;
struct Server;

// What the PDF report says, in the order a reviewer reads it: title block and summary, contents, the topology, one
// table of rules per zone pair, the rules of each explicit firewall by interface, the warnings, what each server must
// allow, the probe evidence and the appendix of sources and registry values. Headings and fixed texts are translated;
// catalog texts are in the same language (CatalogTexts::user()), sources' titles as the sources have them.
class ReportBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(ReportBuilder)

public:
    // Above this many matrix rows the firewall tables refer to numbered services instead of repeating purposes.
    static constexpr int CompactRows = 2000;

    explicit ReportBuilder(const ExportInput& input);

    ReportDocument build() const;
    // "Port report: Contoso": the PDF's title.
    QString documentTitle() const;
    // Names joined by commas, runs of three or more consecutively numbered ones ("FRA001", "FRA002", "FRA003") as
    // "FRA001–FRA003".
    static QString compactNames(const QStringList& names);

private:
    void addTitle(ReportDocument& out) const;
    void addFirewalls(ReportDocument& out) const;
    void addRulesPerFirewall(ReportDocument& out) const;
    void addWarnings(ReportDocument& out) const;
    void addServers(ReportDocument& out) const;
    void addEvidence(ReportDocument& out) const;
    void addAppendix(ReportDocument& out) const;

    QString zoneName(const QString& id) const;
    // A server's name, or an implicit actor ("internet:internet-mail") as "Internet mail servers (Internet)".
    QString endpointName(const QString& id) const;
    QString endpointList(const QStringList& ids) const;
    QString roleSummary(const QStringList& ids) const;
    QString ruleLine(const MatrixRule& rule) const;
    QString serviceNumber(const MatrixRule& rule) const; // "A12"
    static QString evidenceSummary(const PortEvidence& port);

    const ExportInput& m_input;
    const CatalogTexts& m_texts;
    QHash<QString, const Server*> m_servers;
    QHash<QString, QString> m_zoneNames;
    mutable QHash<QString, QString> m_endpointLists; // ids joined by newlines → the list as printed
    bool m_compact = false;
    QHash<QString, int> m_serviceNumbers; // catalog entry → number in the appendix, from 1
    QList<const MatrixRule*> m_services;  // the first rule of each entry, in that order
};
