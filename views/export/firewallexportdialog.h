#pragma once

#include "model/firewallplan.h"

#include <QByteArray>
#include <QDialog>
#include <QString>

#include <functional>

class DeploymentAnalysis;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
struct ExportFormat;

// File → Export Firewall Rules…: the registry's firewall formats (ExportDocument::FirewallRules) as
// `portolan-cli firewall` writes them. Format picks nftables, Cisco ASA or Windows Defender Firewall; Firewall
// (nftables, ASA) picks one firewall of the plan, implicit ones included; Server (Windows) all Exchange servers or one
// server. The preview shows exactly what Save writes; when the rules cannot be written (an endpoint without an address,
// a DNS-name host, a deployment of one zone) it shows what to fill in instead, and Save and Copy are off. The
// FirewallPlan is built when the dialog opens and again when the document changes, never per choice.
class FirewallExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirewallExportDialog)

public:
    explicit FirewallExportDialog(const DeploymentAnalysis* analysis, QWidget* parent = nullptr);

    // The deployment file, whose folder and base name the suggested file name takes; empty while unsaved.
    void setSourcePath(const QString& path);
    // Where Save starts while the document is unsaved.
    void setDirectory(std::function<QString()> directory) { m_directory = std::move(directory); }
    // Chooses a firewall (and the format nftables unless a firewall format is chosen) or, for a server id, Windows
    // Defender Firewall and that server. Unknown ids leave the choice as it was.
    void choose(const QString& firewallId, const QString& serverId);

    // What Save writes for the current choice; empty when it cannot be written (problem() says why).
    QByteArray document() const { return m_document; }
    QString problem() const { return m_problem; }
    // "<deployment file base>-<firewall or server>" beside the deployment file, without a suffix.
    QString suggestedPath() const;
    // Writes document() to path atomically; false with the reason in error, and the old file as it was.
    bool save(const QString& path, QString* error) const;

signals:
    void saved(const QString& path);

private:
    const ExportFormat* format() const;
    bool perServer() const;
    void buildPlan();
    void refresh();
    void fillChoices();
    QString summary(const QString& scope, int servers, int rules) const;
    void chooseAndSave();
    void copy();

    const DeploymentAnalysis* m_analysis;
    FirewallPlan m_plan;
    QString m_sourcePath;
    std::function<QString()> m_directory;
    QByteArray m_document;
    QString m_problem;

    QFormLayout* m_choices;
    QComboBox* m_format;
    QComboBox* m_firewall;
    QComboBox* m_server;
    QStackedWidget* m_pages;
    QPlainTextEdit* m_preview;
    QPlainTextEdit* m_problemText;
    QLabel* m_summary;
    QDialogButtonBox* m_buttons;
    QPushButton* m_save;
    QPushButton* m_copy;
};
