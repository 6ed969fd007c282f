#include "probe/nmapxmlreader.h"

#include "probe/portspec.h"

#include <QIODevice>
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

std::optional<Transport> transportFrom(QStringView protocol)
{
    if (protocol == u"tcp")
        return Transport::Tcp;
    if (protocol == u"udp")
        return Transport::Udp;
    return std::nullopt;
}

} // namespace

bool NmapXmlReader::read(QIODevice* device)
{
    m_error.clear();
    m_hosts.clear();
    QXmlStreamReader xml(device);
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
    QDateTime hostTime;
    ProbeState extraState = ProbeState::Error;
    QString extraError;
    while (xml.readNext() != QXmlStreamReader::EndDocument && !xml.hasError()) {
        if (xml.isEndElement()) {
            if (xml.name() == u"host")
                host = nullptr;
            else if (xml.name() == u"port")
                port = nullptr;
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        const auto value = [&](const char* name) {
            return attributes.value(QLatin1String(name));
        };
        if (xml.name() == u"host") {
            m_hosts.append(NmapHost());
            host = &m_hosts.last();
            const qint64 end = value("endtime").toLongLong();
            hostTime = end > 0 ? QDateTime::fromSecsSinceEpoch(end, Qt::UTC) : m_started;
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
            result.time = hostTime;
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
            const MappedState mapped = mapState(value("state"));
            extraState = mapped.state;
            extraError = mapped.error;
        } else if (host && xml.name() == u"extrareasons") {
            const auto transport = transportFrom(value("proto"));
            const std::optional<QList<int>> ports = parsePortSpec(value("ports"));
            if (!transport || !ports)
                continue; // older nmap lists no ports: nothing to expand
            for (const int number : *ports) {
                ProbeResult result;
                result.host = host->addresses.value(0);
                result.transport = *transport;
                result.port = number;
                result.state = extraState;
                result.error = extraError;
                result.time = hostTime;
                host->results.append(result);
            }
        }
    }
    if (xml.hasError()) {
        m_error = tr("line %1, column %2: %3").arg(xml.lineNumber()).arg(xml.columnNumber()).arg(xml.errorString());
        return false;
    }
    return true;
}
