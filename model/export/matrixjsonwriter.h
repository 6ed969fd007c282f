#pragma once

#include "model/export/exporter.h"

#include <QCoreApplication>
#include <QString>

class PortCatalog;
class QIODevice;
struct PortMatrix;

// Writes a port matrix as the JSON object of PRODUCT.md ("portolan-matrix", version 1): rules, intraZone, warnings
// and the sources their references cite. The text is streamed into the device in 64 KiB chunks rather than built as
// a QJsonDocument, because a 10,000-server deployment gives tens of MB and the whole `matrix` command has one second.
// One rule or warning per line, so the output diffs and greps well.
class MatrixJsonWriter final : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(MatrixJsonWriter)

public:
    MatrixJsonWriter(const PortMatrix& matrix, const PortCatalog& catalog);

    QString id() const override { return QStringLiteral("matrix-json"); }
    QString fileSuffix() const override { return QStringLiteral("json"); }

    bool write(QIODevice* device) override;

private:
    const PortMatrix& m_matrix;
    const PortCatalog& m_catalog;
};
