#include <functional>

#include <QNetworkDatagram>
#include <QTest>
#include <QUdpSocket>

#include "probe/udppayloads.h"

namespace {

// A UDP peer on 127.0.0.1 that answers every datagram with what respond() makes of it.
class UdpPeer final : public QObject
{
public:
    explicit UdpPeer(std::function<QByteArray(const QByteArray&)> respond)
        : m_respond(std::move(respond))
    {
        m_socket.bind(QHostAddress::LocalHost);
        connect(&m_socket, &QUdpSocket::readyRead, this, [this] {
            while (m_socket.hasPendingDatagrams()) {
                const QNetworkDatagram query = m_socket.receiveDatagram();
                m_socket.writeDatagram(query.makeReply(m_respond(query.data())));
            }
        });
    }

    quint16 port() const { return m_socket.localPort(); }

private:
    QUdpSocket m_socket;
    std::function<QByteArray(const QByteArray&)> m_respond;
};

// Sends one datagram to the peer and returns the first answer (empty after a second).
QByteArray exchange(const UdpPeer& peer, const QByteArray& query)
{
    QUdpSocket client;
    client.writeDatagram(query, QHostAddress::LocalHost, peer.port());
    QByteArray answer;
    QObject::connect(&client, &QUdpSocket::readyRead, &client,
                     [&client, &answer] { answer = client.receiveDatagram().data(); });
    [&answer] {
        QTRY_VERIFY_WITH_TIMEOUT(!answer.isEmpty(), 1000);
    }();
    return answer;
}

QByteArray echo(const QByteArray& query)
{
    return query;
}

} // namespace

class TestUdpPayloads final : public QObject
{
    Q_OBJECT

private slots:
    void dnsQueryBytes();
    void dnsReplies_data();
    void dnsReplies();
    void dnsOverLoopback();
    void cldapQueryBytes();
    void ldapReplies_data();
    void ldapReplies();
    void cldapOverLoopback();
};

void TestUdpPayloads::dnsQueryBytes()
{
    // ID, flags 0 (RD=0), one question ". NS IN".
    QCOMPARE(dnsQuery(0xbeef).toHex(), QByteArray("beef0000000100000000000000000200"
                                                  "01"));
    QCOMPARE(dnsQuery(7).left(2), QByteArray::fromHex("0007"));
}

void TestUdpPayloads::dnsReplies_data()
{
    QTest::addColumn<QByteArray>("datagram");
    QTest::addColumn<bool>("reply");

    // Header of a root server's answer (QR AA, 13 NS records), then the question.
    QTest::newRow("answer") << QByteArray::fromHex("beef840000010000000d0000000000020001") << true;
    QTest::newRow("REFUSED still is a DNS server")
        << QByteArray::fromHex("beef80050001000000000000000000020001") << true;
    QTest::newRow("other id") << QByteArray::fromHex("beee840000010000000d0000000000020001") << false;
    QTest::newRow("our query reflected") << dnsQuery(0xbeef) << false;
    QTest::newRow("not opcode QUERY") << QByteArray::fromHex("beef a800 0001 0000 0000 0000") << false;
    QTest::newRow("short") << QByteArray::fromHex("beef8400000100") << false;
    QTest::newRow("empty") << QByteArray() << false;
}

void TestUdpPayloads::dnsReplies()
{
    QFETCH(QByteArray, datagram);
    QFETCH(bool, reply);
    QCOMPARE(isDnsReply(datagram, 0xbeef), reply);
}

void TestUdpPayloads::dnsOverLoopback()
{
    const UdpPeer dns([](const QByteArray& query) -> QByteArray {
        QByteArray answer = query;
        answer[2] = static_cast<char>(answer.at(2) | 0x80); // QR
        answer[3] = 0x05;                                   // REFUSED
        return answer;
    });
    QVERIFY(isDnsReply(exchange(dns, dnsQuery(4242)), 4242));
    QVERIFY(!isDnsReply(exchange(dns, dnsQuery(4242)), 4243));
    const UdpPeer echoService(echo);
    QVERIFY(!isDnsReply(exchange(echoService, dnsQuery(4242)), 4242));
}

void TestUdpPayloads::cldapQueryBytes()
{
    // LDAPMessage { 1, SearchRequest { "", base, never, 0, 0, false, present objectClass, { dnsHostName } } }; the
    // same bytes `openssl asn1parse -inform DER` reads as that structure.
    const QByteArray expected = QByteArray::fromHex("3032020101632d0400"
                                                    "0a0100"
                                                    "0a0100"
                                                    "020100"
                                                    "020100"
                                                    "010100"
                                                    "870b6f626a656374436c617373"
                                                    "300d040b646e73486f73744e616d65");
    QCOMPARE(cldapRootDseQuery(1).toHex(), expected.toHex());
    // Message ids are minimal two's-complement INTEGERs: 200 needs a leading zero byte.
    QCOMPARE(cldapRootDseQuery(200).mid(2, 4).toHex(), QByteArray("020200c8"));
    QCOMPARE(cldapRootDseQuery(200).left(2).toHex(), QByteArray("3033"));
}

void TestUdpPayloads::ldapReplies_data()
{
    QTest::addColumn<QByteArray>("datagram");
    QTest::addColumn<int>("messageId");
    QTest::addColumn<bool>("reply");

    const QByteArray done = QByteArray::fromHex("300c02010165070a010004000400");
    QTest::newRow("SearchResultDone") << done << 1 << true;
    QTest::newRow("other id") << done << 2 << false;
    QTest::newRow("SearchResultEntry, id 200")
        << QByteArray::fromHex("3017020200c864110400300d300b0404636e74313103040131") << 200 << true;
    // What slapd 2.5 sent back (over TCP) for cldapRootDseQuery(300): the root DSE entry, then done.
    QTest::newRow("slapd's answer") << QByteArray::fromHex("300a0202012c640404003000300d0202012c65070a010004000400")
                                    << 300 << true;
    QTest::newRow("CLDAP user name") << QByteArray::fromHex("300e020101040065070a010004000400") << 1 << true;
    QTest::newRow("long-form length") << QByteArray::fromHex("30810c02010165070a010004000400") << 1 << true;
    // Active Directory writes every length in the four-byte long form (testssl.sh pull request 2297 shows its LDAP
    // replies; HAProxy's issue 1390 is its LDAP check failing on them): a root DSE entry with an empty name.
    QTest::newRow("Active Directory's four-byte lengths")
        << QByteArray::fromHex("3084000000110201016484000000080400308400000000") << 1 << true;
    QTest::newRow("four-byte length past the end") << QByteArray::fromHex("30847fffffff02010165") << 1 << false;
    QTest::newRow("length beyond int") << QByteArray::fromHex("3084ffffffff02010165") << 1 << false;
    QTest::newRow("our query reflected") << cldapRootDseQuery(1) << 1 << false;
    QTest::newRow("truncated") << done.left(8) << 1 << false;
    QTest::newRow("length past the end") << QByteArray::fromHex("307f02010165") << 1 << false;
    QTest::newRow("not BER") << QByteArray("HTTP/1.1 400 Bad Request") << 1 << false;
    QTest::newRow("empty") << QByteArray() << 1 << false;
}

void TestUdpPayloads::ldapReplies()
{
    QFETCH(QByteArray, datagram);
    QFETCH(int, messageId);
    QFETCH(bool, reply);
    QCOMPARE(isLdapReply(datagram, messageId), reply);
}

void TestUdpPayloads::cldapOverLoopback()
{
    // Answers with SearchResultDone (success) under the message id of the query: bytes 2..4 are 02 01 <id>.
    const UdpPeer cldap([](const QByteArray& query) -> QByteArray {
        return QByteArray::fromHex("300c") + query.mid(2, 3) + QByteArray::fromHex("65070a010004000400");
    });
    QVERIFY(isLdapReply(exchange(cldap, cldapRootDseQuery(9)), 9));
    QVERIFY(!isLdapReply(exchange(cldap, cldapRootDseQuery(9)), 10));
    const UdpPeer echoService(echo);
    QVERIFY(!isLdapReply(exchange(echoService, cldapRootDseQuery(9)), 9));
}

QTEST_GUILESS_MAIN(TestUdpPayloads)
#include "tst_udppayloads.moc"
