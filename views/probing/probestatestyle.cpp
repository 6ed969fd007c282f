#include "views/probing/probestatestyle.h"

#include <QCoreApplication>

// A required port that is not open (closed or filtered) is a fault and reads red, the one colour outside Okabe–Ito:
// its orange and vermillion read as a mere caution. The two reds differ in lightness so that the dashboard's bars and
// a colour-blind reader still tell them apart; amber is left for open|filtered, which may well be fine.
QColor probeStateColour(ProbeState state)
{
    switch (state) {
    case ProbeState::Open:
        return QColor(0x00, 0x9e, 0x73); // bluish green
    case ProbeState::Closed:
        return QColor(0xc4, 0x16, 0x1c); // deep red
    case ProbeState::Filtered:
        return QColor(0xe8, 0x50, 0x5b); // light red
    case ProbeState::OpenFiltered:
        return QColor(0xe6, 0x9f, 0x00); // amber (Okabe–Ito orange)
    case ProbeState::Unreachable:
        return QColor(0xcc, 0x79, 0xa7); // reddish purple
    case ProbeState::Unresolved:
        return QColor(0x99, 0x99, 0x99);
    case ProbeState::Error:
        break;
    }
    return QColor(0x33, 0x33, 0x33);
}

QString probeStateName(ProbeState state)
{
    switch (state) {
    case ProbeState::Open:
        return QCoreApplication::translate("ProbeState", "open");
    case ProbeState::Closed:
        return QCoreApplication::translate("ProbeState", "closed");
    case ProbeState::Filtered:
        return QCoreApplication::translate("ProbeState", "filtered");
    case ProbeState::OpenFiltered:
        return QCoreApplication::translate("ProbeState", "open|filtered");
    case ProbeState::Unreachable:
        return QCoreApplication::translate("ProbeState", "unreachable");
    case ProbeState::Unresolved:
        return QCoreApplication::translate("ProbeState", "unresolved");
    case ProbeState::Error:
        break;
    }
    return QCoreApplication::translate("ProbeState", "error");
}

QString probeStateMeaning(ProbeState state)
{
    switch (state) {
    case ProbeState::Open:
        return QCoreApplication::translate("ProbeState", "the connection was accepted, or the UDP service answered");
    case ProbeState::Closed:
        return QCoreApplication::translate("ProbeState", "refused: nothing listens on the port");
    case ProbeState::Filtered:
        return QCoreApplication::translate("ProbeState", "no answer before the timeout: a firewall drops it");
    case ProbeState::OpenFiltered:
        return QCoreApplication::translate("ProbeState", "UDP without an answer or an error: open or dropped");
    case ProbeState::Unreachable:
        return QCoreApplication::translate("ProbeState", "the host or its network cannot be reached");
    case ProbeState::Unresolved:
        return QCoreApplication::translate("ProbeState", "the server's name did not resolve");
    case ProbeState::Error:
        break;
    }
    return QCoreApplication::translate("ProbeState", "the probe failed for another reason");
}

const QList<ProbeState>& probeStatesInOrder()
{
    static const QList<ProbeState> states = {ProbeState::Open,   ProbeState::OpenFiltered, ProbeState::Filtered,
                                             ProbeState::Closed, ProbeState::Unreachable,  ProbeState::Unresolved,
                                             ProbeState::Error};
    return states;
}
