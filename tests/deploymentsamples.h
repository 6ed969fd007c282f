#pragma once

// The deployments the file tests read and write: every field away from its default, firewalls, awkward text.

#include "model/deploymentdata.h"
#include "model/portcatalog.h"

#include <QTest>

// The reader needs only the catalog's vocabulary.
inline const PortCatalog& catalog()
{
    return PortCatalog::builtin();
}

#define COMPARE_DATA(actual, expected)                                                                                 \
    do {                                                                                                               \
        QCOMPARE((actual).name, (expected).name);                                                                      \
        QCOMPARE((actual).description, (expected).description);                                                        \
        QCOMPARE((actual).exchangeVersion, (expected).exchangeVersion);                                                \
        QCOMPARE((actual).zones.size(), (expected).zones.size());                                                      \
        for (int z = 0; z < (actual).zones.size(); ++z)                                                                \
            QVERIFY2((actual).zones.at(z) == (expected).zones.at(z), qPrintable((expected).zones.at(z).id));           \
        QCOMPARE((actual).servers.size(), (expected).servers.size());                                                  \
        for (int s = 0; s < (actual).servers.size(); ++s)                                                              \
            QVERIFY2((actual).servers.at(s) == (expected).servers.at(s), qPrintable((expected).servers.at(s).id));     \
        QCOMPARE((actual).options.flags, (expected).options.flags);                                                    \
        QVERIFY((actual).options.staticRpc == (expected).options.staticRpc);                                           \
        QVERIFY((actual).options.dag == (expected).options.dag);                                                       \
        QVERIFY((actual).options.dynamicRpcRange == (expected).options.dynamicRpcRange);                               \
        QVERIFY((actual).firewalls == (expected).firewalls);                                                           \
    } while (false)

inline Zone makeZone(const QString& id, const QString& kind, const QString& colour = {}, bool implicitActors = true)
{
    return Zone{id, id.toUpper(), kind, colour, implicitActors};
}

inline Server makeServer(const QString& id, const QString& zone, const QStringList& roles, const QString& host = {},
                         const QString& version = {})
{
    return Server{id, id.toUpper(), zone, roles, host, version, std::nullopt, {}};
}

inline DeploymentData emptyDeployment()
{
    DeploymentData data;
    data.exchangeVersion = QStringLiteral("2013");
    data.options = DeploymentOptions::defaultsFor(data.exchangeVersion);
    return data;
}

// Every field away from its default.
inline DeploymentData fullDeployment()
{
    DeploymentData data;
    data.name = QStringLiteral("Contoso");
    data.description = QStringLiteral("Head office and the Munich branch");
    data.exchangeVersion = QStringLiteral("2010");
    data.zones = {makeZone(QStringLiteral("internet"), QStringLiteral("internet")),
                  makeZone(QStringLiteral("dmz"), QStringLiteral("dmz"), QStringLiteral("#aabbcc")),
                  makeZone(QStringLiteral("lan.hq"), QStringLiteral("lan"), {}, false),
                  makeZone(QStringLiteral("o365"), QStringLiteral("cloud"))};
    data.servers = {
        makeServer(QStringLiteral("edge01"), QStringLiteral("dmz"), {QStringLiteral("edge-transport")},
                   QStringLiteral("192.0.2.10")),
        makeServer(QStringLiteral("cas_01"), QStringLiteral("lan.hq"),
                   {QStringLiteral("client-access"), QStringLiteral("hub-transport")}, QStringLiteral("cas01.corp")),
        makeServer(QStringLiteral("ex2016-a"), QStringLiteral("lan.hq"), {QStringLiteral("mailbox")}, {},
                   QStringLiteral("2016")),
        makeServer(QStringLiteral("placeholder"), QStringLiteral("lan.hq"), {}),
    };
    data.options = DeploymentOptions::defaultsFor(data.exchangeVersion);
    for (const QString& flag : DeploymentOptions::flagNames())
        data.options.setFlag(flag, !data.options.isOn(flag));
    data.options.staticRpc = {true, 6001, 6002};
    data.options.dag = {true, 64000};
    data.options.dynamicRpcRange = PortRange{10000, 20000};
    data.servers[0].setFlag(QStringLiteral("hybridMailFlow"), true);
    data.servers[1].dynamicRpcRange = PortRange{1025, 5000};
    data.options.setChoice(QStringLiteral("umSecurity"), QStringLiteral("dual"));
    data.options.setChoice(QStringLiteral("reverseProxyTls"), QStringLiteral("offload"));
    data.options.umRtpRange = PortRange{20000, 29999};
    return data;
}

// fullDeployment() with zones' networks and a three-legged and a two-legged firewall: format version 2.
inline DeploymentData firewalledDeployment()
{
    DeploymentData data = fullDeployment();
    data.zones[1].networks = {*IpNetwork::parse(QStringLiteral("192.0.2.0/25")),
                              *IpNetwork::parse(QStringLiteral("2001:db8:1::/64"))};
    data.zones[2].networks = {*IpNetwork::parse(QStringLiteral("198.51.100.0/24"))};
    data.firewalls = {
        {QStringLiteral("fw1"),
         QStringLiteral("Perimeter"),
         {{QStringLiteral("internet"), QStringLiteral("outside")},
          {QStringLiteral("dmz"), QStringLiteral("dmz")},
          {QStringLiteral("lan.hq"), QStringLiteral("inside")}}},
        {QStringLiteral("fw.cloud"),
         QStringLiteral("Cloud \"edge\""),
         {{QStringLiteral("lan.hq"), QStringLiteral("lan")}, {QStringLiteral("o365"), QStringLiteral("wan")}}}};
    return data;
}

inline DeploymentData awkwardTextDeployment()
{
    DeploymentData data = fullDeployment();
    data.name = QStringLiteral("Zürich \"HQ\" \\ back\\slash\ttab\nnew line \u0001 \U0001F600 Москва");
    data.description = QStringLiteral("{\"not\": \"json\"}, /* nor a comment */");
    data.servers[0].name = QStringLiteral("EDGE \u2028 01");
    data.options.dynamicRpcRange = PortRange{135, 135};
    return data;
}
