#pragma once

#include "model/endpointnamer.h"
#include "model/matrixdiff.h"
#include "model/portmatrixmodel.h"
#include "views/diagram/chipmark.h"

#include <QColor>
#include <QCoreApplication>

#include <optional>

class ComparisonState;
class PortCatalog;

// How a comparison looks in the window: one colour per kind of change, shared by the matrix table, the chips of the
// diagram and the legend, and the sentences that say what changed.
class ComparisonLook final
{
    Q_DECLARE_TR_FUNCTIONS(ComparisonLook)

public:
    // The kinds the legend tells apart.
    enum class Mark
    {
        None,
        Added,
        Removed,
        Ports, // widened, narrowed or both
        Endpoints
    };

    static Mark markOf(RuleChange change);
    static QColor colour(Mark mark); // invalid for None
    static QString name(Mark mark);
    // A chip's look from the changes of its rows: all of one kind, that kind; some changed among unchanged or other
    // kinds, "ports changed"; all unchanged, none.
    static ChipMark chipMark(const QList<RuleChange>& changes);
    // What changed in a rule from A to B, in a few lines: "Ports TCP 6001-6004 → TCP 6001, 6002, 6004", "Added in
    // Exchange Server 2019: TCP 443 for EX2019-01".
    static QString ruleText(const RuleDiff& rule, const EndpointNamer& namer, const QString& nameOfB);
    // "EX01, EX02 and 38 more"
    static QString someNames(const QStringList& ids, const EndpointNamer& namer);
};

// The matrix table's marks of the document's rows while comparing: the row's colour, removed rules struck through,
// and what changed as the tooltip.
class ComparisonRowMarks final : public MatrixRowMarks
{
public:
    ComparisonRowMarks(const ComparisonState& state, const PortCatalog& catalog);
    ~ComparisonRowMarks() override;

    // Call after the state changed: the names of the servers are read again.
    void refresh(const QString& nameOfB);
    // The names of the servers of both sides while comparing, else null.
    const EndpointNamer* namer() const { return m_namer ? &*m_namer : nullptr; }
    QVariant rowData(int row, int role) const override;

private:
    const ComparisonState& m_state;
    const PortCatalog& m_catalog;
    std::optional<EndpointNamer> m_namer;
    QString m_nameOfB;
};
