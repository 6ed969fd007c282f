#pragma once

#include "model/lesson.h"
#include "model/lessonanswers.h"

#include <QWidget>

class PortCatalog;
class QCompleter;
class QTableWidget;

// The learner's answer to one task of a lesson (objectName "answerEditor"). A firewall-rules task is a table of rules
// (direction between its two zones, protocol, ports); a server-ports task one of ports and the zones they are reached
// from; ports are free text ("443", "6001-6004", "6001,6002", "dynamic") with completion from the catalog's service
// names, which fills in a service's protocol and ports. A place-roles task picks a zone for each role.
class AnswerEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnswerEditor)

public:
    AnswerEditor(const LessonTask& task, const DeploymentData& deployment, const PortCatalog& catalog,
                 QWidget* parent = nullptr);

    QString taskId() const { return m_task.id; }
    TaskAnswer answer() const;
    void setAnswer(const TaskAnswer& answer);
    // The rule rows (firewall-rules and server-ports tasks); nullptr for a place-roles task. Each row's cells are
    // widgets named "direction" (firewall-rules), "protocol", "ports" and "fromZones" (server-ports).
    QTableWidget* table() const { return m_table; }
    // That cell widget of a row, or nullptr.
    QWidget* cell(int row, const QString& name) const;
    // Adds an empty rule row and returns its index.
    int addRule();

signals:
    void edited();

private:
    void buildRuleTable();
    void buildPlacements();
    void setRule(int row, Protocol protocol, const QString& ports);
    QWidget* zonesButton(const QStringList& checked);
    QString zoneName(const QString& id) const;

    LessonTask m_task;
    const DeploymentData& m_deployment;
    const PortCatalog& m_catalog;
    QTableWidget* m_table = nullptr;
    QCompleter* m_services = nullptr;
};
