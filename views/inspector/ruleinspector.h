#pragma once

#include "model/portrange.h"

#include <QList>
#include <QWidget>

class Deployment;
class DeploymentAnalysis;
class PortCatalog;
class QLabel;
class QVBoxLayout;
struct MatrixRule;

// The inspector's page for one or more matrix rules (a port chip or a flow arrow): what each rule allows, why, what
// breaks without it, how sure the catalog is, and links to the sources. Matrix rows renumber after every change, so
// the page remembers each rule by what identifies it and finds it again.
class RuleInspector final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RuleInspector)

public:
    RuleInspector(Deployment* document, DeploymentAnalysis* analysis, const PortCatalog& catalog,
                  QWidget* parent = nullptr);

    void setRows(const QList<int>& rows);
    // The rows of the remembered rules in the current matrix.
    QList<int> rows() const;
    // Finds the rules again; false when none of them is left.
    bool refresh();

private:
    struct RuleKey
    {
        QString entry;
        QString from;
        QString to;
        Protocol protocol = Protocol::Tcp;
        PortRange ports;
        bool published = false;

        bool matches(const MatrixRule& rule) const;
    };

    QString describe(const MatrixRule& rule) const;

    Deployment* m_document;
    DeploymentAnalysis* m_analysis;
    const PortCatalog& m_catalog;
    QList<RuleKey> m_keys;
    QLabel* m_summary;
    QWidget* m_list;
    QVBoxLayout* m_listLayout;
};
