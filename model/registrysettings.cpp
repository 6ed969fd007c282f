#include "model/registrysettings.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "model/deploymentoptions.h"

namespace {

QStringList strings(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& item : value.toArray())
        list.append(item.toString());
    return list;
}

RegistryRestart restartFrom(const QJsonObject& object)
{
    return {object.value(u"service").toString(), object.value(u"displayName").toString(),
            strings(object.value(u"sources")), object.value(u"note").toString()};
}

QList<RegistrySetting> load(const QString& path, const QString& option)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<RegistrySetting> settings;
    for (const QJsonValue& value : QJsonDocument::fromJson(file.readAll()).object().value(option).toArray()) {
        const QJsonObject object = value.toObject();
        RegistrySetting setting;
        setting.service = object.value(u"service").toString();
        setting.key = object.value(u"key").toString();
        setting.valueName = object.value(u"valueName").toString();
        setting.type = object.value(u"type").toString();
        setting.port = object.value(u"port").toString();
        setting.versions = strings(object.value(u"versions"));
        setting.roles = strings(object.value(u"roles"));
        setting.appliesTo = object.value(u"appliesTo").toString();
        setting.restart = restartFrom(object.value(u"restart").toObject());
        setting.confirmed = object.value(u"confidence").toString() != u"unconfirmed";
        setting.note = object.value(u"note").toString();
        setting.references = strings(object.value(u"references"));
        settings.append(setting);
    }
    return settings;
}

} // namespace

int RegistrySetting::portIn(const StaticRpcOptions& options) const
{
    return port == u"addressBookPort" ? options.addressBookPort : options.rpcClientAccessPort;
}

const QList<RegistrySetting>& RegistrySettings::staticRpc()
{
    static const QList<RegistrySetting> settings =
        load(QStringLiteral(":/catalog/registry.json"), QStringLiteral("staticRpc"));
    return settings;
}
