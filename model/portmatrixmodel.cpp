#include "model/portmatrixmodel.h"

#include "model/catalogtexts.h"
#include "model/deployment.h"
#include "model/deploymentanalysis.h"
#include "model/endpointnames.h"
#include "model/portcatalog.h"

#include <QColor>
#include <QFont>

PortMatrixModel::PortMatrixModel(DeploymentAnalysis* analysis, QObject* parent)
    : QAbstractTableModel(parent)
    , m_analysis(analysis)
{
    connect(m_analysis, &DeploymentAnalysis::aboutToUpdate, this, [this] {
        beginResetModel();
        m_observations.clear();
        m_blocked.clear();
        m_crossings.clear();
    });
    connect(m_analysis, &DeploymentAnalysis::updated, this, &PortMatrixModel::endResetModel);
}

int PortMatrixModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    return m_analysis->matrix().rowCount();
}

int PortMatrixModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const MatrixRule* PortMatrixModel::rule(int row) const
{
    return m_analysis->matrix().ruleAt(row);
}

QVariant PortMatrixModel::display(const MatrixRule& rule, int column) const
{
    const Deployment& deployment = *m_analysis->deployment();
    const PortCatalog& catalog = m_analysis->catalog();
    switch (column) {
    case From:
        return EndpointNames::zoneName(deployment, rule.from);
    case To:
        return EndpointNames::zoneName(deployment, rule.to);
    case Protocol:
        return protocolId(rule.protocol).toUpper();
    case Ports:
        return rule.ports.toString();
    case Service:
        return CatalogTexts::user().service(rule);
    case Firewalls:
    case Observed:
        return {}; // data() answers from crossing() and m_observations
    case Sources:
        return EndpointNames::endpointNames(deployment, catalog, rule.sources);
    case Destinations:
        return EndpointNames::endpointNames(deployment, catalog, rule.destinations);
    case Purpose:
        return CatalogTexts::user().purpose(rule);
    case Encryption:
        return CatalogTexts::user().encryption(rule);
    case References:
        return catalog.sourceLabels(rule.references).join(QStringLiteral(", "));
    default:
        return {};
    }
}

// Rows of one zone pair cross the same firewalls: a 50-zone matrix has tens of thousands of rows but few pairs, and
// sorting by the column asks for each row's text many times.
const PortMatrixModel::Crossing& PortMatrixModel::crossing(int row) const
{
    const MatrixRule& rule = *this->rule(row);
    const QString key = rule.from + u'>' + rule.to;
    if (const auto found = m_crossings.constFind(key); found != m_crossings.cend())
        return *found;
    Crossing crossing;
    const FirewallTopology& topology = m_analysis->firewalls();
    const QList<FirewallHop> hops = m_analysis->rowFirewalls(row);
    crossing.noPath = rule.from != rule.to && hops.isEmpty();
    for (const FirewallHop& hop : hops) {
        const Firewall& firewall = topology.firewalls().at(hop.firewall);
        crossing.ids.append(firewall.id);
        // Implicit firewalls stand for the lane boundaries, which From and To already say: no generated names.
        if (!topology.isImplicit()) {
            crossing.hops.append(tr("%1 (%2 → %3)", "firewall (ingress interface → egress interface)")
                                     .arg(firewall.name.isEmpty() ? firewall.id : firewall.name,
                                          FirewallTopology::interfaceText(hop.ingress),
                                          FirewallTopology::interfaceText(hop.egress)));
        }
    }
    return *m_crossings.insert(key, crossing);
}

QVariant PortMatrixModel::firewallsData(int row, int role) const
{
    const Crossing& crossing = this->crossing(row);
    switch (role) {
    case Qt::DisplayRole:
        return crossing.noPath ? tr("no path", "no chain of firewalls joins the zones")
                               : crossing.hops.join(QStringLiteral(", "));
    case Qt::ForegroundRole:
        return crossing.noPath && !m_blocked.contains(row) ? QVariant(QColor(0xa3, 0x4a, 0x00)) : QVariant();
    case Qt::ToolTipRole: {
        const MatrixRule& rule = *this->rule(row);
        const Deployment& deployment = *m_analysis->deployment();
        const QString path = crossing.noPath ? tr("No chain of firewalls joins %1 and %2: no firewall lets this "
                                                  "traffic through. Give a firewall an interface facing each zone.")
                                                   .arg(EndpointNames::zoneName(deployment, rule.from),
                                                        EndpointNames::zoneName(deployment, rule.to))
                                             : crossing.hops.join(u'\n');
        const QString rest = data(index(row, From), role).toString();
        return path.isEmpty() ? rest : path + QStringLiteral("\n\n") + rest;
    }
    default:
        return {};
    }
}

QVariant PortMatrixModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MatrixRule* matrixRule = rule(index.row());
    if (!matrixRule)
        return {};
    // A comparison colours the row; a what-if block strikes it through in red over any comparison mark.
    const bool blockedLook = (role == Qt::ForegroundRole || role == Qt::FontRole) && m_blocked.contains(index.row());
    if (m_marks && !blockedLook && (role == Qt::BackgroundRole || role == Qt::ForegroundRole || role == Qt::FontRole)) {
        if (const QVariant mark = m_marks->rowData(index.row(), role); mark.isValid())
            return mark;
    }
    if (index.column() == Firewalls &&
        (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::ForegroundRole)) {
        if (const QVariant value = firewallsData(index.row(), role); value.isValid() || role != Qt::ForegroundRole)
            return value;
    }
    if (index.column() == Observed) {
        const auto observation = m_observations.constFind(index.row());
        if (observation == m_observations.cend())
            return role == Qt::DisplayRole ? QVariant(QString()) : QVariant();
        switch (role) {
        case Qt::DisplayRole:
            // Said in words, not only in italics: a result from another zone does not prove the rule.
            return observation->verified ? observation->text : tr("%1 · not verified from here").arg(observation->text);
        case Qt::ToolTipRole:
            return observation->toolTip;
        case Qt::DecorationRole:
            return observation->colour;
        case Qt::FontRole: {
            QFont font;
            font.setItalic(!observation->verified); // seen, but not from the rule's own source zone
            return font;
        }
        default:
            break;
        }
    }
    switch (role) {
    case Qt::DisplayRole:
        return display(*matrixRule, index.column());
    case Qt::ToolTipRole: {
        const QString ifBlocked = tr("If blocked: %1").arg(CatalogTexts::user().ifBlocked(*matrixRule));
        const QVariant mark = m_marks ? m_marks->rowData(index.row(), role) : QVariant();
        return mark.isValid() ? mark.toString() + QStringLiteral("\n\n") + ifBlocked : ifBlocked;
    }
    case EntryRole:
        return matrixRule->entry;
    case FromZoneRole:
        return matrixRule->from;
    case ToZoneRole:
        return matrixRule->to;
    case FamilyRole:
        return matrixRule->family;
    case InsideZoneRole:
        return matrixRule->from == matrixRule->to;
    case BlockedRole:
        return m_blocked.contains(index.row());
    case FirewallIdsRole:
        return crossing(index.row()).ids;
    case Qt::FontRole:
        if (m_blocked.contains(index.row())) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        return m_blocked.contains(index.row()) ? QVariant(QColor(0xb0, 0x1e, 0x1e)) : QVariant();
    default:
        return {};
    }
}

QVariant PortMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case From:
        return tr("From");
    case To:
        return tr("To");
    case Protocol:
        return tr("Protocol");
    case Ports:
        return tr("Ports");
    case Service:
        return tr("Service");
    case Firewalls:
        return tr("Firewalls");
    case Observed:
        return tr("Observed");
    case Sources:
        return tr("Sources");
    case Destinations:
        return tr("Destinations");
    case Purpose:
        return tr("Purpose");
    case Encryption:
        return tr("Encryption");
    case References:
        return tr("References");
    default:
        return {};
    }
}

void PortMatrixModel::setObservations(const QHash<int, RowObservation>& observations)
{
    m_observations = observations;
    if (rowCount() > 0)
        emit dataChanged(index(0, Observed), index(rowCount() - 1, Observed));
}

void PortMatrixModel::setRowMarks(const MatrixRowMarks* marks)
{
    m_marks = marks;
    // With its signals blocked the model is being unhooked while the window is torn down: its analysis may be gone.
    if (!signalsBlocked() && rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

// Only the rows that change are repainted: a row of a large deployment names hundreds of servers.
void PortMatrixModel::setBlockedRows(const QSet<int>& rows)
{
    if (rows == m_blocked)
        return;
    QSet<int> changed = rows;
    changed.unite(m_blocked).subtract(QSet<int>(rows).intersect(m_blocked));
    m_blocked = rows;
    for (int row : std::as_const(changed)) {
        if (row < rowCount())
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1),
                             {Qt::FontRole, Qt::ForegroundRole, BlockedRole});
    }
}
