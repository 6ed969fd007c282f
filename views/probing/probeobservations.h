#pragma once

#include "model/rowobservation.h"
#include "probe/proberesult.h"

#include <QHash>
#include <QObject>

class Deployment;
struct PortMatrix;
struct ProbePlan;

// One probe result as the window keeps it: where it was seen from and how it came (a live probe, an nmap import).
struct Observation
{
    ProbeResult result;
    QString vantage; // zone id of the machine that probed
    QString origin;  // "probe" or "nmap"
};

// The latest observation of every (host, transport, port), fed by the live probe and by nmap imports, and the
// summaries the views show: a matrix row counts as verified only when it was seen from its own source zone.
class ProbeObservations final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProbeObservations)

public:
    explicit ProbeObservations(QObject* parent = nullptr);

    void record(const Observation& observation);
    void clear();
    bool isEmpty() const { return m_observations.isEmpty(); }
    const Observation* find(const QString& host, Transport transport, int port) const;

    // The "Observed" summary of each matrix row that has an observed port: its worst state, with the details.
    QHash<int, RowObservation> summarise(const ProbePlan& plan, const PortMatrix& matrix,
                                         const Deployment& deployment) const;

    // Worse first: what a firewall rule most needs to know about.
    static int severity(ProbeState state);
    // "open · 1.2 ms · 10:31:02 · from LAN", the line of one observation.
    static QString describe(const Observation& observation, const QString& vantageName);

signals:
    void changed();

private:
    // A port of a host, the host trimmed and in lower case: a struct rather than a joined string, so that looking up
    // thousands of ports builds no strings.
    struct Key
    {
        QString host;
        Transport transport;
        int port;

        friend bool operator==(const Key& a, const Key& b)
        {
            return a.port == b.port && a.transport == b.transport && a.host == b.host;
        }
        friend size_t qHash(const Key& key, size_t seed = 0)
        {
            return qHashMulti(seed, key.host, int(key.transport), key.port);
        }
    };
    QHash<Key, Observation> m_observations;
    static Key key(const QString& host, Transport transport, int port);
};
