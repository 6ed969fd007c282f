#include "app/gui/firewallmenu.h"

#include "model/deployment.h"
#include "model/deploymentcommands.h"
#include "views/diagram/topologyscene.h"

#include <QAction>
#include <QMenu>

FirewallMenu::FirewallMenu(Deployment* document, TopologyScene* scene, QWidget* window)
    : QObject(window)
    , m_document(document)
    , m_scene(scene)
    , m_window(window)
{
    connect(m_scene, &TopologyScene::firewallMenuRequested, this, [this](const QString& id, const QPoint& pos) {
        QMenu menu(m_window);
        fill(&menu, id);
        menu.exec(pos);
    });
}

void FirewallMenu::fill(QMenu* menu, const QString& firewallId)
{
    menu->setObjectName(QStringLiteral("menuFirewallBlock"));
    const QList<int> rows = m_scene->firewallRules(firewallId);
    QAction* select = menu->addAction(tr("&Select Its Rules"), this, [this, firewallId, rows] {
        emit showRulesRequested(rows);
        m_scene->selectFirewall(firewallId); // after the window's highlight of the rows, which forgets the firewall
    });
    select->setObjectName(QStringLiteral("actionSelectFirewallRules"));
    QAction* copy =
        menu->addAction(tr("&Copy Rules of This Firewall"), this, [this, rows] { emit copyRulesRequested(rows); });
    copy->setObjectName(QStringLiteral("actionCopyFirewallRules"));
    QAction* filter = menu->addAction(tr("Show Only Its Rules in the &Matrix"), this,
                                      [this, firewallId] { emit filterMatrixRequested(firewallId); });
    filter->setObjectName(QStringLiteral("actionFilterFirewallRules"));
    select->setEnabled(!rows.isEmpty());
    copy->setEnabled(!rows.isEmpty());
    menu->addSeparator();
    QAction* remove = menu->addAction(tr("&Remove Firewall"), this, [this, firewallId] {
        m_document->undoStack()->push(new RemoveFirewallCommand(m_document, firewallId));
    });
    remove->setObjectName(QStringLiteral("actionRemoveFirewall"));
    remove->setEnabled(!m_scene->readOnly() && m_document->firewall(firewallId));
    emit menuFilled(menu, firewallId);
}
