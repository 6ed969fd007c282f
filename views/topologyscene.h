#pragma once

#include <QGraphicsScene>
#include <QStringList>

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
    TopologyScene(DeploymentAnalysis* analysis, const PortCatalog& catalog, QObject* parent = nullptr);

    // The chips of the boundary between zone index and index + 1, e.g. "→ TCP 25, 443".
    QStringList boundaryChips(int boundary) const;

private:
    void rebuild();
    QStringList chipsFor(int boundary) const;

    DeploymentAnalysis* m_analysis;
    const PortCatalog& m_catalog;
    QList<QStringList> m_chips;
};
