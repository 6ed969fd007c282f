#include "model/matrixfiltermodel.h"

#include "model/portmatrixmodel.h"

MatrixFilterModel::MatrixFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{}

void MatrixFilterModel::setZonePair(const QString& fromZone, const QString& toZone)
{
    m_fromZone = fromZone;
    m_toZone = toZone;
    invalidateFilter();
}

void MatrixFilterModel::setService(const QString& service)
{
    m_service = service;
    invalidateFilter();
}

void MatrixFilterModel::setFirewall(const QString& firewallId)
{
    m_firewall = firewallId;
    invalidateFilter();
}

void MatrixFilterModel::setText(const QString& text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void MatrixFilterModel::setHiddenRows(const QSet<int>& rows)
{
    if (rows == m_hiddenRows)
        return;
    m_hiddenRows = rows;
    invalidateFilter();
}

bool MatrixFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_hiddenRows.contains(sourceRow))
        return false;
    const QAbstractItemModel* model = sourceModel();
    const QModelIndex first = model->index(sourceRow, 0, sourceParent);
    if (!m_fromZone.isEmpty() && first.data(PortMatrixModel::FromZoneRole).toString() != m_fromZone)
        return false;
    if (!m_toZone.isEmpty() && first.data(PortMatrixModel::ToZoneRole).toString() != m_toZone)
        return false;
    if (!m_service.isEmpty() &&
        model->index(sourceRow, PortMatrixModel::Service, sourceParent).data().toString() != m_service)
        return false;
    if (!m_firewall.isEmpty() && !first.data(PortMatrixModel::FirewallIdsRole).toStringList().contains(m_firewall))
        return false;
    if (m_text.isEmpty())
        return true;
    for (int column = 0; column < model->columnCount(sourceParent); ++column) {
        if (model->index(sourceRow, column, sourceParent).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}
