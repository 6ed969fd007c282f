#include "probe/rtttimeout.h"

#include <algorithm>
#include <cstdlib>

void RttTimeout::addSample(qint64 rttNs)
{
    rttNs = std::max<qint64>(0, rttNs);
    if (m_srttNs < 0) {
        m_srttNs = rttNs;
        m_rttvarNs = std::clamp(rttNs, VarianceFloorNs, VarianceCeilingNs);
        return;
    }
    const qint64 delta = rttNs - m_srttNs;
    m_srttNs += delta / 8;
    m_rttvarNs += (std::abs(delta) - m_rttvarNs) / 4;
}

qint64 RttTimeout::timeoutNs(qint64 capNs) const
{
    const qint64 learnt = hasSamples() ? std::max(MinimumNs, m_srttNs + 4 * m_rttvarNs) : InitialNs;
    return std::min(capNs, learnt);
}
