#pragma once

#include <QWidget>

class Deployment;
class DeploymentAnalysis;
class PortCatalog;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

// The inspector's page for one zone: name, kind, colour and the implicit-actors switch as undoable edits; the actors
// the zone stands for and its servers read-only.
class ZoneInspector final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ZoneInspector)

public:
    ZoneInspector(Deployment* document, DeploymentAnalysis* analysis, const PortCatalog& catalog,
                  QWidget* parent = nullptr);

    QString zoneId() const { return m_zoneId; }
    void setZone(const QString& zoneId);
    // Re-reads the zone; false when it no longer exists.
    bool refresh();
    void commitPendingEdits();
    // Puts the cursor in the name field, all selected (Rename).
    void editName();

private:
    void commitName();
    void commitKind();
    void chooseColour();
    void resetColour();
    void commitImplicitActors(bool on);

    Deployment* m_document;
    DeploymentAnalysis* m_analysis;
    const PortCatalog& m_catalog;
    QString m_zoneId;
    QLabel* m_title;
    QLineEdit* m_name;
    QComboBox* m_kind;
    QPushButton* m_colour;
    QPushButton* m_defaultColour;
    QCheckBox* m_implicitActors;
    QListWidget* m_actors;
    QLabel* m_serversTitle;
    QLabel* m_servers;
};
