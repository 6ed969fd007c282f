#include "probe/portspec.h"

#include <algorithm>

namespace {

std::optional<int> parsePort(QStringView text)
{
    bool ok = false;
    const int port = text.trimmed().toInt(&ok);
    if (!ok || port < 1 || port > 65535)
        return std::nullopt;
    return port;
}

} // namespace

std::optional<QList<int>> parsePortSpec(QStringView spec, QString* badToken)
{
    QList<int> ports;
    for (const QStringView token : spec.split(u',')) {
        const qsizetype dash = token.indexOf(u'-');
        const auto first = parsePort(dash < 0 ? token : token.left(dash));
        const auto last = dash < 0 ? first : parsePort(token.mid(dash + 1));
        if (!first || !last || *first > *last) {
            if (badToken)
                *badToken = token.trimmed().toString();
            return std::nullopt;
        }
        for (int port = *first; port <= *last; ++port)
            ports.append(port);
    }
    std::sort(ports.begin(), ports.end());
    ports.erase(std::unique(ports.begin(), ports.end()), ports.end());
    return ports;
}
