#pragma once

#include <QObject>

class Deployment;
class InspectorPanel;
class MatrixPanel;
class QAction;
class QGraphicsView;
class QLineEdit;
class QMenu;
class QToolBar;
class TopologyScene;

// Finding one's way in a large diagram, and seeing that it has the keyboard (a highlight frame while focused): the
// wheel zooms around the cursor (Shift+wheel scrolls sideways), Zoom to Selection frames the selected cards, and Find
// (Ctrl+F) looks a server up by name (part of it, any case) and selects, shows and inspects it; with the focus in the
// port matrix, Ctrl+F goes to the matrix's own filter instead.
class DiagramNavigation final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiagramNavigation)

public:
    DiagramNavigation(Deployment* document, TopologyScene* scene, QGraphicsView* view, InspectorPanel* inspector,
                      MatrixPanel* matrix, QObject* parent);

    // Adds Find and Zoom to Selection to the View menu and the find field to the toolbar.
    void addTo(QMenu* viewMenu, QToolBar* toolBar);
    // Selects the servers whose name (or id) contains text, frames them and inspects the first; false if none.
    bool find(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void zoomToSelection();

    Deployment* m_document;
    TopologyScene* m_scene;
    QGraphicsView* m_view;
    InspectorPanel* m_inspector;
    MatrixPanel* m_matrix;
    QLineEdit* m_findField;
    QAction* m_find;
    QAction* m_zoomToSelection;
};
