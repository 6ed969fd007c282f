#include "probe/proberesult.h"

#include <array>
#include <utility>

namespace {
constexpr std::array<std::pair<ProbeState, const char*>, 7> stateIds{{
    {ProbeState::Open, "open"},
    {ProbeState::Closed, "closed"},
    {ProbeState::Filtered, "filtered"},
    {ProbeState::OpenFiltered, "open|filtered"},
    {ProbeState::Unreachable, "unreachable"},
    {ProbeState::Unresolved, "unresolved"},
    {ProbeState::Error, "error"},
}};
} // namespace

QString transportId(Transport transport)
{
    return transport == Transport::Tcp ? QStringLiteral("tcp") : QStringLiteral("udp");
}

QString probeStateId(ProbeState state)
{
    for (const auto& [value, id] : stateIds) {
        if (value == state)
            return QString::fromLatin1(id);
    }
    return QStringLiteral("error");
}

std::optional<ProbeState> probeStateFromId(QStringView id)
{
    for (const auto& [value, name] : stateIds) {
        if (id == QLatin1String(name))
            return value;
    }
    return std::nullopt;
}
