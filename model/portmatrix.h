#pragma once

#include "model/portrange.h"

#include <QList>
#include <QString>
#include <QStringList>

// One line of the port matrix: what a firewall between two zones (or a host firewall inside one) must allow.
struct MatrixRule
{
    QString from; // zone ids; equal for flows inside one zone
    QString to;
    Protocol protocol = Protocol::Tcp;
    PortRange ports;
    QString service;
    QString family;
    QStringList sources;      // server ids (implicit actors as "<zone>:<role>")
    QStringList destinations; // server ids
    QStringList sourceRoles;
    QStringList destinationRoles;
    QString purpose;
    QString encryption;
    QString ifBlocked;
    QStringList references; // source tags
    QString entry;          // catalog entry id
    bool confirmed = true;
    bool dynamicRpc = false;
    bool published = false;

    // A purpose as this rule states it: with the remark that the flow is published through the reverse proxy when
    // it is, in the interface language.
    QString withPublishedRemark(const QString& purpose) const;
};

enum class Severity
{
    Error,
    Warning,
    Info
};

QString severityId(Severity severity); // "error", "warning", "info"

struct ValidationWarning
{
    Severity severity = Severity::Warning;
    QString code;
    QString message;
    QStringList servers;
};

struct PortMatrix
{
    QString deploymentName;
    QString exchangeVersion;
    QList<MatrixRule> rules;     // between zones
    QList<MatrixRule> intraZone; // inside one zone
    QList<ValidationWarning> warnings;

    bool hasErrors() const;
    // Rows as the matrix table shows them: the rules between zones, then those inside zones. Null when out of range.
    int rowCount() const { return int(rules.size() + intraZone.size()); }
    const MatrixRule* ruleAt(int row) const;
    // The same matrix with only these rows (ruleAt numbers, in any order; unknown ones ignored) and all its warnings:
    // what an export of the rows a user chose writes.
    PortMatrix withRows(const QList<int>& rows) const;
};
