#include "probe/dnscheck.h"

#include <QCoreApplication>

#include "probe/udppayloads.h"

namespace {

constexpr quint16 QueryId = 0x5054;

} // namespace

QByteArray DnsCheck::request() const
{
    return dnsQuery(QueryId);
}

QString DnsCheck::describeReply(const QByteArray& reply) const
{
    if (!isDnsReply(reply, QueryId))
        return {};
    static const char* const codes[] = {"NOERROR", "FORMERR", "SERVFAIL", "NXDOMAIN", "NOTIMP", "REFUSED"};
    const int code = static_cast<unsigned char>(reply.at(3)) & 0x0f;
    const QString name = code < int(std::size(codes)) ? QString::fromLatin1(codes[code]) : QString::number(code);
    return QCoreApplication::translate("DnsCheck", "DNS, %1").arg(name);
}
