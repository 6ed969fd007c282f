#pragma once

#include "model/ruleid.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

class Deployment;
class PortCatalog;
struct CatalogEntry;
struct FlowSet;
struct PortMatrix;

// What one catalog entry's broken flows mean: its "if blocked" text once, then who loses what, one line per flow
// ("Internet mail servers (Internet) → EDGE01 (SMTP, TCP 25)").
struct ConsequenceEntry
{
    const CatalogEntry* entry = nullptr;
    QString ifBlocked;
    QStringList flows;
};

// The consequences a user notices in one way ("Inbound Internet mail"), as the catalog's impact groups them.
struct ConsequenceGroup
{
    QString impact; // ImpactInfo id
    QString name;
    QList<ConsequenceEntry> entries;
};

// What blocking some matrix rules breaks, read from the flows that need them.
struct WhatIfOutcome
{
    QSet<int> blockedRows;              // matrix rows (PortMatrix::ruleAt) of the blocked rules
    QList<int> brokenFlows;             // FlowSet::flows indexes of the flows that need a blocked rule, ascending
    QSet<QString> endpointsLosingFlows; // server ids and implicit actor ids ("<zone>:<role>") at either end of one
    QList<ConsequenceGroup> groups;     // in the catalog's impact order

    bool isEmpty() const { return blockedRows.isEmpty(); }
};

// The flows of the document that need one of the blocked rules (each flow belongs to the one rule of its zones,
// protocol, ports and entry), their ends and their consequences. Costs one pass over the rows and one over the flows;
// only the first few servers of a large group are named.
WhatIfOutcome whatIfOutcome(const Deployment& document, const PortCatalog& catalog, const FlowSet& flows,
                            const PortMatrix& matrix, const QSet<RuleId>& blocked);
