// Issue 13: the firewall rules of 1,000 servers in 50 zones within 1 s, and an nftables ruleset that stays compact
// (named sets: its rule count grows with services and zone pairs, not with servers; compare the busiest firewall's
// rules at 1,000 and 10,000 servers). Each iteration derives the matrix and the firewall plan (the 49 implicit
// firewalls between neighbouring zones) and writes the busiest firewall's ruleset, as the command line does, or every
// firewall's nftables ruleset or ASA configuration, or the Windows script of every Exchange server. Addresses come from
// 2001:db8::/32, one /64 per zone: the documentation ranges of IPv4 hold too few for 1,000 servers.
#include "model/export/asawriter.h"
#include "model/export/exportinput.h"
#include "model/export/nftableswriter.h"
#include "model/export/windowsfirewallwriter.h"
#include "model/firewallplan.h"
#include "model/matrixbuilder.h"
#include "model/portcatalog.h"

#include <QBuffer>
#include <QCoreApplication>

#include <benchmark/benchmark.h>

#include "largedeployment.h"

namespace {

DeploymentData addressedDeployment(int servers)
{
    DeploymentData data = largeDeployment(servers);
    for (int i = 0; i < data.zones.size(); ++i) {
        if (data.zones.at(i).kind != u"internet")
            data.zones[i].networks = {*IpNetwork::parse(QStringLiteral("2001:db8:%1::/64").arg(i, 0, 16))};
    }
    for (int i = 0; i < data.servers.size(); ++i) {
        Server& server = data.servers[i];
        server.host = QStringLiteral("2001:db8:%1::%2").arg(data.zoneIndex(server.zone), 0, 16).arg(i + 1, 0, 16);
    }
    return data;
}

template <typename Writer> void firewallRules(benchmark::State& state, bool perFirewall)
{
    const PortCatalog& catalog = PortCatalog::builtin();
    const DeploymentData data = addressedDeployment(int(state.range(0)));
    qint64 bytes = 0;
    int rules = 0;
    int mostRules = 0;
    for (auto _ : state) {
        const PortMatrix matrix = MatrixBuilder(catalog).build(data);
        const FirewallPlan plan = FirewallPlan::build(data, matrix);
        ExportInput input;
        input.catalog = &catalog;
        input.deployment = &data;
        input.matrix = &matrix;
        input.firewallPlan = &plan;
        bytes = 0;
        rules = 0;
        mostRules = 0;
        QStringList firewalls{QString()};
        if (perFirewall) {
            firewalls.clear();
            for (const FirewallRules& firewall : plan.firewalls)
                firewalls.append(firewall.firewall.id);
        }
        for (const QString& firewall : std::as_const(firewalls)) {
            input.firewallId = firewall;
            Writer writer(input);
            QByteArray document;
            QBuffer buffer(&document);
            buffer.open(QIODevice::WriteOnly);
            if (!writer.write(&buffer)) {
                state.SkipWithError(qPrintable(writer.errorString()));
                return;
            }
            bytes += document.size();
            if constexpr (std::is_same_v<Writer, NftablesWriter>) {
                rules += writer.ruleCount();
                mostRules = std::max(mostRules, writer.ruleCount());
            }
        }
    }
    state.counters["servers"] = double(state.range(0));
    state.counters["kB"] = double(bytes) / 1e3;
    if constexpr (std::is_same_v<Writer, NftablesWriter>) {
        state.counters["nftRules"] = rules;              // over every firewall's forward chain
        state.counters["nftRulesMostOneFw"] = mostRules; // the busiest firewall
    }
}

// What every format pays first: the matrix and the firewall plan.
void plan(benchmark::State& state)
{
    const PortCatalog& catalog = PortCatalog::builtin();
    const DeploymentData data = addressedDeployment(int(state.range(0)));
    int firewalls = 0;
    for (auto _ : state) {
        const PortMatrix matrix = MatrixBuilder(catalog).build(data);
        const FirewallPlan plan = FirewallPlan::build(data, matrix);
        firewalls = int(plan.firewalls.size());
    }
    state.counters["servers"] = double(state.range(0));
    state.counters["firewalls"] = firewalls;
}

// What `portolan-cli firewall FILE --format nftables --firewall ID` does for the firewall with the most rules: the
// matrix, the plan and that one ruleset.
void nftablesBusiestFirewall(benchmark::State& state)
{
    const PortCatalog& catalog = PortCatalog::builtin();
    const DeploymentData data = addressedDeployment(int(state.range(0)));
    QString busiest;
    {
        const PortMatrix matrix = MatrixBuilder(catalog).build(data);
        const FirewallPlan plan = FirewallPlan::build(data, matrix);
        qsizetype most = -1;
        for (const FirewallRules& firewall : plan.firewalls) {
            if (firewall.groups.size() > most) {
                most = firewall.groups.size();
                busiest = firewall.firewall.id;
            }
        }
    }
    int rules = 0;
    for (auto _ : state) {
        const PortMatrix matrix = MatrixBuilder(catalog).build(data);
        const FirewallPlan plan = FirewallPlan::build(data, matrix);
        ExportInput input;
        input.catalog = &catalog;
        input.deployment = &data;
        input.matrix = &matrix;
        input.firewallPlan = &plan;
        input.firewallId = busiest;
        NftablesWriter writer(input);
        QByteArray document;
        QBuffer buffer(&document);
        buffer.open(QIODevice::WriteOnly);
        if (!writer.write(&buffer)) {
            state.SkipWithError(qPrintable(writer.errorString()));
            return;
        }
        rules = writer.ruleCount();
    }
    state.counters["servers"] = double(state.range(0));
    state.counters["nftRules"] = rules;
}

void nftables(benchmark::State& state)
{
    firewallRules<NftablesWriter>(state, true);
}

void asa(benchmark::State& state)
{
    firewallRules<AsaWriter>(state, true);
}

void windows(benchmark::State& state)
{
    firewallRules<WindowsFirewallWriter>(state, false);
}

} // namespace

BENCHMARK(plan)->Arg(1000)->Unit(benchmark::kMillisecond);
BENCHMARK(nftablesBusiestFirewall)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(nftables)->Arg(100)->Arg(1000)->Unit(benchmark::kMillisecond);
BENCHMARK(asa)->Arg(1000)->Unit(benchmark::kMillisecond);
BENCHMARK(windows)->Arg(1000)->Unit(benchmark::kMillisecond);

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
