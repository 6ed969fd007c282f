// Bytes as what a server answers a service check, without sockets. The first byte chooses the check: one of the
// ServiceKind conversations (SMTP, IMAP, POP3, NNTP, HTTP and their TLS kinds), fed the rest line by line as
// ServiceCheck splits it, or the CLDAP or DNS check, given the rest as the UDP reply.

#include "fuzz/fuzzqt.h"
#include "probe/cldapcheck.h"
#include "probe/dnscheck.h"
#include "probe/serviceconversation.h"
#include "probe/servicekind.h"

#include <array>

namespace {

constexpr std::array Kinds = {ServiceKind::Smtp, ServiceKind::Smtps, ServiceKind::Imap4, ServiceKind::Imaps,
                              ServiceKind::Pop3, ServiceKind::Pop3s, ServiceKind::Nntp,  ServiceKind::Nntps,
                              ServiceKind::Tls,  ServiceKind::Http,  ServiceKind::Https};
constexpr int MaxLineLength = 4096; // ServiceCheck's cut of an endless line

void converse(ServiceKind kind, const QByteArray& reply)
{
    ServiceConversation conversation(kind, QStringLiteral("mail.example.org"), 25);
    conversation.opening();
    qsizetype start = 0;
    while (!conversation.isDone() && start < reply.size()) {
        qsizetype end = reply.indexOf('\n', start);
        if (end < 0)
            end = reply.size();
        QByteArray line = reply.mid(start, end - start);
        start = end + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        conversation.handleLine(line.left(MaxLineLength));
        if (conversation.needsTlsUpgrade())
            conversation.tlsEstablished();
    }
    conversation.banner();
    conversation.silenceError(3000);
    conversation.closedError();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray reply = fuzzInput(data + 1, size - 1);
    const size_t choice = data[0] % (Kinds.size() + 2);
    if (choice < Kinds.size())
        converse(Kinds[choice], reply);
    else if (choice == Kinds.size())
        CldapCheck().describeReply(reply);
    else
        DnsCheck().describeReply(reply);
    return 0;
}
