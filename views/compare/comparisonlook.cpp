#include "views/compare/comparisonlook.h"

#include <algorithm>

#include <QFont>

#include "model/comparisonstate.h"
#include "model/endpointnamer.h"

ComparisonLook::Mark ComparisonLook::markOf(RuleChange change)
{
    switch (change) {
    case RuleChange::Same:
        return Mark::None;
    case RuleChange::Added:
        return Mark::Added;
    case RuleChange::Removed:
        return Mark::Removed;
    case RuleChange::Widened:
    case RuleChange::Narrowed:
    case RuleChange::Changed:
        return Mark::Ports;
    case RuleChange::EndpointsChanged:
        return Mark::Endpoints;
    }
    return Mark::None;
}

// Light fills under black text, told apart by hue and by lightness too.
QColor ComparisonLook::colour(Mark mark)
{
    switch (mark) {
    case Mark::None:
        return {};
    case Mark::Added:
        return QColor(0xb9, 0xe6, 0xb4);
    case Mark::Removed:
        return QColor(0xf4, 0xbc, 0xb5);
    case Mark::Ports:
        return QColor(0xff, 0xcf, 0x70);
    case Mark::Endpoints:
        return QColor(0xe3, 0xdc, 0xf5);
    }
    return {};
}

QString ComparisonLook::name(Mark mark)
{
    switch (mark) {
    case Mark::None:
        return tr("Unchanged");
    case Mark::Added:
        return tr("Added");
    case Mark::Removed:
        return tr("Removed");
    case Mark::Ports:
        return tr("Ports changed");
    case Mark::Endpoints:
        return tr("Other servers");
    }
    return {};
}

ChipMark ComparisonLook::chipMark(const QList<RuleChange>& changes)
{
    QList<Mark> marks;
    for (const RuleChange change : changes) {
        const Mark mark = markOf(change);
        if (!marks.contains(mark))
            marks.append(mark);
    }
    if (marks.isEmpty() || marks == QList<Mark>{Mark::None})
        return {};
    if (marks.size() == 1)
        return {colour(marks.first()), marks.first() == Mark::Removed};
    const bool endpointsOnly = std::all_of(marks.cbegin(), marks.cend(),
                                           [](Mark mark) { return mark == Mark::None || mark == Mark::Endpoints; });
    return {colour(endpointsOnly ? Mark::Endpoints : Mark::Ports), false};
}

QString ComparisonLook::someNames(const QStringList& ids, const EndpointNamer& namer)
{
    constexpr qsizetype shown = 4;
    if (ids.size() <= shown + 1)
        return namer.names(ids);
    return tr("%1 and %n more", nullptr, int(ids.size() - shown)).arg(namer.names(ids.first(shown)));
}

QString ComparisonLook::ruleText(const RuleDiff& rule, const EndpointNamer& namer, const QString& nameOfB)
{
    QStringList lines;
    const QString services = rule.services.join(QStringLiteral(", "));
    switch (rule.change) {
    case RuleChange::Same:
        return {};
    case RuleChange::Added:
        lines.append(
            tr("Added in %1: %2 (%3) for %4")
                .arg(nameOfB, portsText(rule.protocol, rule.portsB), services, someNames(rule.destinations, namer)));
        break;
    case RuleChange::Removed:
        lines.append(
            tr("Removed in %1: %2 (%3) for %4")
                .arg(nameOfB, portsText(rule.protocol, rule.portsA), services, someNames(rule.destinations, namer)));
        break;
    case RuleChange::Widened:
    case RuleChange::Narrowed:
    case RuleChange::Changed:
        lines.append(tr("Ports %1 → %2 in %3")
                         .arg(portsText(rule.protocol, rule.portsA), portsText(rule.protocol, rule.portsB), nameOfB));
        if (!rule.opened.isEmpty())
            lines.append(tr("Opens %1").arg(portsText(rule.protocol, rule.opened)));
        if (!rule.closed.isEmpty())
            lines.append(tr("Closes %1").arg(portsText(rule.protocol, rule.closed)));
        break;
    case RuleChange::EndpointsChanged:
        lines.append(tr("Same ports, other servers in %1").arg(nameOfB));
        break;
    }
    if (rule.change != RuleChange::Added && rule.change != RuleChange::Removed) {
        if (!rule.destinationsAdded.isEmpty())
            lines.append(tr("Now also for %1").arg(someNames(rule.destinationsAdded, namer)));
        if (!rule.destinationsRemoved.isEmpty())
            lines.append(tr("No longer for %1").arg(someNames(rule.destinationsRemoved, namer)));
        if (!rule.sourcesAdded.isEmpty())
            lines.append(tr("New sources: %1").arg(someNames(rule.sourcesAdded, namer)));
        if (!rule.sourcesRemoved.isEmpty())
            lines.append(tr("Sources gone: %1").arg(someNames(rule.sourcesRemoved, namer)));
    }
    return lines.join(u'\n');
}

ComparisonRowMarks::ComparisonRowMarks(const ComparisonState& state, const PortCatalog& catalog)
    : m_state(state)
    , m_catalog(catalog)
{}

ComparisonRowMarks::~ComparisonRowMarks() = default;

void ComparisonRowMarks::refresh(const QString& nameOfB)
{
    m_nameOfB = nameOfB;
    if (m_state.isActive())
        m_namer.emplace(m_catalog, m_state.dataA(), m_state.dataB());
    else
        m_namer.reset();
}

QVariant ComparisonRowMarks::rowData(int row, int role) const
{
    if (!m_state.isActive())
        return {};
    const ComparisonLook::Mark mark = ComparisonLook::markOf(m_state.changeOfRow(row));
    if (mark == ComparisonLook::Mark::None)
        return {};
    switch (role) {
    case Qt::BackgroundRole:
        return ComparisonLook::colour(mark);
    case Qt::ForegroundRole:
        return QColor(Qt::black); // the fills are light in a dark theme too
    case Qt::FontRole:
        if (mark == ComparisonLook::Mark::Removed) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (const RuleDiff* rule = m_state.ruleOfRow(row); rule && m_namer)
            return ComparisonLook::ruleText(*rule, *m_namer, m_nameOfB);
        return {};
    default:
        return {};
    }
}
