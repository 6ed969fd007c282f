#include "model/export/matrixjsonwriter.h"

#include <cstring>
#include <vector>

#include <QIODevice>
#include <QSet>

#include "model/portcatalog.h"
#include "model/portmatrix.h"

namespace {

constexpr qsizetype ChunkSize = 64 * 1024;

// The output buffer. A large matrix is mostly server ids, so appending must cost a few instructions per byte: the
// buffer is a plain array with a fill mark, grown only when one value does not fit, and handed to the device whenever
// it holds a chunk.
class JsonBuffer final
{
public:
    explicit JsonBuffer(QIODevice* device)
        : m_device(device)
        , m_data(std::size_t(2 * ChunkSize))
    {}

    // Room for at least n more bytes; write there, then commit() the end.
    char* reserve(qsizetype n)
    {
        if (m_used + n > qsizetype(m_data.size()))
            m_data.resize(std::size_t(m_used + n + ChunkSize));
        return m_data.data() + m_used;
    }
    void commit(const char* end) { m_used = end - m_data.data(); }

    void append(char c)
    {
        *reserve(1) = c;
        ++m_used;
    }
    void append(const char* text) // inlined, so strlen() of a literal is folded at compile time
    {
        const std::size_t size = std::strlen(text);
        std::memcpy(reserve(qsizetype(size)), text, size);
        m_used += qsizetype(size);
    }
    void appendNumber(int value)
    {
        const QByteArray digits = QByteArray::number(value);
        std::memcpy(reserve(digits.size()), digits.constData(), std::size_t(digits.size()));
        m_used += digits.size();
    }
    void appendString(QStringView text);

    bool isFull() const { return m_used >= ChunkSize; }
    bool flush()
    {
        if (m_used > 0 && m_device->write(m_data.data(), m_used) != m_used)
            return false;
        m_used = 0;
        return true;
    }

private:
    QIODevice* m_device;
    std::vector<char> m_data;
    qsizetype m_used = 0;
};

// A JSON string literal in UTF-8. Control characters become \u00XX (or their short escapes); a lone surrogate, which
// UTF-8 cannot carry, becomes U+FFFD.
void JsonBuffer::appendString(QStringView text)
{
    static const char hex[] = "0123456789abcdef";
    char* d = reserve(6 * text.size() + 2); // \u00XX is the longest form of one UTF-16 unit
    *d++ = '"';
    const char16_t* p = text.utf16();
    const char16_t* const end = p + text.size();
    while (p < end) {
        const char16_t c = *p++;
        if (c < 0x80) {
            if (c >= 0x20 && c != u'"' && c != u'\\') {
                *d++ = char(c);
                continue;
            }
            *d++ = '\\';
            switch (c) {
            case u'"':
                *d++ = '"';
                break;
            case u'\\':
                *d++ = '\\';
                break;
            case u'\n':
                *d++ = 'n';
                break;
            case u'\r':
                *d++ = 'r';
                break;
            case u'\t':
                *d++ = 't';
                break;
            default:
                *d++ = 'u';
                *d++ = '0';
                *d++ = '0';
                *d++ = hex[c >> 4];
                *d++ = hex[c & 0xf];
            }
        } else if (c < 0x800) {
            *d++ = char(0xc0 | (c >> 6));
            *d++ = char(0x80 | (c & 0x3f));
        } else if (QChar::isHighSurrogate(c) && p < end && QChar::isLowSurrogate(*p)) {
            const char32_t u = QChar::surrogateToUcs4(c, *p++);
            *d++ = char(0xf0 | (u >> 18));
            *d++ = char(0x80 | ((u >> 12) & 0x3f));
            *d++ = char(0x80 | ((u >> 6) & 0x3f));
            *d++ = char(0x80 | (u & 0x3f));
        } else {
            const char16_t unit = QChar::isSurrogate(c) ? char16_t(0xfffd) : c;
            *d++ = char(0xe0 | (unit >> 12));
            *d++ = char(0x80 | ((unit >> 6) & 0x3f));
            *d++ = char(0x80 | (unit & 0x3f));
        }
    }
    *d++ = '"';
    commit(d);
}

void appendKey(JsonBuffer& out, const char* key)
{
    out.append('"');
    out.append(key);
    out.append("\":");
}

void appendString(JsonBuffer& out, const char* key, QStringView value)
{
    appendKey(out, key);
    out.appendString(value);
}

void appendBool(JsonBuffer& out, const char* key, bool value)
{
    appendKey(out, key);
    out.append(value ? "true" : "false");
}

void appendList(JsonBuffer& out, const char* key, const QStringList& values)
{
    appendKey(out, key);
    out.append('[');
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            out.append(',');
        out.appendString(values.at(i));
    }
    out.append(']');
}

void appendRule(JsonBuffer& out, const MatrixRule& rule, bool intraZone)
{
    out.append('{');
    if (intraZone) {
        appendString(out, "zone", rule.from);
    } else {
        appendString(out, "from", rule.from);
        out.append(',');
        appendString(out, "to", rule.to);
    }
    out.append(rule.protocol == Protocol::Tcp ? ",\"protocol\":\"tcp\"" : ",\"protocol\":\"udp\"");
    out.append(",\"portFirst\":");
    out.appendNumber(rule.ports.first);
    out.append(",\"portLast\":");
    out.appendNumber(rule.ports.last);
    out.append(',');
    appendString(out, "service", rule.service);
    out.append(',');
    appendString(out, "family", rule.family);
    out.append(',');
    appendList(out, "sources", rule.sources);
    out.append(',');
    appendList(out, "destinations", rule.destinations);
    out.append(',');
    appendList(out, "sourceRoles", rule.sourceRoles);
    out.append(',');
    appendList(out, "destinationRoles", rule.destinationRoles);
    out.append(',');
    appendString(out, "purpose", rule.purpose);
    out.append(',');
    appendString(out, "encryption", rule.encryption);
    out.append(',');
    appendString(out, "ifBlocked", rule.ifBlocked);
    out.append(',');
    appendList(out, "references", rule.references);
    out.append(',');
    appendString(out, "entry", rule.entry);
    out.append(',');
    appendBool(out, "confirmed", rule.confirmed);
    out.append(',');
    appendBool(out, "dynamicRpc", rule.dynamicRpc);
    out.append(',');
    appendBool(out, "published", rule.published);
    out.append('}');
}

} // namespace

MatrixJsonWriter::MatrixJsonWriter(const PortMatrix& matrix, const PortCatalog& catalog)
    : m_matrix(matrix)
    , m_catalog(catalog)
{}

bool MatrixJsonWriter::write(QIODevice* device)
{
    clearError();
    if (!device || !device->isWritable())
        return fail(tr("cannot write the matrix: the output is not open for writing"));
    const PortMatrix& matrix = m_matrix;
    JsonBuffer out(device);
    const auto failed = [&] {
        return fail(tr("cannot write the matrix: %1").arg(device->errorString()));
    };

    out.append("{\n");
    appendString(out, "format", u"portolan-matrix");
    out.append(",\n\"version\":1,\n");
    appendString(out, "deployment", matrix.deploymentName);
    out.append(",\n");
    appendString(out, "exchangeVersion", matrix.exchangeVersion);
    out.append(",\n");

    // Rules of one catalog entry share its reference list, so the tags are collected once per distinct list.
    QSet<QString> usedTags;
    QSet<const void*> seenReferenceLists;
    const auto writeRules = [&](const QList<MatrixRule>& rules, bool intraZone) {
        out.append(rules.isEmpty() ? "[" : "[\n");
        for (qsizetype i = 0; i < rules.size(); ++i) {
            const MatrixRule& rule = rules.at(i);
            if (!seenReferenceLists.contains(rule.references.constData())) {
                seenReferenceLists.insert(rule.references.constData());
                for (const QString& tag : rule.references)
                    usedTags.insert(tag);
            }
            out.append("  ");
            appendRule(out, rule, intraZone);
            out.append(i + 1 < rules.size() ? ",\n" : "\n");
            if (out.isFull() && !out.flush())
                return false;
        }
        out.append("],\n");
        return true;
    };
    appendKey(out, "rules");
    if (!writeRules(matrix.rules, false))
        return failed();
    appendKey(out, "intraZone");
    if (!writeRules(matrix.intraZone, true))
        return failed();

    appendKey(out, "warnings");
    out.append(matrix.warnings.isEmpty() ? "[" : "[\n");
    for (qsizetype i = 0; i < matrix.warnings.size(); ++i) {
        const ValidationWarning& warning = matrix.warnings.at(i);
        out.append("  {");
        appendString(out, "severity", severityId(warning.severity));
        out.append(',');
        appendString(out, "code", warning.code);
        out.append(',');
        appendString(out, "message", warning.message);
        out.append(',');
        appendList(out, "servers", warning.servers);
        out.append(i + 1 < matrix.warnings.size() ? "},\n" : "}\n");
        if (out.isFull() && !out.flush())
            return failed();
    }
    out.append("],\n");

    // Only the sources the rules cite, in the catalog's order, so a reader can resolve every "references" tag.
    appendKey(out, "sources");
    out.append('{');
    bool first = true;
    for (const SourceInfo& source : m_catalog.sources()) {
        if (!usedTags.contains(source.tag))
            continue;
        out.append(first ? "\n  " : ",\n  ");
        first = false;
        out.appendString(source.tag);
        out.append(":{");
        appendString(out, "title", source.title);
        out.append(',');
        appendString(out, "url", source.url);
        out.append('}');
    }
    out.append(first ? "}\n}\n" : "\n}\n}\n");
    return out.flush() || failed();
}
