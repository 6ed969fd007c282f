#include "model/ipnetwork.h"

#include <algorithm>

#include <QList>

namespace {

// The address with every bit after the first prefixLength bits cleared.
QHostAddress networkAddress(const QHostAddress& address, int prefixLength)
{
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        const quint32 mask = prefixLength == 0 ? 0 : ~quint32(0) << (32 - prefixLength);
        return QHostAddress(address.toIPv4Address() & mask);
    }
    Q_IPV6ADDR bytes = address.toIPv6Address();
    for (int i = 0; i < 16; ++i) {
        const int bitsHere = qBound(0, prefixLength - 8 * i, 8);
        bytes[i] &= quint8(bitsHere == 0 ? 0 : 0xff << (8 - bitsHere));
    }
    return QHostAddress(bytes);
}

} // namespace

std::optional<IpNetwork> IpNetwork::parse(const QString& text, QString* problem)
{
    const auto refuse = [&](const QString& why) -> std::optional<IpNetwork> {
        if (problem)
            *problem = why;
        return std::nullopt;
    };
    const QString notNetwork = tr("\"%1\" is not a network (CIDR such as 192.0.2.0/24)").arg(text);
    const QList<QStringView> parts = QStringView(text).split(u'/');
    if (parts.size() != 2)
        return refuse(notNetwork);
    QHostAddress address;
    // QHostAddress accepts scope ids ("fe80::1%eth0"); a network has none.
    if (parts.at(0).contains(u'%') || !address.setAddress(parts.at(0).toString()))
        return refuse(notNetwork);
    const bool v6 = address.protocol() == QAbstractSocket::IPv6Protocol;
    bool ok = false;
    const int prefix = parts.at(1).toInt(&ok);
    const bool digitsOnly = !parts.at(1).isEmpty() &&
                            std::all_of(parts.at(1).cbegin(), parts.at(1).cend(), [](QChar c) { return c.isDigit(); });
    if (!ok || !digitsOnly || prefix < 0 || prefix > (v6 ? 128 : 32))
        return refuse(notNetwork);
    const QHostAddress network = networkAddress(address, prefix);
    if (network != address)
        return refuse(tr("\"%1\" has host bits set; did you mean %2/%3?").arg(text, network.toString()).arg(prefix));
    return IpNetwork(network, prefix);
}

IpNetwork IpNetwork::ofAddress(const QHostAddress& address)
{
    return IpNetwork(address, address.protocol() == QAbstractSocket::IPv6Protocol ? 128 : 32);
}

bool IpNetwork::contains(const QHostAddress& address) const
{
    return m_prefixLength >= 0 && address.isInSubnet(m_address, m_prefixLength);
}

bool IpNetwork::contains(const IpNetwork& other) const
{
    return other.m_prefixLength >= m_prefixLength && contains(other.m_address);
}

bool IpNetwork::overlaps(const IpNetwork& other) const
{
    // Two CIDR networks overlap only when one holds the other.
    return contains(other) || other.contains(*this);
}

QString IpNetwork::toString() const
{
    return isSingleAddress() ? m_address.toString() : toCidr();
}

QString IpNetwork::toCidr() const
{
    return m_address.toString() + u'/' + QString::number(m_prefixLength);
}

bool operator<(const IpNetwork& a, const IpNetwork& b)
{
    if (a.isIPv6() != b.isIPv6())
        return !a.isIPv6();
    if (!a.isIPv6() && a.m_address.toIPv4Address() != b.m_address.toIPv4Address())
        return a.m_address.toIPv4Address() < b.m_address.toIPv4Address();
    if (a.isIPv6()) {
        const Q_IPV6ADDR x = a.m_address.toIPv6Address();
        const Q_IPV6ADDR y = b.m_address.toIPv6Address();
        for (int i = 0; i < 16; ++i) {
            if (x[i] != y[i])
                return x[i] < y[i];
        }
    }
    return a.m_prefixLength < b.m_prefixLength;
}

std::optional<QHostAddress> hostAddress(const QString& host)
{
    QHostAddress address;
    if (host.isEmpty() || host.contains(u'%') || !address.setAddress(host))
        return std::nullopt;
    return address;
}

HostKind hostKind(const QString& host)
{
    if (host.trimmed().isEmpty())
        return HostKind::None;
    return hostAddress(host) ? HostKind::Address : HostKind::DnsName;
}
