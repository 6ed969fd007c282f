#pragma once

#include "model/lesson.h"
#include "model/lessonanswers.h"
#include "model/portrange.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

class PortCatalog;

// One line of the feedback on a firewall-rules or server-ports task.
struct GradedRule
{
    enum class Verdict
    {
        Correct, // the learner's lines together allow every port of a needed rule
        Missing, // a needed rule the learner's lines do not (fully) allow
        Extra    // ports the learner allows that no needed rule uses
    };

    Verdict verdict = Verdict::Correct;
    QString from; // zone ids
    QString to;
    Protocol protocol = Protocol::Tcp;
    QString ports;           // "25", "6001-6002,6004"; Missing: the ports still to allow; Extra: the ports too many
    bool dynamicRpc = false; // the ports are the dynamic RPC range
    QStringList services;    // Correct/Missing: the services of the needed rule; Extra: those the ports expose
    // Correct/Missing: why the rule is needed (the catalog's purpose); Extra: why it is not needed.
    QString reason;
    QString ifBlocked;      // Missing: what breaks without it
    QString exposes;        // Extra: what allowing it would expose ("unknown service" when nothing known listens there)
    QList<int> answerLines; // Extra: the learner's lines (indexes into the task's answer list) that allow the ports
};

// The feedback on one placement of a place-roles task: the validator's verdict on the server placed.
struct GradedPlacement
{
    QString role;
    QString zone; // empty: not placed
    bool supported = false;
    QString reason; // why not supported (the validator's messages), or what the placement needs opened
};

struct TaskGrade
{
    QString taskId;
    LessonTask::Kind kind = LessonTask::Kind::FirewallRules;
    QList<GradedRule> rules; // firewall-rules and server-ports: correct, then missing, then extra
    QList<GradedPlacement> placements;
    int correct = 0;  // needed rules / placements the learner has right
    int expected = 0; // needed rules / roles to place
    int extra = 0;    // extra rule lines

    bool fullyCorrect() const { return correct == expected && extra == 0; }
};

// A hint: one missing rule's service and purpose, never its port.
struct LessonHint
{
    QString taskId;
    QString from;
    QString to;
    QString service;
    QString purpose; // the rule's port numbers blanked out
};

struct LessonGrade
{
    QString lessonId;
    QList<TaskGrade> tasks; // in the lesson's order
    // 100 × correct / (expected + extra) over all tasks: extra rules cost as much as missing ones.
    int score = 0;
    int attempts = 0; // from the answers
    std::optional<LessonHint> hint;

    bool fullyCorrect() const;
};

// Grades a learner's answers by meaning, not by text: a rule is the set of ports it allows between two zones, lines
// that together cover a needed rule count as that rule, "dynamic" stands for the deployment's dynamic RPC range, and
// ports are compared as sets ("6001-6002,6004" = "6001,6002,6004"). What is needed comes from the flow engine and the
// validator, never from the lesson file. The feedback texts are in the user's language (context "LessonGrader").
class LessonGrader final
{
    Q_DECLARE_TR_FUNCTIONS(LessonGrader)

public:
    explicit LessonGrader(const PortCatalog& catalog);

    LessonGrade grade(const Lesson& lesson, const LessonAnswers& answers) const;
    // The engine's own answer to every task: what a perfect learner writes (place-roles: the first supported
    // placement, trying zones in the deployment's order).
    LessonAnswers modelAnswers(const Lesson& lesson) const;

private:
    QList<GradedPlacement> gradePlacements(const DeploymentData& deployment, const LessonTask& task,
                                           const QMap<QString, QString>& placements) const;
    QMap<QString, QString> supportedPlacement(const DeploymentData& deployment, const LessonTask& task) const;

    const PortCatalog& m_catalog;
};
