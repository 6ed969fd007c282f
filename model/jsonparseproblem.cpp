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

} // namespace

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
