#include "benchnetwork.h"

#include <QCoreApplication>
#include <QProcess>
#include <QStandardPaths>

#include <unistd.h>

namespace {

QString findTool(const QString& name)
{
    const QString found = QStandardPaths::findExecutable(name);
    return found.isEmpty()
               ? QStandardPaths::findExecutable(name, {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")})
               : found;
}

} // namespace

BenchNetwork::BenchNetwork(int dropFirst, int dropLast, int delayMs)
{
    if (::geteuid() != 0) {
        m_error = QStringLiteral("network namespaces need root (uid is %1)").arg(::geteuid());
        return;
    }
    for (const char* tool : {"ip", "nft"}) {
        if (findTool(QString::fromLatin1(tool)).isEmpty()) {
            m_error = QStringLiteral("%1 is not installed (scripts/install-deps installs it)").arg(QLatin1String(tool));
            return;
        }
    }
    const QString pid = QString::number(QCoreApplication::applicationPid());
    const QString outside = QStringLiteral("pbh") + pid;
    const QString inside = QStringLiteral("pbn") + pid;
    const QString ns = QStringLiteral("portolan-bench-") + pid;
    const QString in = QStringLiteral("netns");
    if (!run({QStringLiteral("ip"), in, QStringLiteral("add"), ns}))
        return;
    m_namespace = ns;
    const QString nft = QStringLiteral("table inet portolan_bench {\n"
                                       "    chain input {\n"
                                       "        type filter hook input priority 0; policy accept;\n"
                                       "        tcp dport %1-%2 drop\n"
                                       "    }\n"
                                       "}\n")
                            .arg(dropFirst)
                            .arg(dropLast);
    const QString exec = QStringLiteral("exec");
    const bool ready =
        run(QStringLiteral("ip link add %1 type veth peer name %2").arg(outside, inside).split(u' ')) &&
        run(QStringLiteral("ip link set %1 netns %2").arg(inside, ns).split(u' ')) &&
        run(QStringLiteral("ip addr add 198.18.0.1/30 dev %1").arg(outside).split(u' ')) &&
        run(QStringLiteral("ip link set %1 up").arg(outside).split(u' ')) &&
        run(QStringLiteral("ip -n %1 addr add %2/30 dev %3").arg(ns, address(), inside).split(u' ')) &&
        run(QStringLiteral("ip -n %1 link set %2 up").arg(ns, inside).split(u' ')) &&
        run({QStringLiteral("ip"), in, exec, ns, QStringLiteral("nft"), QStringLiteral("-f"), QStringLiteral("-")},
            nft.toUtf8()) &&
        (delayMs <= 0 || run(QStringLiteral("ip netns exec %1 tc qdisc add dev %2 root netem delay %3ms limit 200000")
                                 .arg(ns, inside)
                                 .arg(delayMs)
                                 .split(u' ')));
    Q_UNUSED(ready) // a failed step has set m_error
}

BenchNetwork::~BenchNetwork()
{
    if (!m_namespace.isEmpty())
        QProcess::execute(findTool(QStringLiteral("ip")),
                          {QStringLiteral("netns"), QStringLiteral("delete"), m_namespace});
}

bool BenchNetwork::run(const QStringList& command, const QByteArray& input)
{
    QProcess process;
    process.start(findTool(command.first()), command.mid(1));
    process.write(input);
    process.closeWriteChannel();
    if (process.waitForFinished(10'000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
        return true;
    const QString reason = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
    m_error =
        QStringLiteral("`%1` failed: %2").arg(command.join(u' '), reason.isEmpty() ? process.errorString() : reason);
    return false;
}
