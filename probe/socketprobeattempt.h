#pragma once

#include <QHostAddress>

#include <memory>

#include "probe/probeattempt.h"
#include "probe/probetarget.h"

#include "probe/socketpoller.h"

// The default attempt: a non-blocking socket of the system, watched by a SocketPoller in the event loop. QTcpSocket
// costs too much per target to scan 65,535 ports as fast as nmap; a bare connect() does not.
// TCP: connected → open, refused → closed, host or network unreachable → unreachable. A peer that accepts and resets
// at once is open whether or not the reset has arrived when the attempt looks (as nmap -sT counts it): only the
// handshake is asked about, and a reset comes after it (a reset instead of the SYN-ACK is "refused").
// UDP: a connected socket (so that ICMP port unreachable comes back as ECONNREFUSED) sends the check's request, or an
// empty datagram: a reply → open, refused → closed. No answer is the engine's timeout (filtered, open|filtered).
class SocketProbeAttempt final : public ProbeAttempt
{
public:
    SocketProbeAttempt(const QHostAddress& address, const ProbeTarget& target, std::shared_ptr<SocketPoller> poller);
    ~SocketProbeAttempt() override;
    Q_DISABLE_COPY_MOVE(SocketProbeAttempt)

    std::optional<ProbeResult> begin(Done done) override;

    // The result of a socket error (an errno value; 0 means connected).
    static ProbeResult resultForError(int error);

private:
    void socketReady();
    ProbeResult connectResult() const; // of a TCP connect that is done
    void report(const ProbeResult& result);

    QHostAddress m_address;
    ProbeTarget m_target;
    std::shared_ptr<SocketPoller> m_poller;
    int m_socket = -1;
    SocketPoller::Watch m_watch = 0;
    Done m_done;
};
