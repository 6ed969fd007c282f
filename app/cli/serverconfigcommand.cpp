#include "app/cli/serverconfigcommand.h"

#include <QStringList>

#include "app/cli/clicommands.h"
#include "model/deploymentdata.h"
#include "model/deploymentfile.h"
#include "model/export/exportfile.h"
#include "model/export/exportinput.h"
#include "model/export/exporterregistry.h"
#include "model/portcatalog.h"
#include "model/serversettings.h"

namespace {

const QString Program = QStringLiteral("portolan-cli");

} // namespace

ServerConfigCommand::ServerConfigCommand(const PortCatalog& catalog, QTextStream& out, QTextStream& err)
    : m_catalog(catalog)
    , m_out(out)
    , m_err(err)
{}

QString ServerConfigCommand::help(const QString& program)
{
    return QStringLiteral(
               "Usage: %1 server-config FILE [--server ID] [--format reg|ps1] [-o OUT]\n"
               "\n"
               "Writes the registry values the servers of the deployment FILE need for its options: with static\n"
               "RPC ports (Exchange 2010), MSExchangeRPC\\ParametersSystem \"TCP/IP Port\" (REG_DWORD) on the\n"
               "Client Access servers and on the Mailbox servers that hold public folders, and\n"
               "MSExchangeAB\\Parameters \"RpcTcpPort\" (REG_SZ) on the Client Access servers, with the services\n"
               "to restart. When there is nothing to set, it says why on stderr and writes nothing.\n"
               "\n"
               "  --server ID        Only this server's values (a server id of FILE)\n"
               "  --format FORMAT    ps1: a PowerShell script that sets the values and restarts the services, safe\n"
               "                     to run again; with several servers, one section per server that runs where\n"
               "                     $env:COMPUTERNAME is the server's name. reg: a Registry Editor file for one\n"
               "                     server (needs --server when several servers need values).\n"
               "                     Default: the extension of OUT, else ps1\n"
               "  -o, --output OUT   Write to OUT (replaced atomically) instead of standard output\n"
               "\n"
               "Exit code 0 when written or when there is nothing to set, 2 on bad input.\n")
        .arg(program);
}

int ServerConfigCommand::run(const Input& input)
{
    const ExporterRegistry& registry = ExporterRegistry::instance();
    const ExportFormat* format = nullptr;
    if (!input.format.isEmpty()) {
        format = registry.byName(ExportDocument::ServerSettings, input.format);
        if (!format)
            return fail(QStringLiteral("server-config: unknown format \"%1\" (known: %2)")
                            .arg(input.format, registry.names(ExportDocument::ServerSettings)));
    } else {
        format = registry.forPath(ExportDocument::ServerSettings, input.output);
        if (!format)
            format = registry.find(QStringLiteral("server-settings-ps1"));
    }

    DeploymentReader reader(m_catalog);
    const auto data = reader.readFile(input.path);
    if (!data)
        return fail(input.path + QStringLiteral(": ") + reader.errorString());
    if (!input.serverId.isEmpty() && !data->server(input.serverId)) {
        QStringList known;
        for (const Server& server : data->servers)
            known.append(server.id);
        return fail(QStringLiteral("%1: --server: no server \"%2\" (servers: %3)")
                        .arg(input.path, input.serverId, known.join(QStringLiteral(", "))));
    }

    const ServerSettingsPlan plan = ServerSettings::plan(m_catalog, *data, input.serverId);
    if (plan.isEmpty()) {
        m_err << "Nothing to set: " << plan.nothingToSet << '\n';
        m_err.flush();
        return CliCommands::Success;
    }
    if (format->name == u"reg" && plan.serverIds().size() > 1)
        return fail(QStringLiteral("server-config: a .reg file holds the values of one server; choose one with "
                                   "--server (servers with values: %1)")
                        .arg(plan.serverIds().join(QStringLiteral(", "))));

    ExportInput exportInput;
    exportInput.catalog = &m_catalog;
    exportInput.deployment = &*data;
    exportInput.sourcePath = input.path;
    exportInput.serverId = input.serverId;
    const std::unique_ptr<Exporter> exporter = format->create(exportInput);
    ExportFile file;
    if (input.output.isEmpty() || input.output == u"-") {
        m_out.flush();
        if (!file.writeStandardOutput(*exporter))
            return fail(file.errorString());
    } else if (!file.write(*exporter, input.output)) {
        return fail(input.output + QStringLiteral(": ") + file.errorString());
    }
    return CliCommands::Success;
}

int ServerConfigCommand::fail(const QString& message)
{
    m_err << Program << ": " << message << '\n';
    m_err.flush();
    return CliCommands::BadInput;
}
