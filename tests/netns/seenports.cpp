#include "tests/netns/seenports.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QList<SeenPort> seenPorts(const QString& json, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &parseError);
    if (!document.isObject() || !document.object().value(u"results").isArray()) {
        *error = QStringLiteral("not a results document (%1): %2").arg(parseError.errorString(), json.left(300));
        return {};
    }
    QList<SeenPort> seen;
    const QJsonArray results = document.object().value(u"results").toArray();
    for (const QJsonValue& value : results) {
        const QJsonObject entry = value.toObject();
        seen.append({entry.value(u"server").toString(), entry.value(u"host").toString(),
                     entry.value(u"protocol").toString(), entry.value(u"port").toInt(),
                     entry.value(u"state").toString(), entry.value(u"verified").toBool(),
                     entry.value(u"banner").toString(), entry.value(u"error").toString()});
    }
    return seen;
}
