#include "views/panels/templatechooser.h"

#include "model/portcatalog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace {

constexpr int TemplateIdRole = Qt::UserRole;
constexpr int Padding = 6;

// Draws an item's text "name\nversion" as two parts: the name in bold, wrapped to the list's width, and the Exchange
// version below it in a smaller, muted font.
class TemplateItemDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        // opt.text has the line break replaced for display; the model's text still has it.
        const QString text = index.data(Qt::DisplayRole).toString();
        const QString name = text.section(u'\n', 0, 0);
        const QString version = text.section(u'\n', 1);
        opt.text.clear();
        const QWidget* widget = opt.widget;
        QStyle* style = widget ? widget->style() : nullptr;
        if (style)
            style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

        const bool selected = opt.state & QStyle::State_Selected;
        const QRect area = opt.rect.adjusted(Padding, Padding, -Padding, -Padding);
        painter->save();
        painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        painter->setFont(nameFont(opt.font));
        QRect drawn;
        painter->drawText(area, Qt::TextWordWrap, name, &drawn);
        painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
        painter->setFont(versionFont(opt.font));
        painter->drawText(area.adjusted(0, drawn.height() + 2, 0, 0), Qt::TextSingleLine, version);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        const QString text = index.data(Qt::DisplayRole).toString();
        const auto* view = qobject_cast<const QAbstractItemView*>(option.widget);
        const int width = (view ? view->viewport()->width() : 320) - 2 * Padding;
        const QRect name = QFontMetrics(nameFont(option.font))
                               .boundingRect(QRect(0, 0, width, 10000), Qt::TextWordWrap, text.section(u'\n', 0, 0));
        const int version = QFontMetrics(versionFont(option.font)).height();
        return {width, name.height() + 2 + version + 2 * Padding};
    }

private:
    static QFont nameFont(QFont font)
    {
        font.setBold(true);
        return font;
    }
    static QFont versionFont(QFont font)
    {
        font.setPointSizeF(font.pointSizeF() * 0.9);
        return font;
    }
};

} // namespace

TemplateChooser::TemplateChooser(const QList<DeploymentTemplate>& templates, const PortCatalog& catalog,
                                 QWidget* parent)
    : QDialog(parent)
    , m_templates(templates)
    , m_catalog(catalog)
    , m_list(new QListWidget(this))
    , m_description(new QLabel(this))
{
    setObjectName(QStringLiteral("templateChooser"));
    setWindowTitle(tr("New from Template"));

    m_list->setObjectName(QStringLiteral("templateList"));
    m_list->setItemDelegate(new TemplateItemDelegate(m_list));
    m_list->setResizeMode(QListView::Adjust);
    m_list->setMinimumWidth(340);
    for (const DeploymentTemplate& entry : std::as_const(m_templates)) {
        const VersionInfo* version = m_catalog.version(entry.exchangeVersion);
        const QString versionName = version ? version->name : entry.exchangeVersion;
        auto* item = new QListWidgetItem(entry.name + u'\n' + versionName, m_list);
        item->setData(TemplateIdRole, entry.id);
        item->setToolTip(entry.description);
    }

    m_description->setObjectName(QStringLiteral("templateDescription"));
    m_description->setWordWrap(true);
    m_description->setTextFormat(Qt::RichText);
    m_description->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_description->setMinimumWidth(320);
    m_description->setMargin(8);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("templateButtons"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("C&reate"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    connect(m_list, &QListWidget::currentRowChanged, this, [this, buttons](int row) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(row >= 0);
        showDescription();
    });

    auto* content = new QHBoxLayout;
    content->addWidget(m_list, 1);
    content->addWidget(m_description, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(content);
    layout->addWidget(buttons);
    resize(760, 440);

    selectTemplate(defaultTemplateId());
    if (m_list->currentRow() < 0 && m_list->count() > 0)
        m_list->setCurrentRow(0);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(m_list->currentRow() >= 0);
    showDescription();
}

QString TemplateChooser::defaultTemplateId()
{
    return QStringLiteral("exchange2019-edge");
}

QString TemplateChooser::selectedTemplateId() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(TemplateIdRole).toString() : QString();
}

void TemplateChooser::selectTemplate(const QString& id)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(TemplateIdRole).toString() == id) {
            m_list->setCurrentRow(row);
            return;
        }
    }
}

void TemplateChooser::showDescription()
{
    const int row = m_list->currentRow();
    if (row < 0) {
        m_description->clear();
        return;
    }
    const DeploymentTemplate& entry = m_templates.at(row);
    const VersionInfo* version = m_catalog.version(entry.exchangeVersion);
    m_description->setText(QStringLiteral("<h3>%1</h3><p><i>%2</i></p><p>%3</p>")
                               .arg(entry.name.toHtmlEscaped(),
                                    (version ? version->name : entry.exchangeVersion).toHtmlEscaped(),
                                    entry.description.toHtmlEscaped()));
}
