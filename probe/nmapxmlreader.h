#pragma once

#include "probe/portspec.h"
#include "probe/proberesult.h"

#include <QCoreApplication>
#include <QByteArray>
#include <QList>
#include <QStringList>

class QXmlStreamReader;

// The ports of a host that an <extraports> element summarises, all in one state, as ranges: a full scan of a host
// summarises some 65,000 ports, and a report that repeats them must cost no more than one that does not.
struct NmapExtraPorts
{
    Transport transport = Transport::Tcp;
    ProbeState state = ProbeState::Error;
    QString error;
    QList<PortSet::Run> runs; // ascending
};

// One scanned host of an nmap report: its addresses and names (to match servers by) and its ports.
struct NmapHost
{
    QStringList addresses;
    QStringList names;
    QDateTime time;
    QList<ProbeResult> results; // the ports listed one by one: host = the first address; banner = nmap's service
                                // name and product, if any
    QList<NmapExtraPorts> extraPorts;

    // The result of a port, listed or summarised, or nothing when the scan did not cover it.
    std::optional<ProbeResult> result(Transport transport, int port) const;
    qsizetype portCount() const;
};

// Reads nmap's XML output (-oX) into probe results: nmap's states map to ours (closed|filtered → filtered,
// unfiltered → error), the ports an <extraports> element summarises are read from its <extrareasons ports="…">
// lists (nmap 7.80 and later) into a port set per host and state, and elements it does not know are skipped. Errors
// name the line and column.
class NmapXmlReader final
{
    Q_DECLARE_TR_FUNCTIONS(NmapXmlReader)

public:
    bool read(const QByteArray& xml);
    QString errorString() const { return m_error; }

    QString arguments() const { return m_arguments; } // the nmap command line
    QDateTime started() const { return m_started; }
    const QList<NmapHost>& hosts() const { return m_hosts; }

private:
    bool read(QXmlStreamReader& xml);

    QString m_error;
    QString m_arguments;
    QDateTime m_started;
    QList<NmapHost> m_hosts;
};
