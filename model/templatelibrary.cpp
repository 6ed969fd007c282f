#include "model/templatelibrary.h"

#include <algorithm>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include "model/jsonparseproblem.h"
#include "model/userfile.h"

namespace {

// A built-in template's text in the user's language (templateTexts() lists them for lupdate); any other as it is.
QString translated(const QString& text)
{
    return QCoreApplication::translate("Templates", text.toUtf8().constData());
}

} // namespace

QList<DeploymentTemplate> TemplateLibrary::templates()
{
    return templatesIn(QStringLiteral(":/templates"));
}

std::optional<DeploymentTemplate> TemplateLibrary::find(const QString& id)
{
    const QList<DeploymentTemplate> all = templates();
    const auto it = std::find_if(all.cbegin(), all.cend(), [&id](const DeploymentTemplate& t) { return t.id == id; });
    return it != all.cend() ? std::optional<DeploymentTemplate>(*it) : std::nullopt;
}

QList<DeploymentTemplate> TemplateLibrary::templatesIn(const QString& directory)
{
    QList<DeploymentTemplate> result;
    const QDir dir(directory);
    const QFileInfoList files = dir.entryInfoList({QStringLiteral("*.portolan")}, QDir::Files, QDir::Name);
    for (const QFileInfo& info : files) {
        // A template that is too large or not even strict JSON would only fail later, when the user picks it:
        // leave it out of the list. (tst_templates opens every template fully, so such a file never ships.)
        QString error;
        const std::optional<QByteArray> json = UserFile::read(info.filePath(), UserFileKind::Deployment, &error);
        std::optional<JsonParseProblem> problem;
        const std::optional<QJsonDocument> document = json ? JsonParseProblem::parse(*json, &problem) : std::nullopt;
        if (!document || !document->isObject()) {
            qWarning("Skipping the unreadable template %s", qPrintable(info.filePath()));
            continue;
        }
        const QJsonObject root = document->object();
        DeploymentTemplate entry;
        entry.id = info.completeBaseName();
        entry.name = translated(root.value(QStringLiteral("name")).toString());
        entry.description = translated(root.value(QStringLiteral("description")).toString());
        entry.exchangeVersion = root.value(QStringLiteral("exchangeVersion")).toString();
        entry.path = info.filePath();
        result.append(entry);
    }
    std::sort(result.begin(), result.end(),
              [](const DeploymentTemplate& a, const DeploymentTemplate& b) { return a.id < b.id; });
    return result;
}
