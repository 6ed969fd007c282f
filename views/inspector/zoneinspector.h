#pragma once

#include <QWidget>

struct Zone;

class Deployment;
class DeploymentAnalysis;
class PortCatalog;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

// The inspector's page for one zone: name, kind, colour, networks and the implicit-actors switch as undoable edits;
// the firewalls facing it (links to their pages), the actors the zone stands for and its servers read-only.
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

signals:
    // A firewall facing the zone was clicked.
    void firewallActivated(const QString& firewallId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void commitName();
    void commitKind();
    void chooseColour();
    void resetColour();
    void commitImplicitActors(bool on);
    void commitNetworks();
    void showNetworks(const Zone& zone);
    void showFirewalls();

    Deployment* m_document;
    DeploymentAnalysis* m_analysis;
    const PortCatalog& m_catalog;
    QString m_zoneId;
    QLabel* m_title;
    QLineEdit* m_name;
    QComboBox* m_kind;
    QPushButton* m_colour;
    QPushButton* m_defaultColour;
    QPlainTextEdit* m_networks;
    QLabel* m_networksProblem;
    QLabel* m_firewalls;
    QCheckBox* m_implicitActors;
    QListWidget* m_actors;
    QLabel* m_serversTitle;
    QLabel* m_servers;
};
