#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include "model/portrange.h"

struct DeploymentData;
struct PortMatrix;

// How one rule changed from A to B. A rule that kept its ports but not its servers is EndpointsChanged; when the
// ports changed too, the port change wins and the endpoints are listed all the same.
enum class RuleChange
{
    Same,
    Added,
    Removed,
    Widened,  // B's ports are a superset of A's
    Narrowed, // B's ports are a subset of A's
    Changed,  // ports both opened and closed
    EndpointsChanged
};

// "same", "added", "removed", "widened", "narrowed", "changed", "endpoints-changed": the ids of docs/diff-format.md.
QString ruleChangeId(RuleChange change);

// Ports as the diff's texts write them: "TCP 135, 59532-59533".
QString portsText(Protocol protocol, const QList<PortRange>& ranges);

// One rule of the comparison. Its identity across A and B is the key (from zone id, to zone id, protocol, service
// family, listening roles): every matrix row of one side with that key counts as one rule whose ports are the union
// of the rows' ports. Not the catalog entry: switching static RPC on swaps the "RPC (dynamic)" entry for the static
// one, and a firewall person reads that as the Outlook-to-CAS RPC rule narrowed, not one rule gone and one new.
struct RuleDiff
{
    QString from; // zone ids
    QString to;
    Protocol protocol = Protocol::Tcp;
    QString family;
    QStringList destinationRoles; // sorted
    RuleChange change = RuleChange::Same;
    QStringList services;    // of the rows of both sides, A's first, without repeats
    QList<PortRange> portsA; // ascending runs; empty when the rule is not in A
    QList<PortRange> portsB;
    QList<PortRange> opened;  // in B, not in A
    QList<PortRange> closed;  // in A, not in B
    QStringList sourcesAdded; // server ids (implicit actors as "<zone>:<role>"), sorted
    QStringList sourcesRemoved;
    QStringList destinationsAdded;
    QStringList destinationsRemoved;
    QStringList destinations; // of B, or of A when the rule is removed; in the order of the matrix rows
    QList<int> rowsA;         // PortMatrix::ruleAt rows of A with this key
    QList<int> rowsB;
};

// The changes of one zone pair; from == to for the rules inside one zone (the host firewalls).
struct BoundaryDiff
{
    QString from;
    QString to;
    QString fromName; // B's name of the zone, A's when B has no such zone
    QString toName;
    QList<RuleDiff> rules; // the changed rules only
    // Port level, whatever rule carries a port: what the firewall of this boundary must open for B, and may close
    // once A is gone. A port that moves from one rule to another on the same boundary is in neither.
    QList<PortRange> openTcp;
    QList<PortRange> openUdp;
    QList<PortRange> closeTcp;
    QList<PortRange> closeUdp;

    bool isIntraZone() const { return from == to; }
};

struct ZoneRef
{
    QString id;
    QString name;
};

// The matrix diff of issue 12: the rules of matrix B compared with those of matrix A, grouped per boundary, with a
// summary. Zones are matched by id. Purposes, references and validation warnings are not compared: they follow from
// the rules. A view colours matrix B's rows with changeOfRowB() and lists A's removedRowsA() beside them.
class MatrixDiff final
{
public:
    struct Summary
    {
        int added = 0;
        int removed = 0;
        int widened = 0;
        int narrowed = 0;
        int changed = 0;
        int endpointsChanged = 0;
        int unchanged = 0;
    };

    static MatrixDiff compare(const DeploymentData& deploymentA, const PortMatrix& matrixA,
                              const DeploymentData& deploymentB, const PortMatrix& matrixB);

    // No rule changed and no zone came or went.
    bool isEmpty() const;
    const Summary& summary() const { return m_summary; }
    // Cross-zone boundaries first, then the zones' insides; each in the order of B's zones, then A's.
    const QList<BoundaryDiff>& boundaries() const { return m_boundaries; }
    const QList<ZoneRef>& zonesAdded() const { return m_zonesAdded; } // only in B
    const QList<ZoneRef>& zonesRemoved() const { return m_zonesRemoved; }
    // The change of the rule a row belongs to (PortMatrix::ruleAt numbering); Same for a row out of range.
    RuleChange changeOfRowB(int row) const { return m_rowChangesB.value(row, RuleChange::Same); }
    RuleChange changeOfRowA(int row) const { return m_rowChangesA.value(row, RuleChange::Same); }
    // The rows of A whose rule B does not have at all.
    QList<int> removedRowsA() const;

private:
    Summary m_summary;
    QList<BoundaryDiff> m_boundaries;
    QList<ZoneRef> m_zonesAdded;
    QList<ZoneRef> m_zonesRemoved;
    QList<RuleChange> m_rowChangesA;
    QList<RuleChange> m_rowChangesB;
};
