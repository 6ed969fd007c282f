#include "model/jsonfieldreader.h"

#include <cmath>
#include <limits>

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

QString JsonFieldReader::keyPlace(const QString& place, const QString& key)
{
    return place.isEmpty() ? key : place + u'.' + key;
}

QString JsonFieldReader::quoted(const QString& text)
{
    return u'"' + text + u'"';
}

std::optional<int> JsonFieldReader::toInteger(const QJsonValue& value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (std::floor(number) != number || number < double(std::numeric_limits<int>::min()) ||
        number > double(std::numeric_limits<int>::max()))
        return std::nullopt;
    return int(number);
}

bool JsonFieldReader::fail(const QString& place, const QString& problem)
{
    m_error = place.isEmpty() ? problem : place + QStringLiteral(": ") + problem;
    return false;
}

bool JsonFieldReader::failMissing(const QString& place, const QString& key)
{
    return fail(keyPlace(place, key), tr("required key is missing"));
}

bool JsonFieldReader::optionalString(const QJsonObject& object, const QString& key, const QString& place, QString* out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return true;
    if (!value.isString())
        return fail(keyPlace(place, key), tr("expected a string"));
    *out = value.toString();
    return true;
}

bool JsonFieldReader::optionalBool(const QJsonObject& object, const QString& key, const QString& place, bool* out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return true;
    if (!value.isBool())
        return fail(keyPlace(place, key), tr("expected true or false"));
    *out = value.toBool();
    return true;
}

bool JsonFieldReader::requiredArray(const QJsonObject& object, const QString& key, const QString& place,
                                    QJsonArray* out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return failMissing(place, key);
    if (!value.isArray())
        return fail(keyPlace(place, key), tr("expected an array"));
    *out = value.toArray();
    return true;
}
