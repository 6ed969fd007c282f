#pragma once

#include <functional>
#include <optional>

#include "probe/proberesult.h"

// One probe of one target at one resolved address: a TCP connect, a UDP exchange, or (later) a service conversation.
// ProbeEngine creates one per target through its factory, which is where service checks and test fakes plug in, and
// destroys it when the result is in, on timeout or on cancel. Destroying an attempt aborts it.
class ProbeAttempt
{
public:
    using Done = std::function<void(const ProbeResult&)>;

    ProbeAttempt() = default;
    virtual ~ProbeAttempt() = default;
    Q_DISABLE_COPY_MOVE(ProbeAttempt)

    // Starts the attempt. Returns the result when it is known at once (the socket could not even be created or
    // connect() failed on the spot); otherwise returns nothing and calls `done` exactly once, later, from the event
    // loop. The attempt fills state, error and what the service said; the engine fills host, transport, port, time,
    // and latencyMs unless the attempt set it. The engine may destroy the attempt inside `done`.
    virtual std::optional<ProbeResult> begin(Done done) = 0;
    // The engine's timeout has passed without `done`: what the attempt knows by now, or nothing when it knows nothing
    // (the engine then reports filtered, or open|filtered for UDP). A service check whose connect succeeded says open.
    virtual std::optional<ProbeResult> timedOut() const { return std::nullopt; }
    // Whether the target has answered and the attempt now talks to the service: the engine then gives it the user's
    // whole timeout rather than the wait for a connect's answer that it learnt from the round-trip times.
    virtual bool answered() const { return false; }
};
