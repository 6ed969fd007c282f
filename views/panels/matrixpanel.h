#pragma once

#include "model/rowobservation.h"

#include <QHash>
#include <QSet>
#include <QWidget>

class AnswerMask;
class DeploymentAnalysis;
class MatrixFilterModel;
class PortMatrixModel;
class QAction;
class QComboBox;
class QLineEdit;
class QTableView;

// The port matrix dock: a table of every rule with filters by zone pair, service, firewall and free text.
class MatrixPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MatrixPanel)

public:
    explicit MatrixPanel(DeploymentAnalysis* analysis, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    PortMatrixModel* model() const { return m_model; }

    // The matrix rows (PortMatrix::ruleAt) the table shows now, in its order: filters and sorting applied.
    QList<int> shownRows() const;
    // The table's visible columns (PortMatrixModel::Column) from left to right; "Observed" once the probe has results.
    QList<int> shownColumns() const;
    // Puts these matrix rows on the clipboard as the table shows them: its visible columns, as text and as HTML
    // (MatrixClipboard). Ctrl+C in the table copies the selected rows this way.
    void copyRows(const QList<int>& rows) const;

    // Selects these matrix rows (PortMatrix::ruleAt) in the table and scrolls to the first, clearing the filters when
    // they hide every one of them. Does not emit rowsSelected.
    void selectRows(const QList<int>& rows);
    // Shows only the rules that cross this firewall (an id of DeploymentAnalysis::firewalls(), explicit or implicit),
    // as if chosen in the firewall filter; an empty or unknown id shows every firewall's rules again.
    void setFirewall(const QString& firewallId);
    // Puts the cursor in the text filter, its text selected (Ctrl+F in the matrix).
    void focusFilter();
    // Learner mode: the rules the mask hides are not in the table, nor their zone pairs and services in the filters.
    // The mask belongs to the window and outlives the panel.
    void setAnswerMask(const AnswerMask* mask);
    // The live probe's view of the rows: fills and shows the "Observed" column.
    void showObservations(const QHash<int, RowObservation>& observations);
    // The what-if's blocked rows, struck through.
    void showBlockedRows(const QSet<int>& rows);
    // The matrix rows selected in the table, ascending.
    QList<int> selectedRows() const;

signals:
    // The user selected these matrix rows (an empty list when the selection was cleared).
    void rowsSelected(const QList<int>& rows);
    // The table's menu asked to export the selected rows (the window knows where files go).
    void exportRowsRequested(const QList<int>& rows);

private:
    QList<int> selectedRowsAsShown() const;

    void refillChoices();
    void refillFirewalls();
    void applyFilters();
    void clearFilters();

    DeploymentAnalysis* m_analysis;
    const AnswerMask* m_answers = nullptr;
    PortMatrixModel* m_model;
    MatrixFilterModel* m_filter;
    QComboBox* m_zonePair;
    QComboBox* m_service;
    QComboBox* m_firewall;
    QLineEdit* m_text;
    QTableView* m_table;
    QAction* m_copy;
    QAction* m_export;
    QAction* m_clearFilters;
    bool m_selecting = false;
};
