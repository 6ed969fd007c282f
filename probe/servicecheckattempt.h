#pragma once

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>

#include <memory>

#include "probe/probeattempt.h"
#include "probe/probetarget.h"
#include "probe/socketpoller.h"

class ServiceCheck;
class SocketProbeAttempt;
struct ServiceCheckResult;

// A TCP target with a service check: the plain connect (SocketProbeAttempt) gives the state and the latency; on an
// open port the ServiceCheck then runs on a connection of its own and adds the banner, STARTTLS and the TLS details.
// A check that fails leaves the port open, with its reason in ProbeResult::error. The check gets what is left of the
// engine's timeout less a margin, so its own reason comes first; should the engine's timeout pass all the same,
// timedOut() still says open ("the service check timed out").
class ServiceCheckAttempt final : public ProbeAttempt
{
public:
    ServiceCheckAttempt(const QHostAddress& address, const ProbeTarget& target, std::shared_ptr<SocketPoller> poller,
                        int checkTimeoutMs);
    ~ServiceCheckAttempt() override;
    Q_DISABLE_COPY_MOVE(ServiceCheckAttempt)

    std::optional<ProbeResult> begin(Done done) override;
    std::optional<ProbeResult> timedOut() const override;
    bool answered() const override { return m_open.has_value(); }

private:
    // Returns the final result when the connect's result is final (not open, or nothing to check).
    std::optional<ProbeResult> connected(ProbeResult result);
    void checkFinished(const ServiceCheckResult& check);

    QHostAddress m_address;
    ProbeTarget m_target;
    int m_checkTimeoutMs;
    std::unique_ptr<SocketProbeAttempt> m_connect;
    std::unique_ptr<ServiceCheck> m_check;
    std::optional<ProbeResult> m_open; // the connect's result once the port proved open
    QElapsedTimer m_elapsed;
    Done m_done;
};
