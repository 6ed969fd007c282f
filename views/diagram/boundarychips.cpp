#include "views/diagram/boundarychips.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>

// The rules are first gathered per (from, to, protocol) with their distinct ports, so that each boundary looks at
// those spans and not at every rule.
BoundaryChips boundaryChips(const QList<MatrixRule>& rules, const RuleZones& ruleZones, int zoneCount,
                            const std::function<bool(const MatrixRule&)>& hidden)
{
    struct Span
    {
        int from = -1;
        int to = -1;
        int protocol = 0;
        int ports = -1; // into portLists: spans between many pairs of sites share one
        QList<int> rows;
    };
    QSet<int> hiddenAt; // boundaries that hidden rules cross
    QHash<qint64, int> spanIndex;
    QList<Span> spans;
    QList<QList<PortRange>> spanPorts;
    for (int row = 0; row < rules.size(); ++row) {
        const auto [from, to] = ruleZones.at(row);
        if (from < 0 || to < 0 || from == to)
            continue;
        if (hidden && hidden(rules.at(row))) {
            for (int boundary = qMin(from, to); boundary < qMax(from, to); ++boundary)
                hiddenAt.insert(boundary);
            continue;
        }
        const int protocol = int(rules.at(row).protocol);
        const qint64 key = (qint64(from) * zoneCount + to) * 8 + protocol;
        auto it = spanIndex.constFind(key);
        if (it == spanIndex.cend()) {
            it = spanIndex.insert(key, int(spans.size()));
            spans.append({from, to, protocol, -1, {}});
            spanPorts.append(QList<PortRange>());
        }
        if (!spanPorts[*it].contains(rules.at(row).ports))
            spanPorts[*it].append(rules.at(row).ports);
        spans[*it].rows.append(row);
    }
    QHash<QList<PortRange>, int> portListIndex;
    QList<QList<PortRange>> portLists;
    for (int i = 0; i < spans.size(); ++i) {
        std::sort(spanPorts[i].begin(), spanPorts[i].end());
        auto it = portListIndex.constFind(spanPorts.at(i));
        if (it == portListIndex.cend()) {
            it = portListIndex.insert(spanPorts.at(i), int(portLists.size()));
            portLists.append(spanPorts.at(i));
        }
        spans[i].ports = *it;
    }

    BoundaryChips result;
    for (int boundary = 0; boundary + 1 < zoneCount; ++boundary) {
        struct Chip
        {
            QList<int> portLists;
            QList<int> rows;
        };
        QMap<QPair<int, int>, Chip> groups; // (direction: 0 → / 1 ←, protocol) → ports
        for (const Span& span : std::as_const(spans)) {
            if (qMin(span.from, span.to) > boundary || qMax(span.from, span.to) <= boundary)
                continue;
            Chip& chip = groups[qMakePair(span.from < span.to ? 0 : 1, span.protocol)];
            if (!chip.portLists.contains(span.ports))
                chip.portLists.append(span.ports);
            chip.rows.append(span.rows);
        }
        QStringList chips;
        QList<QList<int>> chipRows;
        for (auto it = groups.begin(); it != groups.end(); ++it) {
            QList<PortRange> ports;
            for (int list : std::as_const(it.value().portLists))
                ports.append(portLists.at(list));
            std::sort(ports.begin(), ports.end());
            ports.erase(std::unique(ports.begin(), ports.end()), ports.end());
            QStringList texts;
            for (const PortRange& range : std::as_const(ports))
                texts.append(range.toString());
            chips.append((it.key().first == 0 ? QStringLiteral("→ ") : QStringLiteral("← ")) +
                         protocolId(Protocol(it.key().second)).toUpper() + u' ' + texts.join(QStringLiteral(", ")));
            // The matrix lists rules by zones, so the spans' rows are in order already.
            QList<int>& rows = it.value().rows;
            if (!std::is_sorted(rows.begin(), rows.end()))
                std::sort(rows.begin(), rows.end());
            chipRows.append(rows);
        }
        if (hiddenAt.contains(boundary)) {
            chips.append(askedChipText());
            chipRows.append(QList<int>());
        }
        result.chips.append(chips);
        result.rows.append(chipRows);
    }
    return result;
}

QString askedChipText()
{
    return QCoreApplication::translate("BoundaryChips", "Ports: ?");
}
