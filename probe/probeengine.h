#pragma once

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QTimer>

#include <deque>
#include <queue>
#include <functional>
#include <memory>
#include <unordered_map>

#include "probe/probeattempt.h"
#include "probe/proberesult.h"
#include "probe/probetarget.h"
#include "probe/rtttimeout.h"

class QHostInfo;

// Probes a list of targets asynchronously in the thread's event loop, never blocking it: each host name is resolved
// once, then at most concurrency() attempts run at a time. A TCP connect waits for its answer as long as the host's
// round-trip times so far suggest (RttTimeout: 1 s before the first answer, srtt + 4 * rttvar after, at least 100 ms),
// never longer than timeout() ms, which the user sets: it is a cap, not a fixed wait. A connect that gets no answer
// in time is tried once more, as nmap does, before it counts as filtered; an attempt that has its answer and talks to
// the service (answered()) gets the whole timeout(). UDP waits timeout() ms once before open|filtered: a service may
// take its time to reply, and no reply is the common case. Results arrive in completion order through resultReady();
// progress() follows, at most every 50 ms and once at the end; finished() comes once per start(), also after cancel().
// start() emits nothing itself (except the finished() of a run it cancels); after finished() no result of that run
// arrives.
//
// The attempts come from a factory (SocketProbeAttempt by default), so service checks and tests can supply their own;
// the clock (monotonic nanoseconds) measures latency and timeouts and can be replaced in tests.
class ProbeEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProbeEngine)

public:
    using AttemptFactory = std::function<std::unique_ptr<ProbeAttempt>(const QHostAddress&, const ProbeTarget&)>;
    using Clock = std::function<qint64()>;

    static constexpr int DefaultTimeoutMs = 2000;
    // More connects in flight than this gain little: the burst of SYNs only fills the queues on the path.
    static constexpr int ConcurrencyCeiling = 8192;

    explicit ProbeEngine(QObject* parent = nullptr);
    ~ProbeEngine() override;

    // Bounded by maxConcurrency(); takes effect at the next start().
    void setConcurrency(int concurrency);
    int concurrency() const;
    void setTimeout(int milliseconds);
    int timeout() const;
    void setAttemptFactory(AttemptFactory factory);
    void setClock(Clock clock);

    // Starts probing `targets`, cancelling a run in progress first.
    void start(const QList<ProbeTarget>& targets);
    // Drops the targets not yet probed, aborts the attempts in flight and emits finished().
    void cancel();
    bool isRunning() const;
    int inFlight() const;

    // The open-file limit less a margin for everything else the process opens. The first call raises the soft limit
    // to the hard limit, so that a low default (1024) does not throttle a large scan.
    static int maxConcurrency();
    // What concurrency() is until setConcurrency(): maxConcurrency(), at most ConcurrencyCeiling.
    static int defaultConcurrency();

signals:
    void resultReady(const ProbeResult& result);
    void progress(int done, int total);
    void finished();

private:
    struct Host
    {
        bool resolved = false;
        QHostAddress address; // null when resolution failed
        QString error;
        QList<int> waiting; // targets waiting for the name
        int lookupId = -1;
        RttTimeout rtt;
    };
    struct Attempt
    {
        int target = 0;
        std::unique_ptr<ProbeAttempt> attempt;
        qint64 started = 0;
    };

    void hostLookedUp(const QString& name, const QHostInfo& info);
    void pump();
    void launch(int target);
    void attemptDone(quint64 id, const ProbeResult& result);
    void expire();
    void armDeadline();
    void report(int target, ProbeResult result, qint64 started);
    void stop();

    qint64 answerWaitNs(const Host& host, const ProbeTarget& target) const;

    int m_concurrency = defaultConcurrency();
    int m_timeoutMs = DefaultTimeoutMs;
    AttemptFactory m_factory;
    Clock m_clock;

    bool m_running = false;
    quint64 m_generation = 0; // changes with every start() and cancel(), so loops notice a slot that did either
    int m_limit = 0;          // concurrency of this run
    QList<ProbeTarget> m_targets;
    QHash<QString, Host> m_hosts;
    std::deque<int> m_ready; // targets whose host is known (or known to fail), in order
    std::unordered_map<quint64, Attempt> m_inFlight;
    using Deadline = std::pair<qint64, quint64>;                                      // (deadline, attempt id)
    std::priority_queue<Deadline, std::vector<Deadline>, std::greater<>> m_deadlines; // earliest on top
    std::vector<bool> m_retried; // per target: its connect timed out once already
    quint64 m_nextId = 0;
    int m_done = 0;
    qint64 m_lastProgress = 0;
    QTimer m_pumpTimer;
    QTimer m_deadlineTimer;
};
