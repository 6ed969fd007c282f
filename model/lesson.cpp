#include "model/lesson.h"

QString LessonTask::kindId(Kind kind)
{
    switch (kind) {
    case Kind::FirewallRules:
        return QStringLiteral("firewall-rules");
    case Kind::ServerPorts:
        return QStringLiteral("server-ports");
    case Kind::PlaceRoles:
        return QStringLiteral("place-roles");
    }
    return {};
}

std::optional<LessonTask::Kind> LessonTask::kindFromId(QStringView id)
{
    for (const Kind kind : {Kind::FirewallRules, Kind::ServerPorts, Kind::PlaceRoles}) {
        if (id == kindId(kind))
            return kind;
    }
    return std::nullopt;
}

const LessonTask* Lesson::task(const QString& id) const
{
    for (const LessonTask& candidate : tasks) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}
