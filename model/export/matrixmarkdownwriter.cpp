#include "model/export/matrixmarkdownwriter.h"

#include <algorithm>

#include <QIODevice>
#include <QSet>
#include <QStringList>

#include "model/catalogtexts.h"
#include "model/portcatalog.h"
#include "model/portmatrix.h"

namespace {

constexpr qsizetype ChunkSize = 64 * 1024;

QString joined(const QStringList& list)
{
    return list.join(QStringLiteral(", "));
}

} // namespace

MatrixMarkdownWriter::MatrixMarkdownWriter(const PortMatrix& matrix, const PortCatalog& catalog)
    : m_matrix(matrix)
    , m_catalog(catalog)
{}

QString MatrixMarkdownWriter::escapeCell(const QString& text)
{
    // Most cells (long server lists above all) need nothing: one scan, no copy.
    const auto special = [](QChar c) {
        return c == u'\\' || c == u'|' || c == u'<' || c == u'\r' || c == u'\n';
    };
    if (std::none_of(text.cbegin(), text.cend(), special))
        return text;
    QString cell = text;
    cell.replace(u'\\', QStringLiteral("\\\\")); // so that a trailing backslash cannot escape the next '|'
    cell.replace(u'|', QStringLiteral("\\|"));
    cell.replace(u'<', QStringLiteral("\\<")); // "<site>" in a purpose would otherwise vanish as an HTML tag
    cell.replace(QStringLiteral("\r\n"), QStringLiteral(" "));
    cell.replace(u'\r', u' ');
    cell.replace(u'\n', u' ');
    return cell;
}

QString MatrixMarkdownWriter::zoneName(const QString& id) const
{
    const QString name = m_zoneNames.value(id);
    return name.isEmpty() ? id : name;
}

bool MatrixMarkdownWriter::write(QIODevice* device)
{
    clearError();
    if (!device || !device->isWritable())
        return fail(tr("cannot write the matrix: the output is not open for writing"));
    const PortMatrix& matrix = m_matrix;
    QString out;
    const auto flush = [&] {
        const QByteArray bytes = out.toUtf8();
        if (device->write(bytes) != bytes.size())
            return fail(tr("cannot write the matrix: %1").arg(device->errorString()));
        out.clear();
        return true;
    };

    const VersionInfo* version = m_catalog.version(matrix.exchangeVersion);
    const QString versionName = version ? version->name : matrix.exchangeVersion;
    const QString name = matrix.deploymentName.isEmpty() ? tr("Untitled deployment") : matrix.deploymentName;
    out += u"# " + tr("Port matrix: %1 (%2)").arg(name, versionName) + u"\n\n";
    if (matrix.rules.isEmpty() && matrix.intraZone.isEmpty())
        out += tr("The deployment needs no flows.") + u"\n\n";

    QSet<QString> usedTags;
    const QString header = u"| " + tr("Protocol") + u" | " + tr("Ports") + u" | " + tr("Service") + u" | " +
                           tr("Sources") + u" | " + tr("Destinations") + u" | " + tr("Purpose") + u" | " +
                           tr("References") + u" |\n|---|---|---|---|---|---|---|\n";
    // A document for people, like its headings in the interface language: so are the catalog's texts in it.
    const CatalogTexts& texts = CatalogTexts::user();
    const auto writeRow = [&](const MatrixRule& rule) {
        for (const QString& tag : rule.references)
            usedTags.insert(tag);
        QString purpose = texts.purpose(rule);
        if (!rule.confirmed)
            purpose += u' ' + tr("(unconfirmed)");
        out += u"| " + protocolId(rule.protocol).toUpper() + u" | " + rule.ports.toString() + u" | " +
               escapeCell(texts.service(rule)) + u" | " + escapeCell(joined(rule.sources)) + u" | " +
               escapeCell(joined(rule.destinations)) + u" | " + escapeCell(purpose) + u" | " +
               escapeCell(joined(rule.references)) + u" |\n";
    };
    // The builder sorts rules by zone pair, so each pair is one run of consecutive rules.
    const auto writeTables = [&](const QList<MatrixRule>& rules, bool intraZone) {
        for (qsizetype i = 0; i < rules.size(); ++i) {
            const MatrixRule& rule = rules.at(i);
            if (i == 0 || rules.at(i - 1).from != rule.from || rules.at(i - 1).to != rule.to) {
                if (i > 0)
                    out += u'\n';
                if (intraZone)
                    out += u"### " + zoneName(rule.from) + u'\n';
                else
                    out += u"## " + zoneName(rule.from) + u" → " + zoneName(rule.to) + u'\n';
                out += u'\n' + header;
            }
            writeRow(rule);
            if (out.size() >= ChunkSize && !flush())
                return false;
        }
        if (!rules.isEmpty())
            out += u'\n';
        return true;
    };

    if (!writeTables(matrix.rules, false))
        return false;
    if (!matrix.intraZone.isEmpty()) {
        out += u"## " + tr("Inside zones") + u"\n\n";
        if (!writeTables(matrix.intraZone, true))
            return false;
    }

    out += u"## " + tr("Warnings") + u"\n\n";
    if (matrix.warnings.isEmpty())
        out += tr("None.") + u'\n';
    for (const ValidationWarning& warning : matrix.warnings) {
        out += u"- **" + severityId(warning.severity) + u"** `" + warning.code + u"`: " + escapeCell(warning.message);
        if (!warning.servers.isEmpty())
            out += u" (" + joined(warning.servers) + u')';
        out += u'\n';
    }

    if (!usedTags.isEmpty()) {
        out += u"\n## " + tr("References") + u"\n\n";
        for (const SourceInfo& source : m_catalog.sources()) {
            if (usedTags.contains(source.tag))
                out += u"- " + source.tag + u": [" + source.title + u"](" + source.url + u")\n";
        }
    }
    return flush();
}
