#include "probe/servicecheckattempt.h"

#include <QCoreApplication>

#include <algorithm>

#include "probe/servicecheck.h"
#include "probe/socketprobeattempt.h"

ServiceCheckAttempt::ServiceCheckAttempt(const QHostAddress& address, const ProbeTarget& target,
                                         std::shared_ptr<SocketPoller> poller, int checkTimeoutMs)
    : m_address(address)
    , m_target(target)
    , m_checkTimeoutMs(checkTimeoutMs)
    , m_connect(std::make_unique<SocketProbeAttempt>(address, target, std::move(poller)))
{}

ServiceCheckAttempt::~ServiceCheckAttempt()
{
    if (m_check)
        QObject::disconnect(m_check.get(), nullptr, nullptr, nullptr); // its abort must not call back into us
}

std::optional<ProbeResult> ServiceCheckAttempt::begin(Done done)
{
    m_elapsed.start();
    m_done = std::move(done);
    const std::optional<ProbeResult> now = m_connect->begin([this](const ProbeResult& result) {
        if (const std::optional<ProbeResult> final = connected(result)) {
            const Done report = std::move(m_done); // the engine may destroy this attempt inside the call
            report(*final);
        }
    });
    if (!now)
        return std::nullopt;
    return connected(*now);
}

std::optional<ProbeResult> ServiceCheckAttempt::connected(ProbeResult result)
{
    if (result.state != ProbeState::Open || !m_target.check)
        return result;
    result.latencyMs = double(m_elapsed.nsecsElapsed()) / 1e6;
    m_open = result;
    // The probe's connection has said what it can: close it (the engine destroys attempts inside their callback too).
    m_connect.reset();
    m_check = std::make_unique<ServiceCheck>(*m_target.check, m_address.toString(), m_target.port);
    // What is left of the engine's timeout, less a margin: the check's own reason ("no greeting within …") arrives
    // before the engine gives up on the attempt.
    const int elapsedMs = int(m_elapsed.elapsed());
    m_check->setTimeout(std::max(1, m_checkTimeoutMs - elapsedMs - std::max(10, m_checkTimeoutMs / 10)));
    QObject::connect(m_check.get(), &ServiceCheck::finished, m_check.get(),
                     [this](const ServiceCheckResult& check) { checkFinished(check); });
    m_check->start();
    return std::nullopt;
}

void ServiceCheckAttempt::checkFinished(const ServiceCheckResult& check)
{
    ProbeResult result = *m_open;
    result.banner = check.banner;
    result.startTls = check.startTls;
    result.tls = check.tls;
    result.error = check.error;
    m_check.release()->deleteLater(); // it is calling us
    const Done report = std::move(m_done);
    report(result);
}

std::optional<ProbeResult> ServiceCheckAttempt::timedOut() const
{
    if (!m_open)
        return std::nullopt;
    ProbeResult result = *m_open;
    result.error = QCoreApplication::translate("ServiceCheckAttempt", "the service check timed out");
    return result;
}
