#include "probe/udppayloads.h"

#include <optional>

#include <QStringBuilder>

namespace {

// BER tag-length-value with a definite length (short form below 128 bytes, long form above).
QByteArray tlv(char tag, const QByteArray& content)
{
    QByteArray bytes(1, tag);
    const int size = content.size();
    if (size < 0x80) {
        bytes += static_cast<char>(size);
    } else {
        QByteArray length;
        for (int rest = size; rest > 0; rest >>= 8)
            length.prepend(static_cast<char>(rest & 0xff));
        bytes += static_cast<char>(0x80 | length.size());
        bytes += length;
    }
    return bytes + content;
}

// A non-negative INTEGER in the fewest two's-complement bytes.
QByteArray berInteger(char tag, int value)
{
    QByteArray content;
    for (unsigned rest = static_cast<unsigned>(value); rest > 0; rest >>= 8)
        content.prepend(static_cast<char>(rest & 0xff));
    if (content.isEmpty() || (static_cast<unsigned char>(content.at(0)) & 0x80))
        content.prepend('\0');
    return tlv(tag, content);
}

// Reads the length at pos (moving pos past it); nullopt unless the content fits in the datagram. The long form may
// take up to four length bytes, as Active Directory writes every length ("30 84 00 00 00 7d ...", however short).
std::optional<int> berLength(const QByteArray& data, int& pos)
{
    if (pos >= data.size())
        return std::nullopt;
    const auto first = static_cast<unsigned char>(data.at(pos++));
    qint64 length = first;
    if (first & 0x80) {
        const int count = first & 0x7f;
        if (count == 0 || count > 4 || pos + count > data.size())
            return std::nullopt;
        length = 0;
        for (int i = 0; i < count; ++i)
            length = (length << 8) | static_cast<unsigned char>(data.at(pos++));
    }
    if (pos + length > data.size())
        return std::nullopt;
    return static_cast<int>(length);
}

constexpr char tagInteger = 0x02;
constexpr char tagOctetString = 0x04;
constexpr char tagEnumerated = 0x0a;
constexpr char tagBoolean = 0x01;
constexpr char tagSequence = 0x30;
constexpr char tagSearchRequest = 0x63;                    // [APPLICATION 3], constructed
constexpr char tagSearchResultEntry = 0x64;                // [APPLICATION 4]
constexpr char tagSearchResultDone = 0x65;                 // [APPLICATION 5]
constexpr char tagSearchResultReference = 0x73;            // [APPLICATION 19]
constexpr char tagFilterPresent = static_cast<char>(0x87); // [7] primitive

} // namespace

QByteArray dnsQuery(quint16 id)
{
    QByteArray query;
    query += static_cast<char>(id >> 8);
    query += static_cast<char>(id & 0xff);
    query += QByteArray::fromHex("0000"   // flags: QR=0, opcode QUERY, RD=0
                                 "0001"   // one question
                                 "0000"   // no answers
                                 "0000"   // no authority records
                                 "0000"   // no additional records
                                 "00"     // the root name
                                 "0002"   // type NS
                                 "0001"); // class IN
    return query;
}

bool isDnsReply(const QByteArray& datagram, quint16 id)
{
    if (datagram.size() < 12)
        return false;
    const auto byte = [&datagram](int i) {
        return static_cast<unsigned char>(datagram.at(i));
    };
    const bool sameId = ((byte(0) << 8) | byte(1)) == id;
    const bool isResponse = byte(2) & 0x80;
    const bool isQueryOpcode = ((byte(2) >> 3) & 0x0f) == 0;
    return sameId && isResponse && isQueryOpcode;
}

QByteArray cldapRootDseQuery(int messageId)
{
    const QByteArray search = tlv(tagOctetString, {})                   // base ""
                              + tlv(tagEnumerated, QByteArray(1, '\0')) // scope baseObject
                              + tlv(tagEnumerated, QByteArray(1, '\0')) // neverDerefAliases
                              + berInteger(tagInteger, 0)               // no size limit
                              + berInteger(tagInteger, 0)               // no time limit
                              + tlv(tagBoolean, QByteArray(1, '\0'))    // typesOnly false
                              + tlv(tagFilterPresent, "objectClass")    // (objectClass=*)
                              + tlv(tagSequence, tlv(tagOctetString, "dnsHostName"));
    return tlv(tagSequence, berInteger(tagInteger, messageId) + tlv(tagSearchRequest, search));
}

bool isLdapReply(const QByteArray& datagram, int messageId)
{
    int pos = 0;
    if (datagram.isEmpty() || datagram.at(pos++) != tagSequence || !berLength(datagram, pos))
        return false;
    if (pos >= datagram.size() || datagram.at(pos++) != tagInteger)
        return false;
    const std::optional<int> idLength = berLength(datagram, pos);
    if (!idLength || *idLength < 1 || *idLength > 4)
        return false;
    qint64 id = static_cast<signed char>(datagram.at(pos)); // two's complement: the first byte carries the sign
    for (int i = 1; i < *idLength; ++i)
        id = id * 256 + static_cast<unsigned char>(datagram.at(pos + i));
    if (id != messageId)
        return false;
    pos += *idLength;
    if (pos < datagram.size() && datagram.at(pos) == tagOctetString) { // RFC 1798's user name
        ++pos;
        const std::optional<int> nameLength = berLength(datagram, pos);
        if (!nameLength)
            return false;
        pos += *nameLength;
    }
    if (pos >= datagram.size())
        return false;
    const char operation = datagram.at(pos);
    return operation == tagSearchResultEntry || operation == tagSearchResultDone ||
           operation == tagSearchResultReference;
}
