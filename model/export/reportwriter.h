#pragma once

#include "model/export/exporter.h"
#include "model/export/exportinput.h"

#include <QCoreApplication>

class QPagedPaintDevice;

// The PDF report of a deployment (issue 8): ReportBuilder says what, ReportPager lays it out. write() makes a PDF with
// its title and author set and, as file attachments, the deployment file and the matrix CSV, so the one PDF carries
// everything a firewall team needs; print() draws the same pages on a printer. Needs a QGuiApplication (fonts), not
// a display.
class ReportWriter final : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)

public:
    explicit ReportWriter(const ExportInput& input)
        : m_input(input)
    {}

    QString id() const override { return QStringLiteral("report-pdf"); }
    QString fileSuffix() const override { return QStringLiteral("pdf"); }
    bool write(QIODevice* device) override;
    bool print(QPagedPaintDevice* device);

    // The names the attachments get: "<file or deployment name>.portolan" and "…-matrix.csv".
    QString deploymentAttachmentName() const;
    QString matrixAttachmentName() const;

private:
    QString baseName() const;

    ExportInput m_input;
};
