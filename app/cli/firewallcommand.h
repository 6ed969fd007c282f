#pragma once

#include <QString>
#include <QTextStream>

class PortCatalog;

// `portolan-cli firewall FILE --format nftables|asa|windows [--firewall ID] [--server ID] [-o OUT]`: the firewall rules
// of a deployment through the exporter registry (ExportDocument::FirewallRules) and FirewallPlan. CliCommands parses
// the arguments; this class checks them against the deployment, writes the document to stdout or OUT (replaced
// atomically, and left alone when anything fails) and returns the exit code: 0 written, 2 bad input or usage, the place
// named. Plain English: the command line is not translated.
class FirewallCommand final
{
public:
    struct Input
    {
        QString path;
        QString format;     // --format word; empty: from the extension of output
        QString firewallId; // empty: the deployment's only firewall
        QString serverId;   // windows only; empty: every Exchange server
        QString output;     // empty or "-": standard output
    };

    FirewallCommand(const PortCatalog& catalog, QTextStream& out, QTextStream& err);

    int run(const Input& input);

    static QString help(const QString& program);

private:
    int fail(const QString& message);
    int usageError(const QString& message, const QString& program);

    const PortCatalog& m_catalog;
    QTextStream& m_out;
    QTextStream& m_err;
};
