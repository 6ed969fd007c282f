#include "views/probing/probestatestyle.h"

#include <QCoreApplication>

QColor probeStateColour(ProbeState state)
{
    switch (state) {
    case ProbeState::Open:
        return QColor(0x00, 0x9e, 0x73); // bluish green
    case ProbeState::Closed:
        return QColor(0xd5, 0x5e, 0x00); // vermillion
    case ProbeState::Filtered:
        return QColor(0xe6, 0x9f, 0x00); // orange
    case ProbeState::OpenFiltered:
        return QColor(0x56, 0xb4, 0xe9); // sky blue
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

const QList<ProbeState>& probeStatesInOrder()
{
    static const QList<ProbeState> states = {ProbeState::Open,   ProbeState::OpenFiltered, ProbeState::Filtered,
                                             ProbeState::Closed, ProbeState::Unreachable,  ProbeState::Unresolved,
                                             ProbeState::Error};
    return states;
}
