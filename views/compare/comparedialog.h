#pragma once

#include <QDialog>

class PortCatalog;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QRadioButton;

// "Compare With…": another .portolan file, or this deployment under another Exchange version of the catalog.
class CompareDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareDialog)

public:
    // currentVersion: the document's, not offered; directory: where Browse… starts.
    CompareDialog(const PortCatalog& catalog, const QString& currentVersion, const QString& directory,
                  QWidget* parent = nullptr);

    bool withFile() const;
    QString filePath() const;
    QString version() const; // an id of the catalog

private:
    void updateButtons();

    QRadioButton* m_fileChoice;
    QLineEdit* m_path;
    QRadioButton* m_versionChoice;
    QComboBox* m_version;
    QDialogButtonBox* m_buttons;
};
