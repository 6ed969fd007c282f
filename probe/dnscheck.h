#pragma once

#include "probe/udpservicecheck.h"

// UDP 53: a query for the root's NS records; any DNS response with its id (even REFUSED) proves a DNS server.
class DnsCheck final : public UdpServiceCheck
{
public:
    DnsCheck() = default;

    QByteArray request() const override;
    QString describeReply(const QByteArray& reply) const override;
};
