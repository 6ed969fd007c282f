#include "model/lessonfile.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include "model/checkedwrite.h"
#include "model/deploymentfile.h"
#include "model/jsonfieldreader.h"
#include "model/jsonparseproblem.h"
#include "model/portcatalog.h"
#include "model/userfile.h"

namespace {

// A string as JSON writes it, quotes and escapes included.
QByteArray jsonString(const QString& text)
{
    return QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact).chopped(1).mid(1);
}

class LessonParser final : public JsonFieldReader
{
    Q_DECLARE_TR_FUNCTIONS(LessonReader)

public:
    explicit LessonParser(const PortCatalog& catalog)
        : m_catalog(catalog)
    {}

    std::optional<Lesson> parse(const QByteArray& json);

private:
    bool checkKeys(const QJsonObject& object, const QStringList& allowed, const QString& place);
    bool requiredText(const QJsonObject& object, const QString& key, const QString& place, QString* out);
    bool readHeader(const QJsonObject& root, Lesson* lesson);
    bool readDeployment(const QJsonObject& root, Lesson* lesson);
    bool readTasks(const QJsonObject& root, Lesson* lesson);
    bool readTask(const QJsonObject& object, const QString& place, const DeploymentData& deployment, LessonTask* task);
    bool zoneReference(const QJsonObject& object, const QString& key, const QString& place,
                       const DeploymentData& deployment, QString* out);

    const PortCatalog& m_catalog;
};

bool LessonParser::checkKeys(const QJsonObject& object, const QStringList& allowed, const QString& place)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!allowed.contains(it.key()))
            return fail(place, tr("unknown key \"%1\" (known: %2)").arg(it.key(), allowed.join(QStringLiteral(", "))));
    }
    return true;
}

bool LessonParser::requiredText(const QJsonObject& object, const QString& key, const QString& place, QString* out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return failMissing(place, key);
    if (!value.isString())
        return fail(keyPlace(place, key), tr("expected a string"));
    if (value.toString().trimmed().isEmpty())
        return fail(keyPlace(place, key), tr("must not be empty"));
    *out = value.toString();
    return true;
}

std::optional<Lesson> LessonParser::parse(const QByteArray& json)
{
    std::optional<JsonParseProblem> problem;
    const std::optional<QJsonDocument> document = JsonParseProblem::parse(json, &problem);
    if (!document) {
        fail(problem->place(), problem->problem());
        return std::nullopt;
    }
    if (!document->isObject()) {
        fail({}, tr("not a Portolan lesson: the top level is not a JSON object"));
        return std::nullopt;
    }
    const QJsonObject root = document->object();
    Lesson lesson;
    if (!readHeader(root, &lesson) || !readDeployment(root, &lesson) || !readTasks(root, &lesson))
        return std::nullopt;
    return lesson;
}

bool LessonParser::readHeader(const QJsonObject& root, Lesson* lesson)
{
    const QJsonValue format = root.value(QStringLiteral("format"));
    if (format.isUndefined())
        return fail(QStringLiteral("format"), tr("required key is missing; is this a Portolan lesson?"));
    if (format.toString() != lessonFormatName())
        return fail(QStringLiteral("format"),
                    tr("expected \"%1\"; this is not a Portolan lesson").arg(lessonFormatName()));
    const QJsonValue versionValue = root.value(QStringLiteral("version"));
    if (versionValue.isUndefined())
        return failMissing({}, QStringLiteral("version"));
    const auto version = toInteger(versionValue);
    if (!version)
        return fail(QStringLiteral("version"), tr("expected an integer"));
    if (*version > LessonFormatVersion)
        return fail({}, tr("this lesson uses format version %1, newer than this Portolan (%2); open it with a newer "
                           "Portolan")
                            .arg(*version)
                            .arg(LessonFormatVersion));
    if (*version < 1)
        return fail(QStringLiteral("version"), tr("unsupported format version %1").arg(*version));
    if (!checkKeys(root,
                   {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("id"), QStringLiteral("level"),
                    QStringLiteral("title"), QStringLiteral("description"), QStringLiteral("instructions"),
                    QStringLiteral("deployment"), QStringLiteral("tasks")},
                   {}) ||
        !requiredText(root, QStringLiteral("id"), {}, &lesson->id) ||
        !requiredText(root, QStringLiteral("title"), {}, &lesson->title) ||
        !requiredText(root, QStringLiteral("description"), {}, &lesson->description) ||
        !optionalString(root, QStringLiteral("instructions"), {}, &lesson->instructions))
        return false;
    const QJsonValue level = root.value(QStringLiteral("level"));
    if (!level.isUndefined()) {
        const auto number = toInteger(level);
        if (!number || *number < 1)
            return fail(QStringLiteral("level"), tr("expected a whole number from 1"));
        lesson->level = *number;
    }
    return true;
}

bool LessonParser::readDeployment(const QJsonObject& root, Lesson* lesson)
{
    const QJsonValue value = root.value(QStringLiteral("deployment"));
    if (value.isUndefined())
        return failMissing({}, QStringLiteral("deployment"));
    if (!value.isObject())
        return fail(QStringLiteral("deployment"), tr("expected the object of a .portolan file"));
    DeploymentReader reader(m_catalog);
    const auto deployment = reader.read(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (!deployment) {
        // The deployment reader's places start with one of its top-level keys; a message without a place does not.
        const QString error = reader.errorString();
        static const QStringList topKeys = {
            QStringLiteral("format"),      QStringLiteral("version"),         QStringLiteral("name"),
            QStringLiteral("description"), QStringLiteral("exchangeVersion"), QStringLiteral("zones"),
            QStringLiteral("servers"),     QStringLiteral("options")};
        for (const QString& key : topKeys) {
            if (error.startsWith(key) && error.size() > key.size() &&
                QStringLiteral(".[: ").contains(error.at(key.size())))
                return fail({}, QStringLiteral("deployment.") + error);
        }
        return fail(QStringLiteral("deployment"), error);
    }
    lesson->deployment = *deployment;
    return true;
}

bool LessonParser::readTasks(const QJsonObject& root, Lesson* lesson)
{
    QJsonArray tasks;
    if (!requiredArray(root, QStringLiteral("tasks"), {}, &tasks))
        return false;
    if (tasks.isEmpty())
        return fail(QStringLiteral("tasks"), tr("a lesson needs at least one task"));
    QSet<QString> ids;
    for (int i = 0; i < tasks.size(); ++i) {
        const QString place = QStringLiteral("tasks[%1]").arg(i);
        if (!tasks.at(i).isObject())
            return fail(place, tr("expected an object"));
        LessonTask task;
        if (!readTask(tasks.at(i).toObject(), place, lesson->deployment, &task))
            return false;
        if (ids.contains(task.id))
            return fail(keyPlace(place, QStringLiteral("id")), tr("duplicate task id \"%1\"").arg(task.id));
        ids.insert(task.id);
        lesson->tasks.append(task);
    }
    return true;
}

bool LessonParser::zoneReference(const QJsonObject& object, const QString& key, const QString& place,
                                 const DeploymentData& deployment, QString* out)
{
    if (!requiredText(object, key, place, out))
        return false;
    if (!deployment.zone(*out))
        return fail(keyPlace(place, key), tr("no zone \"%1\" in the deployment").arg(*out));
    return true;
}

bool LessonParser::readTask(const QJsonObject& object, const QString& place, const DeploymentData& deployment,
                            LessonTask* task)
{
    QString kind;
    if (!requiredText(object, QStringLiteral("id"), place, &task->id) ||
        !requiredText(object, QStringLiteral("kind"), place, &kind))
        return false;
    const auto parsedKind = LessonTask::kindFromId(kind);
    if (!parsedKind)
        return fail(keyPlace(place, QStringLiteral("kind")),
                    tr("unknown task kind \"%1\" (known: firewall-rules, server-ports, place-roles)").arg(kind));
    task->kind = *parsedKind;
    QStringList keys = {QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("question")};
    switch (task->kind) {
    case LessonTask::Kind::FirewallRules:
        keys << QStringLiteral("from") << QStringLiteral("to") << QStringLiteral("bothDirections");
        break;
    case LessonTask::Kind::ServerPorts:
        keys << QStringLiteral("server");
        break;
    case LessonTask::Kind::PlaceRoles:
        keys << QStringLiteral("roles");
        break;
    }
    if (!checkKeys(object, keys, place) || !requiredText(object, QStringLiteral("question"), place, &task->question))
        return false;

    switch (task->kind) {
    case LessonTask::Kind::FirewallRules:
        if (!zoneReference(object, QStringLiteral("from"), place, deployment, &task->from) ||
            !zoneReference(object, QStringLiteral("to"), place, deployment, &task->to) ||
            !optionalBool(object, QStringLiteral("bothDirections"), place, &task->bothDirections))
            return false;
        if (task->from == task->to)
            return fail(keyPlace(place, QStringLiteral("to")), tr("the two sides of a firewall must be different "
                                                                  "zones"));
        return true;
    case LessonTask::Kind::ServerPorts:
        if (!requiredText(object, QStringLiteral("server"), place, &task->server))
            return false;
        if (!deployment.server(task->server))
            return fail(keyPlace(place, QStringLiteral("server")),
                        tr("no server \"%1\" in the deployment").arg(task->server));
        return true;
    case LessonTask::Kind::PlaceRoles: {
        QJsonArray roles;
        if (!requiredArray(object, QStringLiteral("roles"), place, &roles))
            return false;
        const QString rolesPlace = keyPlace(place, QStringLiteral("roles"));
        if (roles.isEmpty())
            return fail(rolesPlace, tr("name at least one role to place"));
        for (int i = 0; i < roles.size(); ++i) {
            const QString rolePlace = rolesPlace + QStringLiteral("[%1]").arg(i);
            const QString role = roles.at(i).toString();
            if (!roles.at(i).isString() || !m_catalog.role(role))
                return fail(rolePlace, tr("expected a role id of the catalog, found %1")
                                           .arg(QString::fromUtf8(
                                               QJsonDocument(QJsonArray{roles.at(i)}).toJson(QJsonDocument::Compact))));
            if (task->roles.contains(role))
                return fail(rolePlace, tr("duplicate role \"%1\"").arg(role));
            task->roles.append(role);
        }
        return true;
    }
    }
    return true;
}

} // namespace

LessonReader::LessonReader(const PortCatalog& catalog)
    : m_catalog(catalog)
{}

std::optional<Lesson> LessonReader::read(const QByteArray& json)
{
    LessonParser parser(m_catalog);
    auto lesson = parser.parse(json);
    m_errorString = lesson ? QString() : parser.error();
    return lesson;
}

std::optional<Lesson> LessonReader::readFile(const QString& path)
{
    const std::optional<QByteArray> json = UserFile::read(path, UserFileKind::Lesson, &m_errorString);
    return json ? read(*json) : std::nullopt;
}

// Written by hand rather than through QJsonObject, which sorts its keys: the file reads header, deployment, tasks.
QByteArray LessonWriter::toJson(const Lesson& lesson) const
{
    QByteArray out = "{\n";
    const auto field = [&out](const char* key, const QByteArray& value) {
        out += "    \"" + QByteArray(key) + "\": " + value + ",\n";
    };
    field("format", jsonString(lessonFormatName()));
    field("version", QByteArray::number(LessonFormatVersion));
    field("id", jsonString(lesson.id));
    field("level", QByteArray::number(lesson.level));
    field("title", jsonString(lesson.title));
    field("description", jsonString(lesson.description));
    if (!lesson.instructions.isEmpty())
        field("instructions", jsonString(lesson.instructions));
    QByteArray deployment = DeploymentWriter().toJson(lesson.deployment).trimmed();
    deployment.replace("\n", "\n    ");
    field("deployment", deployment);
    out += "    \"tasks\": [";
    for (int i = 0; i < lesson.tasks.size(); ++i) {
        const LessonTask& task = lesson.tasks.at(i);
        out += i == 0 ? "\n" : ",\n";
        out += "        {\"id\": " + jsonString(task.id) + ", \"kind\": " + jsonString(LessonTask::kindId(task.kind));
        switch (task.kind) {
        case LessonTask::Kind::FirewallRules:
            out += ", \"from\": " + jsonString(task.from) + ", \"to\": " + jsonString(task.to);
            if (!task.bothDirections)
                out += ", \"bothDirections\": false";
            break;
        case LessonTask::Kind::ServerPorts:
            out += ", \"server\": " + jsonString(task.server);
            break;
        case LessonTask::Kind::PlaceRoles:
            out +=
                ", \"roles\": " + QJsonDocument(QJsonArray::fromStringList(task.roles)).toJson(QJsonDocument::Compact);
            break;
        }
        out += ",\n         \"question\": " + jsonString(task.question) + '}';
    }
    out += "\n    ]\n}\n";
    return out;
}

bool LessonWriter::writeFile(const Lesson& lesson, const QString& path)
{
    m_errorString.clear();
    QString reason;
    if (!CheckedWrite::replaceFile(path, toJson(lesson), &reason))
        m_errorString = tr("cannot save \"%1\": %2").arg(QDir::toNativeSeparators(path), reason);
    return m_errorString.isEmpty();
}
