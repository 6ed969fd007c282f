#include "probe/servicecheck.h"

#include <QPointer>
#include <QSslCertificate>
#include <QSslCipher>
#include <QSslSocket>
#include <QStringList>

namespace {

// Longer lines are cut here; the rest up to the line end is dropped, so a flood costs no memory.
constexpr int maxLineLength = 4096;

// "CN=localhost, O=Example": the attributes the certificate has, in the order Qt lists them.
QString distinguishedName(const QSslCertificate& certificate, bool issuer)
{
    QStringList parts;
    const QList<QByteArray> attributes =
        issuer ? certificate.issuerInfoAttributes() : certificate.subjectInfoAttributes();
    for (const QByteArray& attribute : attributes) {
        const QStringList values = issuer ? certificate.issuerInfo(attribute) : certificate.subjectInfo(attribute);
        for (const QString& value : values)
            parts += QString::fromLatin1(attribute) + u'=' + value;
    }
    return parts.join(QStringLiteral(", "));
}

QString errorTexts(const QList<QSslError>& errors)
{
    QStringList texts;
    for (const QSslError& error : errors)
        texts += error.errorString();
    return texts.join(QStringLiteral("; "));
}

} // namespace

ServiceCheck::ServiceCheck(ServiceKind kind, const QString& host, int port, QObject* parent)
    : QObject(parent)
    , m_kind(kind)
    , m_host(host)
    , m_port(port)
    , m_conversation(kind, host, port)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ServiceCheck::onTimeout);
}

void ServiceCheck::setTimeout(int ms)
{
    m_timeoutMs = ms;
}

void ServiceCheck::start()
{
    if (m_phase != Phase::Idle)
        return;
    m_phase = Phase::Connecting;
    m_timer.start(m_timeoutMs);
    m_socket = new QSslSocket(this);
    connect(m_socket, &QSslSocket::connected, this, &ServiceCheck::onConnected);
    connect(m_socket, &QSslSocket::encrypted, this, &ServiceCheck::onEncrypted);
    connect(m_socket, &QSslSocket::sslErrors, this, &ServiceCheck::onSslErrors);
    connect(m_socket, &QSslSocket::readyRead, this, &ServiceCheck::onReadyRead);
    connect(m_socket, &QSslSocket::errorOccurred, this, &ServiceCheck::onSocketError);
    // VerifyPeer so that verification runs and its errors are recorded; onSslErrors() then lets the handshake go on.
    // It applies to STARTTLS too.
    m_socket->setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!usesImplicitTls(m_kind)) {
        m_socket->connectToHost(m_host, static_cast<quint16>(m_port));
        return;
    }
    if (!QSslSocket::supportsSsl()) {
        // Not from inside start(): the caller connects finished() expecting it to come later.
        QTimer::singleShot(0, this, [this] {
            const QString reason = tr("TLS is not available on this system");
            recordFailedHandshake(reason);
            finish(reason);
        });
        return;
    }
    m_socket->connectToHostEncrypted(m_host, static_cast<quint16>(m_port));
}

void ServiceCheck::abort()
{
    finish(tr("aborted"));
}

void ServiceCheck::onConnected()
{
    if (m_phase != Phase::Connecting)
        return;
    if (usesImplicitTls(m_kind))
        m_phase = Phase::Handshake;
    else
        beginConversation();
}

void ServiceCheck::onEncrypted()
{
    if (m_phase != Phase::Handshake)
        return;
    TlsInfo tls;
    tls.ok = true;
    const QSslCipher cipher = m_socket->sessionCipher();
    tls.protocol = cipher.protocolString();
    tls.cipher = cipher.name();
    const QSslCertificate certificate = m_socket->peerCertificate();
    tls.subject = distinguishedName(certificate, false);
    tls.issuer = distinguishedName(certificate, true);
    tls.notAfter = certificate.expiryDate().toUTC();
    tls.selfSigned = certificate.isSelfSigned() || (!tls.subject.isEmpty() && tls.subject == tls.issuer);
    tls.trusted = m_sslErrors.isEmpty();
    tls.error = errorTexts(m_sslErrors);
    m_tls = tls;
    if (usesImplicitTls(m_kind)) {
        beginConversation();
        return;
    }
    m_phase = Phase::Talking;
    m_socket->write(m_conversation.tlsEstablished());
}

void ServiceCheck::onSslErrors(const QList<QSslError>& errors)
{
    m_sslErrors += errors;
    m_socket->ignoreSslErrors();
}

void ServiceCheck::beginConversation()
{
    m_phase = Phase::Talking;
    if (m_conversation.isDone()) {
        finish({});
        return;
    }
    const QByteArray opening = m_conversation.opening();
    if (!opening.isEmpty())
        m_socket->write(opening);
    onReadyRead();
}

void ServiceCheck::onReadyRead()
{
    if (m_phase != Phase::Talking)
        return;
    const QPointer<ServiceCheck> alive(this); // a line may finish the check, and finished() may delete it
    m_buffer += m_socket->readAll();
    while (m_phase == Phase::Talking) {
        const int end = m_buffer.indexOf('\n');
        if (end < 0) {
            if (m_skippingLongLine) {
                m_buffer.clear();
            } else if (m_buffer.size() > maxLineLength) {
                const QByteArray line = m_buffer.left(maxLineLength);
                m_buffer.clear();
                m_skippingLongLine = true;
                handleLine(line);
            }
            return;
        }
        QByteArray line = m_buffer.left(end);
        m_buffer.remove(0, end + 1);
        if (m_skippingLongLine) {
            m_skippingLongLine = false;
            continue;
        }
        if (line.endsWith('\r'))
            line.chop(1);
        handleLine(line.left(maxLineLength));
        if (!alive)
            return;
    }
}

void ServiceCheck::handleLine(const QByteArray& line)
{
    const QByteArray answer = m_conversation.handleLine(line);
    if (m_conversation.isDone()) {
        finish(m_conversation.error());
        return;
    }
    if (!answer.isEmpty())
        m_socket->write(answer);
    if (m_conversation.needsTlsUpgrade()) {
        // Whatever came after the server's yes was sent in the clear and must not count as said over TLS.
        m_buffer.clear();
        m_phase = Phase::Handshake;
        m_socket->startClientEncryption();
    }
}

void ServiceCheck::onSocketError()
{
    switch (m_phase) {
    case Phase::Idle:
    case Phase::Done:
        return;
    case Phase::Connecting:
        if (usesImplicitTls(m_kind) && m_socket->error() == QAbstractSocket::SslHandshakeFailedError)
            failHandshake();
        else
            finish(m_socket->errorString());
        return;
    case Phase::Handshake:
        failHandshake();
        return;
    case Phase::Talking:
        if (m_socket->error() == QAbstractSocket::RemoteHostClosedError)
            finish(m_conversation.closedError());
        else
            finish(m_socket->errorString());
        return;
    }
}

void ServiceCheck::onTimeout()
{
    switch (m_phase) {
    case Phase::Idle:
    case Phase::Done:
        return;
    case Phase::Connecting:
        finish(tr("no connection within %1 ms").arg(m_timeoutMs));
        return;
    case Phase::Handshake: {
        const QString reason = tr("no TLS handshake within %1 ms").arg(m_timeoutMs);
        recordFailedHandshake(reason);
        finish(reason);
        return;
    }
    case Phase::Talking:
        finish(m_conversation.silenceError(m_timeoutMs));
        return;
    }
}

void ServiceCheck::failHandshake()
{
    const QString reason = m_socket->errorString();
    recordFailedHandshake(reason);
    finish(tr("TLS handshake failed: %1").arg(reason));
}

void ServiceCheck::recordFailedHandshake(const QString& reason)
{
    TlsInfo tls;
    tls.error = reason;
    if (!m_sslErrors.isEmpty())
        tls.error += QStringLiteral("; ") + errorTexts(m_sslErrors);
    m_tls = tls;
}

void ServiceCheck::finish(const QString& error)
{
    if (m_phase == Phase::Done)
        return;
    m_phase = Phase::Done;
    m_timer.stop();
    if (m_socket) {
        // finish() often runs inside one of the socket's signals, and the receiver of finished() may delete this
        // check: detach the socket so that it is not deleted under its own signal.
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->setParent(nullptr);
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    ServiceCheckResult result;
    result.banner = m_conversation.banner();
    result.startTls = m_conversation.startTls();
    result.tls = m_tls;
    if (!result.tls && !m_conversation.startTlsRefusal().isEmpty()) {
        result.tls.emplace();
        result.tls->error = tr("STARTTLS refused: %1").arg(m_conversation.startTlsRefusal());
    }
    result.error = error;
    emit finished(result);
}
