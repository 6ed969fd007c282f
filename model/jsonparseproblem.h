#pragma once

#include <QCoreApplication>
#include <QJsonDocument>
#include <QString>

#include <optional>

class QByteArray;
struct QJsonParseError;

// A JSON syntax error as the person who fixes the file needs it: the line and column of the character to look at,
// counted in characters rather than UTF-8 bytes, and what to fix there ("missing comma") rather than Qt's parser
// terms ("unterminated object") and a byte offset. Shared by the readers of Portolan's JSON files.
class JsonParseProblem final
{
    Q_DECLARE_TR_FUNCTIONS(JsonParseProblem)

public:
    JsonParseProblem(const QByteArray& json, const QJsonParseError& error);

    // Reads `json` as strict JSON (RFC 8259): what QJsonDocument refuses, and also what it lets pass, a number with a
    // leading zero ("01") or a point without digits after it ("1.", "1.e5"), an exponent without digits, and a raw
    // control character (U+0000-U+001F) inside a string. Returns the document, or nothing and sets *problem.
    static std::optional<QJsonDocument> parse(const QByteArray& json, std::optional<JsonParseProblem>* problem);

    // "line 7, column 12"; empty when the file is empty (there is no place to point at).
    QString place() const { return m_place; }
    // "missing comma", "the file is empty".
    QString problem() const { return m_problem; }
    int line() const { return m_line; }
    int column() const { return m_column; }

private:
    JsonParseProblem(const QByteArray& json, qsizetype offset, const QString& problem);
    void locate(const QByteArray& json, qsizetype offset);

    QString m_place;
    QString m_problem;
    int m_line = 0;
    int m_column = 0;
};
