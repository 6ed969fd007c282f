#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSslError>
#include <QString>
#include <QTimer>

#include <optional>

#include "probe/proberesult.h"
#include "probe/serviceconversation.h"
#include "probe/servicekind.h"

class QSslSocket;

// What a service check found. An untrusted certificate is reported in tls, not as an error; error says why the check
// ended early (no greeting, not the expected protocol, a failed TLS handshake, "aborted"). tls is set for the
// implicit-TLS kinds and, when the server offers STARTTLS, for the handshake after it (a refused STARTTLS gives a tls
// with ok false and the refusal in tls->error).
struct ServiceCheckResult
{
    QString banner;        // the greeting (lines joined by \n), or the HTTP status line, e.g. "220 mail.example ESMTP"
    bool startTls = false; // SMTP / IMAP4 / POP3 offer STARTTLS (STLS)
    std::optional<TlsInfo> tls;
    QString error;
};

// Phase 2 of the live probe: one check of one (host, port) that phase 1 found open, on a fresh connection of its own.
// Asynchronous, never blocks: start(), then exactly one finished(). The timeout covers the whole check (connection,
// handshake, conversation); a check that finished may be deleted from the slot (delete or deleteLater).
class ServiceCheck final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceCheck)

public:
    static constexpr int defaultTimeoutMs = 3000;

    ServiceCheck(ServiceKind kind, const QString& host, int port, QObject* parent = nullptr);

    void setTimeout(int ms);
    int timeout() const { return m_timeoutMs; }
    void start();
    void abort(); // finished() still comes once, with the error "aborted"

signals:
    void finished(const ServiceCheckResult& result);

private:
    enum class Phase
    {
        Idle,
        Connecting,
        Handshake,
        Talking,
        Done
    };

    void onConnected();
    void onEncrypted();
    void onSslErrors(const QList<QSslError>& errors);
    void onReadyRead();
    void onSocketError();
    void onTimeout();
    void beginConversation();
    void handleLine(const QByteArray& line);
    void failHandshake(); // the socket reported a handshake error
    void recordFailedHandshake(const QString& reason);
    void finish(const QString& error);

    ServiceKind m_kind;
    QString m_host;
    int m_port;
    int m_timeoutMs = defaultTimeoutMs;
    Phase m_phase = Phase::Idle;
    QTimer m_timer;
    QSslSocket* m_socket = nullptr;
    ServiceConversation m_conversation;
    QByteArray m_buffer;
    bool m_skippingLongLine = false; // the rest of a line longer than maxLineLength, up to its line end
    QList<QSslError> m_sslErrors;
    std::optional<TlsInfo> m_tls;
};
