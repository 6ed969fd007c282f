#include "views/inspector/inspectorsupport.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QHeaderView>
#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QTreeView>

#include "model/deployment.h"
#include "model/portcatalog.h"
#include "model/portmatrix.h"

namespace Inspector {

QString endpointName(const Deployment& document, const PortCatalog& catalog, const QString& id)
{
    if (const Server* server = document.server(id))
        return server->name.isEmpty() ? server->id : server->name;
    const qsizetype colon = id.indexOf(u':');
    if (colon < 0)
        return id;
    const QString role = id.mid(colon + 1);
    const RoleInfo* info = catalog.role(role);
    return QCoreApplication::translate("Inspector", "%1 (%2)", "implicit actor (zone)")
        .arg(info ? info->name : role, zoneName(document, id.left(colon)));
}

QString endpointNames(const Deployment& document, const PortCatalog& catalog, const QStringList& ids)
{
    QStringList names;
    names.reserve(ids.size());
    for (const QString& id : ids)
        names.append(endpointName(document, catalog, id));
    return names.join(QStringLiteral(", "));
}

QString zoneName(const Deployment& document, const QString& id)
{
    const Zone* zone = document.zone(id);
    return zone && !zone->name.isEmpty() ? zone->name : id;
}

QString portText(const MatrixRule& rule)
{
    const QString text = protocolId(rule.protocol).toUpper() + u' ' + rule.ports.toString();
    return rule.dynamicRpc ? QCoreApplication::translate("Inspector", "%1 (dynamic RPC)").arg(text) : text;
}

QString sourceLinks(const PortCatalog& catalog, const QStringList& tags, bool withTitles)
{
    QStringList links;
    for (const QString& tag : tags) {
        const SourceInfo* source = catalog.source(tag);
        if (!source) {
            links.append(tag.toHtmlEscaped());
            continue;
        }
        const QString text = withTitles ? tag + QStringLiteral(": ") + source->title : tag;
        links.append(QStringLiteral("<a href=\"%1\">%2</a>").arg(source->url.toHtmlEscaped(), text.toHtmlEscaped()));
    }
    return links.join(withTitles ? QStringLiteral("<br>") : QStringLiteral(", "));
}

void setComboChoices(QComboBox* combo, const QList<ComboChoice>& choices, const QString& current)
{
    const QSignalBlocker block(combo);
    // A long choice ("Exchange Server 2019") must not make the page wider than a narrow dock: the combo elides.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(8);
    bool same = combo->count() == choices.size();
    for (int i = 0; same && i < combo->count(); ++i)
        same = combo->itemText(i) == choices.at(i).text && combo->itemData(i).toString() == choices.at(i).id;
    if (!same) {
        combo->clear();
        for (const ComboChoice& choice : choices)
            combo->addItem(choice.text, choice.id);
    }
    combo->setCurrentIndex(combo->findData(current));
}

void showText(QLineEdit* edit, const QString& text)
{
    if (edit->text() != text && !(edit->isModified() && edit->hasFocus()))
        edit->setText(text);
}

QLabel* titleLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.2);
    label->setFont(font);
    label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    return label;
}

QLabel* sectionLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    return label;
}

void fitHeightToRows(QAbstractItemView* view, int maxRows)
{
    const int rows = qBound(1, view->model()->rowCount(), maxRows);
    const int hint = view->sizeHintForRow(0);
    const int rowHeight = hint > 0 ? hint : view->fontMetrics().height() + 4;
    const auto* tree = qobject_cast<const QTreeView*>(view);
    const int header = tree && !tree->isHeaderHidden() ? tree->header()->sizeHint().height() : 0;
    view->setFixedHeight(header + rows * rowHeight + 2 * view->frameWidth() + 2);
}

} // namespace Inspector
