#pragma once

#include "model/portmatrix.h"

#include <QHashFunctions>
#include <QString>

// A matrix rule named by what stays the same across edits: its zones, protocol, ports, catalog entry and whether it is
// a hop published through a reverse proxy (MatrixBuilder makes one rule of each such key). Row numbers change with
// every edit; the what-if keeps its blocked rules by this.
struct RuleId
{
    QString from;
    QString to;
    Protocol protocol = Protocol::Tcp;
    PortRange ports;
    QString entry;
    bool published = false;

    static RuleId of(const MatrixRule& rule)
    {
        return {rule.from, rule.to, rule.protocol, rule.ports, rule.entry, rule.published};
    }

    friend bool operator==(const RuleId& a, const RuleId& b)
    {
        return a.from == b.from && a.to == b.to && a.protocol == b.protocol && a.ports == b.ports &&
               a.entry == b.entry && a.published == b.published;
    }
    friend bool operator!=(const RuleId& a, const RuleId& b) { return !(a == b); }
    friend size_t qHash(const RuleId& id, size_t seed = 0)
    {
        return qHashMulti(seed, id.from, id.to, int(id.protocol), id.ports, id.entry, id.published);
    }
};
