#include "model/explicitfirewalls.h"

#include <QCoreApplication>
#include <QPair>

#include <algorithm>

#include "model/deployment.h"
#include "model/firewalltopology.h"

namespace ExplicitFirewalls {

namespace {

// Replaces the whole list of firewalls in one change, and back.
class SetFirewallsCommand final : public QUndoCommand
{
public:
    SetFirewallsCommand(Deployment* document, const QList<Firewall>& firewalls, const QString& text)
        : QUndoCommand(text)
        , m_document(document)
        , m_before(document->firewalls())
        , m_after(firewalls)
    {
        setObsolete(m_before == m_after);
    }
    void undo() override { m_document->setFirewalls(m_before); }
    void redo() override { m_document->setFirewalls(m_after); }

private:
    Deployment* m_document;
    QList<Firewall> m_before;
    QList<Firewall> m_after;
};

// The listed firewalls, or the implicit ones when the deployment lists none.
QList<Firewall> explicitFirewalls(const Deployment* document)
{
    return document->firewalls().isEmpty() ? FirewallTopology(document->data()).firewalls() : document->firewalls();
}

// The first pair of zones a firewall joins both of, neighbouring ones first (else the first two zones): a firewall
// beside one already there, listed after it, changes no flow's way until its zones are changed. Zones that run on a
// firewall are left out: they are reached through that firewall only, never through an interface of another.
QPair<QString, QString> newFirewallZones(const Deployment* document, const QList<Firewall>& firewalls)
{
    QList<QString> zones;
    for (const Zone& zone : document->zones()) {
        if (std::none_of(firewalls.begin(), firewalls.end(),
                         [&zone](const Firewall& firewall) { return firewall.runs(zone.id); }))
            zones.append(zone.id);
    }
    if (zones.size() < 2)
        return {document->zones().at(0).id, document->zones().at(1).id};
    for (int distance = 1; distance < zones.size(); ++distance) {
        for (int i = 0; i + distance < zones.size(); ++i) {
            const QString& left = zones.at(i);
            const QString& right = zones.at(i + distance);
            const bool joined = std::any_of(firewalls.begin(), firewalls.end(), [&](const Firewall& firewall) {
                return firewall.joins(left) && firewall.joins(right);
            });
            if (joined)
                return {left, right};
        }
    }
    return {zones.at(0), zones.at(1)};
}

} // namespace

std::unique_ptr<QUndoCommand> makeExplicit(Deployment* document)
{
    return std::make_unique<SetFirewallsCommand>(
        document, explicitFirewalls(document),
        QCoreApplication::translate("DeploymentCommands", "Make firewalls explicit"));
}

std::unique_ptr<QUndoCommand> addFirewall(Deployment* document, QString* firewallId)
{
    int number = 1;
    while (document->firewall(QStringLiteral("fw%1").arg(number)))
        ++number;
    Firewall firewall;
    firewall.id = QStringLiteral("fw%1").arg(number);
    firewall.name = QCoreApplication::translate("DeploymentCommands", "Firewall %1").arg(number);
    if (firewallId)
        *firewallId = firewall.id;
    const QString text = QCoreApplication::translate("DeploymentCommands", "Add firewall %1").arg(firewall.name);
    QList<Firewall> firewalls = explicitFirewalls(document);
    if (document->zones().size() >= 2) {
        const auto [left, right] = newFirewallZones(document, firewalls);
        firewall.interfaces = {{left, left}, {right, right}};
        firewalls.append(firewall);
    }
    return std::make_unique<SetFirewallsCommand>(document, firewalls, text);
}

} // namespace ExplicitFirewalls
