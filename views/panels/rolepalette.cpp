#include "views/panels/rolepalette.h"

#include "model/deployment.h"
#include "model/portcatalog.h"
#include "views/diagram/roleicon.h"

#include <QMimeData>

RolePalette::RolePalette(Deployment* document, const PortCatalog& catalog, QWidget* parent)
    : QListWidget(parent)
    , m_document(document)
    , m_catalog(catalog)
{
    setObjectName(QStringLiteral("rolePalette"));
    setDragEnabled(true);
    // Long names end in "…" rather than widening the dock; the tooltip has the whole name and what the role does.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setTextElideMode(Qt::ElideRight);
    setDragDropMode(QAbstractItemView::DragOnly);
    connect(this, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { emit roleActivated(item->data(Qt::UserRole).toString()); });
    connect(m_document, &Deployment::propertiesChanged, this, &RolePalette::refill);
    connect(m_document, &Deployment::resetDone, this, &RolePalette::refill);
    refill();
}

void RolePalette::refill()
{
    clear();
    const QString version = m_document->exchangeVersion();
    for (const RoleInfo& role : m_catalog.roles()) {
        if (!role.existsIn(version))
            continue;
        auto* item = new QListWidgetItem(roleIcon(role.id), role.name, this);
        item->setData(Qt::UserRole, role.id);
        item->setToolTip(
            QStringLiteral("<b>%1</b><br>%2").arg(role.name.toHtmlEscaped(), role.description.toHtmlEscaped()));
        if (role.kind == RoleKind::Actor)
            item->setForeground(palette().placeholderText());
    }
}

QMimeData* RolePalette::mimeData(const QList<QListWidgetItem*>& items) const
{
    if (items.isEmpty())
        return nullptr;
    auto* data = new QMimeData;
    data->setData(mimeType(), items.first()->data(Qt::UserRole).toString().toUtf8());
    return data;
}
