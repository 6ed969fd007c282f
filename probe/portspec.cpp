#include "probe/portspec.h"

namespace {

constexpr int PortCount = 65536;

std::optional<int> parsePort(QStringView text)
{
    bool ok = false;
    const int port = text.trimmed().toInt(&ok);
    if (!ok || port < 1 || port > 65535)
        return std::nullopt;
    return port;
}

} // namespace

PortSet::PortSet()
    : m_bits(PortCount)
{}

void PortSet::insert(int first, int last)
{
    m_bits.fill(true, first, last + 1);
}

void PortSet::unite(const PortSet& other)
{
    m_bits |= other.m_bits;
}

void PortSet::subtract(const PortSet& other)
{
    m_bits &= ~other.m_bits;
}

bool PortSet::isEmpty() const
{
    return !m_bits.count(true);
}

bool PortSet::contains(int port) const
{
    return port > 0 && port < PortCount && m_bits.testBit(port);
}

qsizetype PortSet::count() const
{
    return m_bits.count(true);
}

QList<int> PortSet::toList() const
{
    QList<int> ports;
    for (const Run& run : runs()) {
        for (int port = run.first; port <= run.last; ++port)
            ports.append(port);
    }
    return ports;
}

QList<PortSet::Run> PortSet::runs() const
{
    // A byte of eight equal bits is skipped whole: the runs of a set of wide ranges cost 8 KB of reading.
    const auto* bytes = reinterpret_cast<const unsigned char*>(m_bits.bits());
    QList<Run> runs;
    int first = 0;
    for (int port = 0; port < PortCount;) {
        const bool inRun = first > 0;
        const unsigned char byte = bytes[port / 8];
        if (port % 8 == 0 && byte == (inRun ? 0xFF : 0x00)) {
            port += 8;
            continue;
        }
        const bool set = m_bits.testBit(port);
        if (set && !inRun)
            first = port;
        else if (!set && inRun) {
            runs.append({first, port - 1});
            first = 0;
        }
        ++port;
    }
    if (first > 0)
        runs.append({first, PortCount - 1});
    return runs;
}

std::optional<PortSet> parsePortSpec(QStringView spec, QString* badToken)
{
    PortSet ports;
    for (const QStringView token : spec.split(u',')) {
        const qsizetype dash = token.indexOf(u'-');
        const auto first = parsePort(dash < 0 ? token : token.left(dash));
        const auto last = dash < 0 ? first : parsePort(token.mid(dash + 1));
        if (!first || !last || *first > *last) {
            if (badToken)
                *badToken = token.trimmed().toString();
            return std::nullopt;
        }
        ports.insert(*first, *last);
    }
    return ports;
}
