#include "model/export/serversettingsregwriter.h"

#include <QIODevice>
#include <QStringList>

namespace {

// Registry Editor's spelling of the root key the reference abbreviates.
QString regeditKey(const QString& key)
{
    return key.startsWith(u"HKLM\\") ? QString(QStringLiteral("HKEY_LOCAL_MACHINE") + key.mid(4)) : key;
}

QString quoted(const QString& text)
{
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
    return u'"' + escaped + u'"';
}

QString dataOf(const ServerSetting& setting)
{
    if (setting.type == u"REG_DWORD")
        return QStringLiteral("dword:") + QStringLiteral("%1").arg(uint(setting.port), 8, 16, QLatin1Char('0'));
    return quoted(setting.dataText());
}

} // namespace

ServerSettingsRegWriter::ServerSettingsRegWriter(ServerSettingsPlan plan, const PortCatalog& catalog)
    : m_plan(std::move(plan))
    , m_catalog(catalog)
{}

QString ServerSettingsRegWriter::text()
{
    clearError();
    if (m_plan.isEmpty()) {
        fail(tr("Nothing to set: %1").arg(m_plan.nothingToSet));
        return {};
    }
    const QStringList servers = m_plan.serverIds();
    if (servers.size() > 1) {
        fail(tr("A .reg file holds the values of one server, and %1 servers need values (%2): choose one.")
                 .arg(servers.size())
                 .arg(servers.join(QStringLiteral(", "))));
        return {};
    }
    const ServerSetting& first = m_plan.settings.first();
    QStringList restarts;
    for (const ServerSetting& setting : std::as_const(m_plan.settings)) {
        const QString restart =
            setting.restart.isConfirmed()
                ? QString(setting.restart.service + QStringLiteral(" (") + setting.restart.displayName + u')')
                : QString(QStringLiteral("the server (the sources name no service for ") + setting.valueName + u')');
        if (!restarts.contains(restart))
            restarts.append(restart);
    }
    QStringList lines{QStringLiteral("Windows Registry Editor Version 5.00"), QString()};
    lines << QStringLiteral("; Server settings from Portolan for the deployment \"%1\".")
                 .arg(ServerSettings::oneLine(m_plan.deploymentName))
          << QStringLiteral("; Server: %1 (%2), Exchange %3.")
                 .arg(ServerSettings::oneLine(first.serverName), first.serverId, first.version)
          << QStringLiteral("; Import it on that server, then restart: %1.").arg(restarts.join(QStringLiteral(", ")))
          << QStringLiteral("; Sources:");
    for (const QString& source : ServerSettings::sourceLines(m_plan, m_catalog))
        lines << QStringLiteral(";   ") + source;
    for (const ServerSetting& setting : std::as_const(m_plan.settings)) {
        lines << QString()
              << QStringLiteral("; %1: %2 = %3 (%4)")
                     .arg(setting.service, setting.valueName, setting.dataText(), setting.type)
              << u'[' + regeditKey(setting.key) + u']' << quoted(setting.valueName) + u'=' + dataOf(setting);
    }
    lines << QString();
    return lines.join(QStringLiteral("\r\n"));
}

bool ServerSettingsRegWriter::write(QIODevice* device)
{
    const QString document = text();
    if (document.isEmpty())
        return false;
    QByteArray bytes("\xFF\xFE", 2);
    for (const QChar c : document) {
        const char16_t unit = c.unicode();
        bytes.append(char(unit & 0xFF));
        bytes.append(char(unit >> 8));
    }
    if (device->write(bytes) != bytes.size())
        return fail(device->errorString());
    return true;
}
