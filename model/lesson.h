#pragma once

#include "model/deploymentdata.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// One question of a lesson (docs/lesson-format.md). Its expected answer is never stored: the grader derives it from
// the lesson's deployment with the flow engine and the validator, so a lesson stays right when the catalog improves.
struct LessonTask
{
    enum class Kind
    {
        FirewallRules, // "which rules must the firewall between zone A and zone B allow?"
        ServerPorts,   // "which ports does server X listen on, and from which zones?"
        PlaceRoles     // "place these roles so that the layout is supported"
    };

    QString id;
    Kind kind = Kind::FirewallRules;
    QString question; // what the learner reads
    // FirewallRules: the two sides of the firewall; with bothDirections the rules from `to` to `from` count too.
    QString from;
    QString to;
    bool bothDirections = true;
    QString server;    // ServerPorts: a server id of the deployment
    QStringList roles; // PlaceRoles: the roles the learner places, one server each

    // "firewall-rules", "server-ports", "place-roles"
    static QString kindId(Kind kind);
    static std::optional<Kind> kindFromId(QStringView id);
};

// A deployment plus tasks: the built-in lessons (LessonLibrary) and a teacher's own .portolan-lesson files.
struct Lesson
{
    QString id;
    QString title;
    QString description;  // what the lesson teaches
    QString instructions; // what the learner is asked to do, shown above the tasks
    int level = 1;        // its place in a progression, 1 first
    DeploymentData deployment;
    QList<LessonTask> tasks;

    const LessonTask* task(const QString& id) const;
};
