#include "app/cli/diffcommand.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "app/cli/clicommands.h"
#include "model/checkedwrite.h"
#include "model/deploymentdata.h"
#include "model/deploymentfile.h"
#include "model/endpointnamer.h"
#include "model/export/matrixcsvwriter.h"
#include "model/matrixbuilder.h"
#include "model/matrixdiff.h"
#include "model/portcatalog.h"

namespace {

const QString Program = QStringLiteral("portolan-cli");

QStringList portTexts(const QList<PortRange>& ranges)
{
    QStringList texts;
    for (const PortRange& range : ranges)
        texts.append(range.toString());
    return texts;
}

QString plural(int count, const char* singular, const char* pluralForm)
{
    return QString::number(count) + u' ' + QLatin1String(count == 1 ? singular : pluralForm);
}

QString summaryText(const MatrixDiff::Summary& summary)
{
    return plural(summary.added, "rule added", "rules added") + QStringLiteral(", ") +
           QString::number(summary.removed) + QStringLiteral(" removed, ") + QString::number(summary.widened) +
           QStringLiteral(" widened, ") + QString::number(summary.narrowed) + QStringLiteral(" narrowed, ") +
           QString::number(summary.changed) + QStringLiteral(" changed, ") + QString::number(summary.endpointsChanged) +
           QStringLiteral(" with other servers; ") + QString::number(summary.unchanged) + QStringLiteral(" unchanged");
}

QJsonArray jsonStrings(const QStringList& texts)
{
    return QJsonArray::fromStringList(texts);
}

QJsonObject jsonPorts(const QList<PortRange>& tcp, const QList<PortRange>& udp)
{
    return {{QStringLiteral("tcp"), jsonStrings(portTexts(tcp))}, {QStringLiteral("udp"), jsonStrings(portTexts(udp))}};
}

} // namespace

DiffCommand::DiffCommand(const PortCatalog& catalog, QTextStream& out, QTextStream& err)
    : m_catalog(catalog)
    , m_out(out)
    , m_err(err)
{}

QString DiffCommand::help(const QString& program, const QString& versions)
{
    return QStringLiteral(
               "Usage: %1 diff A [B] [--version V] [--format text|json|csv] [-o OUT]\n"
               "\n"
               "Compares the port matrix of the deployment B with that of A, rule by rule, per boundary (zone\n"
               "pair): rules added, removed, widened (B opens more ports), narrowed (B needs fewer), changed (both)\n"
               "and rules whose servers changed. A rule is identified by its zones, protocol, service family and\n"
               "listening roles; zones by id. For each boundary it lists the ports to open for B and the ports that\n"
               "can be closed once A is gone. Typical use: a migration (2010 -> 2019) or a reviewed design.\n"
               "\n"
               "  --version V        Compare with B under Exchange version V (%2); the options set stay as they\n"
               "                     are. Without B: B is A under version V\n"
               "  --format FORMAT    text (default), json (docs/diff-format.md) or csv (one line per changed rule,\n"
               "                     RFC 4180, UTF-8 with BOM)\n"
               "  -o, --output OUT   Write to OUT (replaced atomically) instead of standard output\n"
               "\n"
               "Exit code 0 when the matrices are equal, 1 when they differ, 2 on bad input.\n")
        .arg(program, versions);
}

std::optional<DiffCommand::Format> DiffCommand::formatFromName(const QString& name)
{
    if (name.compare(u"text", Qt::CaseInsensitive) == 0)
        return Format::Text;
    if (name.compare(u"json", Qt::CaseInsensitive) == 0)
        return Format::Json;
    if (name.compare(u"csv", Qt::CaseInsensitive) == 0)
        return Format::Csv;
    return std::nullopt;
}

int DiffCommand::run(const Input& input)
{
    DeploymentReader reader(m_catalog);
    const auto dataA = reader.readFile(input.pathA);
    if (!dataA)
        return fail(input.pathA + QStringLiteral(": ") + reader.errorString());
    std::optional<DeploymentData> dataB = dataA;
    if (!input.pathB.isEmpty()) {
        dataB = reader.readFile(input.pathB);
        if (!dataB)
            return fail(input.pathB + QStringLiteral(": ") + reader.errorString());
    }
    const QString pathB = input.pathB.isEmpty() ? input.pathA : input.pathB;
    if (input.version) // as SetExchangeVersionCommand does: only the version changes, the options the user set stay
        dataB->exchangeVersion = *input.version;

    const MatrixBuilder builder(m_catalog);
    const PortMatrix matrixA = builder.build(*dataA);
    const PortMatrix matrixB = builder.build(*dataB);
    const MatrixDiff diff = MatrixDiff::compare(*dataA, matrixA, *dataB, matrixB);
    const Side a{input.pathA, &*dataA};
    const Side b{pathB, &*dataB};
    const QByteArray bytes = input.format == Format::Json  ? json(diff, a, b)
                             : input.format == Format::Csv ? csv(diff)
                                                           : text(diff, a, b);
    QString error;
    if (input.output.isEmpty() || input.output == u"-") {
        m_out.flush();
        if (!CheckedWrite::toStandardOutput(bytes, &error))
            return fail(QStringLiteral("cannot write to standard output: ") + error);
    } else if (!CheckedWrite::replaceFile(input.output, bytes, &error)) {
        return fail(input.output + QStringLiteral(": ") + error);
    }
    return diff.isEmpty() ? CliCommands::Success : CliCommands::ValidationErrors;
}

QByteArray DiffCommand::text(const MatrixDiff& diff, const Side& a, const Side& b) const
{
    const DeploymentData& dataA = *a.data;
    const DeploymentData& dataB = *b.data;
    const EndpointNamer namer(m_catalog, dataA, dataB);
    QString out = QStringLiteral("Comparing %1 (Exchange %2) with %3 (Exchange %4).\n")
                      .arg(a.path, dataA.exchangeVersion, b.path, dataB.exchangeVersion);
    if (diff.isEmpty())
        return (out + QStringLiteral("No differences: the port matrices are equal.\n")).toUtf8();
    out += QStringLiteral("Summary: ") + summaryText(diff.summary()) + QStringLiteral(".\n");
    for (const ZoneRef& zone : diff.zonesAdded())
        out += QStringLiteral("Zone only in B: %1 (%2)\n").arg(zone.name, zone.id);
    for (const ZoneRef& zone : diff.zonesRemoved())
        out += QStringLiteral("Zone only in A: %1 (%2)\n").arg(zone.name, zone.id);

    for (const BoundaryDiff& boundary : diff.boundaries()) {
        out += u'\n' +
               (boundary.isIntraZone() ? QStringLiteral("Inside %1").arg(boundary.fromName)
                                       : boundary.fromName + QStringLiteral(" → ") + boundary.toName) +
               u'\n';
        QStringList open;
        QStringList close;
        if (!boundary.openTcp.isEmpty())
            open.append(portsText(Protocol::Tcp, boundary.openTcp));
        if (!boundary.openUdp.isEmpty())
            open.append(portsText(Protocol::Udp, boundary.openUdp));
        if (!boundary.closeTcp.isEmpty())
            close.append(portsText(Protocol::Tcp, boundary.closeTcp));
        if (!boundary.closeUdp.isEmpty())
            close.append(portsText(Protocol::Udp, boundary.closeUdp));
        out += QStringLiteral("  Ports to open: ") + (open.isEmpty() ? QStringLiteral("none") : open.join(u"; ")) +
               QStringLiteral("; ports that can be closed: ") +
               (close.isEmpty() ? QStringLiteral("none") : close.join(u"; ")) + u'\n';
        for (const RuleDiff& rule : boundary.rules) {
            const QString services = u" (" + rule.services.join(QStringLiteral(", ")) + u')';
            const QString to = QStringLiteral(" to ") + namer.names(rule.destinations);
            QStringList parts;
            if (!rule.opened.isEmpty())
                parts.append(QStringLiteral("open ") + portsText(rule.protocol, rule.opened) + services + to);
            if (!rule.closed.isEmpty())
                parts.append(QStringLiteral("close ") + portsText(rule.protocol, rule.closed) + services + to);
            if (rule.change == RuleChange::EndpointsChanged)
                parts.append(portsText(rule.protocol, rule.portsB) + services);
            if (!rule.destinationsAdded.isEmpty() && rule.change != RuleChange::Added)
                parts.append(QStringLiteral("open to ") + namer.names(rule.destinationsAdded));
            if (!rule.destinationsRemoved.isEmpty() && rule.change != RuleChange::Removed)
                parts.append(QStringLiteral("close to ") + namer.names(rule.destinationsRemoved));
            if (!rule.sourcesAdded.isEmpty() && rule.change != RuleChange::Added)
                parts.append(QStringLiteral("new sources ") + namer.names(rule.sourcesAdded));
            if (!rule.sourcesRemoved.isEmpty() && rule.change != RuleChange::Removed)
                parts.append(QStringLiteral("sources gone ") + namer.names(rule.sourcesRemoved));
            out += QStringLiteral("  ") + ruleChangeId(rule.change) + QStringLiteral(": ") + parts.join(u"; ");
            if (rule.change == RuleChange::Widened || rule.change == RuleChange::Narrowed ||
                rule.change == RuleChange::Changed)
                out += QStringLiteral(" (now ") + portsText(rule.protocol, rule.portsB) + u')';
            out += u'\n';
        }
    }
    return out.toUtf8();
}

QByteArray DiffCommand::json(const MatrixDiff& diff, const Side& a, const Side& b) const
{
    const auto side = [](const Side& which) {
        return QJsonObject{{QStringLiteral("file"), which.path},
                           {QStringLiteral("name"), which.data->name},
                           {QStringLiteral("exchangeVersion"), which.data->exchangeVersion}};
    };
    const auto zones = [](const QList<ZoneRef>& list) {
        QJsonArray array;
        for (const ZoneRef& zone : list)
            array.append(QJsonObject{{QStringLiteral("id"), zone.id}, {QStringLiteral("name"), zone.name}});
        return array;
    };
    const MatrixDiff::Summary& summary = diff.summary();
    QJsonArray boundaries;
    for (const BoundaryDiff& boundary : diff.boundaries()) {
        QJsonArray rules;
        for (const RuleDiff& rule : boundary.rules) {
            rules.append(QJsonObject{{QStringLiteral("change"), ruleChangeId(rule.change)},
                                     {QStringLiteral("protocol"), protocolId(rule.protocol)},
                                     {QStringLiteral("family"), rule.family},
                                     {QStringLiteral("destinationRoles"), jsonStrings(rule.destinationRoles)},
                                     {QStringLiteral("services"), jsonStrings(rule.services)},
                                     {QStringLiteral("portsA"), jsonStrings(portTexts(rule.portsA))},
                                     {QStringLiteral("portsB"), jsonStrings(portTexts(rule.portsB))},
                                     {QStringLiteral("opened"), jsonStrings(portTexts(rule.opened))},
                                     {QStringLiteral("closed"), jsonStrings(portTexts(rule.closed))},
                                     {QStringLiteral("destinations"), jsonStrings(rule.destinations)},
                                     {QStringLiteral("sourcesAdded"), jsonStrings(rule.sourcesAdded)},
                                     {QStringLiteral("sourcesRemoved"), jsonStrings(rule.sourcesRemoved)},
                                     {QStringLiteral("destinationsAdded"), jsonStrings(rule.destinationsAdded)},
                                     {QStringLiteral("destinationsRemoved"), jsonStrings(rule.destinationsRemoved)}});
        }
        boundaries.append(QJsonObject{{QStringLiteral("from"), boundary.from},
                                      {QStringLiteral("to"), boundary.to},
                                      {QStringLiteral("fromName"), boundary.fromName},
                                      {QStringLiteral("toName"), boundary.toName},
                                      {QStringLiteral("intraZone"), boundary.isIntraZone()},
                                      {QStringLiteral("open"), jsonPorts(boundary.openTcp, boundary.openUdp)},
                                      {QStringLiteral("close"), jsonPorts(boundary.closeTcp, boundary.closeUdp)},
                                      {QStringLiteral("rules"), rules}});
    }
    const QJsonObject root{
        {QStringLiteral("format"), QStringLiteral("portolan-diff")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("a"), side(a)},
        {QStringLiteral("b"), side(b)},
        {QStringLiteral("equal"), diff.isEmpty()},
        {QStringLiteral("summary"), QJsonObject{{QStringLiteral("added"), summary.added},
                                                {QStringLiteral("removed"), summary.removed},
                                                {QStringLiteral("widened"), summary.widened},
                                                {QStringLiteral("narrowed"), summary.narrowed},
                                                {QStringLiteral("changed"), summary.changed},
                                                {QStringLiteral("endpointsChanged"), summary.endpointsChanged},
                                                {QStringLiteral("unchanged"), summary.unchanged}}},
        {QStringLiteral("zonesAdded"), zones(diff.zonesAdded())},
        {QStringLiteral("zonesRemoved"), zones(diff.zonesRemoved())},
        {QStringLiteral("boundaries"), boundaries}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray DiffCommand::csv(const MatrixDiff& diff) const
{
    // As the matrix CSV: UTF-8 with a byte order mark, CRLF, every cell guarded against formulas.
    QByteArray out("\xEF\xBB\xBF");
    const auto appendRow = [&out](const QStringList& cells) {
        QStringList escaped;
        for (const QString& cell : cells)
            escaped.append(MatrixCsvWriter::escapeCell(cell));
        out.append((escaped.join(u',') + QStringLiteral("\r\n")).toUtf8());
    };
    const auto list = [](const QStringList& texts) {
        return texts.join(QStringLiteral("; "));
    };
    appendRow({QStringLiteral("Change"), QStringLiteral("From zone"), QStringLiteral("To zone"),
               QStringLiteral("Protocol"), QStringLiteral("Family"), QStringLiteral("Services"),
               QStringLiteral("Ports in A"), QStringLiteral("Ports in B"), QStringLiteral("Opened"),
               QStringLiteral("Closed"), QStringLiteral("Destinations"), QStringLiteral("Sources added"),
               QStringLiteral("Sources removed"), QStringLiteral("Destinations added"),
               QStringLiteral("Destinations removed")});
    for (const BoundaryDiff& boundary : diff.boundaries()) {
        for (const RuleDiff& rule : boundary.rules) {
            appendRow({ruleChangeId(rule.change), boundary.fromName, boundary.toName, protocolId(rule.protocol),
                       rule.family, list(rule.services), list(portTexts(rule.portsA)), list(portTexts(rule.portsB)),
                       list(portTexts(rule.opened)), list(portTexts(rule.closed)), list(rule.destinations),
                       list(rule.sourcesAdded), list(rule.sourcesRemoved), list(rule.destinationsAdded),
                       list(rule.destinationsRemoved)});
        }
    }
    return out;
}

int DiffCommand::fail(const QString& message)
{
    m_err << Program << ": " << message << '\n';
    m_err.flush();
    return CliCommands::BadInput;
}
