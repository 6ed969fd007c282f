#pragma once

#include <QByteArray>
#include <QString>

// What a UDP probe sends to a service that only answers a well-formed request, and what it makes of the answer. A
// UDP port that replies at all is open; the check makes it reply and names what replied.
class UdpServiceCheck
{
public:
    UdpServiceCheck() = default;
    virtual ~UdpServiceCheck() = default;
    Q_DISABLE_COPY_MOVE(UdpServiceCheck)

    // The datagram to send, e.g. a DNS query for the root.
    virtual QByteArray request() const = 0;
    // A short description of a reply for ProbeResult::banner (e.g. "DNS, NOERROR"), or empty when the reply is not
    // this service's answer.
    virtual QString describeReply(const QByteArray& reply) const = 0;
};
