#pragma once

#include "model/matrixbuilder.h"
#include "model/portcatalog.h"
#include "model/portmatrix.h"

#include "deploymentbuilder.h"

constexpr auto Tcp = Protocol::Tcp;
constexpr auto Udp = Protocol::Udp;

// The matrix of a test deployment with the built-in catalog.
inline PortMatrix matrixOf(const DeploymentBuilder& builder)
{
    return MatrixBuilder(PortCatalog::builtin()).build(builder.data());
}

#include <optional>

// Finds rules in a matrix for assertions: zone pair, protocol and a port the rule's range contains.
inline QList<MatrixRule> rulesFor(const PortMatrix& matrix, const QString& from, const QString& to, Protocol protocol,
                                  int port)
{
    QList<MatrixRule> found;
    const QList<MatrixRule>& rules = from == to ? matrix.intraZone : matrix.rules;
    for (const MatrixRule& rule : rules) {
        if (rule.from == from && rule.to == to && rule.protocol == protocol && rule.ports.contains(port))
            found.append(rule);
    }
    return found;
}

inline bool hasFlow(const PortMatrix& matrix, const char* from, const char* to, Protocol protocol, int port,
                    const char* source, const char* destination)
{
    const auto rules = rulesFor(matrix, QString::fromUtf8(from), QString::fromUtf8(to), protocol, port);
    for (const MatrixRule& rule : rules) {
        if (rule.sources.contains(QString::fromUtf8(source)) &&
            rule.destinations.contains(QString::fromUtf8(destination)))
            return true;
    }
    return false;
}

inline bool hasWarning(const PortMatrix& matrix, const char* code, Severity severity)
{
    for (const ValidationWarning& warning : matrix.warnings) {
        if (warning.code == QString::fromUtf8(code) && warning.severity == severity)
            return true;
    }
    return false;
}

// The first warning with this code, by value: tests often ask a temporary matrix, gone at the end of the statement.
inline std::optional<ValidationWarning> findWarning(const PortMatrix& matrix, const char* code)
{
    for (const ValidationWarning& warning : matrix.warnings) {
        if (warning.code == QString::fromUtf8(code))
            return warning;
    }
    return std::nullopt;
}

// The fixed ports ("tcp/445", "udp/53") of every rule from one end to another; dynamic RPC rules are left out.
inline QStringList fixedPortsBetween(const PortMatrix& matrix, const QString& source, const QString& destination)
{
    QStringList ports;
    for (const MatrixRule& rule : matrix.rules + matrix.intraZone) {
        if (rule.dynamicRpc || !rule.sources.contains(source) || !rule.destinations.contains(destination))
            continue;
        for (int port = rule.ports.first; port <= rule.ports.last; ++port)
            ports.append(protocolId(rule.protocol) + u'/' + QString::number(port));
    }
    ports.removeDuplicates();
    ports.sort();
    return ports;
}

// "tcp/80 tcp/443" as a sorted list, to compare with fixedPortsBetween().
inline QStringList sortedList(const char* text)
{
    QStringList list = QString::fromUtf8(text).split(u' ', Qt::SkipEmptyParts);
    list.sort();
    return list;
}

inline bool hasDynamicRpcTo(const PortMatrix& matrix, const QString& source, const QString& destination)
{
    for (const MatrixRule& rule : matrix.rules + matrix.intraZone) {
        if (rule.dynamicRpc && rule.sources.contains(source) && rule.destinations.contains(destination))
            return true;
    }
    return false;
}
