#include "probe/nmapxmlreader.h"

#include <algorithm>
#include <map>
#include <tuple>

#include <QXmlStreamReader>

namespace {

struct MappedState
{
    ProbeState state;
    QString error;
};

MappedState mapState(QStringView nmap)
{
    if (nmap == u"open")
        return {ProbeState::Open, {}};
    if (nmap == u"closed")
        return {ProbeState::Closed, {}};
    if (nmap == u"filtered" || nmap == u"closed|filtered")
        return {ProbeState::Filtered, {}};
    if (nmap == u"open|filtered")
        return {ProbeState::OpenFiltered, {}};
    return {ProbeState::Error, QStringLiteral("nmap: %1").arg(nmap)};
}

// The ports of one host that its <extraports> elements summarise, by transport and state, as the ranges each
// element lists (already free of repeats within the element). finishHost() unites each group in one port set: ranges
// that repeat across elements cost one fill each, never a port each.
using ExtraPortsKey = std::tuple<Transport, ProbeState, QString>;
using PendingExtraPorts = std::map<ExtraPortsKey, QList<PortSet::Run>>;

void finishHost(NmapHost* host, PendingExtraPorts* pending)
{
    for (const auto& [key, runs] : std::as_const(*pending)) {
        PortSet ports;
        for (const PortSet::Run& run : runs)
            ports.insert(run.first, run.last);
        host->extraPorts.append({std::get<0>(key), std::get<1>(key), std::get<2>(key), ports.runs()});
    }
    pending->clear();
}

std::optional<Transport> transportFrom(QStringView protocol)
{
    if (protocol == u"tcp")
        return Transport::Tcp;
    if (protocol == u"udp")
        return Transport::Udp;
    return std::nullopt;
}

} // namespace

std::optional<ProbeResult> NmapHost::result(Transport transport, int port) const
{
    for (const ProbeResult& listed : results) {
        if (listed.transport == transport && listed.port == port)
            return listed;
    }
    for (const NmapExtraPorts& extra : extraPorts) {
        if (extra.transport != transport)
            continue;
        const auto run = std::lower_bound(extra.runs.cbegin(), extra.runs.cend(), port,
                                          [](const PortSet::Run& r, int p) { return r.last < p; });
        if (run == extra.runs.cend() || run->first > port)
            continue;
        ProbeResult summarised;
        summarised.host = addresses.value(0);
        summarised.transport = transport;
        summarised.port = port;
        summarised.state = extra.state;
        summarised.error = extra.error;
        summarised.time = time;
        return summarised;
    }
    return std::nullopt;
}

qsizetype NmapHost::portCount() const
{
    qsizetype count = results.size();
    for (const NmapExtraPorts& extra : extraPorts) {
        for (const PortSet::Run& run : extra.runs)
            count += run.last - run.first + 1;
    }
    return count;
}

bool NmapXmlReader::read(const QByteArray& bytes)
{
    QXmlStreamReader xml(bytes);
    return read(xml);
}

bool NmapXmlReader::read(QXmlStreamReader& xml)
{
    m_error.clear();
    m_hosts.clear();
    if (!xml.readNextStartElement() || xml.name() != u"nmaprun") {
        m_error =
            xml.hasError()
                ? tr("line %1, column %2: %3").arg(xml.lineNumber()).arg(xml.columnNumber()).arg(xml.errorString())
                : tr("not an nmap XML report (the root element is not <nmaprun>)");
        return false;
    }
    m_arguments = xml.attributes().value(QStringLiteral("args")).toString();
    m_started = QDateTime::fromSecsSinceEpoch(xml.attributes().value(QStringLiteral("start")).toLongLong(), Qt::UTC);

    NmapHost* host = nullptr;
    ProbeResult* port = nullptr;
    MappedState extraState{ProbeState::Error, {}};
    PendingExtraPorts pending;
    while (xml.readNext() != QXmlStreamReader::EndDocument && !xml.hasError()) {
        if (xml.isEndElement()) {
            if (host && xml.name() == u"host") {
                finishHost(host, &pending);
                host = nullptr;
            } else if (xml.name() == u"port") {
                port = nullptr;
            }
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        const auto value = [&](const char* name) {
            return attributes.value(QLatin1String(name));
        };
        if (xml.name() == u"host") {
            if (host)
                finishHost(host, &pending); // a <host> inside a <host>: nmap writes none, the outer one ends here
            m_hosts.append(NmapHost());
            host = &m_hosts.last();
            port = nullptr;
            const qint64 end = value("endtime").toLongLong();
            host->time = end > 0 ? QDateTime::fromSecsSinceEpoch(end, Qt::UTC) : m_started;
        } else if (host && xml.name() == u"address" && value("addrtype") != u"mac") {
            host->addresses.append(value("addr").toString());
        } else if (host && xml.name() == u"hostname") {
            host->names.append(value("name").toString());
        } else if (host && xml.name() == u"port") {
            const auto transport = transportFrom(value("protocol"));
            bool ok = false;
            const int number = value("portid").toInt(&ok);
            if (!transport || !ok)
                continue;
            ProbeResult result;
            result.host = host->addresses.value(0);
            result.transport = *transport;
            result.port = number;
            result.time = host->time;
            host->results.append(result);
            port = &host->results.last();
        } else if (port && xml.name() == u"state") {
            const MappedState mapped = mapState(value("state"));
            port->state = mapped.state;
            port->error = mapped.error;
        } else if (port && xml.name() == u"service") {
            QStringList words{value("name").toString(), value("product").toString(), value("version").toString()};
            words.removeAll(QString());
            port->banner = words.join(u' ');
        } else if (host && xml.name() == u"extraports") {
            extraState = mapState(value("state"));
        } else if (host && xml.name() == u"extrareasons") {
            const auto transport = transportFrom(value("proto"));
            const std::optional<PortSet> ports = parsePortSpec(value("ports"));
            if (!transport || !ports)
                continue; // older nmap lists no ports: nothing to read
            pending[{*transport, extraState.state, extraState.error}].append(ports->runs());
        }
    }
    if (xml.hasError()) {
        m_error = tr("line %1, column %2: %3").arg(xml.lineNumber()).arg(xml.columnNumber()).arg(xml.errorString());
        return false;
    }
    return true;
}
