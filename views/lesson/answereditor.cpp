#include "views/lesson/answereditor.h"

#include "model/portcatalog.h"
#include "model/catalogtexts.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
constexpr int PortsRole = Qt::UserRole;
constexpr int ProtocolRole = Qt::UserRole + 1;

// The ports of an entry as an answer writes them: its fixed ports, or "dynamic"; empty when they depend on the
// deployment in another way (static RPC ports, DAG replication, UM media).
QString answerPorts(const CatalogEntry& entry)
{
    QStringList parts;
    for (const PortSpec& spec : entry.ports) {
        if (spec.kind == PortSpec::Kind::Fixed)
            parts.append(spec.range.toString());
        else if (spec.kind == PortSpec::Kind::RpcDynamic)
            parts.append(LessonAnswers::dynamicKeyword());
        else
            return {};
    }
    return parts.join(u',');
}

// The services of the lesson's Exchange version, each once: "SMTP" fills TCP 25. A name that stands for several
// port sets names each with its ports.
QStandardItemModel* serviceModel(const PortCatalog& catalog, const QString& version, QObject* parent)
{
    struct Suggestion
    {
        QString service;
        Protocol protocol;
        QString ports;
    };
    QList<Suggestion> suggestions;
    QHash<QString, int> perName;
    for (const CatalogEntry& entry : catalog.entries()) {
        if (!entry.versions.isEmpty() && !entry.versions.contains(version))
            continue;
        const QString ports = answerPorts(entry);
        const QString service = CatalogTexts::user().service(entry);
        if (ports.isEmpty() || std::any_of(suggestions.begin(), suggestions.end(), [&](const Suggestion& s) {
                return s.service == service && s.protocol == entry.protocol && s.ports == ports;
            }))
            continue;
        suggestions.append({service, entry.protocol, ports});
        ++perName[service];
    }
    auto* model = new QStandardItemModel(parent);
    for (const Suggestion& suggestion : std::as_const(suggestions)) {
        const QString text =
            perName.value(suggestion.service) > 1
                ? QStringLiteral("%1 (%2 %3)")
                      .arg(suggestion.service, protocolId(suggestion.protocol).toUpper(), suggestion.ports)
                : suggestion.service;
        auto* item = new QStandardItem(text);
        item->setData(suggestion.ports, PortsRole);
        item->setData(int(suggestion.protocol), ProtocolRole);
        model->appendRow(item);
    }
    model->sort(0);
    return model;
}
} // namespace

AnswerEditor::AnswerEditor(const LessonTask& task, const DeploymentData& deployment, const PortCatalog& catalog,
                           QWidget* parent)
    : QWidget(parent)
    , m_task(task)
    , m_deployment(deployment)
    , m_catalog(catalog)
{
    setObjectName(QStringLiteral("answerEditor"));
    setProperty("taskId", task.id);
    if (task.kind == LessonTask::Kind::PlaceRoles)
        buildPlacements();
    else
        buildRuleTable();
}

QString AnswerEditor::zoneName(const QString& id) const
{
    const Zone* zone = m_deployment.zone(id);
    return zone ? zone->name : id;
}

void AnswerEditor::buildRuleTable()
{
    const bool firewall = m_task.kind == LessonTask::Kind::FirewallRules;
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("answerTable"));
    m_table->setHorizontalHeaderLabels(firewall
                                           ? QStringList{tr("Direction"), tr("Protocol"), tr("Ports or service")}
                                           : QStringList{tr("Protocol"), tr("Ports or service"), tr("From zones")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(firewall ? 2 : 1, QHeaderView::Stretch);
    m_table->setMinimumHeight(m_table->verticalHeader()->defaultSectionSize() * 4 + header->sizeHint().height());

    // One completer for every row: it completes the line edit that has the focus.
    m_services = new QCompleter(serviceModel(m_catalog, m_deployment.exchangeVersion, this), this);
    m_services->setCaseSensitivity(Qt::CaseInsensitive);
    m_services->setFilterMode(Qt::MatchContains);
    m_services->setCompletionRole(Qt::DisplayRole);
    // The line edit writes the service's name after this signal: its ports replace the name once that is done.
    connect(m_services, qOverload<const QModelIndex&>(&QCompleter::activated), this, [this](const QModelIndex& index) {
        QWidget* edit = m_services->widget();
        const auto protocol = Protocol(index.data(ProtocolRole).toInt());
        const QString ports = index.data(PortsRole).toString();
        QMetaObject::invokeMethod(
            this,
            [this, edit, protocol, ports] {
                for (int row = 0; row < m_table->rowCount(); ++row) {
                    if (cell(row, QStringLiteral("ports")) == edit) {
                        setRule(row, protocol, ports);
                        emit edited();
                    }
                }
            },
            Qt::QueuedConnection);
    });

    auto* add = new QPushButton(tr("&Add Rule"), this);
    add->setObjectName(QStringLiteral("addRuleButton"));
    auto* remove = new QPushButton(tr("&Remove Rule"), this);
    remove->setObjectName(QStringLiteral("removeRuleButton"));
    connect(add, &QPushButton::clicked, this, [this] {
        m_table->setCurrentCell(addRule(), 0);
        emit edited();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0) {
            m_table->removeRow(m_table->currentRow());
            emit edited();
        }
    });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
}

void AnswerEditor::buildPlacements()
{
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    for (const QString& roleId : std::as_const(m_task.roles)) {
        auto* zones = new QComboBox(this);
        zones->setObjectName(QStringLiteral("placement_") + roleId);
        zones->addItem(tr("(not placed)"), QString());
        for (const Zone& zone : m_deployment.zones)
            zones->addItem(zone.name, zone.id);
        connect(zones, &QComboBox::currentIndexChanged, this, &AnswerEditor::edited);
        const RoleInfo* role = m_catalog.role(roleId);
        form->addRow(role ? role->name : roleId, zones);
    }
}

int AnswerEditor::addRule()
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    const bool firewall = m_task.kind == LessonTask::Kind::FirewallRules;
    int column = 0;
    const auto place = [&](QWidget* widget, const QString& name) {
        widget->setObjectName(name);
        m_table->setCellWidget(row, column++, widget);
    };
    if (firewall) {
        auto* direction = new QComboBox;
        direction->addItem(QStringLiteral("%1 → %2").arg(zoneName(m_task.from), zoneName(m_task.to)),
                           QStringList{m_task.from, m_task.to});
        if (m_task.bothDirections)
            direction->addItem(QStringLiteral("%1 → %2").arg(zoneName(m_task.to), zoneName(m_task.from)),
                               QStringList{m_task.to, m_task.from});
        connect(direction, &QComboBox::currentIndexChanged, this, &AnswerEditor::edited);
        place(direction, QStringLiteral("direction"));
    }
    auto* protocol = new QComboBox;
    protocol->addItem(QStringLiteral("TCP"), int(Protocol::Tcp));
    protocol->addItem(QStringLiteral("UDP"), int(Protocol::Udp));
    connect(protocol, &QComboBox::currentIndexChanged, this, &AnswerEditor::edited);
    place(protocol, QStringLiteral("protocol"));
    auto* ports = new QLineEdit;
    ports->setPlaceholderText(tr("443, 6001-6004, dynamic or a service"));
    ports->setCompleter(m_services);
    connect(ports, &QLineEdit::textEdited, this, &AnswerEditor::edited);
    place(ports, QStringLiteral("ports"));
    if (!firewall)
        place(zonesButton({}), QStringLiteral("fromZones"));
    return row;
}

void AnswerEditor::setRule(int row, Protocol protocol, const QString& ports)
{
    auto* protocolBox = static_cast<QComboBox*>(cell(row, QStringLiteral("protocol")));
    protocolBox->setCurrentIndex(protocolBox->findData(int(protocol)));
    static_cast<QLineEdit*>(cell(row, QStringLiteral("ports")))->setText(ports);
}

QWidget* AnswerEditor::zonesButton(const QStringList& checked)
{
    auto* button = new QToolButton;
    button->setPopupMode(QToolButton::InstantPopup);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* menu = new QMenu(button);
    const auto showChoice = [button, menu] {
        QStringList names;
        for (const QAction* action : menu->actions()) {
            if (action->isChecked())
                names.append(action->text());
        }
        button->setText(names.isEmpty() ? tr("(choose zones)") : names.join(QStringLiteral(", ")));
    };
    for (const Zone& zone : m_deployment.zones) {
        QAction* action = menu->addAction(zone.name);
        action->setCheckable(true);
        action->setChecked(checked.contains(zone.id));
        action->setData(zone.id);
        connect(action, &QAction::toggled, this, [this, showChoice] {
            showChoice();
            emit edited();
        });
    }
    button->setMenu(menu);
    showChoice();
    return button;
}

QWidget* AnswerEditor::cell(int row, const QString& name) const
{
    if (!m_table)
        return nullptr;
    for (int column = 0; column < m_table->columnCount(); ++column) {
        QWidget* widget = m_table->cellWidget(row, column);
        if (widget && widget->objectName() == name)
            return widget;
    }
    return nullptr;
}

TaskAnswer AnswerEditor::answer() const
{
    TaskAnswer answer;
    if (!m_table) {
        for (const QString& role : std::as_const(m_task.roles)) {
            const auto* zones = findChild<QComboBox*>(QStringLiteral("placement_") + role);
            if (const QString zone = zones->currentData().toString(); !zone.isEmpty())
                answer.placements.insert(role, zone);
        }
        return answer;
    }
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString ports = static_cast<QLineEdit*>(cell(row, QStringLiteral("ports")))->text().trimmed();
        if (ports.isEmpty())
            continue;
        const auto protocol =
            Protocol(static_cast<QComboBox*>(cell(row, QStringLiteral("protocol")))->currentData().toInt());
        if (m_task.kind == LessonTask::Kind::FirewallRules) {
            const QStringList zones =
                static_cast<QComboBox*>(cell(row, QStringLiteral("direction")))->currentData().toStringList();
            answer.rules.append({zones.value(0), zones.value(1), protocol, ports});
        } else {
            QStringList fromZones;
            for (const QAction* action :
                 static_cast<QToolButton*>(cell(row, QStringLiteral("fromZones")))->menu()->actions()) {
                if (action->isChecked())
                    fromZones.append(action->data().toString());
            }
            answer.serverPorts.append({protocol, ports, fromZones});
        }
    }
    return answer;
}

void AnswerEditor::setAnswer(const TaskAnswer& answer)
{
    if (!m_table) {
        for (const QString& role : std::as_const(m_task.roles)) {
            auto* zones = findChild<QComboBox*>(QStringLiteral("placement_") + role);
            zones->setCurrentIndex(qMax(0, zones->findData(answer.placements.value(role))));
        }
        return;
    }
    m_table->setRowCount(0);
    if (m_task.kind == LessonTask::Kind::FirewallRules) {
        for (const AnswerRule& rule : answer.rules) {
            const int row = addRule();
            auto* direction = static_cast<QComboBox*>(cell(row, QStringLiteral("direction")));
            direction->setCurrentIndex(qMax(0, direction->findData(QStringList{rule.from, rule.to})));
            setRule(row, rule.protocol, rule.ports);
        }
    } else {
        for (const AnswerServerPorts& line : answer.serverPorts) {
            const int row = addRule();
            setRule(row, line.protocol, line.ports);
            m_table->setCellWidget(row, 2, zonesButton(line.fromZones));
            m_table->cellWidget(row, 2)->setObjectName(QStringLiteral("fromZones"));
        }
    }
}
