#include "probe/cldapcheck.h"

#include <QCoreApplication>

#include "probe/udppayloads.h"

namespace {

constexpr int MessageId = 0x5054;

} // namespace

QByteArray CldapCheck::request() const
{
    return cldapRootDseQuery(MessageId);
}

QString CldapCheck::describeReply(const QByteArray& reply) const
{
    return isLdapReply(reply, MessageId) ? QCoreApplication::translate("CldapCheck", "CLDAP, root DSE") : QString();
}
