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

QList<RegistrySetting> load(const QString& path, const QString& option)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<RegistrySetting> settings;
    for (const QJsonValue& value : QJsonDocument::fromJson(file.readAll()).object().value(option).toArray()) {
        const QJsonObject object = value.toObject();
        settings.append({object.value(u"service").toString(), object.value(u"key").toString(),
                         object.value(u"valueName").toString(), object.value(u"type").toString(),
                         object.value(u"port").toString(), object.value(u"appliesTo").toString(),
                         strings(object.value(u"roles")), object.value(u"note").toString(),
                         strings(object.value(u"references"))});
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
