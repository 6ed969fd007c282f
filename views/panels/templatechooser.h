#pragma once

#include "model/templatelibrary.h"

#include <QDialog>

class PortCatalog;
class QLabel;
class QListWidget;

// File > New from Template: the templates as a list (name, Exchange version) with a picture of the chosen one's
// diagram and its description beside it. Starts on defaultTemplateId(); a double-click chooses.
class TemplateChooser final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplateChooser)

public:
    TemplateChooser(const QList<DeploymentTemplate>& templates, const PortCatalog& catalog, QWidget* parent = nullptr);

    // The layout a new window and File > New from Template start from.
    static QString defaultTemplateId();

    // Empty when nothing is selected.
    QString selectedTemplateId() const;
    void selectTemplate(const QString& id);

private:
    void showDescription();

    QList<DeploymentTemplate> m_templates;
    const PortCatalog& m_catalog;
    QListWidget* m_list;
    QLabel* m_preview;
    QLabel* m_description;
};
