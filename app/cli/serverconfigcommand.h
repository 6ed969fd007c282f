#pragma once

#include <QString>
#include <QTextStream>

class PortCatalog;

// `portolan-cli server-config FILE [--server ID] --format reg|ps1 [-o OUT]`: the registry values the deployment's
// servers need (static RPC ports), as a .reg file for one server or a PowerShell script for one or all of them.
// CliCommands parses the arguments; this class does the work and returns the exit code: 0 written, or nothing to set
// (said on stderr, no file written, stdout empty); 2 on bad input (a file that does not read, an unknown server, a
// .reg for several servers). The document goes to stdout or OUT (replaced atomically). Plain English: the command
// line is not translated.
class ServerConfigCommand final
{
public:
    struct Input
    {
        QString path;
        QString serverId; // empty: every server
        QString format;   // "reg" or "ps1"; empty: OUT's suffix, else ps1
        QString output;   // empty or "-": standard output
    };

    ServerConfigCommand(const PortCatalog& catalog, QTextStream& out, QTextStream& err);

    int run(const Input& input);

    static QString help(const QString& program);

private:
    int fail(const QString& message);

    const PortCatalog& m_catalog;
    QTextStream& m_out;
    QTextStream& m_err;
};
