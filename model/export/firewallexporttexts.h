#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

class PortCatalog;
struct DeploymentData;
struct Server;
struct FirewallPlan;
struct FirewallRuleGroup;
struct FirewallRules;
struct MissingAddress;

// What the firewall writers (nftables, Cisco ASA, Windows Defender Firewall) say alike: the comment that ties a line
// to the matrix, the references in their headers, and the check that every address their rules need is known.
class FirewallExportTexts final
{
    Q_DECLARE_TR_FUNCTIONS(FirewallExportTexts)

public:
    // "matrix row 3", "matrix rows 3, 5-7": rows are PortMatrix::ruleAt numbers, shown from 1 as the matrix table
    // numbers them. Plain English: the generated files are not translated.
    static QString matrixRows(const QList<int>& rows);
    // The rows of a group's rules, then their services, each once: "matrix rows 15, 16: SMTP, LDAPS (EdgeSync)". The
    // rows come first so that a comment cut to a vendor's length limit keeps them.
    static QString groupComment(const FirewallRules& rules, const FirewallRuleGroup& group);
    // One line per tag, "F1 https://…", for the header comment of a generated file.
    static QStringList references(const PortCatalog& catalog, const QStringList& tags);
    // The endpoints of a firewall's rules that have no address (or only a DNS name, which a firewall rule cannot
    // match), each once, as what to fill in, after every server of the deployment whose address is outside its zone's
    // networks (addressesOutsideZones); empty when every rule can be written. The servers running on the firewall
    // itself need none on it.
    static QStringList missingAddresses(const FirewallRules& rules, const FirewallPlan& plan,
                                        const DeploymentData& deployment);
    // The servers whose address lies outside their zone's networks, as what to correct: the rules would take them for
    // another zone's (or the Internet's) hosts, so no firewall rules are written until the plan agrees with itself.
    static QStringList addressesOutsideZones(const DeploymentData& deployment);
    // What to fill in for one endpoint without an address, naming the server or zone.
    static QString describe(const MissingAddress& missing, const DeploymentData& deployment);
    // The error a writer reports for missing addresses: names the firewall and lists what to fill in.
    static QString missingAddressError(const QString& firewall, const QStringList& missing);
    // The deployment's servers by id: DeploymentData::server() searches, and the writers look up every endpoint.
    static QHash<QString, const Server*> serversById(const DeploymentData& deployment);
    // The firewall ids of a plan, for "unknown firewall" messages: "fw1, fw2".
    static QString firewallIds(const FirewallPlan& plan);
};
