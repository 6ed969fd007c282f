#pragma once

#include <QString>

class QIODevice;

// One document Portolan writes: a port matrix, a diagram, a report, a firewall configuration. An exporter is made for
// one input (see ExporterRegistry) and writes it to any open device, a QSaveFile, a QBuffer or standard output. It
// reports failure as false plus errorString(), never by throwing.
class Exporter
{
public:
    virtual ~Exporter() = default;

    // The registry's id of the format, e.g. "matrix-csv".
    virtual QString id() const = 0;
    // The file name suffix without a dot, e.g. "csv".
    virtual QString fileSuffix() const = 0;
    // The device must be open for writing.
    virtual bool write(QIODevice* device) = 0;
    QString errorString() const { return m_errorString; }

protected:
    Exporter() = default;
    Exporter(const Exporter&) = default;
    Exporter& operator=(const Exporter&) = default;

    // Sets errorString() and returns false, so that a failing write can `return fail(…)`.
    bool fail(const QString& message);
    void clearError() { m_errorString.clear(); }

private:
    QString m_errorString;
};
