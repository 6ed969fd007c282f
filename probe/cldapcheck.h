#pragma once

#include "probe/udpservicecheck.h"

// UDP 389: the CLDAP root-DSE search every Active Directory domain controller answers.
class CldapCheck final : public UdpServiceCheck
{
public:
    CldapCheck() = default;

    QByteArray request() const override;
    QString describeReply(const QByteArray& reply) const override;
};
