#pragma once

// What the command-line tests share: running portolan-cli (the PORTOLAN_CLI path the build defines) and the
// deployments, answers and files they feed it.

#include <QByteArray>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>

struct CliResult
{
    int exitCode = -1;
    QByteArray outBytes;
    QString out;
    QString err;
};

inline CliResult runCli(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(PORTOLAN_CLI), arguments);
    CliResult result;
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit) {
        qWarning("portolan-cli did not finish: %s", qPrintable(process.errorString()));
        return result;
    }
    result.exitCode = process.exitCode();
    result.outBytes = process.readAllStandardOutput();
    result.out = QString::fromUtf8(result.outBytes);
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

inline QString writeTestFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qWarning("cannot write %s", qPrintable(path));
    return path;
}

namespace CliSamples {
// The PRODUCT.md example: Edge in the DMZ, Mailbox and DC on the LAN.
const char* const EdgeDeployment = R"({
  "format": "portolan-deployment", "version": 1, "name": "Contoso", "exchangeVersion": "2019",
  "zones": [{"id": "internet", "name": "Internet", "kind": "internet"},
            {"id": "dmz", "name": "DMZ", "kind": "dmz"}, {"id": "lan", "name": "LAN", "kind": "lan"}],
  "servers": [{"id": "edge01", "name": "EDGE01", "zone": "dmz", "roles": ["edge-transport"]},
              {"id": "ex01", "name": "EX01", "zone": "lan", "roles": ["mailbox"]},
              {"id": "dc01", "name": "DC01", "zone": "lan", "roles": ["domain-controller"]}]
})";

// Everything on one internal network: nothing Microsoft would object to.
const char* const CleanDeployment = R"({
  "format": "portolan-deployment", "version": 1, "name": "Single site", "exchangeVersion": "2019",
  "zones": [{"id": "lan", "name": "LAN", "kind": "lan"}],
  "servers": [{"id": "ex01", "name": "EX01", "zone": "lan", "roles": ["mailbox"]},
              {"id": "dc01", "name": "DC01", "zone": "lan", "roles": ["domain-controller"]}]
})";

// A Mailbox server in the perimeter network is an unsupported placement: an error.
const char* const BrokenPlacement = R"({
  "format": "portolan-deployment", "version": 1, "name": "Mailbox in the DMZ", "exchangeVersion": "2019",
  "zones": [{"id": "internet", "name": "Internet", "kind": "internet"},
            {"id": "dmz", "name": "DMZ", "kind": "dmz"}, {"id": "lan", "name": "LAN", "kind": "lan"}],
  "servers": [{"id": "ex01", "name": "EX01", "zone": "dmz", "roles": ["mailbox"]},
              {"id": "dc01", "name": "DC01", "zone": "lan", "roles": ["domain-controller"]}]
})";

// Well-formed JSON with a value of the wrong type: the error names the key.
const char* const WrongType = R"({
  "format": "portolan-deployment", "version": 1, "name": "Typo", "exchangeVersion": "2019",
  "zones": [{"id": "lan", "name": "LAN", "kind": "lan"}],
  "servers": [{"id": "ex01", "name": "EX01", "zone": "lan", "roles": "mailbox"}]
})";

// The typical mistake in the SMTP relay lesson: the DMZ gets the RPC endpoint mapper and the dynamic range.
const char* const RelayAnswers = R"({
  "format": "portolan-answers", "version": 1, "lesson": "seed-dmz-relay", "learner": "Anna", "attempts": 2,
  "answers": {"dmz-lan": {"rules": [{"from": "dmz", "to": "lan", "protocol": "tcp", "ports": "25"},
                                    {"from": "lan", "to": "dmz", "protocol": "tcp", "ports": "25"},
                                    {"from": "dmz", "to": "lan", "protocol": "tcp", "ports": "135,dynamic"}]}}
})";

// A three-legged firewall with addresses: what `firewall` writes from.
const char* const FirewallDeployment = R"({
  "format": "portolan-deployment", "version": 2, "name": "Perimeter", "exchangeVersion": "2019",
  "zones": [{"id": "internet", "name": "Internet", "kind": "internet"},
            {"id": "dmz", "name": "DMZ", "kind": "dmz", "networks": ["198.51.100.0/24"]},
            {"id": "lan", "name": "LAN", "kind": "lan", "networks": ["192.0.2.0/24"]}],
  "servers": [{"id": "edge01", "name": "EDGE01", "zone": "dmz", "roles": ["edge-transport"], "host": "198.51.100.10"},
              {"id": "ex01", "name": "EX01", "zone": "lan", "roles": ["mailbox"], "host": "192.0.2.11"},
              {"id": "dc01", "name": "DC01", "zone": "lan", "roles": ["domain-controller"], "host": "192.0.2.5"}],
  "firewalls": [{"id": "fw1", "name": "Perimeter",
                 "interfaces": {"internet": "outside", "dmz": "dmz", "lan": "inside"}}]
})";

const char* const NewerVersion = R"({
  "format": "portolan-deployment", "version": 99, "name": "From the future", "exchangeVersion": "2019",
  "zones": [], "servers": []
})";

} // namespace CliSamples

// The sample files the command-line tests read by name, written into the folder DIR.
inline void writeCliSamples(const QString& dir)
{
    using namespace CliSamples;
    writeTestFile(dir + QStringLiteral("/edge.portolan"), EdgeDeployment);
    writeTestFile(dir + QStringLiteral("/clean.portolan"), CleanDeployment);
    writeTestFile(dir + QStringLiteral("/placement.portolan"), BrokenPlacement);
    writeTestFile(dir + QStringLiteral("/newer.portolan"), NewerVersion);
    writeTestFile(dir + QStringLiteral("/wrongtype.portolan"), WrongType);
    writeTestFile(dir + QStringLiteral("/broken.portolan"),
                  "{\"format\": \"portolan-deployment\", \"version\": 1,\n  \"name\" ");
}
