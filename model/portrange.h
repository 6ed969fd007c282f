#pragma once

#include <QHashFunctions>
#include <QString>

#include <optional>

// An inclusive range of TCP or UDP ports; a single port has first == last.
struct PortRange
{
    int first = 0;
    int last = 0;

    bool isValid() const { return first >= 1 && last <= 65535 && first <= last; }
    bool isSingle() const { return first == last; }
    bool contains(int port) const { return port >= first && port <= last; }
    int count() const { return last - first + 1; }
    QString toString() const;

    // Parses "25" or "49152-65535"; nullopt for anything else.
    static std::optional<PortRange> parse(QStringView text);

    friend bool operator==(const PortRange& a, const PortRange& b) { return a.first == b.first && a.last == b.last; }
    friend bool operator!=(const PortRange& a, const PortRange& b) { return !(a == b); }
    friend bool operator<(const PortRange& a, const PortRange& b)
    {
        return a.first != b.first ? a.first < b.first : a.last < b.last;
    }
    friend size_t qHash(const PortRange& range, size_t seed = 0) { return qHashMulti(seed, range.first, range.last); }
};

enum class Protocol
{
    Tcp,
    Udp
};

QString protocolId(Protocol protocol); // "tcp" / "udp"
std::optional<Protocol> protocolFromId(QStringView id);
