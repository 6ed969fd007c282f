#include "model/export/reportpager.h"

#include <limits>

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QRawFont>
#include <QTextLayout>

#include "model/export/diagramdrawing.h"

namespace {

const QColor Ink(0x1a, 0x1a, 0x1a);
const QColor Accent(0x1f, 0x3a, 0x5f);
const QColor Grey(0x5a, 0x5a, 0x5a);
const QColor Grid(0xc4, 0xcc, 0xd6);
const QColor HeaderFill(0xe3, 0xe9, 0xf1);
const QColor StripeFill(0xf6, 0xf8, 0xfa);

constexpr qreal HeaderBand = 18; // points above the body for the running header
constexpr qreal FooterBand = 18;
constexpr qreal CellPadding = 2.5;

QRectF pageArea(const QPageLayout& layout, int resolution)
{
    return QRectF(QPointF(0, 0), QSizeF(layout.paintRectPixels(resolution).size()));
}

} // namespace

ReportPager::ReportPager(const ReportDocument& document, const DiagramDrawing* diagram, const QString& runningTitle)
    : m_document(document)
    , m_diagram(diagram)
    , m_runningTitle(runningTitle)
    , m_ruler(1, 1, QImage::Format_Mono)
{
    m_ruler.setDotsPerMeterX(qRound(LayoutResolution / 0.0254));
    m_ruler.setDotsPerMeterY(qRound(LayoutResolution / 0.0254));
}

QFont ReportPager::font(Style style) const
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    // Any letter spacing turns ligatures off: "ﬁrewall" with a ligature is not found by a search for "firewall" in a
    // PDF viewer, nor by pdftotext.
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.1);
    switch (style) {
    case Style::Title:
        font.setPointSizeF(22);
        font.setBold(true);
        break;
    case Style::Heading:
        font.setPointSizeF(15);
        font.setBold(true);
        break;
    case Style::Subheading:
        font.setPointSizeF(11);
        font.setBold(true);
        break;
    case Style::Label:
        font.setPointSizeF(9);
        font.setBold(true);
        break;
    case Style::Body:
        font.setPointSizeF(9);
        break;
    case Style::Note:
    case Style::Margin:
        font.setPointSizeF(7.5);
        break;
    case Style::Cell:
        font.setPointSizeF(7);
        break;
    case Style::HeaderCell:
        font.setPointSizeF(7);
        font.setBold(true);
        break;
    }
    return font;
}

qreal ReportPager::lineHeight(Style style) const
{
    return QFontMetricsF(font(style), &m_ruler).lineSpacing();
}

QStringList ReportPager::wrap(const QString& text, Style style, qreal width)
{
    const QString key = QString::number(int(style)) + u'/' + QString::number(qRound(width)) + u'/' + text;
    if (const auto found = m_wrapped.constFind(key); found != m_wrapped.cend())
        return *found;
    QStringList lines;
    const QFont wrapFont = font(style);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    for (const QString& paragraph : text.split(u'\n')) {
        if (paragraph.isEmpty()) {
            lines.append(QString());
            continue;
        }
        QTextLayout layout(paragraph, wrapFont, &m_ruler);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            lines.append(paragraph.mid(line.textStart(), line.textLength()).trimmed());
        }
        layout.endLayout();
    }
    m_wrapped.insert(key, lines);
    return lines;
}

const ReportPager::ShapedLine& ReportPager::shaped(Style style, const QString& line)
{
    const QString key = QString::number(int(style)) + u'/' + line;
    auto found = m_shaped.find(key);
    if (found != m_shaped.end())
        return *found;
    QTextLayout layout(line, font(style), &m_ruler);
    layout.beginLayout();
    QTextLine textLine = layout.createLine();
    ShapedLine shapedLine;
    if (textLine.isValid()) {
        textLine.setLineWidth(std::numeric_limits<int>::max() / 4); // one line, never wrapped: it was wrapped before
        textLine.setPosition(QPointF(0, 0));
        shapedLine.width = textLine.naturalTextWidth();
    }
    layout.endLayout();
    shapedLine.runs = layout.glyphRuns();
    return *m_shaped.insert(key, shapedLine);
}

void ReportPager::breakPage(bool diagram)
{
    const bool empty = !m_pages.isEmpty() && m_pages.last().texts.isEmpty() && !m_pages.last().diagram;
    if (empty && !diagram)
        return;
    if (empty)
        m_pages.removeLast();
    m_pages.append(Page{});
    m_pages.last().diagram = diagram;
    m_pages.last().area = diagram ? m_landscape : m_portrait;
    m_y = m_body.top();
}

void ReportPager::ensureSpace(qreal height)
{
    if (m_pages.last().diagram || m_y + height > m_body.bottom())
        breakPage();
}

void ReportPager::layoutText(Style style, const QString& text, qreal indent, qreal spaceAfter)
{
    const qreal height = lineHeight(style);
    const QStringList lines = wrap(text, style, m_body.width() - indent);
    ensureSpace(height * qMin<qsizetype>(lines.size(), 2));
    qsizetype next = 0;
    while (next < lines.size()) {
        ensureSpace(height);
        const qsizetype fit = qMax<qsizetype>(1, qFloor((m_body.bottom() - m_y) / height));
        const QStringList part = lines.mid(next, fit);
        const QRectF rect(m_body.left() + indent, m_y, m_body.width() - indent, height * part.size());
        m_pages.last().texts.append({rect, style, part});
        m_y += rect.height();
        next += part.size();
    }
    m_y += spaceAfter;
}

void ReportPager::layoutTable(const ReportTable& table)
{
    const qreal padding = pt(CellPadding);
    const qsizetype columns = table.widths.size();
    QList<qreal> lefts;
    QList<qreal> widths;
    qreal x = m_body.left();
    for (const qreal share : table.widths) {
        lefts.append(x);
        widths.append(share * m_body.width());
        x += widths.last();
    }
    const bool hasHeader = !table.header.isEmpty();
    // Key-value tables have no header; their first column reads as one.
    const auto styleOf = [&](qsizetype column) {
        return !hasHeader && column == 0 ? Style::HeaderCell : Style::Cell;
    };
    const qreal cellLine = lineHeight(Style::Cell);

    const auto wrapRow = [&](const QStringList& cells, bool header) {
        QList<QStringList> wrapped;
        for (qsizetype c = 0; c < columns; ++c)
            wrapped.append(wrap(cells.value(c), header ? Style::HeaderCell : styleOf(c), widths.at(c) - 2 * padding));
        return wrapped;
    };
    const auto linesOf = [](const QList<QStringList>& cells) {
        qsizetype most = 1;
        for (const QStringList& cell : cells)
            most = qMax(most, cell.size());
        return most;
    };
    // Draws lines [first, first + count) of every cell at m_y.
    const auto place = [&](const QList<QStringList>& cells, qsizetype first, qsizetype count, bool header,
                           bool stripe) {
        Page& page = m_pages.last();
        const qreal height = count * cellLine + 2 * padding;
        const QRectF row(m_body.left(), m_y, m_body.width(), height);
        if (header)
            page.fills.append({row, HeaderFill});
        else if (stripe)
            page.fills.append({row, StripeFill});
        for (qsizetype c = 0; c < columns; ++c) {
            const QStringList part = cells.at(c).mid(first, count);
            if (!part.isEmpty()) {
                page.texts.append(
                    {QRectF(lefts.at(c) + padding, m_y + padding, widths.at(c) - 2 * padding, part.size() * cellLine),
                     header ? Style::HeaderCell : styleOf(c), part});
            }
            page.rules.append(QLineF(lefts.at(c), m_y, lefts.at(c), m_y + height));
        }
        page.rules.append(QLineF(row.right(), row.top(), row.right(), row.bottom()));
        page.rules.append(QLineF(row.left(), row.top(), row.right(), row.top()));
        page.rules.append(QLineF(row.left(), row.bottom(), row.right(), row.bottom()));
        m_y += height;
    };

    const QList<QStringList> header = hasHeader ? wrapRow(table.header, true) : QList<QStringList>();
    const qsizetype headerLines = hasHeader ? linesOf(header) : 0;
    const qreal headerHeight = hasHeader ? headerLines * cellLine + 2 * padding : 0;
    const auto placeHeader = [&] {
        if (hasHeader)
            place(header, 0, headerLines, true, false);
    };

    ensureSpace(tableLead(table));
    placeHeader();
    // The row above on this page, for ditto marks; none at the top of a page.
    const QStringList* above = nullptr;
    const auto withDittos = [&](const QStringList& row) {
        if (!above || table.dittoColumns.isEmpty())
            return row;
        QStringList cells = row;
        for (const int column : table.dittoColumns) {
            if (column < cells.size() && !cells.at(column).isEmpty() && cells.at(column) == above->value(column))
                cells[column] = QStringLiteral("″");
        }
        return cells;
    };
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const qsizetype pageBefore = m_pages.size();
        QList<QStringList> cells = wrapRow(withDittos(table.rows.at(r)), false);
        qsizetype lines = linesOf(cells);
        qreal height = lines * cellLine + 2 * padding;
        const qreal pageRoom = m_body.height() - headerHeight;
        if (m_y + height > m_body.bottom() && height <= pageRoom + 1e-6) {
            breakPage();
            placeHeader();
        }
        if (m_pages.size() != pageBefore && above) { // a new page shows every cell in full
            above = nullptr;
            cells = wrapRow(table.rows.at(r), false);
            lines = linesOf(cells);
        }
        above = &table.rows.at(r);
        // A row taller than a whole page is the one thing split, line by line, with the header repeated.
        qsizetype done = 0;
        while (done < lines) {
            qsizetype fit = qFloor((m_body.bottom() - m_y - 2 * padding) / cellLine);
            if (fit < 1) {
                breakPage();
                placeHeader();
                continue;
            }
            fit = qMin(fit, lines - done);
            place(cells, done, fit, false, r % 2 == 1);
            done += fit;
        }
    }
    m_y += pt(10);
}

qreal ReportPager::tableLead(const ReportTable& table)
{
    const qreal padding = pt(CellPadding);
    const auto height = [&](const QStringList& cells, bool header) {
        qsizetype lines = 1;
        for (qsizetype c = 0; c < table.widths.size(); ++c) {
            const Style style = header || (table.header.isEmpty() && c == 0) ? Style::HeaderCell : Style::Cell;
            lines = qMax(lines, wrap(cells.value(c), style, table.widths.at(c) * m_body.width() - 2 * padding).size());
        }
        return lines * lineHeight(Style::Cell) + 2 * padding;
    };
    const qreal header = table.header.isEmpty() ? 0 : height(table.header, true);
    const qreal first = table.rows.isEmpty() ? 0 : height(table.rows.first(), false);
    return header + qMin(first, m_body.height() / 2);
}

void ReportPager::layoutContents(const QString& title)
{
    layoutText(Style::Subheading, title, 0, pt(4));
    const qreal height = lineHeight(Style::Body);
    for (int i = 0; i < m_contents.size(); ++i) {
        const ContentsEntry& entry = m_contents.at(i);
        ensureSpace(height);
        const qreal indent = entry.level * pt(16);
        const qreal numberWidth = pt(36);
        const QRectF text(m_body.left() + indent, m_y, m_body.width() - indent - numberWidth, height);
        const QFontMetricsF metrics(font(Style::Body), &m_ruler);
        Page& page = m_pages.last();
        page.texts.append({text, Style::Body, {metrics.elidedText(entry.text, Qt::ElideRight, text.width())}});
        page.texts.append({QRectF(text.right(), m_y, numberWidth, height), Style::Body, {QString()}, Qt::AlignRight});
        m_contentsTexts.append({int(m_pages.size() - 1), int(page.texts.size() - 1)});
        m_y += height;
    }
    m_y += pt(10);
}

void ReportPager::layout(const QRectF& portrait, const QRectF& landscape)
{
    m_pages.clear();
    m_contents.clear();
    m_contentsTexts.clear();
    m_portrait = portrait;
    m_landscape = landscape;
    const QRectF portraitBody = portrait.adjusted(0, pt(HeaderBand), 0, -pt(FooterBand));
    const QRectF landscapeBody = landscape.adjusted(0, pt(HeaderBand), 0, -pt(FooterBand));
    m_body = portraitBody;

    // The contents first, numbered as the headings will be.
    int heading = 0;
    int subheading = 0;
    for (const ReportBlock& block : m_document) {
        if (block.kind == ReportBlock::Kind::Heading || (block.kind == ReportBlock::Kind::Diagram && m_diagram)) {
            m_contents.append({0, QStringLiteral("%1  %2").arg(++heading).arg(block.text)});
            subheading = 0;
        } else if (block.kind == ReportBlock::Kind::Subheading) {
            m_contents.append({1, QStringLiteral("%1.%2  %3").arg(heading).arg(++subheading).arg(block.text)});
        }
    }

    m_pages.append(Page{});
    m_pages.last().area = portrait;
    m_y = m_body.top();
    int entry = 0;
    const auto startEntry = [&](Style style, qreal spaceAfter) {
        m_contents[entry].page = int(m_pages.size() - 1);
        layoutText(style, m_contents.at(entry).text, 0, spaceAfter);
        ++entry;
    };
    for (qsizetype index = 0; index < m_document.size(); ++index) {
        const ReportBlock& block = m_document.at(index);
        // A heading or label stays on the page of what it introduces: a table's header and first row, or a few lines.
        const ReportBlock* next = index + 1 < m_document.size() ? &m_document.at(index + 1) : nullptr;
        const qreal lead = next && next->kind == ReportBlock::Kind::Table ? tableLead(next->table) : pt(40);
        switch (block.kind) {
        case ReportBlock::Kind::Title:
            layoutText(Style::Title, block.text, 0, pt(10));
            break;
        case ReportBlock::Kind::Heading:
            // A section starts on a new page unless two thirds of the page are still free: a short section (no
            // warnings) does not leave a page almost empty.
            if (m_y - m_body.top() > m_body.height() / 3)
                breakPage();
            else
                ensureSpace(m_body.height() / 3);
            m_y += m_y > m_body.top() ? pt(14) : 0;
            startEntry(Style::Heading, pt(8));
            break;
        case ReportBlock::Kind::Subheading:
            ensureSpace(lineHeight(Style::Subheading) + pt(10) + lead);
            m_y += m_y > m_body.top() ? pt(6) : 0;
            startEntry(Style::Subheading, pt(4));
            break;
        case ReportBlock::Kind::Label:
            ensureSpace(lineHeight(Style::Label) + pt(7) + lead);
            m_y += m_y > m_body.top() ? pt(4) : 0;
            layoutText(Style::Label, block.text, 0, pt(3));
            break;
        case ReportBlock::Kind::Paragraph:
            layoutText(Style::Body, block.text, 0, pt(8));
            break;
        case ReportBlock::Kind::Note:
            layoutText(Style::Note, block.text, 0, pt(6));
            break;
        case ReportBlock::Kind::Table:
            layoutTable(block.table);
            break;
        case ReportBlock::Kind::Contents:
            layoutContents(block.text);
            break;
        case ReportBlock::Kind::Diagram:
            if (!m_diagram)
                break;
            // The heading alone on a landscape page; the picture fills the rest when the page is painted.
            breakPage(true);
            m_contents[entry].page = int(m_pages.size() - 1);
            m_pages.last().texts.append(
                {QRectF(landscapeBody.left(), landscapeBody.top(), landscapeBody.width(), lineHeight(Style::Heading)),
                 Style::Heading,
                 {m_contents.at(entry).text}});
            ++entry;
            break;
        }
    }
    for (int i = 0; i < m_contentsTexts.size(); ++i) {
        const auto& [page, text] = m_contentsTexts.at(i);
        m_pages[page].texts[text].lines = QStringList{QString::number(m_contents.at(i).page + 1)};
    }
}

void ReportPager::paintPage(QPainter& painter, int index)
{
    const Page& page = m_pages.at(index);
    const QRectF& area = page.area;
    const qreal header = pt(HeaderBand);
    const qreal footer = pt(FooterBand);

    painter.setPen(Qt::NoPen);
    for (const auto& [rect, colour] : page.fills)
        painter.fillRect(rect, colour);
    painter.setPen(QPen(Grid, pt(0.5)));
    painter.drawLines(page.rules);

    // The running header and footer, drawn like the page's own text.
    const qreal marginLine = lineHeight(Style::Margin);
    const QFontMetricsF margin(font(Style::Margin), &m_ruler);
    const QRectF headerLine(area.left(), header - pt(5) - marginLine, area.width(), marginLine);
    const QRectF footerLine(area.left(), area.bottom() - footer + pt(6), area.width(), marginLine);
    const QList<Text> margins = {
        {headerLine, Style::Margin, {margin.elidedText(m_runningTitle, Qt::ElideRight, area.width() * 0.7)}},
        {headerLine, Style::Margin, {QStringLiteral("Portolan")}, Qt::AlignRight},
        {footerLine, Style::Margin, {tr("Page %1 of %2").arg(index + 1).arg(m_pages.size())}, Qt::AlignHCenter}};
    painter.setPen(QPen(Grid, pt(0.5)));
    painter.drawLine(QLineF(area.left(), header - pt(3), area.right(), header - pt(3)));

    // All the text of a page in one colour and font goes out as one glyph run: the PDF engine's cost is per call
    // more than per glyph, and a table page has hundreds of cell lines.
    struct Batch
    {
        QColor colour;
        QRawFont font;
        QList<quint32> glyphs;
        QList<QPointF> positions;
    };
    QList<Batch> batches;
    const auto batchFor = [&batches](const QColor& colour, const QRawFont& font) -> Batch& {
        for (Batch& batch : batches) {
            if (batch.colour == colour && batch.font == font)
                return batch;
        }
        batches.append({colour, font, {}, {}});
        return batches.last();
    };
    qreal bottom = area.top() + header;
    for (const QList<Text>* texts : {&page.texts, &margins}) {
        for (const Text& text : *texts) {
            const bool heading =
                text.style == Style::Title || text.style == Style::Heading || text.style == Style::Subheading;
            const QColor colour = heading                                                    ? Accent
                                  : text.style == Style::Note || text.style == Style::Margin ? Grey
                                                                                             : Ink;
            const qreal spacing = lineHeight(text.style);
            qreal top = text.rect.top();
            for (const QString& line : text.lines) {
                const ShapedLine& glyphs = shaped(text.style, line);
                qreal x = text.rect.left();
                if (text.align & Qt::AlignRight)
                    x = text.rect.right() - glyphs.width;
                else if (text.align & Qt::AlignHCenter)
                    x = text.rect.center().x() - glyphs.width / 2;
                const QPointF origin(x, top);
                for (const QGlyphRun& run : glyphs.runs) {
                    Batch& batch = batchFor(colour, run.rawFont());
                    batch.glyphs.append(run.glyphIndexes());
                    for (const QPointF& position : run.positions())
                        batch.positions.append(position + origin);
                }
                top += spacing;
            }
            if (texts == &page.texts)
                bottom = qMax(bottom, text.rect.bottom());
        }
    }
    for (const Batch& batch : std::as_const(batches)) {
        QGlyphRun run;
        run.setRawFont(batch.font);
        run.setGlyphIndexes(batch.glyphs);
        run.setPositions(batch.positions);
        painter.setPen(batch.colour);
        painter.drawGlyphRun(QPointF(0, 0), run);
    }
    if (page.diagram && m_diagram) {
        const QRectF target(area.left(), bottom + pt(8), area.width(), area.bottom() - footer - bottom - pt(8));
        painter.save();
        m_diagram->paint(&painter, target);
        painter.restore();
    }
}

bool ReportPager::print(QPagedPaintDevice* device)
{
    const int resolution = device->logicalDpiY();
    m_scale = LayoutResolution / 72.0;
    // The report's margins on every device (a printer keeps larger ones that its hardware needs).
    device->setPageMargins(QMarginsF(15, 12, 15, 12), QPageLayout::Millimeter);
    QPageLayout portrait = device->pageLayout();
    portrait.setOrientation(QPageLayout::Portrait);
    QPageLayout landscape = portrait;
    landscape.setOrientation(QPageLayout::Landscape);
    layout(pageArea(portrait, LayoutResolution), pageArea(landscape, LayoutResolution));

    device->setPageLayout(portrait);
    QPainter painter;
    if (!painter.begin(device))
        return false;
    painter.setRenderHint(QPainter::Antialiasing);
    for (int i = 0; i < m_pages.size(); ++i) {
        if (i > 0) {
            device->setPageOrientation(m_pages.at(i).diagram ? QPageLayout::Landscape : QPageLayout::Portrait);
            device->newPage();
        }
        // Laid out in LayoutResolution units, drawn at the device's own.
        painter.resetTransform();
        painter.scale(qreal(resolution) / LayoutResolution, qreal(resolution) / LayoutResolution);
        paintPage(painter, i);
    }
    return painter.end();
}
