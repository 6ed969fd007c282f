#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include "probe/servicekind.h"

// The text-protocol half of a service check, without sockets: what to send once the connection (and, for the
// implicit-TLS kinds, the handshake) stands, and for each line the server sends, what to answer and whether the
// check is over. ServiceCheck drives it over a socket; tests can drive it with lines alone.
//
// When the server offers STARTTLS (STLS), the conversation takes it: once the server agrees, needsTlsUpgrade() asks
// the socket for the handshake, and tlsEstablished() gives the QUIT / LOGOUT to send over TLS. A refusal is kept in
// startTlsRefusal() and the conversation ends politely.
//
// Lines come without their line end. The banner keeps what the server said first (the greeting lines, or the HTTP
// status line), with control bytes escaped as \xNN and at most maxBannerLength characters.
class ServiceConversation final
{
    Q_DECLARE_TR_FUNCTIONS(ServiceConversation)

public:
    static constexpr int maxBannerLength = 4096;

    ServiceConversation(ServiceKind kind, const QString& host, int port);

    QByteArray opening() const;                    // empty when the server speaks first
    QByteArray handleLine(const QByteArray& line); // the answer to send; empty when there is nothing to send
    bool isDone() const { return m_step == Step::Done; }
    bool needsTlsUpgrade() const { return m_step == Step::Upgrade; }
    QByteArray tlsEstablished(); // the command to send once the STARTTLS handshake is done

    QString banner() const { return m_banner; }
    bool startTls() const { return m_startTls; }
    QString error() const { return m_error; }
    QString startTlsRefusal() const
    {
        return m_startTlsRefusal;
    } // e.g. "454 TLS not available due to temporary reason"

    // Why the check ends when the server falls silent for timeoutMs, or closes the connection, at this point. Empty
    // when that is a normal end (a server that closes, or does not answer, after QUIT).
    QString silenceError(int timeoutMs) const;
    QString closedError() const;

private:
    enum class Protocol
    {
        None,
        Smtp,
        Imap4,
        Pop3,
        Nntp,
        Http
    };
    enum class Step
    {
        Greeting,     // waiting for the greeting (or the HTTP status line)
        Capabilities, // waiting for the answer to EHLO / CAPABILITY / CAPA
        StartTls,     // waiting for the answer to STARTTLS / STLS
        Upgrade,      // the server agreed: the socket does the TLS handshake now
        Quit,         // waiting for the answer to QUIT / LOGOUT
        Done
    };

    QByteArray handleSmtp(const QByteArray& line);
    QByteArray handleImap(const QByteArray& line);
    QByteArray handlePop3(const QByteArray& line);
    QByteArray handleNntp(const QByteArray& line);
    QByteArray handleHttp(const QByteArray& line);
    void addToBanner(const QByteArray& line);
    QByteArray refuse(const QByteArray& line, const QString& error);
    QByteArray quitCommand() const;
    QByteArray afterStartTlsAnswer(bool agreed, const QByteArray& line);

    Protocol m_protocol = Protocol::None;
    Step m_step = Step::Greeting;
    QString m_hostHeader;
    QString m_banner;
    bool m_startTls = false;
    bool m_inCapabilityList = false; // POP3: between "+OK" and "." of CAPA
    QString m_error;
    QString m_startTlsRefusal;
};
