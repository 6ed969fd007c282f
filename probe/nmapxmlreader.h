#pragma once

#include "probe/proberesult.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class QIODevice;

// One scanned host of an nmap report: its addresses and names (to match servers by) and a result per port.
struct NmapHost
{
    QStringList addresses;
    QStringList names;
    QList<ProbeResult> results; // host = the first address; banner = nmap's service name and product, if any
};

// Reads nmap's XML output (-oX) into probe results: nmap's states map to ours (closed|filtered → filtered,
// unfiltered → error), the ports an <extraports> element summarises are expanded from its <extrareasons ports="…">
// lists (nmap 7.80 and later), and elements it does not know are skipped. Errors name the line and column.
class NmapXmlReader final
{
    Q_DECLARE_TR_FUNCTIONS(NmapXmlReader)

public:
    bool read(QIODevice* device);
    QString errorString() const { return m_error; }

    QString arguments() const { return m_arguments; } // the nmap command line
    QDateTime started() const { return m_started; }
    const QList<NmapHost>& hosts() const { return m_hosts; }

private:
    QString m_error;
    QString m_arguments;
    QDateTime m_started;
    QList<NmapHost> m_hosts;
};
