#pragma once

#include <QGraphicsScene>
#include <QStringList>

class Deployment;
class DeploymentAnalysis;
class PortCatalog;

// The topology diagram as a view of the document: zones as lanes left to right, tinted by kind, with a header;
// server cards laid out in a grid inside their lane; a firewall bar between neighbouring zones carrying the port
// chips of every rule that crosses it. Rebuilt from the analysis after each document change.
class TopologyScene final : public QGraphicsScene
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopologyScene)

public:
    TopologyScene(Deployment* document, DeploymentAnalysis* analysis, const PortCatalog& catalog,
                  QObject* parent = nullptr);

    // The chips of the boundary between zone index and index + 1, e.g. "→ TCP 25, 443".
    QStringList boundaryChips(int boundary) const;
    // Chips of that boundary that appeared with the last change and are still highlighted.
    QStringList highlightedChips(int boundary) const;
    // The zone whose lane holds this point, or an empty string.
    QString zoneAt(const QPointF& scenePos) const;

    // Places a new server with this role into the zone at scenePos as one undoable command. Returns an empty string,
    // or why it refused (outside any zone, a role the version lacks).
    QString placeRole(const QString& roleId, const QPointF& scenePos);

signals:
    void dropRefused(const QString& reason);

protected:
    void dragEnterEvent(QGraphicsSceneDragDropEvent* event) override;
    void dragMoveEvent(QGraphicsSceneDragDropEvent* event) override;
    void dropEvent(QGraphicsSceneDragDropEvent* event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void rebuild();
    QStringList chipsFor(int boundary) const;

    Deployment* m_document;
    DeploymentAnalysis* m_analysis;
    const PortCatalog& m_catalog;
    QList<QStringList> m_chips;
    QList<QStringList> m_highlighted;
    QList<QPair<QRectF, QString>> m_lanes; // lane rectangle → zone id
};
