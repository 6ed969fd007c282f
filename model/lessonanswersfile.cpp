#include "model/lessonanswersfile.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "model/checkedwrite.h"
#include "model/jsonfieldreader.h"
#include "model/jsonparseproblem.h"
#include "model/lesson.h"
#include "model/userfile.h"

namespace {

class AnswersParser final : public JsonFieldReader
{
    Q_DECLARE_TR_FUNCTIONS(LessonAnswersReader)

public:
    explicit AnswersParser(const Lesson& lesson)
        : m_lesson(lesson)
    {}

    std::optional<LessonAnswers> parse(const QByteArray& json);

private:
    bool checkKeys(const QJsonObject& object, const QStringList& allowed, const QString& place);
    bool readHeader(const QJsonObject& root, LessonAnswers* answers);
    bool readTaskAnswer(const LessonTask& task, const QJsonValue& value, const QString& place, TaskAnswer* answer);
    bool readRules(const QJsonArray& lines, const QString& place, TaskAnswer* answer);
    bool readServerPorts(const QJsonArray& lines, const QString& place, TaskAnswer* answer);
    bool readPlacements(const LessonTask& task, const QJsonObject& placements, const QString& place,
                        TaskAnswer* answer);
    bool readProtocol(const QJsonObject& line, const QString& place, Protocol* out);
    bool readPorts(const QJsonObject& line, const QString& place, QString* out);
    bool readZone(const QJsonValue& value, const QString& place, QString* out);

    const Lesson& m_lesson;
};

bool AnswersParser::checkKeys(const QJsonObject& object, const QStringList& allowed, const QString& place)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!allowed.contains(it.key()))
            return fail(place, tr("unknown key \"%1\" (known: %2)").arg(it.key(), allowed.join(QStringLiteral(", "))));
    }
    return true;
}

std::optional<LessonAnswers> AnswersParser::parse(const QByteArray& json)
{
    std::optional<JsonParseProblem> problem;
    const std::optional<QJsonDocument> document = JsonParseProblem::parse(json, &problem);
    if (!document) {
        fail(problem->place(), problem->problem());
        return std::nullopt;
    }
    if (!document->isObject()) {
        fail({}, tr("not a Portolan answer file: the top level is not a JSON object"));
        return std::nullopt;
    }
    const QJsonObject root = document->object();
    LessonAnswers answers;
    if (!readHeader(root, &answers))
        return std::nullopt;
    const QJsonValue value = root.value(QStringLiteral("answers"));
    if (value.isUndefined()) {
        failMissing({}, QStringLiteral("answers"));
        return std::nullopt;
    }
    if (!value.isObject()) {
        fail(QStringLiteral("answers"), tr("expected an object with an answer per task id"));
        return std::nullopt;
    }
    const QJsonObject byTask = value.toObject();
    for (auto it = byTask.constBegin(); it != byTask.constEnd(); ++it) {
        const QString place = QStringLiteral("answers.") + it.key();
        const LessonTask* task = m_lesson.task(it.key());
        if (!task) {
            fail(place, tr("no task \"%1\" in the lesson").arg(it.key()));
            return std::nullopt;
        }
        TaskAnswer answer;
        if (!readTaskAnswer(*task, it.value(), place, &answer))
            return std::nullopt;
        answers.answers.insert(task->id, answer);
    }
    return answers;
}

bool AnswersParser::readHeader(const QJsonObject& root, LessonAnswers* answers)
{
    const QJsonValue format = root.value(QStringLiteral("format"));
    if (format.isUndefined())
        return fail(QStringLiteral("format"), tr("required key is missing; is this a Portolan answer file?"));
    if (format.toString() != lessonAnswersFormatName())
        return fail(QStringLiteral("format"),
                    tr("expected \"%1\"; this is not a Portolan answer file").arg(lessonAnswersFormatName()));
    const QJsonValue versionValue = root.value(QStringLiteral("version"));
    if (versionValue.isUndefined())
        return failMissing({}, QStringLiteral("version"));
    const auto version = toInteger(versionValue);
    if (!version)
        return fail(QStringLiteral("version"), tr("expected an integer"));
    if (*version > LessonAnswersFormatVersion)
        return fail({}, tr("this answer file uses format version %1, newer than this Portolan (%2)")
                            .arg(*version)
                            .arg(LessonAnswersFormatVersion));
    if (*version < 1)
        return fail(QStringLiteral("version"), tr("unsupported format version %1").arg(*version));
    if (!checkKeys(root,
                   {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("lesson"),
                    QStringLiteral("learner"), QStringLiteral("attempts"), QStringLiteral("answers")},
                   {}))
        return false;
    const QJsonValue lesson = root.value(QStringLiteral("lesson"));
    if (lesson.isUndefined())
        return failMissing({}, QStringLiteral("lesson"));
    if (!lesson.isString())
        return fail(QStringLiteral("lesson"), tr("expected a string"));
    answers->lesson = lesson.toString();
    if (answers->lesson != m_lesson.id)
        return fail(QStringLiteral("lesson"),
                    tr("these are answers to the lesson \"%1\", not to \"%2\"").arg(answers->lesson, m_lesson.id));
    if (!optionalString(root, QStringLiteral("learner"), {}, &answers->learner))
        return false;
    const QJsonValue attempts = root.value(QStringLiteral("attempts"));
    if (!attempts.isUndefined()) {
        const auto number = toInteger(attempts);
        if (!number || *number < 0)
            return fail(QStringLiteral("attempts"), tr("expected a whole number from 0"));
        answers->attempts = *number;
    }
    return true;
}

bool AnswersParser::readTaskAnswer(const LessonTask& task, const QJsonValue& value, const QString& place,
                                   TaskAnswer* answer)
{
    if (!value.isObject())
        return fail(place, tr("expected an object"));
    const QJsonObject object = value.toObject();
    switch (task.kind) {
    // An absent list is a task not answered yet.
    case LessonTask::Kind::FirewallRules: {
        QJsonArray lines;
        return checkKeys(object, {QStringLiteral("rules")}, place) &&
               (!object.contains(QStringLiteral("rules")) ||
                (requiredArray(object, QStringLiteral("rules"), place, &lines) &&
                 readRules(lines, keyPlace(place, QStringLiteral("rules")), answer)));
    }
    case LessonTask::Kind::ServerPorts: {
        QJsonArray lines;
        return checkKeys(object, {QStringLiteral("ports")}, place) &&
               (!object.contains(QStringLiteral("ports")) ||
                (requiredArray(object, QStringLiteral("ports"), place, &lines) &&
                 readServerPorts(lines, keyPlace(place, QStringLiteral("ports")), answer)));
    }
    case LessonTask::Kind::PlaceRoles: {
        if (!checkKeys(object, {QStringLiteral("placements")}, place))
            return false;
        const QJsonValue placements = object.value(QStringLiteral("placements"));
        if (placements.isUndefined())
            return true;
        if (!placements.isObject())
            return fail(keyPlace(place, QStringLiteral("placements")), tr("expected an object: role id → zone id"));
        return readPlacements(task, placements.toObject(), keyPlace(place, QStringLiteral("placements")), answer);
    }
    }
    return true;
}

bool AnswersParser::readProtocol(const QJsonObject& line, const QString& place, Protocol* out)
{
    const QJsonValue value = line.value(QStringLiteral("protocol"));
    if (value.isUndefined())
        return failMissing(place, QStringLiteral("protocol"));
    const auto protocol = protocolFromId(value.toString());
    if (!value.isString() || !protocol)
        return fail(keyPlace(place, QStringLiteral("protocol")), tr("expected \"tcp\" or \"udp\""));
    *out = *protocol;
    return true;
}

bool AnswersParser::readPorts(const QJsonObject& line, const QString& place, QString* out)
{
    const QJsonValue value = line.value(QStringLiteral("ports"));
    if (value.isUndefined())
        return failMissing(place, QStringLiteral("ports"));
    if (!value.isString() || !LessonAnswers::isValidPorts(value.toString()))
        return fail(keyPlace(place, QStringLiteral("ports")),
                    tr("expected ports such as \"25\", \"6001-6004\" or \"6001,6002,6004\" (1-65535), or \"%1\" "
                       "for the dynamic RPC range")
                        .arg(LessonAnswers::dynamicKeyword()));
    *out = value.toString().trimmed();
    return true;
}

bool AnswersParser::readZone(const QJsonValue& value, const QString& place, QString* out)
{
    if (!value.isString())
        return fail(place, tr("expected a zone id"));
    if (!m_lesson.deployment.zone(value.toString()))
        return fail(place, tr("no zone \"%1\" in the lesson's deployment").arg(value.toString()));
    *out = value.toString();
    return true;
}

bool AnswersParser::readRules(const QJsonArray& lines, const QString& place, TaskAnswer* answer)
{
    for (int i = 0; i < lines.size(); ++i) {
        const QString linePlace = place + QStringLiteral("[%1]").arg(i);
        if (!lines.at(i).isObject())
            return fail(linePlace, tr("expected an object"));
        const QJsonObject line = lines.at(i).toObject();
        AnswerRule rule;
        if (!checkKeys(
                line,
                {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("protocol"), QStringLiteral("ports")},
                linePlace))
            return false;
        for (const QString& key : {QStringLiteral("from"), QStringLiteral("to")}) {
            if (!line.contains(key))
                return failMissing(linePlace, key);
        }
        if (!readZone(line.value(QStringLiteral("from")), keyPlace(linePlace, QStringLiteral("from")), &rule.from) ||
            !readZone(line.value(QStringLiteral("to")), keyPlace(linePlace, QStringLiteral("to")), &rule.to) ||
            !readProtocol(line, linePlace, &rule.protocol) || !readPorts(line, linePlace, &rule.ports))
            return false;
        answer->rules.append(rule);
    }
    return true;
}

bool AnswersParser::readServerPorts(const QJsonArray& lines, const QString& place, TaskAnswer* answer)
{
    for (int i = 0; i < lines.size(); ++i) {
        const QString linePlace = place + QStringLiteral("[%1]").arg(i);
        if (!lines.at(i).isObject())
            return fail(linePlace, tr("expected an object"));
        const QJsonObject line = lines.at(i).toObject();
        AnswerServerPorts ports;
        QJsonArray zones;
        if (!checkKeys(line, {QStringLiteral("protocol"), QStringLiteral("ports"), QStringLiteral("from")},
                       linePlace) ||
            !readProtocol(line, linePlace, &ports.protocol) || !readPorts(line, linePlace, &ports.ports) ||
            !requiredArray(line, QStringLiteral("from"), linePlace, &zones))
            return false;
        for (int z = 0; z < zones.size(); ++z) {
            QString zone;
            if (!readZone(zones.at(z), keyPlace(linePlace, QStringLiteral("from")) + QStringLiteral("[%1]").arg(z),
                          &zone))
                return false;
            ports.fromZones.append(zone);
        }
        answer->serverPorts.append(ports);
    }
    return true;
}

bool AnswersParser::readPlacements(const LessonTask& task, const QJsonObject& placements, const QString& place,
                                   TaskAnswer* answer)
{
    for (auto it = placements.constBegin(); it != placements.constEnd(); ++it) {
        if (!task.roles.contains(it.key()))
            return fail(place, tr("the task does not ask to place \"%1\" (it asks for: %2)")
                                   .arg(it.key(), task.roles.join(QStringLiteral(", "))));
        QString zone;
        if (!readZone(it.value(), keyPlace(place, it.key()), &zone))
            return false;
        answer->placements.insert(it.key(), zone);
    }
    return true;
}

} // namespace

LessonAnswersReader::LessonAnswersReader(const Lesson& lesson)
    : m_lesson(lesson)
{}

std::optional<LessonAnswers> LessonAnswersReader::read(const QByteArray& json)
{
    AnswersParser parser(m_lesson);
    auto answers = parser.parse(json);
    m_errorString = answers ? QString() : parser.error();
    return answers;
}

std::optional<LessonAnswers> LessonAnswersReader::readFile(const QString& path)
{
    const std::optional<QByteArray> json = UserFile::read(path, UserFileKind::LessonAnswers, &m_errorString);
    return json ? read(*json) : std::nullopt;
}

QByteArray LessonAnswersWriter::toJson(const LessonAnswers& answers) const
{
    QJsonObject byTask;
    for (auto it = answers.answers.cbegin(); it != answers.answers.cend(); ++it) {
        const TaskAnswer& answer = it.value();
        QJsonObject object;
        if (!answer.rules.isEmpty()) {
            QJsonArray lines;
            for (const AnswerRule& rule : answer.rules)
                lines.append(QJsonObject{{QStringLiteral("from"), rule.from},
                                         {QStringLiteral("to"), rule.to},
                                         {QStringLiteral("protocol"), protocolId(rule.protocol)},
                                         {QStringLiteral("ports"), rule.ports}});
            object.insert(QStringLiteral("rules"), lines);
        }
        if (!answer.serverPorts.isEmpty()) {
            QJsonArray lines;
            for (const AnswerServerPorts& ports : answer.serverPorts)
                lines.append(QJsonObject{{QStringLiteral("protocol"), protocolId(ports.protocol)},
                                         {QStringLiteral("ports"), ports.ports},
                                         {QStringLiteral("from"), QJsonArray::fromStringList(ports.fromZones)}});
            object.insert(QStringLiteral("ports"), lines);
        }
        if (!answer.placements.isEmpty()) {
            QJsonObject placements;
            for (auto placement = answer.placements.cbegin(); placement != answer.placements.cend(); ++placement)
                placements.insert(placement.key(), placement.value());
            object.insert(QStringLiteral("placements"), placements);
        }
        byTask.insert(it.key(), object);
    }
    QJsonObject root{{QStringLiteral("format"), lessonAnswersFormatName()},
                     {QStringLiteral("version"), LessonAnswersFormatVersion},
                     {QStringLiteral("lesson"), answers.lesson},
                     {QStringLiteral("attempts"), answers.attempts},
                     {QStringLiteral("answers"), byTask}};
    if (!answers.learner.isEmpty())
        root.insert(QStringLiteral("learner"), answers.learner);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool LessonAnswersWriter::writeFile(const LessonAnswers& answers, const QString& path)
{
    m_errorString.clear();
    QString reason;
    if (!CheckedWrite::replaceFile(path, toJson(answers), &reason))
        m_errorString = tr("cannot save \"%1\": %2").arg(QDir::toNativeSeparators(path), reason);
    return m_errorString.isEmpty();
}
