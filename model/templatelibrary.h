#pragma once

#include <QList>
#include <QString>

#include <optional>

struct DeploymentTemplate
{
    QString id;              // the file's base name: "exchange2019-edge"
    QString name;            // the file's "name", in the user's language
    QString description;     // the file's "description", in the user's language
    QString exchangeVersion; // the file's "exchangeVersion": "2019"
    QString path;            // what DeploymentReader::readFile() opens
};

// The deployments a user can start from (File > New from template, `portolan-cli new ID`): the .portolan files
// compiled into the binary under ":/templates". Only the name and description are read here; opening a template
// goes through DeploymentReader like any other file.
class TemplateLibrary final
{
public:
    // Sorted by id.
    static QList<DeploymentTemplate> templates();
    static std::optional<DeploymentTemplate> find(const QString& id);

    // The same for any directory of .portolan files; templates() reads ":/templates".
    static QList<DeploymentTemplate> templatesIn(const QString& directory);
};
