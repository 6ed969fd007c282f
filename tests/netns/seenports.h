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
    QString error; // why the port reads "error"
    // Dropped by a firewall: no answer (TCP), or none to a datagram the listener would have answered (UDP), or, when
    // the probe runs on the firewall host itself, its output chain's drop, which the kernel reports to the sender of
    // a datagram as EPERM.
    bool dropped() const
    {
        return state == u"filtered" || (protocol == u"udp" && state == u"open|filtered") ||
               (state == u"error" && error == u"Operation not permitted");
    }
};

// The "results" of a probe's or scan's JSON output; empty with `error` set when the text is not such JSON.
QList<SeenPort> seenPorts(const QString& json, QString* error);
