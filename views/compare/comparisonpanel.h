#pragma once

#include <QWidget>

class ComparisonState;
class EndpointNamer;
class QAction;
class QLabel;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

// The summary of a comparison (objectName "comparisonSummary"): which layout is A and which B, how many rules were
// added, removed, widened, narrowed, changed both ways, or go to other servers (each with its colour: the legend of
// the matrix table and the chips), then per boundary what its firewall must open and may close, and its changed
// rules. Activating a boundary asks for it to be selected on the diagram.
class ComparisonPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparisonPanel)

public:
    explicit ComparisonPanel(QAction* stop, QWidget* parent = nullptr);

    void showComparison(const ComparisonState& state, const EndpointNamer& namer, const QString& nameOfA,
                        const QString& nameOfB);
    QTreeWidget* boundaries() const { return m_boundaries; }

signals:
    void boundaryActivated(const QString& fromZone, const QString& toZone);

private:
    void addBoundaryItems(const ComparisonState& state, const EndpointNamer& namer, const QString& nameOfB);
    QTreeWidgetItem* boundaryOf(QTreeWidgetItem* item) const;

    QLabel* m_title;
    QList<QLabel*> m_counts; // as MatrixDiff::Summary: added, removed, widened, narrowed, changed, endpoints, same
    QLabel* m_zones;
    QTreeWidget* m_boundaries;
};
