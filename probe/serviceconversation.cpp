#include "probe/serviceconversation.h"

#include <optional>

#include <QHostAddress>

namespace {

// A numbered reply line as SMTP and NNTP send them: three digits, then a space (last line) or a dash (more follow).
struct NumberedReply
{
    int code = 0;
    bool last = true;
    QByteArray text;
};

std::optional<NumberedReply> numberedReply(const QByteArray& line)
{
    if (line.size() < 3)
        return std::nullopt;
    for (int i = 0; i < 3; ++i) {
        if (line.at(i) < '0' || line.at(i) > '9')
            return std::nullopt;
    }
    if (line.size() > 3 && line.at(3) != ' ' && line.at(3) != '-')
        return std::nullopt;
    NumberedReply reply;
    reply.code = line.left(3).toInt();
    reply.last = line.size() == 3 || line.at(3) == ' ';
    reply.text = line.mid(4).trimmed();
    return reply;
}

bool hasWord(const QByteArray& text, const QByteArray& word)
{
    const QList<QByteArray> words = text.toUpper().split(' ');
    return words.contains(word);
}

// Control bytes would garble a table cell or a terminal; invalid UTF-8 already becomes U+FFFD.
QString printable(const QByteArray& line)
{
    QString text;
    for (const QChar ch : QString::fromUtf8(line)) {
        if (ch.unicode() < 0x20 || ch.unicode() == 0x7f)
            text += QStringLiteral("\\x%1").arg(ch.unicode(), 2, 16, QLatin1Char('0'));
        else
            text += ch;
    }
    return text;
}

QString hostHeader(ServiceKind kind, const QString& host, int port)
{
    const bool ipv6 = QHostAddress(host).protocol() == QAbstractSocket::IPv6Protocol;
    const QString name = ipv6 ? u'[' + host + u']' : host;
    const int defaultPort = kind == ServiceKind::Https ? 443 : 80;
    return port == defaultPort ? name : name + u':' + QString::number(port);
}

} // namespace

ServiceConversation::ServiceConversation(ServiceKind kind, const QString& host, int port)
{
    switch (kind) {
    case ServiceKind::Smtp:
    case ServiceKind::Smtps:
        m_protocol = Protocol::Smtp;
        break;
    case ServiceKind::Imap4:
    case ServiceKind::Imaps:
        m_protocol = Protocol::Imap4;
        break;
    case ServiceKind::Pop3:
    case ServiceKind::Pop3s:
        m_protocol = Protocol::Pop3;
        break;
    case ServiceKind::Nntp:
    case ServiceKind::Nntps:
        m_protocol = Protocol::Nntp;
        break;
    case ServiceKind::Http:
    case ServiceKind::Https:
        m_protocol = Protocol::Http;
        m_hostHeader = hostHeader(kind, host, port);
        break;
    case ServiceKind::Tls:
        m_protocol = Protocol::None;
        m_step = Step::Done; // the handshake is the whole check
        break;
    }
}

QByteArray ServiceConversation::opening() const
{
    if (m_protocol != Protocol::Http)
        return {};
    // Exchange answers /owa on every Client Access front end; Connection: close so the server ends the exchange.
    return "GET /owa HTTP/1.1\r\nHost: " + m_hostHeader.toUtf8() +
           "\r\nUser-Agent: portolan-probe\r\nAccept: */*\r\nConnection: close\r\n\r\n";
}

QByteArray ServiceConversation::handleLine(const QByteArray& line)
{
    switch (m_protocol) {
    case Protocol::Smtp:
        return handleSmtp(line);
    case Protocol::Imap4:
        return handleImap(line);
    case Protocol::Pop3:
        return handlePop3(line);
    case Protocol::Nntp:
        return handleNntp(line);
    case Protocol::Http:
        return handleHttp(line);
    case Protocol::None:
        break;
    }
    return {};
}

QByteArray ServiceConversation::handleSmtp(const QByteArray& line)
{
    const std::optional<NumberedReply> reply = numberedReply(line);
    switch (m_step) {
    case Step::Greeting:
        if (!reply)
            return refuse(line, tr("not an SMTP greeting"));
        if (reply->code != 220)
            return refuse(line, tr("the SMTP server refused the session (%1)").arg(reply->code));
        addToBanner(line);
        if (!reply->last)
            return {};
        m_step = Step::Capabilities;
        return "EHLO portolan.invalid\r\n";
    case Step::Capabilities:
        if (!reply) {
            m_error = tr("not an SMTP reply to EHLO");
            m_step = Step::Done;
            return {};
        }
        // A server without ESMTP answers EHLO with 500/502: no extensions, so no STARTTLS either.
        if (reply->code == 250 && hasWord(reply->text, "STARTTLS"))
            m_startTls = true;
        if (!reply->last)
            return {};
        m_step = m_startTls ? Step::StartTls : Step::Quit;
        return m_startTls ? "STARTTLS\r\n" : quitCommand();
    case Step::StartTls:
        if (reply && !reply->last)
            return {};
        return afterStartTlsAnswer(reply && reply->code == 220, line);
    case Step::Quit:
        m_step = Step::Done;
        return {};
    case Step::Upgrade:
    case Step::Done:
        break;
    }
    return {};
}

QByteArray ServiceConversation::handleImap(const QByteArray& line)
{
    switch (m_step) {
    case Step::Greeting:
        if (line.startsWith("* BYE"))
            return refuse(line, tr("the IMAP4 server refused the session"));
        if (!line.startsWith("* OK") && !line.startsWith("* PREAUTH"))
            return refuse(line, tr("not an IMAP4 greeting"));
        addToBanner(line);
        m_step = Step::Capabilities;
        return "a1 CAPABILITY\r\n";
    case Step::Capabilities:
        if (line.startsWith("* CAPABILITY ") && hasWord(line.mid(13), "STARTTLS"))
            m_startTls = true;
        if (!line.startsWith("a1 "))
            return {};
        m_step = m_startTls ? Step::StartTls : Step::Quit;
        return m_startTls ? "a2 STARTTLS\r\n" : quitCommand();
    case Step::StartTls:
        if (!line.startsWith("a2 "))
            return {};
        return afterStartTlsAnswer(line.startsWith("a2 OK"), line);
    case Step::Quit:
        if (line.startsWith("a3 "))
            m_step = Step::Done;
        return {};
    case Step::Upgrade:
    case Step::Done:
        break;
    }
    return {};
}

QByteArray ServiceConversation::handlePop3(const QByteArray& line)
{
    switch (m_step) {
    case Step::Greeting:
        if (line.startsWith("-ERR"))
            return refuse(line, tr("the POP3 server refused the session"));
        if (!line.startsWith("+OK"))
            return refuse(line, tr("not a POP3 greeting"));
        addToBanner(line);
        m_step = Step::Capabilities;
        return "CAPA\r\n";
    case Step::Capabilities:
        if (!m_inCapabilityList && line.startsWith("+OK")) {
            m_inCapabilityList = true;
            return {};
        }
        if (m_inCapabilityList && line != ".") {
            if (hasWord(line, "STLS"))
                m_startTls = true;
            return {};
        }
        // The end of the list, or -ERR from a server without CAPA (RFC 1939 only): no STLS.
        m_step = m_startTls ? Step::StartTls : Step::Quit;
        return m_startTls ? "STLS\r\n" : quitCommand();
    case Step::StartTls:
        return afterStartTlsAnswer(line.startsWith("+OK"), line);
    case Step::Quit:
        m_step = Step::Done;
        return {};
    case Step::Upgrade:
    case Step::Done:
        break;
    }
    return {};
}

QByteArray ServiceConversation::handleNntp(const QByteArray& line)
{
    if (m_step == Step::Quit) {
        m_step = Step::Done;
        return {};
    }
    if (m_step != Step::Greeting)
        return {};
    const std::optional<NumberedReply> reply = numberedReply(line);
    if (!reply)
        return refuse(line, tr("not an NNTP greeting"));
    if (reply->code != 200 && reply->code != 201)
        return refuse(line, tr("the NNTP server refused the session (%1)").arg(reply->code));
    addToBanner(line);
    m_step = Step::Quit;
    return "QUIT\r\n";
}

QByteArray ServiceConversation::handleHttp(const QByteArray& line)
{
    if (m_step != Step::Greeting)
        return {};
    addToBanner(line);
    if (!line.startsWith("HTTP/"))
        m_error = tr("not an HTTP response");
    m_step = Step::Done;
    return {};
}

void ServiceConversation::addToBanner(const QByteArray& line)
{
    if (!m_banner.isEmpty())
        m_banner += u'\n';
    m_banner += printable(line);
    m_banner.truncate(maxBannerLength);
}

QByteArray ServiceConversation::refuse(const QByteArray& line, const QString& error)
{
    addToBanner(line);
    m_error = error;
    m_step = Step::Done;
    return {};
}

QByteArray ServiceConversation::afterStartTlsAnswer(bool agreed, const QByteArray& line)
{
    if (agreed) {
        m_step = Step::Upgrade;
        return {};
    }
    m_startTlsRefusal = printable(line.left(maxBannerLength));
    m_step = Step::Quit;
    return quitCommand();
}

QByteArray ServiceConversation::tlsEstablished()
{
    if (m_step != Step::Upgrade)
        return {};
    m_step = Step::Quit;
    return quitCommand();
}

QByteArray ServiceConversation::quitCommand() const
{
    return m_protocol == Protocol::Imap4 ? "a3 LOGOUT\r\n" : "QUIT\r\n";
}

QString ServiceConversation::silenceError(int timeoutMs) const
{
    switch (m_step) {
    case Step::Greeting:
        if (m_protocol == Protocol::Http)
            return tr("no HTTP response within %1 ms").arg(timeoutMs);
        // A multi-line SMTP greeting whose last line never came.
        return m_banner.isEmpty() ? tr("no greeting within %1 ms").arg(timeoutMs)
                                  : tr("greeting incomplete after %1 ms").arg(timeoutMs);
    case Step::Capabilities: {
        const QString command = m_protocol == Protocol::Smtp    ? QStringLiteral("EHLO")
                                : m_protocol == Protocol::Imap4 ? QStringLiteral("CAPABILITY")
                                                                : QStringLiteral("CAPA");
        return tr("no answer to %1 within %2 ms").arg(command).arg(timeoutMs);
    }
    case Step::StartTls:
        return tr("no answer to %1 within %2 ms")
            .arg(m_protocol == Protocol::Pop3 ? QStringLiteral("STLS") : QStringLiteral("STARTTLS"))
            .arg(timeoutMs);
    case Step::Upgrade:
    case Step::Quit:
    case Step::Done:
        break;
    }
    return {};
}

QString ServiceConversation::closedError() const
{
    switch (m_step) {
    case Step::Greeting:
        return m_protocol == Protocol::Http ? tr("connection closed before the HTTP response")
                                            : tr("connection closed before the greeting");
    case Step::Capabilities:
        return tr("connection closed during the capability query");
    case Step::StartTls:
    case Step::Upgrade:
        return tr("connection closed during STARTTLS");
    case Step::Quit:
    case Step::Done:
        break;
    }
    return {};
}
