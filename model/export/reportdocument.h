#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The report as a list of blocks, before it is laid out on pages: what ReportBuilder says and ReportPager draws.

struct ReportTable
{
    QStringList header;
    QList<qreal> widths; // share of the text width per column; they add up to 1
    QList<QStringList> rows;
    // Columns where a cell equal to the one above it on the same page is drawn as a ditto mark (″): long server lists
    // that a run of rules shares are printed once per page.
    QList<int> dittoColumns;
};

struct ReportBlock
{
    enum class Kind
    {
        Title,      // the deployment's name, large
        Heading,    // a numbered section, listed in the table of contents; starts a page unless most of one is free
        Subheading, // listed in the table of contents, indented
        Label,      // a bold line that introduces what follows, not in the contents
        Paragraph,
        Note, // a paragraph in a smaller, grey type
        Table,
        Contents, // the table of contents: every Heading and Subheading with its page
        Diagram   // the topology on a landscape page of its own, scaled to fit
    };

    Kind kind = Kind::Paragraph;
    QString text; // the heading, paragraph or label; the contents' and the diagram's heading
    ReportTable table;
};

using ReportDocument = QList<ReportBlock>;
