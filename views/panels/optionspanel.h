#pragma once

#include <QHash>
#include <QWidget>

class Deployment;
class PortCatalog;
class QCheckBox;
class QComboBox;
class QRadioButton;
class QSpinBox;

// The deployment-wide options (PRODUCT.md): the plain switches, the choice options (UM security, the reverse proxy's
// TLS), static RPC ports, DAG replication, the dynamic RPC range and the UM RTP range. Every change is one
// SetOptionsCommand; the panel re-reads the document after each change, undo and reset.
class OptionsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OptionsPanel)

public:
    OptionsPanel(Deployment* document, const PortCatalog& catalog, QWidget* parent = nullptr);

private:
    void refresh();
    void commitFlag(const QString& name, bool on);
    void commitRpcAndDag();
    void commitDynamicRange();
    void commitChoice(const QString& name, const QString& value);
    void commitRtpRange();
    // Whether switching the option changes the matrix of any Exchange version the deployment runs.
    bool applies(const QString& option, QString* versionsNote) const;
    QSpinBox* portSpinBox(const QString& objectName);

    Deployment* m_document;
    const PortCatalog& m_catalog;
    QHash<QString, QCheckBox*> m_flags;
    QHash<QString, QString> m_flagToolTips;
    QCheckBox* m_staticRpc;
    QSpinBox* m_rpcClientAccessPort;
    QSpinBox* m_addressBookPort;
    QCheckBox* m_dag;
    QSpinBox* m_replicationPort;
    QRadioButton* m_defaultRange;
    QRadioButton* m_customRange;
    QSpinBox* m_rangeFirst;
    QSpinBox* m_rangeLast;
    QHash<QString, QComboBox*> m_choices;
    QHash<QString, QString> m_choiceToolTips;
    QSpinBox* m_rtpFirst;
    QSpinBox* m_rtpLast;
};
