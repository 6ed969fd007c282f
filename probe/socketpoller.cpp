#include "probe/socketpoller.h"

#include <array>
#include <cerrno>

#include <QSocketNotifier>

#include <sys/epoll.h>
#include <unistd.h>

SocketPoller::SocketPoller()
    : m_epoll(::epoll_create1(EPOLL_CLOEXEC))
{
    if (m_epoll < 0) {
        m_createError = errno;
        return;
    }
    m_notifier = std::make_unique<QSocketNotifier>(m_epoll, QSocketNotifier::Read);
    QObject::connect(m_notifier.get(), &QSocketNotifier::activated, m_notifier.get(), [this] { dispatch(); });
}

SocketPoller::~SocketPoller()
{
    m_notifier.reset();
    if (m_epoll >= 0)
        ::close(m_epoll);
}

SocketPoller::Watch SocketPoller::watch(int socket, bool writable, Callback ready)
{
    if (m_epoll < 0) {
        errno = m_createError;
        return 0;
    }
    epoll_event event{};
    event.events = writable ? EPOLLOUT : EPOLLIN;
    event.data.u64 = m_nextWatch;
    if (::epoll_ctl(m_epoll, EPOLL_CTL_ADD, socket, &event) != 0)
        return 0;
    m_callbacks.emplace(m_nextWatch, std::move(ready));
    return m_nextWatch++;
}

void SocketPoller::forget(Watch watch)
{
    m_callbacks.erase(watch);
}

void SocketPoller::dispatch()
{
    std::array<epoll_event, 256> events;
    const int count = ::epoll_wait(m_epoll, events.data(), int(events.size()), 0);
    for (int i = 0; i < count; ++i) {
        // A callback may forget sockets of later events in this round (a cancel): look each up as it comes.
        const auto found = m_callbacks.find(events[size_t(i)].data.u64);
        if (found != m_callbacks.end()) {
            const Callback ready = found->second;
            ready();
        }
    }
}
