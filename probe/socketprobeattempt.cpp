#include "probe/socketprobeattempt.h"

#include <cerrno>
#include <cstring>

#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

// The socket address of `address`:`port`; its length, or 0 for an address of no family the system knows.
socklen_t socketAddress(const QHostAddress& address, int port, sockaddr_storage* storage)
{
    std::memset(storage, 0, sizeof(*storage));
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        auto* ipv4 = reinterpret_cast<sockaddr_in*>(storage);
        ipv4->sin_family = AF_INET;
        ipv4->sin_port = htons(quint16(port));
        ipv4->sin_addr.s_addr = htonl(address.toIPv4Address());
        return sizeof(sockaddr_in);
    }
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        auto* ipv6 = reinterpret_cast<sockaddr_in6*>(storage);
        ipv6->sin6_family = AF_INET6;
        ipv6->sin6_port = htons(quint16(port));
        const Q_IPV6ADDR bytes = address.toIPv6Address();
        std::memcpy(&ipv6->sin6_addr, bytes.c, sizeof(bytes.c));
        ipv6->sin6_scope_id = address.scopeId().toUInt();
        return sizeof(sockaddr_in6);
    }
    return 0;
}

// A connect to a port in the ephemeral range can get that very port as its source and connect to itself (TCP
// simultaneous open): the port looks open while nothing listens. nmap counts it as closed, and so do we.
bool connectedToItself(int socket)
{
    sockaddr_storage local;
    sockaddr_storage peer;
    socklen_t localLength = sizeof(local);
    socklen_t peerLength = sizeof(peer);
    std::memset(&local, 0, sizeof(local));
    std::memset(&peer, 0, sizeof(peer));
    return ::getsockname(socket, reinterpret_cast<sockaddr*>(&local), &localLength) == 0 &&
           ::getpeername(socket, reinterpret_cast<sockaddr*>(&peer), &peerLength) == 0 && localLength == peerLength &&
           std::memcmp(&local, &peer, localLength) == 0;
}

} // namespace

SocketProbeAttempt::SocketProbeAttempt(const QHostAddress& address, const ProbeTarget& target,
                                       std::shared_ptr<SocketPoller> poller)
    : m_address(address)
    , m_target(target)
    , m_poller(std::move(poller))
{}

SocketProbeAttempt::~SocketProbeAttempt()
{
    if (m_socket < 0)
        return;
    m_poller->forget(m_watch);
    ::close(m_socket);
}

ProbeResult SocketProbeAttempt::resultForError(int error)
{
    ProbeResult result;
    switch (error) {
    case 0:
        result.state = ProbeState::Open;
        break;
    case ECONNREFUSED:
        result.state = ProbeState::Closed;
        break;
    case EHOSTUNREACH:
    case ENETUNREACH:
    case EHOSTDOWN:
    case ENETDOWN:
        result.state = ProbeState::Unreachable;
        break;
    case ETIMEDOUT:
        result.state = ProbeState::Filtered;
        break;
    default:
        result.state = ProbeState::Error;
        break;
    }
    if (result.state == ProbeState::Error || result.state == ProbeState::Unreachable)
        result.error = qt_error_string(error);
    return result;
}

std::optional<ProbeResult> SocketProbeAttempt::begin(Done done)
{
    sockaddr_storage storage;
    const socklen_t length = socketAddress(m_address, m_target.port, &storage);
    if (length == 0)
        return resultForError(EAFNOSUPPORT);
    const bool udp = m_target.transport == Transport::Udp;
    m_socket = ::socket(storage.ss_family, (udp ? SOCK_DGRAM : SOCK_STREAM) | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (m_socket < 0)
        return resultForError(errno);
    if (::connect(m_socket, reinterpret_cast<const sockaddr*>(&storage), length) == 0) {
        if (!udp)
            return resultForError(connectedToItself(m_socket) ? ECONNREFUSED : 0);
    } else if (errno != EINPROGRESS) {
        return resultForError(errno);
    }
    if (!udp) {
        // On loopback the answer (SYN-ACK or RST) has usually been processed before connect() returns: a look costs
        // one system call, watching costs two and a turn of the event loop.
        pollfd descriptor{m_socket, POLLOUT, 0};
        if (::poll(&descriptor, 1, 0) == 1)
            return connectResult();
    } else {
        const QByteArray request = m_target.udpCheck ? m_target.udpCheck->request() : QByteArray();
        if (::send(m_socket, request.constData(), size_t(request.size()), MSG_NOSIGNAL) < 0)
            return resultForError(errno);
    }
    m_watch = m_poller->watch(m_socket, !udp, [this] { socketReady(); });
    if (m_watch == 0)
        return resultForError(errno);
    m_done = std::move(done);
    return std::nullopt;
}

void SocketProbeAttempt::socketReady()
{
    if (!m_done)
        return; // reported already; the engine destroys this attempt at once
    if (m_target.transport == Transport::Tcp) {
        report(connectResult());
        return;
    }
    QByteArray reply(65536, Qt::Uninitialized);
    const ssize_t received = ::recv(m_socket, reply.data(), size_t(reply.size()), 0);
    if (received < 0) {
        if (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)
            report(resultForError(errno));
        return;
    }
    reply.truncate(received);
    ProbeResult result = resultForError(0);
    if (m_target.udpCheck)
        result.banner = m_target.udpCheck->describeReply(reply);
    report(result);
}

ProbeResult SocketProbeAttempt::connectResult() const
{
    int error = 0;
    socklen_t length = sizeof(error);
    if (::getsockopt(m_socket, SOL_SOCKET, SO_ERROR, &error, &length) < 0)
        error = errno;
    else if (error == ECONNRESET || error == EPIPE)
        error = 0; // accepted, then reset or closed before this look: the handshake completed, so open (nmap -sT)
    else if (error == 0 && connectedToItself(m_socket))
        error = ECONNREFUSED;
    return resultForError(error);
}

void SocketProbeAttempt::report(const ProbeResult& result)
{
    // The engine destroys this attempt inside the callback: call a copy that outlives it.
    const Done done = std::move(m_done);
    done(result);
}
