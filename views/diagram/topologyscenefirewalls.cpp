// The explicit firewalls on the diagram: a part of TopologyScene of its own, so that the scene's building code stays
// apart. Which rules cross which firewall comes from the analysis (DeploymentAnalysis::firewallRows, rowFirewalls).
#include "views/diagram/topologyscene.h"

#include "model/deployment.h"
#include "model/deploymentanalysis.h"
#include "views/diagram/boundaryitem.h"
#include "views/diagram/firewallitem.h"

#include <QMap>

namespace {
// Above the lanes and the arrows, like the bars; a block nearer the lanes above the legs of those stacked over it.
constexpr qreal kFirewallZ = 2;
constexpr qreal kFirewallRowStep = 0.001;

// "TCP 25, 443; UDP 53" for these rows.
QString portsOf(const QList<int>& rows, const PortMatrix& matrix)
{
    QMap<int, QList<PortRange>> byProtocol;
    for (const int row : rows) {
        const MatrixRule* rule = matrix.ruleAt(row);
        QList<PortRange>& ports = byProtocol[int(rule->protocol)];
        if (!ports.contains(rule->ports))
            ports.append(rule->ports);
    }
    QStringList parts;
    for (auto it = byProtocol.begin(); it != byProtocol.end(); ++it) {
        std::sort(it.value().begin(), it.value().end());
        QStringList ports;
        for (const PortRange& range : std::as_const(it.value()))
            ports.append(range.toString());
        parts.append(protocolId(Protocol(it.key())).toUpper() + u' ' + ports.join(QStringLiteral(", ")));
    }
    return parts.join(QStringLiteral("; "));
}
} // namespace

bool TopologyScene::updateFirewalls(const LaneLayout& layout)
{
    const FirewallTopology& topology = m_analysis->firewalls();
    FirewallStrip strip = topology.isImplicit() ? FirewallStrip() : layOutFirewalls(topology.firewalls(), layout);
    for (int b = 0; b < m_boundaries.size(); ++b) {
        m_boundaries.at(b)->setFirewallNames(topology.isImplicit() ? std::nullopt
                                                                   : std::optional(strip.boundaryFirewalls.value(b)));
    }
    if (strip == m_strip && m_firewallItems.size() == strip.firewalls.size())
        return false;
    qDeleteAll(m_firewallItems);
    m_firewallItems.clear();
    for (const FirewallPlacement& placement : std::as_const(strip.firewalls)) {
        auto* item = new FirewallItem(placement);
        item->setZValue(kFirewallZ - placement.row * kFirewallRowStep);
        addItem(item);
        m_firewallItems.append(item);
    }
    m_strip = std::move(strip);
    return true;
}

void TopologyScene::applyFirewallHighlight(const QSet<int>& rows)
{
    if (m_firewallItems.isEmpty())
        return;
    const FirewallTopology& topology = m_analysis->firewalls();
    QSet<int> crossed;
    for (const int row : rows) {
        for (const FirewallHop& hop : m_analysis->rowFirewalls(row))
            crossed.insert(hop.firewall);
    }
    for (FirewallItem* item : std::as_const(m_firewallItems)) {
        item->setSelected(!m_selectedFirewall.isEmpty() && item->firewallId() == m_selectedFirewall);
        item->setEmphasis(rows.isEmpty()                                                 ? Emphasis::Normal
                          : crossed.contains(topology.firewallIndex(item->firewallId())) ? Emphasis::Emphasised
                                                                                         : Emphasis::Dimmed);
    }
}

void TopologyScene::selectFirewall(const QString& firewallId)
{
    const bool known = m_analysis->firewalls().firewallIndex(firewallId) >= 0;
    m_highlightedRows = known ? firewallRules(firewallId) : QList<int>();
    m_selectedFirewall = known ? firewallId : QString();
    applyHighlight();
}

QList<int> TopologyScene::firewallRules(const QString& firewallId) const
{
    return shownRows(m_analysis->firewallRows(firewallId));
}

QString TopologyScene::firewallToolTip(const QString& firewallId) const
{
    const FirewallTopology& topology = m_analysis->firewalls();
    const int index = topology.firewallIndex(firewallId);
    if (index < 0)
        return {};
    const Firewall& firewall = topology.firewalls().at(index);
    const Deployment& deployment = *m_analysis->deployment();
    QStringList faces;
    for (const FirewallInterface& face : topology.legsInLaneOrder(firewall)) {
        const Zone* zone = deployment.zone(face.zone);
        faces.append(tr("%1 (%2)", "interface (zone)")
                         .arg(FirewallTopology::interfaceText(face.name), zone ? zone->name : face.zone));
    }
    QStringList lines{firewall.name, tr("Interfaces: %1").arg(faces.join(QStringLiteral(", ")))};
    // In the zones' lane order (the host's own side at its zone's lane), ingress then egress.
    QMap<QPair<int, int>, QList<int>> pairs;
    QMap<QPair<int, int>, QPair<QString, QString>> names;
    for (const int row : firewallRules(firewallId)) {
        for (const FirewallHop& hop : m_analysis->rowFirewalls(row)) {
            if (hop.firewall != index)
                continue;
            const QPair<int, int> zones{deployment.zoneIndex(hop.fromZone), deployment.zoneIndex(hop.toZone)};
            pairs[zones].append(row);
            names.insert(zones, {hop.ingress, hop.egress});
        }
    }
    if (pairs.isEmpty())
        lines.append(tr("No rule crosses it."));
    for (auto it = pairs.cbegin(); it != pairs.cend(); ++it) {
        const auto& [ingress, egress] = names.value(it.key());
        lines.append(tr("%1 → %2: %n rule(s) (%3)", nullptr, int(it.value().size()))
                         .arg(FirewallTopology::interfaceText(ingress), FirewallTopology::interfaceText(egress),
                              portsOf(it.value(), m_analysis->matrix())));
    }
    return lines.join(u'\n');
}
