#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

#include "probe/proberesult.h"

class QIODevice;

// Writes probe results as issue 4 specifies them: {"vantage", "started", "results": [{"host", "protocol", "port",
// "state", "latencyMs", "banner"?, "startTls"?, "tls"?, "error"?}]}. latencyMs is null when nothing answered.
class ProbeJsonWriter final
{
public:
    // The zone the probe ran from; null in the output when not set (a plain scan).
    void setVantage(const QString& zoneId);
    bool write(const QDateTime& started, const QList<ProbeResult>& results, QIODevice* device);
    QString errorString() const;

private:
    std::optional<QString> m_vantage;
    QString m_error;
};
