#include "model/deploymentfile.h"

#include <algorithm>

#include <QDir>
#include <QIODevice>

#include "model/checkedwrite.h"

// The writing half of the .portolan format; deploymentfile.cpp reads it.

namespace {

// Always "first-last", even for one port, so the key has one spelling.
QString rangeText(const PortRange& range)
{
    return QString::number(range.first) + u'-' + QString::number(range.last);
}

// A small writer of our own, because QJsonObject sorts its keys and the file should read in PRODUCT.md's order.
class JsonWriter final
{
public:
    QByteArray result() const { return m_out; }

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }

    void key(const char* name) { key(QString::fromLatin1(name)); }
    // Keys that are data (a firewall's zone ids) are escaped like values.
    void key(const QString& name)
    {
        separate();
        appendString(name);
        m_out += ": ";
        m_afterKey = true;
    }
    template <typename Key, typename T> void field(const Key& name, const T& v)
    {
        key(name);
        value(v);
    }
    void value(const QString& text)
    {
        separate();
        appendString(text);
    }
    void value(int number)
    {
        separate();
        m_out += QByteArray::number(number);
    }
    void value(bool on)
    {
        separate();
        m_out += on ? "true" : "false";
    }
    // Short string lists (roles) stay on one line: easier to read and to edit by hand.
    void inlineArray(const QStringList& items)
    {
        separate();
        m_out += '[';
        for (int i = 0; i < items.size(); ++i) {
            if (i > 0)
                m_out += ", ";
            appendString(items.at(i));
        }
        m_out += ']';
    }

private:
    void open(char bracket)
    {
        separate();
        m_out += bracket;
        m_counts.append(0);
    }
    void close(char bracket)
    {
        const int count = m_counts.takeLast();
        if (count > 0) {
            m_out += '\n';
            indent();
        }
        m_out += bracket;
    }
    // Before every value or key: the comma, the line break and the indentation its position needs.
    void separate()
    {
        if (m_afterKey) {
            m_afterKey = false;
            return;
        }
        if (m_counts.isEmpty())
            return;
        if (m_counts.last()++ > 0)
            m_out += ',';
        m_out += '\n';
        indent();
    }
    void indent() { m_out += QByteArray(4 * m_counts.size(), ' '); }
    void appendString(const QString& text)
    {
        QString escaped;
        escaped.reserve(text.size() + 2);
        escaped += u'"';
        for (const QChar c : text) {
            const char16_t u = c.unicode();
            if (u == u'"')
                escaped += QStringLiteral("\\\"");
            else if (u == u'\\')
                escaped += QStringLiteral("\\\\");
            else if (u == u'\n')
                escaped += QStringLiteral("\\n");
            else if (u == u'\r')
                escaped += QStringLiteral("\\r");
            else if (u == u'\t')
                escaped += QStringLiteral("\\t");
            else if (u < 0x20)
                escaped += QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
            else
                escaped += c;
        }
        escaped += u'"';
        // Converted as a whole so that surrogate pairs stay together.
        m_out += escaped.toUtf8();
    }

    QByteArray m_out;
    QList<int> m_counts; // values written so far in each open container
    bool m_afterKey = false;
};

} // namespace

int deploymentFormatVersionFor(const DeploymentData& data)
{
    const bool networks =
        std::any_of(data.zones.cbegin(), data.zones.cend(), [](const Zone& zone) { return !zone.networks.isEmpty(); });
    return networks || !data.firewalls.isEmpty() ? 2 : 1;
}

QByteArray DeploymentWriter::toJson(const DeploymentData& data) const
{
    JsonWriter json;
    json.beginObject();
    json.field("format", deploymentFormatName());
    json.field("version", deploymentFormatVersionFor(data));
    json.field("name", data.name);
    if (!data.description.isEmpty())
        json.field("description", data.description);
    json.field("exchangeVersion", data.exchangeVersion);

    json.key("zones");
    json.beginArray();
    for (const Zone& zone : data.zones) {
        json.beginObject();
        json.field("id", zone.id);
        json.field("name", zone.name);
        json.field("kind", zone.kind);
        if (!zone.colour.isEmpty())
            json.field("colour", zone.colour);
        json.field("implicitActors", zone.implicitActors);
        if (!zone.networks.isEmpty()) {
            QStringList networks;
            for (const IpNetwork& network : zone.networks)
                networks.append(network.toCidr());
            json.key("networks");
            json.inlineArray(networks);
        }
        json.endObject();
    }
    json.endArray();

    json.key("servers");
    json.beginArray();
    for (const Server& server : data.servers) {
        json.beginObject();
        json.field("id", server.id);
        json.field("name", server.name);
        json.field("zone", server.zone);
        json.key("roles");
        json.inlineArray(server.roles);
        if (!server.host.isEmpty())
            json.field("host", server.host);
        if (!server.version.isEmpty())
            json.field("version", server.version);
        if (const auto& range = server.dynamicRpcRange)
            json.field("dynamicRpcRange", rangeText(*range));
        for (const QString& flag : server.flags)
            json.field(flag.toLatin1().constData(), true);
        json.endObject();
    }
    json.endArray();

    if (!data.firewalls.isEmpty()) {
        json.key("firewalls");
        json.beginArray();
        for (const Firewall& firewall : data.firewalls) {
            json.beginObject();
            json.field("id", firewall.id);
            json.field("name", firewall.name);
            if (!firewall.localZone.isEmpty())
                json.field("local", firewall.localZone);
            json.key("interfaces");
            json.beginObject();
            for (const FirewallInterface& leg : firewall.interfaces)
                json.field(leg.zone, leg.name);
            json.endObject();
            json.endObject();
        }
        json.endArray();
    }

    const DeploymentOptions& options = data.options;
    json.key("options");
    json.beginObject();
    for (const QString& flag : DeploymentOptions::flagNames())
        json.field(flag.toLatin1().constData(), options.isOn(flag));
    for (const ChoiceOption& choice : DeploymentOptions::choiceOptions())
        json.field(choice.name.toLatin1().constData(), options.choice(choice.name));
    json.key("staticRpc");
    json.beginObject();
    json.field("enabled", options.staticRpc.enabled);
    json.field("rpcClientAccessPort", options.staticRpc.rpcClientAccessPort);
    json.field("addressBookPort", options.staticRpc.addressBookPort);
    json.endObject();
    json.key("dag");
    json.beginObject();
    json.field("enabled", options.dag.enabled);
    json.field("replicationPort", options.dag.replicationPort);
    json.endObject();
    // Always "first-last", even for one port, so the key has one spelling.
    if (const auto& range = options.dynamicRpcRange)
        json.field("dynamicRpcRange", QString::number(range->first) + u'-' + QString::number(range->last));
    json.field("umRtpRange",
               QString::number(options.umRtpRange.first) + u'-' + QString::number(options.umRtpRange.last));
    json.endObject();

    json.endObject();
    return json.result() + '\n';
}

bool DeploymentWriter::write(const DeploymentData& data, QIODevice* device)
{
    m_errorString.clear();
    return CheckedWrite::write(device, toJson(data), &m_errorString);
}

bool DeploymentWriter::writeFile(const DeploymentData& data, const QString& path)
{
    m_errorString.clear();
    QString reason;
    if (!CheckedWrite::replaceFile(path, toJson(data), &reason))
        m_errorString = tr("cannot save \"%1\": %2").arg(QDir::toNativeSeparators(path), reason);
    return m_errorString.isEmpty();
}
