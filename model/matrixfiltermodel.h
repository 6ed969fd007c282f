#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

// Narrows a PortMatrixModel to one zone pair, one service, the rows crossing one firewall and/or a free text that any
// cell may contain (case-insensitive). An empty criterion lets every row through.
class MatrixFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MatrixFilterModel)

public:
    explicit MatrixFilterModel(QObject* parent = nullptr);

    void setZonePair(const QString& fromZone, const QString& toZone);
    void setService(const QString& service);
    // Only the rows that cross this firewall (explicit, or implicit "fw-<left>-<right>"):
    // DeploymentAnalysis::firewallRows. An unknown id keeps no row.
    void setFirewall(const QString& firewallId);
    void setText(const QString& text);
    // Source rows never shown, whatever the criteria (a lesson's answers).
    void setHiddenRows(const QSet<int>& rows);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_fromZone;
    QString m_toZone;
    QString m_service;
    QString m_firewall;
    QString m_text;
    QSet<int> m_hiddenRows;
};
