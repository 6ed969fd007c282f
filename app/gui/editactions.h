#pragma once

#include <QObject>
#include <QPoint>
#include <QStringList>

class Deployment;
class InspectorPanel;
class PortCatalog;
class QAction;
class QMenu;
class QWidget;
class TopologyScene;

// The editing commands of the window: Delete, Rename, Duplicate and Select All in the Edit menu; adding, removing and
// moving zones; and the context menus of cards, lanes and flow arrows. They act on what the diagram selected: cards,
// or else the zone last clicked. Every change is an undoable command.
class EditActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditActions)

public:
    EditActions(Deployment* document, TopologyScene* scene, InspectorPanel* inspector, const PortCatalog& catalog,
                QWidget* window);

    // Adds the actions to the Edit menu, with the Zone entries in a submenu.
    void addTo(QMenu* edit);
    QAction* deleteAction() const { return m_delete; }

    // The context menus, filled for what was right-clicked (the scene's signals show them; tests fill them).
    void fillServerMenu(QMenu* menu, const QStringList& serverIds);
    void fillZoneMenu(QMenu* menu, const QString& zoneId);
    void fillFlowMenu(QMenu* menu, const QList<int>& rows);

    void addZone(int index = -1);
    void duplicateServers(const QStringList& serverIds);
    void deleteServers(const QStringList& serverIds);
    void removeZone(const QString& zoneId);
    void moveZone(const QString& zoneId, int step);
    // The zone the Zone actions act on: the one last selected, or else the zone of the first selected card.
    QString currentZone() const;

signals:
    // The rows of a flow arrow chosen from its menu: the window selects them in the matrix and the inspector.
    void showRulesRequested(const QList<int>& rows);
    void copyRulesRequested(const QList<int>& rows);
    // A flow arrow's menu has its editing entries: others (the what-if) add theirs.
    void flowMenuFilled(QMenu* menu, const QList<int>& rows);

private:
    void updateActions();

    Deployment* m_document;
    TopologyScene* m_scene;
    InspectorPanel* m_inspector;
    const PortCatalog& m_catalog;
    QWidget* m_window;
    QString m_zoneId; // the zone last clicked on the diagram, while no card is selected
    QAction* m_delete;
    QAction* m_rename;
    QAction* m_duplicate;
    QAction* m_selectAll;
    QAction* m_addZone;
    QAction* m_removeZone;
    QAction* m_moveZoneLeft;
    QAction* m_moveZoneRight;
};
