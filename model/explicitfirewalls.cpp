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

// The first neighbouring pair of zones a firewall joins both of (else the first two zones): a firewall beside one
// already there, listed after it, changes no flow's way until its zones are changed.
QPair<QString, QString> newFirewallZones(const Deployment* document, const QList<Firewall>& firewalls)
{
    const QList<Zone>& zones = document->zones();
    for (int i = 0; i + 1 < zones.size(); ++i) {
        const QString& left = zones.at(i).id;
        const QString& right = zones.at(i + 1).id;
        const bool joined = std::any_of(firewalls.begin(), firewalls.end(), [&](const Firewall& firewall) {
            return firewall.joins(left) && firewall.joins(right);
        });
        if (joined)
            return {left, right};
    }
    return {zones.at(0).id, zones.at(1).id};
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
