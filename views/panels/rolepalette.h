#pragma once

#include <QListWidget>

class Deployment;
class PortCatalog;

// The roles, infrastructure and actors the deployment's Exchange version has, to drag into a zone of the diagram, or to
// add to the selected zone with Enter (or a double click).
class RolePalette final : public QListWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RolePalette)

public:
    static QString mimeType() { return QStringLiteral("application/x-portolan-role"); }

    RolePalette(Deployment* document, const PortCatalog& catalog, QWidget* parent = nullptr);

signals:
    void roleActivated(const QString& roleId);

protected:
    QMimeData* mimeData(const QList<QListWidgetItem*>& items) const override;
    QStringList mimeTypes() const override { return {mimeType()}; }

private:
    void refill();

    Deployment* m_document;
    const PortCatalog& m_catalog;
};
