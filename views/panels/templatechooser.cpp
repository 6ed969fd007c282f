#include "views/panels/templatechooser.h"

#include "model/deploymentfile.h"
#include "model/portcatalog.h"
#include "views/export/deploymentsnapshot.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHash>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace {

constexpr int TemplateIdRole = Qt::UserRole;
constexpr int Padding = 6;
constexpr int PreviewWidth = 360;
constexpr int PreviewHeight = 220;

// Draws an item's text "name\nversion" as two parts: the name in bold, wrapped into at most NameLines lines, and the
// Exchange version below it in a smaller, muted font. Every item is as tall as that, whatever the list's width: rows
// whose height followed the wrapping at one width overlapped their neighbours at another.
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
        const QFont bold = nameFont(opt.font);
        const QRect nameArea(area.topLeft(), QSize(area.width(), NameLines * QFontMetrics(bold).lineSpacing()));
        painter->save();
        painter->setClipRect(opt.rect);
        painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        painter->setFont(bold);
        painter->drawText(nameArea, Qt::TextWordWrap, elidedName(name, bold, area.width()));
        painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
        painter->setFont(versionFont(opt.font));
        painter->drawText(area.adjusted(0, nameArea.height() + 2, 0, 0), Qt::TextSingleLine, version);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const override
    {
        const int name = NameLines * QFontMetrics(nameFont(option.font)).lineSpacing();
        const int version = QFontMetrics(versionFont(option.font)).height();
        return {MinimumWidth, name + 2 + version + 2 * Padding};
    }

private:
    static constexpr int NameLines = 2;
    static constexpr int MinimumWidth = 200;

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
    // The name as it fits NameLines wrapped lines of this width; a longer one ends in "…" (the description has it all).
    static QString elidedName(const QString& name, const QFont& font, int width)
    {
        const QFontMetrics metrics(font);
        const QRect bounds(0, 0, width, NameLines * metrics.lineSpacing());
        QString shown = name;
        while (shown.size() > 1 &&
               metrics.boundingRect(QRect(0, 0, width, 10000), Qt::TextWordWrap, shown).height() > bounds.height())
            shown = shown.left(shown.size() - 2) + u'…';
        return shown;
    }
};

// A picture of the template's deployment as the window draws it, the width of the description pane. Drawn once per
// template and run (reading a template and laying out its scene takes a moment).
QImage previewImage(const DeploymentTemplate& entry)
{
    static QHash<QString, QImage> cache;
    const auto cached = cache.constFind(entry.path);
    if (cached != cache.cend())
        return *cached;
    QImage image;
    DeploymentReader reader(PortCatalog::builtin());
    if (const std::optional<DeploymentData> data = reader.readFile(entry.path)) {
        DeploymentSnapshot snapshot(*data);
        const QRectF bounds = snapshot.drawing().sceneBounds();
        const QSize size = bounds.size().scaled(QSizeF(PreviewWidth, PreviewHeight), Qt::KeepAspectRatio).toSize();
        image = QImage(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        snapshot.scene().render(&painter, QRectF(QPointF(0, 0), size), bounds, Qt::KeepAspectRatio);
    }
    cache.insert(entry.path, image);
    return image;
}

} // namespace

TemplateChooser::TemplateChooser(const QList<DeploymentTemplate>& templates, const PortCatalog& catalog,
                                 QWidget* parent)
    : QDialog(parent)
    , m_templates(templates)
    , m_catalog(catalog)
    , m_list(new QListWidget(this))
    , m_preview(new QLabel(this))
    , m_description(new QLabel(this))
{
    setObjectName(QStringLiteral("templateChooser"));
    setWindowTitle(tr("New from Template"));

    m_list->setObjectName(QStringLiteral("templateList"));
    m_list->setItemDelegate(new TemplateItemDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setMinimumWidth(300);
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
    m_description->setMinimumWidth(PreviewWidth);
    m_description->setMargin(8);

    m_preview->setObjectName(QStringLiteral("templatePreview"));
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setFixedSize(PreviewWidth + 2, PreviewHeight + 2);
    m_preview->setFrameShape(QFrame::StyledPanel);

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
    // The picture and the description scroll together when the dialog is too short for both.
    auto* details = new QWidget;
    details->setObjectName(QStringLiteral("templateDetails"));
    auto* detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_preview, 0, Qt::AlignHCenter);
    detailsLayout->addWidget(m_description, 1);
    auto* detailsScroll = new QScrollArea(this);
    detailsScroll->setObjectName(QStringLiteral("templateDetailsScroll"));
    detailsScroll->setWidgetResizable(true);
    detailsScroll->setFrameShape(QFrame::NoFrame);
    detailsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    detailsScroll->setWidget(details);
    detailsScroll->setMinimumWidth(PreviewWidth + 2 + detailsScroll->verticalScrollBar()->sizeHint().width());
    content->addWidget(m_list, 1);
    content->addWidget(detailsScroll, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(content);
    layout->addWidget(buttons);
    resize(780, 520);

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
        m_preview->clear();
        return;
    }
    const DeploymentTemplate& entry = m_templates.at(row);
    m_preview->setPixmap(QPixmap::fromImage(previewImage(entry)));
    const VersionInfo* version = m_catalog.version(entry.exchangeVersion);
    m_description->setText(QStringLiteral("<h3>%1</h3><p><i>%2</i></p><p>%3</p>")
                               .arg(entry.name.toHtmlEscaped(),
                                    (version ? version->name : entry.exchangeVersion).toHtmlEscaped(),
                                    entry.description.toHtmlEscaped()));
}
