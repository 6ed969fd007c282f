#pragma once

#include "model/export/reportdocument.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QGlyphRun>
#include <QHash>
#include <QImage>
#include <QLineF>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

class DiagramDrawing;
class QPagedPaintDevice;
class QPainter;

// Lays a ReportDocument out on the pages of any paged device, a QPdfWriter or a QPrinter, and draws it: headings are
// numbered and start a page unless most of one is free, a heading stays with what it introduces, tables repeat their
// header on every page and keep a row whole unless it is taller than a page, cells wrap (at any character when a word
// is too long) and are never cut off, the topology gets a landscape page of its own, every page has the running title
// in its header and "page N of M" in its footer, and the contents list every heading with its page. Layout runs before
// painting, so that the contents and the footers know the pages.
class ReportPager final
{
    Q_DECLARE_TR_FUNCTIONS(ReportPager)

public:
    ReportPager(const ReportDocument& document, const DiagramDrawing* diagram, const QString& runningTitle);

    // Lays out and draws every page; the device must not have a painter yet. False when painting cannot start.
    bool print(QPagedPaintDevice* device);

private:
    enum class Style
    {
        Title,
        Heading,
        Subheading,
        Label,
        Body,
        Note,
        Cell,
        HeaderCell,
        Margin // running header and footer
    };
    struct Text
    {
        QRectF rect; // the lines are drawn from its top left
        Style style;
        QStringList lines;
        Qt::Alignment align = Qt::AlignLeft;
    };
    struct Page
    {
        QList<Text> texts;
        QList<std::pair<QRectF, QColor>> fills;
        QList<QLineF> rules;
        bool diagram = false; // the landscape topology page
        QRectF area;          // the printable area it was laid out on, in LayoutResolution units
    };
    struct ContentsEntry
    {
        int level; // 0 heading, 1 subheading
        QString text;
        int page = 0;
    };

    void layout(const QRectF& portrait, const QRectF& landscape);
    void layoutTable(const ReportTable& table);
    // The height of a table's header and first row (at most half a page): what must fit below its heading.
    qreal tableLead(const ReportTable& table);
    void layoutText(Style style, const QString& text, qreal indent = 0, qreal spaceAfter = 0);
    void layoutContents(const QString& title);
    // A new page, unless the current one is still empty.
    void breakPage(bool diagram = false);
    // Starts a new page when less than height is left.
    void ensureSpace(qreal height);
    // Lines repeat a lot (the same purpose, service and server lists in table after table): each is wrapped and
    // shaped once.
    QStringList wrap(const QString& text, Style style, qreal width);
    struct ShapedLine
    {
        QList<QGlyphRun> runs; // positioned from the line's top left
        qreal width = 0;
    };
    const ShapedLine& shaped(Style style, const QString& line);
    QFont font(Style style) const;
    qreal lineHeight(Style style) const;
    qreal pt(qreal points) const { return points * m_scale; }
    void paintPage(QPainter& painter, int index);

    const ReportDocument& m_document;
    const DiagramDrawing* m_diagram;
    QString m_runningTitle;
    // Text is measured on this 600 dpi image, whatever the device: a printer at 1,200 dpi and the PDF at 600 dpi break
    // lines and pages in the same places, since hinted font metrics differ from one resolution to another.
    static constexpr int LayoutResolution = 600;
    QImage m_ruler;
    qreal m_scale = 1; // device pixels per point
    QRectF m_body;     // the text area of a portrait page, below the header and above the footer
    QRectF m_portrait; // the printable areas of a portrait and a landscape page
    QRectF m_landscape;
    QList<Page> m_pages;
    qreal m_y = 0;
    QList<ContentsEntry> m_contents;
    QList<std::pair<int, int>> m_contentsTexts; // (page, text index) of each contents line's page number
    QHash<QString, QStringList> m_wrapped;      // style, width and text → lines
    QHash<QString, ShapedLine> m_shaped;        // style and line → glyphs
};
