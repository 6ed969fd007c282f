#pragma once

#include "model/rowobservation.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QStringList>

class DeploymentAnalysis;
struct MatrixRule;

// What a view state (the comparison) says about a row: a background, a foreground, a font or a tooltip line that the
// table shows over the model's own; an invalid QVariant leaves the row as it is.
class MatrixRowMarks
{
public:
    virtual ~MatrixRowMarks() = default;
    virtual QVariant rowData(int row, int role) const = 0;
};

// The port matrix as a table: the rules between zones, then the flows inside zones. A view of DeploymentAnalysis,
// reset whenever the document changes. Servers, actors and sources read as a person names them (EndpointNames,
// PortCatalog::sourceLabels); the ids are in the exports.
class PortMatrixModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PortMatrixModel)

public:
    enum Column
    {
        From,
        To,
        Protocol,
        Ports,
        Service,
        Firewalls, // the explicit firewalls the row crosses, with their interfaces; empty with implicit firewalls
        Observed,  // the live probe's view of the row (setObservations)
        Sources,
        Destinations,
        Purpose,
        Encryption,
        References,
        ColumnCount
    };
    enum Role
    {
        EntryRole = Qt::UserRole + 1, // catalog entry id
        FromZoneRole,                 // zone ids
        ToZoneRole,
        FamilyRole,
        InsideZoneRole,  // bool
        BlockedRole,     // bool: blocked in the what-if (setBlockedRows)
        FirewallIdsRole, // QStringList: the ids of the firewalls the row crosses, explicit or implicit, in order
    };

    explicit PortMatrixModel(DeploymentAnalysis* analysis, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const MatrixRule* rule(int row) const;

    // What the live probe saw, by matrix row. Cleared whenever the analysis changes, since rows are renumbered.
    void setObservations(const QHash<int, RowObservation>& observations);
    // Marks every row as these say (nullptr: none); they must outlive the model or be unset. Call again when what
    // they say changed. With the model's signals blocked it only forgets them (the window's teardown).
    void setRowMarks(const MatrixRowMarks* marks);
    // The rows the what-if blocks, drawn struck through in red. Cleared whenever the analysis changes.
    void setBlockedRows(const QSet<int>& rows);

private:
    // What the Firewalls column and FirewallIdsRole say about the rows of one zone pair; worked out once per pair.
    struct Crossing
    {
        QStringList ids;
        QStringList hops; // "Perimeter (outside → inside)"
        bool noPath = false;
    };

    QVariant display(const MatrixRule& rule, int column) const;
    const Crossing& crossing(int row) const;
    QVariant firewallsData(int row, int role) const;

    DeploymentAnalysis* m_analysis;
    QHash<int, RowObservation> m_observations;
    const MatrixRowMarks* m_marks = nullptr;
    QSet<int> m_blocked;
    mutable QHash<QString, Crossing> m_crossings; // by "from>to" zone ids; cleared whenever the analysis changes
};
