#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

class QJsonArray;
class QJsonObject;
class QJsonValue;

// What the JSON readers of Portolan's files (deployments, probe results) check of one member, each check failing with
// the place and the problem: "servers[2].zone: expected a string". A reader derives from it and adds its own checks.
class JsonFieldReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonFieldReader)

public:
    const QString& error() const { return m_error; }

    // "zones[1]" + "kind" → "zones[1].kind"; at the top level the key alone.
    static QString keyPlace(const QString& place, const QString& key);
    static QString quoted(const QString& text);
    // JSON numbers are doubles; an integer is one without a fraction that fits an int.
    static std::optional<int> toInteger(const QJsonValue& value);

protected:
    JsonFieldReader() = default;
    ~JsonFieldReader() = default;
    JsonFieldReader(const JsonFieldReader&) = default;
    JsonFieldReader& operator=(const JsonFieldReader&) = default;

    // Sets error() to "place: problem" (the problem alone at the top level) and returns false.
    bool fail(const QString& place, const QString& problem);
    bool failMissing(const QString& place, const QString& key);
    // Absent members leave *out as it is.
    bool optionalString(const QJsonObject& object, const QString& key, const QString& place, QString* out);
    bool optionalBool(const QJsonObject& object, const QString& key, const QString& place, bool* out);
    bool requiredArray(const QJsonObject& object, const QString& key, const QString& place, QJsonArray* out);

private:
    QString m_error;
};
