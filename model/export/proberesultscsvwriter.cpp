#include "model/export/proberesultscsvwriter.h"

#include <QIODevice>
#include <QStringList>

#include "model/export/matrixcsvwriter.h"
#include "model/probeevidence.h"

namespace {

QString isoTime(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString yesNo(bool value)
{
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

} // namespace

bool ProbeResultsCsvWriter::write(QIODevice* device)
{
    clearError();
    if (!device || !device->isWritable())
        return fail(tr("cannot write the probe results: the output is not open for writing"));
    const QStringList header{QStringLiteral("Server"),        QStringLiteral("Host"),
                             QStringLiteral("Protocol"),      QStringLiteral("Port"),
                             QStringLiteral("Service"),       QStringLiteral("State"),
                             QStringLiteral("Latency ms"),    QStringLiteral("Banner"),
                             QStringLiteral("STARTTLS"),      QStringLiteral("TLS ok"),
                             QStringLiteral("TLS protocol"),  QStringLiteral("TLS cipher"),
                             QStringLiteral("TLS subject"),   QStringLiteral("TLS issuer"),
                             QStringLiteral("TLS not after"), QStringLiteral("TLS self-signed"),
                             QStringLiteral("Error"),         QStringLiteral("Verified"),
                             QStringLiteral("Vantage"),       QStringLiteral("Origin")};
    QString text = header.join(u',') + QStringLiteral("\r\n");
    for (const PortEvidence& port : m_evidence.ports) {
        const std::optional<TlsEvidence>& tls = port.tls;
        const QStringList cells{port.serverName,
                                port.host,
                                protocolId(port.protocol),
                                QString::number(port.port),
                                port.service,
                                port.state,
                                port.latencyMs < 0 ? QString() : QString::number(port.latencyMs, 'f', 3),
                                port.banner,
                                yesNo(port.startTls),
                                tls ? yesNo(tls->ok) : QString(),
                                tls ? tls->protocol : QString(),
                                tls ? tls->cipher : QString(),
                                tls ? tls->subject : QString(),
                                tls ? tls->issuer : QString(),
                                tls ? isoTime(tls->notAfter) : QString(),
                                tls ? yesNo(tls->selfSigned) : QString(),
                                port.error,
                                yesNo(port.verified),
                                m_evidence.vantage.value_or(QString()),
                                m_evidence.origin};
        QStringList escaped;
        for (const QString& cell : cells)
            escaped.append(MatrixCsvWriter::escapeCell(cell));
        text += escaped.join(u',') + QStringLiteral("\r\n");
    }
    const QByteArray bytes = text.toUtf8();
    if (device->write(bytes) != bytes.size())
        return fail(tr("cannot write: %1").arg(device->errorString()));
    return true;
}
