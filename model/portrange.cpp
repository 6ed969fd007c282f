#include "model/portrange.h"

QString PortRange::toString() const
{
    return isSingle() ? QString::number(first) : QString::number(first) + u'-' + QString::number(last);
}

std::optional<PortRange> PortRange::parse(QStringView text)
{
    const auto toPort = [](QStringView s) -> std::optional<int> {
        bool ok = false;
        const int value = s.trimmed().toInt(&ok);
        if (!ok || value < 1 || value > 65535)
            return std::nullopt;
        return value;
    };
    const qsizetype dash = text.indexOf(u'-');
    if (dash < 0) {
        const auto port = toPort(text);
        return port ? std::optional<PortRange>(PortRange{*port, *port}) : std::nullopt;
    }
    const auto first = toPort(text.left(dash));
    const auto last = toPort(text.mid(dash + 1));
    if (!first || !last || *first > *last)
        return std::nullopt;
    return PortRange{*first, *last};
}

QString protocolId(Protocol protocol)
{
    return protocol == Protocol::Tcp ? QStringLiteral("tcp") : QStringLiteral("udp");
}

std::optional<Protocol> protocolFromId(QStringView id)
{
    if (id == u"tcp")
        return Protocol::Tcp;
    if (id == u"udp")
        return Protocol::Udp;
    return std::nullopt;
}
