#pragma once

#include "model/portrange.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// One line of a firewall-rules answer: what the learner would allow from one zone to another.
struct AnswerRule
{
    QString from; // zone ids
    QString to;
    Protocol protocol = Protocol::Tcp;
    QString ports; // as written: "25", "6001-6004", "6001,6002,6004", "135,dynamic" ("dynamic": the dynamic RPC range)
};

// One line of a server-ports answer: the server listens on these ports for initiators in these zones.
struct AnswerServerPorts
{
    Protocol protocol = Protocol::Tcp;
    QString ports; // as AnswerRule::ports
    QStringList fromZones;
};

// The learner's answer to one task; only the list of the task's kind is used.
struct TaskAnswer
{
    QList<AnswerRule> rules;
    QList<AnswerServerPorts> serverPorts;
    QMap<QString, QString> placements; // place-roles: role id → zone id
};

// A learner's answer file (`"format": "portolan-answers"`, docs/lesson-format.md): answers keyed by task id.
struct LessonAnswers
{
    QString lesson;   // the lesson's id
    QString learner;  // may be empty
    int attempts = 0; // how often the learner has checked these answers; the window counts, the grader reports
    QMap<QString, TaskAnswer> answers;

    // The keyword of the dynamic RPC range in a ports text.
    static QString dynamicKeyword() { return QStringLiteral("dynamic"); }
    // Whether a ports text is one the grader understands: ports, ranges of 1-65535 and the keyword "dynamic",
    // separated by commas ("25", "6001-6002,6004", "135,dynamic"). Spaces around the parts are allowed.
    static bool isValidPorts(const QString& text);
};
