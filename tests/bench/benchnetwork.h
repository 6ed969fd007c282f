#pragma once

#include <QString>

// A network namespace of the benchmark's own, reached over a veth pair from this one: 198.18.0.1 here, 198.18.0.2
// (address()) in the namespace (198.18.0.0/15 is the range RFC 2544 sets aside for benchmarks). Inside, nftables
// drops TCP to the ports [dropFirst, dropLast] without an answer (filtered); the other ports are closed. With a delay,
// netem holds each packet leaving the namespace that long, so the round trip takes it too. No traffic goes anywhere
// else. The destructor removes the namespace and with it the pair. Needs root, ip and nft (and sch_netem for a delay):
// error() says why it could not be set up.
class BenchNetwork
{
public:
    BenchNetwork(int dropFirst, int dropLast, int delayMs);
    ~BenchNetwork();
    BenchNetwork(const BenchNetwork&) = delete;
    BenchNetwork& operator=(const BenchNetwork&) = delete;

    QString error() const { return m_error; }
    static QString address() { return QStringLiteral("198.18.0.2"); }

private:
    bool run(const QStringList& command, const QByteArray& input = {});

    QString m_namespace;
    QString m_error;
};
