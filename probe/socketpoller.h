#pragma once

#include <QtGlobal>

#include <functional>
#include <memory>
#include <unordered_map>

class QSocketNotifier;

// Readiness of many sockets through one epoll set behind a single QSocketNotifier, so that the event loop watches one
// descriptor however many connects are in flight: a QSocketNotifier per socket costs the GUI's (GLib) event
// dispatcher more per socket than the connect itself on loopback. Linux only, like epoll.
class SocketPoller final
{
public:
    using Callback = std::function<void()>;
    using Watch = quint64; // 0 is none

    SocketPoller();
    ~SocketPoller();
    Q_DISABLE_COPY_MOVE(SocketPoller)

    // Calls `ready` from the event loop whenever `socket` is writable (or readable), until forget(); returns 0 and
    // sets errno when the socket cannot be watched.
    Watch watch(int socket, bool writable, Callback ready);
    // Stops the calls at once, also from inside a callback for a socket whose event is pending in this round. The
    // caller closes the socket right after, which takes it out of the epoll set without another system call.
    void forget(Watch watch);

private:
    void dispatch();

    int m_epoll = -1;
    int m_createError = 0; // why there is no epoll set (too many open files); every watch() fails with it
    std::unique_ptr<QSocketNotifier> m_notifier;
    std::unordered_map<Watch, Callback> m_callbacks;
    Watch m_nextWatch = 1;
};
