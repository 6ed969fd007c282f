#pragma once

#include <QByteArray>
#include <QtGlobal>

// The datagrams of the UDP service checks, and the tests that an answer really came from the service. Pure
// functions, so that the engine's UDP probe sends them and tests check them byte by byte. A reflected copy of a
// query (an echo service, a loop) is never taken for a reply.

// A standard query for the root's NS records, RD=0: every DNS server answers it (with data, a referral or REFUSED).
QByteArray dnsQuery(quint16 id);
// A DNS response (QR=1, opcode QUERY) with this id; any RCODE counts, since REFUSED still proves a DNS server.
bool isDnsReply(const QByteArray& datagram, quint16 id);

// The connectionless LDAP (CLDAP, UDP 389) search of the root DSE that Active Directory answers on every domain
// controller: base "", scope base, filter (objectClass=*), attribute dnsHostName, BER-encoded as LDAPv3.
QByteArray cldapRootDseQuery(int messageId);
// An LDAP search answer (entry, reference or done) with this message id. Accepts the CLDAP form of RFC 1798 too,
// which has a user name between the message id and the operation.
bool isLdapReply(const QByteArray& datagram, int messageId);
