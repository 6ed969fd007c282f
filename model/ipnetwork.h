#pragma once

#include <QCoreApplication>
#include <QHashFunctions>
#include <QHostAddress>
#include <QString>

#include <optional>

// An IPv4 or IPv6 network in CIDR notation ("192.0.2.0/24", "2001:db8::/64"): a zone's address space, or a server's
// address as a one-address network (/32, /128). Parsing refuses host bits set ("192.0.2.1/24"): that is usually a
// host address typed where a network was meant, and silently widening it to 192.0.2.0/24 would open a firewall to a
// whole network; the message names the network that was probably meant.
class IpNetwork final
{
    Q_DECLARE_TR_FUNCTIONS(IpNetwork)

public:
    IpNetwork() = default;

    // nullopt and, when problem is given, the reason for anything that is not a network in CIDR notation.
    static std::optional<IpNetwork> parse(const QString& text, QString* problem = nullptr);
    // The network of exactly this address (/32 or /128).
    static IpNetwork ofAddress(const QHostAddress& address);

    QHostAddress address() const { return m_address; }
    int prefixLength() const { return m_prefixLength; }
    bool isIPv6() const { return m_address.protocol() == QAbstractSocket::IPv6Protocol; }
    bool isSingleAddress() const { return m_prefixLength == (isIPv6() ? 128 : 32); }

    bool contains(const QHostAddress& address) const;
    bool contains(const IpNetwork& other) const;
    bool overlaps(const IpNetwork& other) const;
    // "192.0.2.0/24", "2001:db8::/64"; the address alone for a single address.
    QString toString() const;
    // toString() with the prefix length always written: what the file stores.
    QString toCidr() const;

    friend bool operator==(const IpNetwork& a, const IpNetwork& b)
    {
        return a.m_prefixLength == b.m_prefixLength && a.m_address == b.m_address;
    }
    friend bool operator!=(const IpNetwork& a, const IpNetwork& b) { return !(a == b); }
    friend bool operator<(const IpNetwork& a, const IpNetwork& b);
    friend size_t qHash(const IpNetwork& network, size_t seed = 0)
    {
        return qHashMulti(seed, network.m_address, network.m_prefixLength);
    }

private:
    IpNetwork(const QHostAddress& address, int prefixLength)
        : m_address(address)
        , m_prefixLength(prefixLength)
    {}

    QHostAddress m_address;
    int m_prefixLength = -1;
};

// What a server's "host" holds: nothing, an IPv4/IPv6 address, or a DNS name (which firewall rules cannot use).
enum class HostKind
{
    None,
    Address,
    DnsName
};

HostKind hostKind(const QString& host);
// The address when host is one ("192.0.2.10", "2001:db8::10"), else nullopt.
std::optional<QHostAddress> hostAddress(const QString& host);
