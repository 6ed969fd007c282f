// Issue 13's speed target: the per-firewall rules of 1,000 servers in 50 zones in at most 1 s, the matrix included
// (each iteration reads the .portolan file, builds the matrix and the FirewallPlan). Two layouts: the implicit
// firewalls of the 50 lanes, and explicit ones (a perimeter firewall for the Internet, the cloud and the 8 DMZs, a
// core firewall for the DMZs and the 40 sites). Every zone has an IPv6 documentation network and every server an
// address in it. The counters show how compact the plan stays: rule groups (one nftables rule each) grow with
// services and zone pairs, not with servers.
#include "model/deploymentfile.h"
#include "model/firewallplan.h"
#include "model/matrixbuilder.h"
#include "model/portcatalog.h"

#include <QCoreApplication>

#include <benchmark/benchmark.h>

#include "largedeployment.h"

namespace {

DeploymentData addressedDeployment(int servers, bool explicitFirewalls)
{
    DeploymentData data = largeDeployment(servers);
    QHash<QString, int> zoneNumber;
    for (int z = 0; z < data.zones.size(); ++z) {
        zoneNumber.insert(data.zones.at(z).id, z);
        if (data.zones.at(z).kind != u"internet")
            data.zones[z].networks = {*IpNetwork::parse(QStringLiteral("2001:db8:%1::/64").arg(z + 1, 0, 16))};
    }
    for (int i = 0; i < data.servers.size(); ++i) {
        Server& server = data.servers[i];
        server.host = QStringLiteral("2001:db8:%1::%2").arg(zoneNumber.value(server.zone) + 1, 0, 16).arg(i + 1, 0, 16);
    }
    if (explicitFirewalls) {
        Firewall perimeter{QStringLiteral("perimeter"), QStringLiteral("Perimeter"), {}};
        Firewall core{QStringLiteral("core"), QStringLiteral("Core"), {}};
        for (const Zone& zone : std::as_const(data.zones)) {
            if (zone.kind != u"lan")
                perimeter.interfaces.append({zone.id, QStringLiteral("p-") + zone.id});
            if (zone.kind == u"dmz" || zone.kind == u"lan")
                core.interfaces.append({zone.id, QStringLiteral("c-") + zone.id});
        }
        data.firewalls = {perimeter, core};
    }
    return data;
}

void firewallPlanEndToEnd(benchmark::State& state)
{
    const PortCatalog& catalog = PortCatalog::builtin();
    const QByteArray file = DeploymentWriter().toJson(addressedDeployment(int(state.range(0)), state.range(1) != 0));
    int firewalls = 0;
    int rules = 0;
    int groups = 0;
    int addressSets = 0;
    int serviceGroups = 0;
    int matrixRules = 0;
    for (auto _ : state) {
        DeploymentReader reader(catalog);
        const auto data = reader.read(file);
        if (!data) {
            state.SkipWithError(qPrintable(reader.errorString()));
            break;
        }
        const PortMatrix matrix = MatrixBuilder(catalog).build(*data);
        const FirewallPlan plan = FirewallPlan::build(*data, matrix);
        benchmark::DoNotOptimize(plan.firewalls.size());
        matrixRules = int(matrix.rules.size());
        firewalls = int(plan.firewalls.size());
        rules = groups = 0;
        for (const FirewallRules& firewall : plan.firewalls) {
            rules += int(firewall.rules.size());
            groups += int(firewall.groups.size());
        }
        addressSets = int(plan.addressSets.size());
        serviceGroups = int(plan.serviceGroups.size());
    }
    state.counters["servers"] = double(state.range(0));
    state.counters["matrixRules"] = matrixRules;
    state.counters["firewalls"] = firewalls;
    state.counters["rules"] = rules;
    state.counters["ruleGroups"] = groups;
    state.counters["addressSets"] = addressSets;
    state.counters["serviceGroups"] = serviceGroups;
}

} // namespace

// Arguments: servers, explicit firewalls (0: the implicit ones of the lanes).
BENCHMARK(firewallPlanEndToEnd)
    ->Args({1000, 0})
    ->Args({1000, 1})
    ->ArgNames({"servers", "explicit"})
    ->Unit(benchmark::kMillisecond);

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
