#include "probe/probeengine.h"

#include <algorithm>
#include <cmath>

#include <QElapsedTimer>
#include <QHostInfo>
#include <QLoggingCategory>

#include <sys/resource.h>

#include "probe/socketpoller.h"
#include "probe/socketprobeattempt.h"

namespace {

Q_LOGGING_CATEGORY(lcProbe, "portolan.probe", QtInfoMsg)

constexpr int FileDescriptorMargin = 64; // for the files, pipes and sockets the rest of the process holds
constexpr qint64 SliceNs = 4'000'000;    // start attempts for at most 4 ms before the event loop gets a turn
constexpr qint64 ProgressIntervalNs = 50'000'000;
constexpr qint64 NsPerMs = 1'000'000;

int raiseFileLimit()
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return 1024;
    if (limit.rlim_cur < limit.rlim_max) {
        const rlim_t before = limit.rlim_cur;
        limit.rlim_cur = limit.rlim_max;
        if (::setrlimit(RLIMIT_NOFILE, &limit) == 0)
            qCInfo(lcProbe, "raised the open-file limit from %llu to %llu", qulonglong(before),
                   qulonglong(limit.rlim_cur));
        else
            ::getrlimit(RLIMIT_NOFILE, &limit);
    }
    return limit.rlim_cur == RLIM_INFINITY ? 1 << 20 : int(std::min<rlim_t>(limit.rlim_cur, 1 << 20));
}

} // namespace

ProbeEngine::ProbeEngine(QObject* parent)
    : QObject(parent)
    , m_factory([poller = std::make_shared<SocketPoller>()](const QHostAddress& address, const ProbeTarget& target) {
        return std::make_unique<SocketProbeAttempt>(address, target, poller);
    })
{
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    m_clock = [timer] {
        return timer->nsecsElapsed();
    };
    m_pumpTimer.setSingleShot(true);
    m_pumpTimer.setInterval(0);
    connect(&m_pumpTimer, &QTimer::timeout, this, &ProbeEngine::pump);
    m_deadlineTimer.setSingleShot(true);
    m_deadlineTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_deadlineTimer, &QTimer::timeout, this, &ProbeEngine::expire);
}

ProbeEngine::~ProbeEngine()
{
    stop();
}

int ProbeEngine::maxConcurrency()
{
    static const int limit = std::max(1, raiseFileLimit() - FileDescriptorMargin);
    return limit;
}

int ProbeEngine::defaultConcurrency()
{
    return std::min(maxConcurrency(), ConcurrencyCeiling);
}

void ProbeEngine::setConcurrency(int concurrency)
{
    m_concurrency = std::clamp(concurrency, 1, maxConcurrency());
}

int ProbeEngine::concurrency() const
{
    return std::min(m_concurrency, maxConcurrency());
}

void ProbeEngine::setTimeout(int milliseconds)
{
    m_timeoutMs = std::max(1, milliseconds);
}

int ProbeEngine::timeout() const
{
    return m_timeoutMs;
}

void ProbeEngine::setAttemptFactory(AttemptFactory factory)
{
    m_factory = std::move(factory);
}

void ProbeEngine::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

bool ProbeEngine::isRunning() const
{
    return m_running;
}

int ProbeEngine::inFlight() const
{
    return int(m_inFlight.size());
}

void ProbeEngine::start(const QList<ProbeTarget>& targets)
{
    cancel();
    ++m_generation;
    m_running = true;
    m_limit = concurrency();
    m_targets = targets;
    m_retried.assign(size_t(m_targets.size()), false);
    m_done = 0;
    m_lastProgress = m_clock();
    for (int index = 0; index < m_targets.size(); ++index) {
        const QString& name = m_targets.at(index).host;
        auto host = m_hosts.find(name);
        if (host == m_hosts.end()) {
            host = m_hosts.insert(name, Host());
            if (const QHostAddress address(name); !address.isNull()) {
                host->resolved = true;
                host->address = address;
            } else {
                const quint64 generation = m_generation;
                host->lookupId = QHostInfo::lookupHost(name, this, [this, name, generation](const QHostInfo& info) {
                    if (generation == m_generation)
                        hostLookedUp(name, info);
                });
            }
        }
        if (host->resolved)
            m_ready.push_back(index);
        else
            host->waiting.append(index);
    }
    m_pumpTimer.start();
}

void ProbeEngine::cancel()
{
    if (!m_running)
        return;
    stop();
    emit finished();
}

void ProbeEngine::stop()
{
    ++m_generation;
    m_running = false;
    for (const Host& host : std::as_const(m_hosts)) {
        if (!host.resolved)
            QHostInfo::abortHostLookup(host.lookupId);
    }
    m_hosts.clear();
    m_ready.clear();
    m_inFlight.clear(); // closes the sockets
    m_deadlines = {};
    m_targets.clear();
    m_retried.clear();
    m_pumpTimer.stop();
    m_deadlineTimer.stop();
}

void ProbeEngine::hostLookedUp(const QString& name, const QHostInfo& info)
{
    Host& host = m_hosts[name];
    host.resolved = true;
    if (info.error() == QHostInfo::NoError && !info.addresses().isEmpty())
        host.address = info.addresses().constFirst();
    else
        host.error = info.error() == QHostInfo::NoError ? tr("no address for the name") : info.errorString();
    m_ready.insert(m_ready.end(), host.waiting.cbegin(), host.waiting.cend());
    host.waiting.clear();
    m_pumpTimer.start();
}

void ProbeEngine::pump()
{
    const quint64 generation = m_generation;
    const qint64 sliceEnd = m_clock() + SliceNs;
    while (!m_ready.empty() && int(m_inFlight.size()) < m_limit) {
        if (m_clock() >= sliceEnd) {
            m_pumpTimer.start();
            return;
        }
        const int target = m_ready.front();
        m_ready.pop_front();
        launch(target);
        if (generation != m_generation)
            return;
    }
    if (m_done == m_targets.size()) {
        stop();
        emit finished();
    }
}

void ProbeEngine::launch(int target)
{
    const ProbeTarget& probeTarget = m_targets.at(target);
    const auto host = m_hosts.constFind(probeTarget.host);
    if (host->address.isNull()) {
        ProbeResult result;
        result.state = ProbeState::Unresolved;
        result.error = host->error;
        report(target, result, -1);
        return;
    }
    const quint64 id = m_nextId++;
    std::unique_ptr<ProbeAttempt> attempt = m_factory(host->address, probeTarget);
    const qint64 started = m_clock();
    if (const auto result = attempt->begin([this, id](const ProbeResult& done) { attemptDone(id, done); })) {
        report(target, *result, started);
        return;
    }
    m_inFlight.emplace(id, Attempt{target, std::move(attempt), started});
    m_deadlines.emplace(started + answerWaitNs(*host, probeTarget), id);
    if (!m_deadlineTimer.isActive() || m_deadlines.top().second == id) // the waits differ: a new one may come first
        armDeadline();
}

void ProbeEngine::attemptDone(quint64 id, const ProbeResult& result)
{
    const auto found = m_inFlight.find(id);
    if (found == m_inFlight.end())
        return;
    const Attempt attempt = std::move(found->second); // the attempt is calling: keep it alive until we return
    m_inFlight.erase(found);
    if (!m_pumpTimer.isActive())
        m_pumpTimer.start();
    report(attempt.target, result, attempt.started);
}

void ProbeEngine::expire()
{
    const quint64 generation = m_generation;
    const qint64 now = m_clock();
    const qint64 capNs = m_timeoutMs * NsPerMs;
    while (!m_deadlines.empty() && m_deadlines.top().first <= now) {
        const quint64 id = m_deadlines.top().second;
        m_deadlines.pop();
        const auto found = m_inFlight.find(id);
        if (found == m_inFlight.end())
            continue;
        const Attempt& attempt = found->second;
        if (attempt.attempt->answered() && attempt.started + capNs > now) {
            m_deadlines.emplace(attempt.started + capNs, id);
            continue;
        }
        const int target = attempt.target;
        const std::optional<ProbeResult> known = attempt.attempt->timedOut();
        m_inFlight.erase(found);
        const bool tcp = m_targets.at(target).transport == Transport::Tcp;
        if (!known && tcp && !m_retried.at(size_t(target))) {
            m_retried.at(size_t(target)) = true;
            m_ready.push_front(target);
            continue;
        }
        ProbeResult result;
        result.state = tcp ? ProbeState::Filtered : ProbeState::OpenFiltered;
        report(target, known.value_or(result), -1);
        if (generation != m_generation)
            return;
    }
    armDeadline();
    m_pumpTimer.start();
}

void ProbeEngine::armDeadline()
{
    while (!m_deadlines.empty() && m_inFlight.count(m_deadlines.top().second) == 0)
        m_deadlines.pop();
    if (m_deadlines.empty()) {
        m_deadlineTimer.stop();
        return;
    }
    const qint64 remaining = m_deadlines.top().first - m_clock();
    m_deadlineTimer.start(int(std::max<qint64>(0, (remaining + NsPerMs - 1) / NsPerMs)));
}

qint64 ProbeEngine::answerWaitNs(const Host& host, const ProbeTarget& target) const
{
    const qint64 capNs = m_timeoutMs * NsPerMs;
    return target.transport == Transport::Tcp ? host.rtt.timeoutNs(capNs) : capNs;
}

void ProbeEngine::report(int target, ProbeResult result, qint64 started)
{
    const ProbeTarget& probeTarget = m_targets.at(target);
    result.host = probeTarget.host;
    result.transport = probeTarget.transport;
    result.port = probeTarget.port;
    const qint64 now = m_clock();
    const bool answered = result.state == ProbeState::Open || result.state == ProbeState::Closed ||
                          result.state == ProbeState::Unreachable;
    if (result.latencyMs < 0 && answered && started >= 0)
        result.latencyMs = double(now - started) / NsPerMs;
    const bool connectAnswered = result.state == ProbeState::Open || result.state == ProbeState::Closed;
    if (connectAnswered && result.transport == Transport::Tcp && result.latencyMs >= 0) {
        if (const auto host = m_hosts.find(probeTarget.host); host != m_hosts.end())
            host->rtt.addSample(qint64(result.latencyMs * double(NsPerMs)));
    }
    result.time = QDateTime::currentDateTimeUtc();
    ++m_done;
    const quint64 generation = m_generation;
    emit resultReady(result);
    if (generation != m_generation)
        return;
    if (m_done == m_targets.size() || now - m_lastProgress >= ProgressIntervalNs) {
        m_lastProgress = now;
        emit progress(m_done, int(m_targets.size()));
    }
}
