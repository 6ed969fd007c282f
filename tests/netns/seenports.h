#pragma once

#include <QList>
#include <QString>

// One result of a `portolan-cli probe` or `scan` JSON output, as the netns tests compare it with the matrix.
struct SeenPort
{
    QString server; // empty for a scan
    QString host;
    QString protocol; // "tcp" or "udp"
    int port = 0;
    QString state;         // "open", "filtered", "open|filtered", …
    bool verified = false; // the probe ran from a zone some matrix row of the port comes from
    QString banner;        // what the service check read: greeting, HTTP status line

    QString key() const { return host + u' ' + protocol + u'/' + QString::number(port); }
    // Dropped by a firewall: no answer (TCP), or none to a datagram the listener would have answered (UDP).
    bool dropped() const { return state == u"filtered" || (protocol == u"udp" && state == u"open|filtered"); }
};

// The "results" of a probe's or scan's JSON output; empty with `error` set when the text is not such JSON.
QList<SeenPort> seenPorts(const QString& json, QString* error);
