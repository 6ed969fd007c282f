// Bytes as a .portolan file. What reads is taken through the whole export path: the port matrix, every matrix writer
// (CSV, JSON, Markdown), the firewall plan and every firewall writer (nftables and ASA for each firewall, Windows for
// all servers), and the DeploymentWriter. The written file must read back and give the same file and the same matrix:
// a difference is a round-trip bug, reported as a crash.

#include "fuzz/fuzzqt.h"
#include "model/deploymentfile.h"
#include "model/export/exporter.h"
#include "model/export/exporterregistry.h"
#include "model/export/exportinput.h"
#include "model/export/matrixjsonwriter.h"
#include "model/firewallplan.h"
#include "model/matrixbuilder.h"
#include "model/portcatalog.h"

#include <QBuffer>

namespace {

QByteArray exported(const ExportFormat& format, const ExportInput& input)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    format.create(input)->write(&buffer); // refusing (an endpoint without an address) is a fine outcome
    return bytes;
}

QByteArray matrixJson(const PortMatrix& matrix, const PortCatalog& catalog)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    MatrixJsonWriter(matrix, catalog).write(&buffer);
    return bytes;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const PortCatalog& catalog = PortCatalog::builtin();
    DeploymentReader reader(catalog);
    const auto deployment = reader.read(fuzzInput(data, size));
    if (!deployment)
        return 0;

    const PortMatrix matrix = MatrixBuilder(catalog).build(*deployment);
    const FirewallPlan plan = FirewallPlan::build(*deployment, matrix);
    ExportInput input;
    input.catalog = &catalog;
    input.deployment = &*deployment;
    input.matrix = &matrix;
    input.firewallPlan = &plan;
    const ExporterRegistry& registry = ExporterRegistry::instance();
    for (const ExportFormat* format : registry.formats(ExportDocument::Matrix))
        exported(*format, input);
    for (const ExportFormat* format : registry.formats(ExportDocument::FirewallRules)) {
        if (format->id == u"firewall-windows") {
            exported(*format, input);
            continue;
        }
        for (const FirewallRules& rules : plan.firewalls) {
            input.firewallId = rules.firewall.id;
            exported(*format, input);
        }
    }

    const QByteArray written = DeploymentWriter().toJson(*deployment);
    DeploymentReader rereader(catalog);
    const auto reread = rereader.read(written);
    if (!reread)
        fuzzFinding("the written deployment does not read back", rereader.errorString().toUtf8(), written);
    const QByteArray rewritten = DeploymentWriter().toJson(*reread);
    if (rewritten != written)
        fuzzFinding("the deployment read back writes another file", written, rewritten);
    const QByteArray expected = matrixJson(matrix, catalog);
    const QByteArray actual = matrixJson(MatrixBuilder(catalog).build(*reread), catalog);
    if (actual != expected)
        fuzzFinding("the deployment read back gives another matrix", expected, actual);
    return 0;
}
