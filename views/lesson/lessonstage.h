#pragma once

#include <QObject>
#include <QPointer>

class AnswerMask;
class Deployment;
class DeploymentAnalysis;
class InspectorPanel;
class MatrixPanel;
class OptionsPanel;
class PortCatalog;
class TopologyScene;
class WarningsPanel;
struct DeploymentData;
struct Lesson;

// The lesson's deployment as learner mode shows it: a document of its own (the user's document is left alone), its
// diagram, matrix, inspector, warnings and options, which select together as the window's do, and the answer mask they
// read. The mask hides the answers of every firewall and server the lesson asks about and makes the views read-only.
class LessonStage final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LessonStage)

public:
    LessonStage(const Lesson& lesson, const PortCatalog& catalog, QObject* parent = nullptr);
    ~LessonStage() override;

    Deployment* document() const { return m_document; }
    DeploymentAnalysis* analysis() const { return m_analysis; }
    AnswerMask* mask() const { return m_mask; }
    TopologyScene* scene() const { return m_scene; }
    // The window puts the panels into its docks while the lesson is open; the stage deletes them when it goes, unless
    // the window (closing) deleted them first.
    MatrixPanel* matrix() const;
    InspectorPanel* inspector() const;
    WarningsPanel* warnings() const;
    OptionsPanel* options() const; // disabled: the lesson's options to read

private:
    Deployment* m_document;
    DeploymentAnalysis* m_analysis;
    AnswerMask* m_mask;
    TopologyScene* m_scene;
    QPointer<MatrixPanel> m_matrix;
    QPointer<InspectorPanel> m_inspector;
    QPointer<WarningsPanel> m_warnings;
    QPointer<OptionsPanel> m_options;
};
