#include "views/inspector/inspectorsupport.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QHeaderView>
#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTreeView>

#include "model/portcatalog.h"
#include "model/portmatrix.h"

namespace Inspector {

QString portText(const MatrixRule& rule)
{
    const QString text = protocolId(rule.protocol).toUpper() + u' ' + rule.ports.toString();
    return rule.dynamicRpc ? QCoreApplication::translate("Inspector", "%1 (dynamic RPC)").arg(text) : text;
}

namespace {

QString sourceLink(const SourceInfo& source, const QString& text)
{
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(source.url.toHtmlEscaped(), text.toHtmlEscaped());
}

} // namespace

QString sourceLinks(const PortCatalog& catalog, const QStringList& tags, bool withTitles)
{
    QStringList links;
    for (const QString& tag : tags) {
        const SourceInfo* source = catalog.source(tag);
        if (!source) {
            links.append(tag.toHtmlEscaped());
            continue;
        }
        // A labelled source's title names it already ("... (article on leally.ru ...)").
        const QString title = source->label == source->tag ? tag + QStringLiteral(": ") + source->title : source->title;
        links.append(sourceLink(*source, withTitles ? title : source->label));
    }
    return links.join(withTitles ? QStringLiteral("<br>") : QStringLiteral(", "));
}

QString linkedText(const PortCatalog& catalog, const QString& text)
{
    static const QRegularExpression word(QStringLiteral("\\b[A-Z]+[0-9]*\\b"));
    QString html;
    qsizetype done = 0;
    for (const QRegularExpressionMatch& match : word.globalMatch(text)) {
        const SourceInfo* source = catalog.source(match.captured());
        if (!source)
            continue;
        html += text.mid(done, match.capturedStart() - done).toHtmlEscaped() + sourceLink(*source, source->label);
        done = match.capturedEnd();
    }
    return html + text.mid(done).toHtmlEscaped();
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

QLabel* problemLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    QPalette colours = label->palette();
    colours.setColor(QPalette::WindowText, QColor(0xb9, 0x1c, 0x1c));
    label->setPalette(colours);
    label->hide();
    return label;
}

QString pageLink(const QString& href, const QString& text)
{
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(href.toHtmlEscaped(), text.toHtmlEscaped());
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
