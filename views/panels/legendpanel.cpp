#include "views/panels/legendpanel.h"

#include "views/diagram/symbollegend.h"

#include <QGridLayout>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>
#include <QtMath>

namespace {
// One symbol, painted at the diagram's 100 % scale.
class SymbolView final : public QWidget
{
public:
    SymbolView(const SymbolLegend::Entry& entry, int width, QWidget* parent)
        : QWidget(parent)
        , m_entry(entry)
    {
        setObjectName(u"legendSymbol_" + entry.id);
        setFixedSize(width, qCeil(SymbolLegend::symbolSize(entry).height()) + 4);
    }

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter painter(this);
        const QSizeF size = SymbolLegend::symbolSize(m_entry);
        // Left-aligned, so that arrows, chips and dots of one section start at one edge.
        SymbolLegend::paintSymbol(&painter, QRectF(QPointF(2, 0), QSizeF(size.width(), height())), m_entry);
    }

private:
    SymbolLegend::Entry m_entry;
};
} // namespace

LegendPanel::LegendPanel(QWidget* parent)
    : QScrollArea(parent)
{
    setObjectName(QStringLiteral("legendPanel"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget;
    content->setObjectName(QStringLiteral("legendContent"));
    auto* layout = new QVBoxLayout(content);
    for (const SymbolLegend::Section& section : SymbolLegend::sections()) {
        auto* title = new QLabel(section.title, content);
        title->setObjectName(u"legendSection_" + section.id);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        title->setWordWrap(true);
        layout->addWidget(title);

        // The symbols of a section share one column as wide as its widest.
        qreal symbolWidth = 0;
        for (const SymbolLegend::Entry& entry : section.entries)
            symbolWidth = qMax(symbolWidth, SymbolLegend::symbolSize(entry).width());
        auto* grid = new QGridLayout;
        grid->setColumnStretch(1, 1);
        grid->setHorizontalSpacing(8);
        for (int row = 0; row < section.entries.size(); ++row) {
            const SymbolLegend::Entry& entry = section.entries.at(row);
            grid->addWidget(new SymbolView(entry, qCeil(symbolWidth) + 4, content), row, 0, Qt::AlignTop);
            auto* text = new QLabel(entry.text, content);
            text->setObjectName(u"legendText_" + entry.id);
            text->setWordWrap(true);
            grid->addWidget(text, row, 1);
        }
        layout->addLayout(grid);
        layout->addSpacing(6);
    }
    layout->addStretch(1);
    setWidget(content);
}
