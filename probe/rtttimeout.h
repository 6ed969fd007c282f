#pragma once

#include <QtGlobal>

// How long to wait for a TCP connect's answer from one host, learnt from the round-trip times of its connects that
// were answered (accepted or refused), the way nmap does (RFC 6298): a smoothed round-trip time and its variance,
// and timeout = srtt + 4 * rttvar, at least MinimumNs. Before the first answer the timeout is InitialNs. The caller's
// cap (the user's timeout) always wins, also over the minimum. All times are in nanoseconds.
class RttTimeout
{
public:
    static constexpr qint64 InitialNs = 1'000'000'000; // nmap's initial RTT timeout
    static constexpr qint64 MinimumNs = 100'000'000;   // nmap's minimum RTT timeout
    static constexpr qint64 VarianceFloorNs = 5'000'000;
    static constexpr qint64 VarianceCeilingNs = 2'000'000'000;

    void addSample(qint64 rttNs);
    qint64 timeoutNs(qint64 capNs) const;
    bool hasSamples() const { return m_srttNs >= 0; }

private:
    qint64 m_srttNs = -1;
    qint64 m_rttvarNs = 0;
};
