#include "app/cli/firewallcommand.h"

#include <QBuffer>

#include "app/cli/clicommands.h"
#include "model/checkedwrite.h"
#include "model/deploymentfile.h"
#include "model/export/exporterregistry.h"
#include "model/export/exporter.h"
#include "model/export/exportinput.h"
#include "model/firewallplan.h"
#include "model/matrixbuilder.h"
#include "model/portcatalog.h"

namespace {

const QString Program = QStringLiteral("portolan-cli");

} // namespace

FirewallCommand::FirewallCommand(const PortCatalog& catalog, QTextStream& out, QTextStream& err)
    : m_catalog(catalog)
    , m_out(out)
    , m_err(err)
{}

QString FirewallCommand::help(const QString& program)
{
    return QStringLiteral(
               "Usage: %1 firewall FILE --format nftables|asa|windows [--firewall ID] [--server ID] [-o OUT]\n"
               "\n"
               "Writes what the firewalls of the deployment FILE must allow, from its port matrix, its zones'\n"
               "networks, its servers' addresses and its firewalls (a deployment without firewalls has one between\n"
               "each pair of neighbouring zones, id fw-<left>-<right>). Every rule carries a comment naming its\n"
               "service and its matrix row; addresses and ports are grouped in named sets and object groups.\n"
               "  nftables  a ruleset for a Linux firewall: check it with `nft -c -f OUT`, load it with `nft -f OUT`\n"
               "  asa       Cisco ASA 9.x configuration: objects, object groups, one ACL per ingress interface\n"
               "            with remarks, and the access-group bindings\n"
               "  windows   a PowerShell script of Windows Defender Firewall rules for the Exchange servers, one\n"
               "            section per server (run where $env:COMPUTERNAME is the server's name), all rules in\n"
               "            one rule group so that Remove-NetFirewallRule -Group takes them away\n"
               "See docs/firewall-export.md.\n"
               "\n"
               "  --format FORMAT   nftables, asa or windows. Default: the extension of OUT (.nft, .cfg, .ps1)\n"
               "  --firewall ID     The firewall to write (nftables, asa); needed when there is more than one\n"
               "  --server ID       Only this server (windows). Default: every server with an Exchange role\n"
               "  -o, --output OUT  Write to OUT (replaced atomically) instead of standard output\n"
               "\n"
               "Exit code 0 when the rules were written, 2 on bad input: an unknown firewall or server, a rule\n"
               "endpoint without an IP address (the message lists what to fill in), an interface name the firewall\n"
               "does not accept. Nothing is written then.\n")
        .arg(program);
}

int FirewallCommand::fail(const QString& message)
{
    m_err << Program << ": " << message << '\n';
    m_err.flush();
    return CliCommands::BadInput;
}

int FirewallCommand::usageError(const QString& message, const QString& program)
{
    m_err << Program << ": " << message << "\n\n" << help(program);
    m_err.flush();
    return CliCommands::BadInput;
}

int FirewallCommand::run(const Input& input)
{
    const ExporterRegistry& registry = ExporterRegistry::instance();
    const ExportFormat* format = input.format.isEmpty() ? registry.forPath(ExportDocument::FirewallRules, input.output)
                                                        : registry.byName(ExportDocument::FirewallRules, input.format);
    if (!format) {
        return usageError(input.format.isEmpty()
                              ? QStringLiteral("firewall: no format given (--format %1)")
                                    .arg(registry.names(ExportDocument::FirewallRules)
                                             .replace(QStringLiteral(", "), QStringLiteral("|")))
                              : QStringLiteral("firewall: unknown format \"%1\" (known: %2)")
                                    .arg(input.format, registry.names(ExportDocument::FirewallRules)),
                          Program);
    }
    const bool perServer = format->id == u"firewall-windows";
    if (perServer && !input.firewallId.isEmpty())
        return usageError(QStringLiteral("firewall: --firewall applies to nftables and asa; windows writes the "
                                         "servers' own firewalls (--server ID)"),
                          Program);
    if (!perServer && !input.serverId.isEmpty())
        return usageError(
            QStringLiteral("firewall: --server applies to windows; %1 writes one firewall (--firewall ID)")
                .arg(format->name),
            Program);

    DeploymentReader reader(m_catalog);
    const auto data = reader.readFile(input.path);
    if (!data)
        return fail(input.path + QStringLiteral(": ") + reader.errorString());
    const PortMatrix matrix = MatrixBuilder(m_catalog).build(*data);
    const FirewallPlan plan = FirewallPlan::build(*data, matrix);

    ExportInput exportInput;
    exportInput.catalog = &m_catalog;
    exportInput.deployment = &*data;
    exportInput.matrix = &matrix;
    exportInput.sourcePath = input.path;
    exportInput.firewallPlan = &plan;
    exportInput.serverId = input.serverId;
    exportInput.firewallId = input.firewallId;
    if (perServer) {
        if (!input.serverId.isEmpty() && !data->server(input.serverId))
            return fail(input.path +
                        QStringLiteral(": --server: no server \"%1\" in the deployment").arg(input.serverId));
    } else if (input.firewallId.isEmpty()) {
        QStringList ids;
        for (const FirewallRules& rules : plan.firewalls)
            ids.append(rules.firewall.id);
        if (ids.size() != 1)
            return fail(input.path +
                        (ids.isEmpty() ? QStringLiteral(": the deployment has no firewall (it has one zone)")
                                       : QStringLiteral(": the deployment has %1 firewalls; choose one with --firewall "
                                                        "ID (%2)")
                                             .arg(ids.size())
                                             .arg(ids.join(QStringLiteral(", ")))));
        exportInput.firewallId = ids.first();
    } else if (!plan.firewall(input.firewallId)) {
        QStringList ids;
        for (const FirewallRules& rules : plan.firewalls)
            ids.append(rules.firewall.id);
        return fail(input.path +
                    QStringLiteral(": --firewall: no firewall \"%1\" in the deployment (its firewalls: %2)")
                        .arg(input.firewallId, ids.join(QStringLiteral(", "))));
    }

    // The whole document first: an endpoint without an address must leave OUT as it was.
    const std::unique_ptr<Exporter> exporter = format->create(exportInput);
    QByteArray document;
    QBuffer buffer(&document);
    buffer.open(QIODevice::WriteOnly);
    if (!exporter->write(&buffer))
        return fail(input.path + QStringLiteral(": ") + exporter->errorString());
    QString error;
    if (input.output.isEmpty() || input.output == u"-") {
        m_out.flush();
        if (!CheckedWrite::toStandardOutput(document, &error))
            return fail(QStringLiteral("cannot write to standard output: ") + error);
    } else if (!CheckedWrite::replaceFile(input.output, document, &error)) {
        return fail(input.output + QStringLiteral(": ") + error);
    }
    return CliCommands::Success;
}
