#include "views/compare/comparisonpanel.h"

#include <iterator>

#include <QAction>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "model/comparisonstate.h"
#include "model/endpointnamer.h"
#include "views/compare/comparisonlook.h"

namespace {

constexpr int FromZoneRole = Qt::UserRole;
constexpr int ToZoneRole = Qt::UserRole + 1;
// A boundary lists this many of its changed rules; the matrix table and the tooltips have the rest.
constexpr int RulesShown = 12;

struct CountSpec
{
    const char* objectName;
    ComparisonLook::Mark mark;
};

const CountSpec CountSpecs[] = {
    {"countAdded", ComparisonLook::Mark::Added},    {"countRemoved", ComparisonLook::Mark::Removed},
    {"countWidened", ComparisonLook::Mark::Ports},  {"countNarrowed", ComparisonLook::Mark::Ports},
    {"countChanged", ComparisonLook::Mark::Ports},  {"countEndpoints", ComparisonLook::Mark::Endpoints},
    {"countUnchanged", ComparisonLook::Mark::None},
};

QString countName(int index)
{
    switch (index) {
    case 0:
        return ComparisonPanel::tr("added");
    case 1:
        return ComparisonPanel::tr("removed");
    case 2:
        return ComparisonPanel::tr("widened");
    case 3:
        return ComparisonPanel::tr("narrowed");
    case 4:
        return ComparisonPanel::tr("opened and closed");
    case 5:
        return ComparisonPanel::tr("other servers");
    default:
        return ComparisonPanel::tr("unchanged");
    }
}

// A square of the mark's colour before the text, as rich text.
QString swatched(ComparisonLook::Mark mark, const QString& text)
{
    const QColor colour = ComparisonLook::colour(mark);
    const QString fill = colour.isValid() ? colour.name() : QStringLiteral("transparent");
    return QStringLiteral("<span style=\"background-color:%1; color:%1\">&nbsp;&nbsp;&nbsp;&nbsp;</span>&nbsp;%2")
        .arg(fill, text.toHtmlEscaped());
}

QString openText(const QList<PortRange>& tcp, const QList<PortRange>& udp)
{
    QStringList parts;
    if (!tcp.isEmpty())
        parts.append(portsText(Protocol::Tcp, tcp));
    if (!udp.isEmpty())
        parts.append(portsText(Protocol::Udp, udp));
    return parts.join(QStringLiteral("; "));
}

// Lines as tall as their text wrapped to the width of the view: a tree view lays rows out at one height otherwise.
class WrappedLines final : public QStyledItemDelegate
{
public:
    explicit WrappedLines(QTreeView* view)
        : QStyledItemDelegate(view)
        , m_view(view)
    {}

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        int depth = m_view->rootIsDecorated() ? 1 : 0;
        for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
            ++depth;
        constexpr int margins = 8;
        const int width = qMax(40, m_view->viewport()->width() - m_view->indentation() * depth - margins);
        const QRect text = QFontMetrics(opt.font).boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, opt.text);
        return {width, text.height() + margins};
    }

private:
    QTreeView* m_view;
};

} // namespace

ComparisonPanel::ComparisonPanel(QAction* stop, QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_zones(new QLabel(this))
    , m_boundaries(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("comparisonSummary"));
    m_title->setObjectName(QStringLiteral("comparisonTitle"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    auto* stopButton = new QToolButton(this);
    stopButton->setDefaultAction(stop);
    stopButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(stopButton, 0, Qt::AlignTop);

    auto* counts = new QGridLayout;
    counts->setHorizontalSpacing(16);
    for (int i = 0; i < int(std::size(CountSpecs)); ++i) {
        auto* label = new QLabel(this);
        label->setObjectName(QString::fromLatin1(CountSpecs[i].objectName));
        label->setTextFormat(Qt::RichText);
        counts->addWidget(label, i / 2, i % 2);
        m_counts.append(label);
    }
    counts->setColumnStretch(2, 1);

    m_zones->setObjectName(QStringLiteral("comparisonZones"));
    m_zones->setWordWrap(true);
    m_zones->setTextFormat(Qt::PlainText);

    m_boundaries->setObjectName(QStringLiteral("comparisonBoundaries"));
    m_boundaries->setHeaderHidden(true);
    m_boundaries->setWordWrap(true);
    m_boundaries->setItemDelegate(new WrappedLines(m_boundaries));
    m_boundaries->setTextElideMode(Qt::ElideNone);
    m_boundaries->setUniformRowHeights(false);
    m_boundaries->header()->setSectionResizeMode(QHeaderView::Stretch);
    m_boundaries->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Wrapped lines take the height of the column's new width, not of the one they were first laid out at.
    connect(m_boundaries->header(), &QHeaderView::sectionResized, m_boundaries, &QTreeWidget::doItemsLayout,
            Qt::QueuedConnection);
    const auto activate = [this](QTreeWidgetItem* item) {
        if (QTreeWidgetItem* boundary = boundaryOf(item))
            emit boundaryActivated(boundary->data(0, FromZoneRole).toString(),
                                   boundary->data(0, ToZoneRole).toString());
    };
    connect(m_boundaries, &QTreeWidget::itemClicked, this, activate);
    connect(m_boundaries, &QTreeWidget::itemActivated, this, activate);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(counts);
    layout->addWidget(m_zones);
    layout->addWidget(m_boundaries, 1);
}

void ComparisonPanel::showComparison(const ComparisonState& state, const EndpointNamer& namer, const QString& nameOfA,
                                     const QString& nameOfB)
{
    const MatrixDiff& diff = state.diff();
    QString title = tr("A: %1\nB: %2").arg(nameOfA, nameOfB);
    if (diff.isEmpty())
        title += u'\n' + tr("No differences: the port matrices are equal.");
    m_title->setText(title);

    const MatrixDiff::Summary& summary = diff.summary();
    const int values[] = {summary.added,   summary.removed,          summary.widened,  summary.narrowed,
                          summary.changed, summary.endpointsChanged, summary.unchanged};
    for (int i = 0; i < m_counts.size(); ++i) {
        m_counts.at(i)->setText(swatched(CountSpecs[i].mark, tr("%1 %2").arg(values[i]).arg(countName(i))));
        m_counts.at(i)->setProperty("count", values[i]);
    }

    QStringList zones;
    const auto names = [](const QList<ZoneRef>& refs) {
        QStringList list;
        for (const ZoneRef& zone : refs)
            list.append(zone.name);
        return list.join(QStringLiteral(", "));
    };
    if (!diff.zonesAdded().isEmpty())
        zones.append(tr("Zones only in B: %1").arg(names(diff.zonesAdded())));
    if (!diff.zonesRemoved().isEmpty())
        zones.append(tr("Zones only in A: %1").arg(names(diff.zonesRemoved())));
    m_zones->setText(zones.join(u'\n'));
    m_zones->setVisible(!zones.isEmpty());

    addBoundaryItems(state, namer, nameOfB);
}

void ComparisonPanel::addBoundaryItems(const ComparisonState& state, const EndpointNamer& namer, const QString& nameOfB)
{
    m_boundaries->clear();
    const QList<BoundaryDiff>& boundaries = state.diff().boundaries();
    QList<QTreeWidgetItem*> items;
    for (const BoundaryDiff& boundary : boundaries) {
        auto* item = new QTreeWidgetItem;
        item->setText(0, boundary.isIntraZone() ? tr("Inside %1 (host firewalls)").arg(boundary.fromName)
                                                : tr("%1 → %2").arg(boundary.fromName, boundary.toName));
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        item->setData(0, FromZoneRole, boundary.from);
        item->setData(0, ToZoneRole, boundary.to);
        item->setToolTip(0, tr("Click to select this boundary's changed rules on the diagram"));
        const auto addLine = [item](const QString& text, ComparisonLook::Mark mark, const QString& toolTip,
                                    bool struck) {
            auto* line = new QTreeWidgetItem(item, {text});
            line->setToolTip(0, toolTip.isEmpty() ? text : toolTip);
            if (mark != ComparisonLook::Mark::None) {
                line->setBackground(0, ComparisonLook::colour(mark));
                line->setForeground(0, QColor(Qt::black));
            }
            if (struck) {
                QFont font = line->font(0);
                font.setStrikeOut(true);
                line->setFont(0, font);
            }
        };
        const QString open = openText(boundary.openTcp, boundary.openUdp);
        const QString close = openText(boundary.closeTcp, boundary.closeUdp);
        addLine(open.isEmpty() ? tr("Nothing to open") : tr("Open %1").arg(open),
                open.isEmpty() ? ComparisonLook::Mark::None : ComparisonLook::Mark::Added, {}, false);
        addLine(close.isEmpty() ? tr("Nothing to close") : tr("Close %1").arg(close),
                close.isEmpty() ? ComparisonLook::Mark::None : ComparisonLook::Mark::Removed, {}, false);
        for (int i = 0; i < boundary.rules.size() && i < RulesShown; ++i) {
            const RuleDiff& rule = boundary.rules.at(i);
            const QList<PortRange>& ports = rule.change == RuleChange::Removed ? rule.portsA : rule.portsB;
            addLine(tr("%1: %2 (%3)")
                        .arg(ComparisonLook::name(ComparisonLook::markOf(rule.change)), portsText(rule.protocol, ports),
                             rule.services.join(QStringLiteral(", "))),
                    ComparisonLook::markOf(rule.change), ComparisonLook::ruleText(rule, namer, nameOfB),
                    rule.change == RuleChange::Removed);
        }
        if (boundary.rules.size() > RulesShown)
            addLine(tr("… and %n more changed rules", nullptr, int(boundary.rules.size() - RulesShown)),
                    ComparisonLook::Mark::None, {}, false);
        items.append(item);
    }
    m_boundaries->addTopLevelItems(items);
    // A handful of boundaries are read whole; many are opened one by one.
    if (items.size() <= 8)
        m_boundaries->expandAll();
}

QTreeWidgetItem* ComparisonPanel::boundaryOf(QTreeWidgetItem* item) const
{
    while (item && item->parent())
        item = item->parent();
    return item;
}
