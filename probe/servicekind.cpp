#include "probe/servicekind.h"

#include <array>
#include <utility>

namespace {
constexpr std::array<std::pair<ServiceKind, const char*>, 11> kindIds{{
    {ServiceKind::Smtp, "smtp"},
    {ServiceKind::Smtps, "smtps"},
    {ServiceKind::Imap4, "imap4"},
    {ServiceKind::Imaps, "imaps"},
    {ServiceKind::Pop3, "pop3"},
    {ServiceKind::Pop3s, "pop3s"},
    {ServiceKind::Nntp, "nntp"},
    {ServiceKind::Nntps, "nntps"},
    {ServiceKind::Tls, "tls"},
    {ServiceKind::Http, "http"},
    {ServiceKind::Https, "https"},
}};
} // namespace

QString serviceKindId(ServiceKind kind)
{
    for (const auto& [value, id] : kindIds) {
        if (value == kind)
            return QString::fromLatin1(id);
    }
    return {};
}

std::optional<ServiceKind> serviceKindFromId(QStringView id)
{
    for (const auto& [value, name] : kindIds) {
        if (id == QLatin1String(name))
            return value;
    }
    return std::nullopt;
}

bool usesImplicitTls(ServiceKind kind)
{
    switch (kind) {
    case ServiceKind::Smtps:
    case ServiceKind::Imaps:
    case ServiceKind::Pop3s:
    case ServiceKind::Nntps:
    case ServiceKind::Tls:
    case ServiceKind::Https:
        return true;
    case ServiceKind::Smtp:
    case ServiceKind::Imap4:
    case ServiceKind::Pop3:
    case ServiceKind::Nntp:
    case ServiceKind::Http:
        return false;
    }
    return false;
}
