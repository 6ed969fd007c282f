#pragma once

#include <QList>
#include <QObject>
#include <QPoint>

class Deployment;
class QMenu;
class QWidget;
class TopologyScene;

// The context menu of a firewall block on the diagram (a firewall the deployment lists): select its rules (the
// diagram highlights them, the matrix and the inspector select them), show only them in the matrix, copy them as the
// matrix copies rows, or remove the firewall (undoable; not while a lesson's answers are hidden). Other parts of the
// window add their entries (export its rules) when menuFilled is emitted.
class FirewallMenu final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirewallMenu)

public:
    FirewallMenu(Deployment* document, TopologyScene* scene, QWidget* window);

    // Fills the menu for this firewall (the scene's right click shows it; tests fill it).
    void fill(QMenu* menu, const QString& firewallId);

signals:
    // The rows of the firewall (without those a lesson hides): the window selects them in the matrix and the inspector,
    // or copies them.
    void showRulesRequested(const QList<int>& rows);
    void copyRulesRequested(const QList<int>& rows);
    void filterMatrixRequested(const QString& firewallId);
    // The menu has this menu's entries: "Export Firewall Rules…" and "Remove Firewall" go after them.
    void menuFilled(QMenu* menu, const QString& firewallId);

private:
    Deployment* m_document;
    TopologyScene* m_scene;
    QWidget* m_window;
};
