#pragma once

#include <QWidget>

#include "model/serversettings.h"

class PortCatalog;
class QLabel;
class QPushButton;
class QTreeWidget;

// The server page's "Server settings": the registry values the plan asks of this server (key, value, data, the
// service to restart), with buttons that copy them as a .reg file or a PowerShell script; "Nothing to set" and why,
// otherwise.
class ServerSettingsSection final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerSettingsSection)

public:
    explicit ServerSettingsSection(const PortCatalog& catalog, QWidget* parent = nullptr);

    // A plan for one server (ServerSettings::plan with its id).
    void showPlan(const ServerSettingsPlan& plan);

private:
    void copyReg();
    void copyScript();

    const PortCatalog& m_catalog;
    ServerSettingsPlan m_plan;
    QTreeWidget* m_values;
    QLabel* m_nothing;
    QPushButton* m_copyReg;
    QPushButton* m_copyScript;
};
