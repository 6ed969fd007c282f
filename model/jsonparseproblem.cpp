#include "model/jsonparseproblem.h"

#include <algorithm>

#include <QByteArray>
#include <QJsonParseError>

namespace {

// Where the string that never closes begins: the last quote outside any string, escapes respected.
qsizetype openingQuoteOfUnterminatedString(const QByteArray& json)
{
    qsizetype opening = json.size();
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (inString && c == '\\') {
            ++i;
        } else if (c == '"') {
            inString = !inString;
            if (inString)
                opening = i;
        }
    }
    return inString ? opening : json.size();
}

bool isDigit(const QByteArray& json, qsizetype i)
{
    return i < json.size() && json.at(i) >= '0' && json.at(i) <= '9';
}

struct LaxSpot
{
    qsizetype offset;
    const char* problem;
};

// The first place where JSON that QJsonDocument accepted breaks RFC 8259, or nothing. Outside strings every digit
// and '-' begins a number (keys are strings, true/false/null have none), so numbers are checked token by token
// against -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?.
std::optional<LaxSpot> laxSpot(const QByteArray& json)
{
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const auto c = uchar(json.at(i));
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            else if (c < 0x20)
                return LaxSpot{i, QT_TRANSLATE_NOOP("JsonParseProblem",
                                                    "control character in a string: write it as an escape, e.g. \\n")};
            continue;
        }
        if (c == '"') {
            inString = true;
            continue;
        }
        if (c != '-' && !isDigit(json, i))
            continue;
        qsizetype j = c == '-' ? i + 1 : i;
        if (json.at(j) == '0' && isDigit(json, j + 1))
            return LaxSpot{j, QT_TRANSLATE_NOOP("JsonParseProblem", "a number must not start with 0")};
        while (isDigit(json, j))
            ++j;
        if (j < json.size() && json.at(j) == '.') {
            if (!isDigit(json, j + 1))
                return LaxSpot{j, QT_TRANSLATE_NOOP("JsonParseProblem", "a digit must follow the decimal point")};
            for (++j; isDigit(json, j);)
                ++j;
        }
        if (j < json.size() && (json.at(j) == 'e' || json.at(j) == 'E')) {
            const qsizetype exponent = j;
            if (j + 1 < json.size() && (json.at(j + 1) == '+' || json.at(j + 1) == '-'))
                ++j;
            if (!isDigit(json, j + 1))
                return LaxSpot{exponent, QT_TRANSLATE_NOOP("JsonParseProblem", "the exponent has no digits")};
            for (++j; isDigit(json, j);)
                ++j;
        }
        i = j - 1;
    }
    return std::nullopt;
}

} // namespace

std::optional<QJsonDocument> JsonParseProblem::parse(const QByteArray& json, std::optional<JsonParseProblem>* problem)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    const bool refused = error.error != QJsonParseError::NoError;
    // A lax spot up to where Qt gave up is the first problem, and says better what it is: Qt reads "01" as 0 and
    // then misses a comma. Not in a string that never ends: its line break is no control character to escape.
    const std::optional<LaxSpot> spot = laxSpot(json);
    if (spot && (!refused || (error.error != QJsonParseError::UnterminatedString && spot->offset <= error.offset))) {
        problem->emplace(JsonParseProblem(json, spot->offset, tr(spot->problem)));
        return std::nullopt;
    }
    if (refused) {
        problem->emplace(json, error);
        return std::nullopt;
    }
    problem->reset();
    return document;
}

JsonParseProblem::JsonParseProblem(const QByteArray& json, qsizetype offset, const QString& problem)
    : m_problem(problem)
{
    locate(json, offset);
}

JsonParseProblem::JsonParseProblem(const QByteArray& json, const QJsonParseError& error)
{
    if (json.trimmed().isEmpty()) {
        m_problem = tr("the file is empty");
        return;
    }

    // Qt's own texts ("unterminated object") describe the parser, not what the user has to fix.
    static const struct
    {
        QJsonParseError::ParseError error;
        const char* text;
    } problems[] = {
        {QJsonParseError::UnterminatedObject, QT_TRANSLATE_NOOP("JsonParseProblem", "missing comma or closing '}'")},
        {QJsonParseError::MissingNameSeparator, QT_TRANSLATE_NOOP("JsonParseProblem", "missing colon after a key")},
        {QJsonParseError::UnterminatedArray, QT_TRANSLATE_NOOP("JsonParseProblem", "missing comma or closing ']'")},
        {QJsonParseError::MissingValueSeparator, QT_TRANSLATE_NOOP("JsonParseProblem", "missing comma")},
        {QJsonParseError::IllegalValue, QT_TRANSLATE_NOOP("JsonParseProblem", "invalid value")},
        {QJsonParseError::TerminationByNumber, QT_TRANSLATE_NOOP("JsonParseProblem", "unexpected end of the file")},
        {QJsonParseError::IllegalNumber, QT_TRANSLATE_NOOP("JsonParseProblem", "invalid number")},
        {QJsonParseError::IllegalEscapeSequence, QT_TRANSLATE_NOOP("JsonParseProblem", "invalid escape sequence")},
        {QJsonParseError::IllegalUTF8String, QT_TRANSLATE_NOOP("JsonParseProblem", "invalid UTF-8 text")},
        {QJsonParseError::UnterminatedString, QT_TRANSLATE_NOOP("JsonParseProblem", "unterminated string")},
        {QJsonParseError::MissingObject, QT_TRANSLATE_NOOP("JsonParseProblem", "missing value")},
        {QJsonParseError::DeepNesting, QT_TRANSLATE_NOOP("JsonParseProblem", "nested too deeply")},
        {QJsonParseError::DocumentTooLarge, QT_TRANSLATE_NOOP("JsonParseProblem", "the file is too large")},
        {QJsonParseError::GarbageAtEnd,
         QT_TRANSLATE_NOOP("JsonParseProblem", "unexpected text after the end of the document")},
    };
    m_problem = error.errorString();
    for (const auto& entry : problems) {
        if (entry.error == error.error)
            m_problem = tr(entry.text);
    }

    qsizetype offset = std::clamp<qsizetype>(error.offset, 0, json.size());
    switch (error.error) {
    case QJsonParseError::UnterminatedObject:
    case QJsonParseError::UnterminatedArray:
    case QJsonParseError::MissingValueSeparator:
    case QJsonParseError::MissingNameSeparator:
    case QJsonParseError::IllegalValue:
    case QJsonParseError::MissingObject:
        // Qt reports these just after the character it choked on; point at that character.
        offset = std::max<qsizetype>(0, offset - 1);
        break;
    case QJsonParseError::UnterminatedString:
        // Qt reports the end of the file; where the string opened is what the user must look at.
        offset = openingQuoteOfUnterminatedString(json);
        break;
    default:
        break;
    }
    locate(json, offset);
}

void JsonParseProblem::locate(const QByteArray& json, qsizetype offset)
{
    m_line = 1;
    m_column = 1;
    for (qsizetype i = 0; i < offset; ++i) {
        const char byte = json.at(i);
        if (byte == '\n') {
            ++m_line;
            m_column = 1;
        } else if ((byte & 0xC0) != 0x80) { // count characters, not UTF-8 continuation bytes
            ++m_column;
        }
    }
    m_place = tr("line %1, column %2").arg(m_line).arg(m_column);
}
