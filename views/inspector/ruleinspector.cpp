#include "views/inspector/ruleinspector.h"

#include <algorithm>

#include <QFrame>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

#include "model/catalogtexts.h"
#include "model/deployment.h"
#include "model/deploymentanalysis.h"
#include "model/endpointnames.h"
#include "model/portcatalog.h"
#include "views/inspector/inspectorsupport.h"

bool RuleInspector::RuleKey::matches(const MatrixRule& rule) const
{
    return rule.entry == entry && rule.from == from && rule.to == to && rule.protocol == protocol &&
           rule.ports == ports && rule.published == published;
}

RuleInspector::RuleInspector(Deployment* document, DeploymentAnalysis* analysis, const PortCatalog& catalog,
                             QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_analysis(analysis)
    , m_catalog(catalog)
    , m_summary(Inspector::titleLabel(QStringLiteral("inspectorRulesTitle"), this))
    , m_list(new QWidget)
    , m_listLayout(new QVBoxLayout(m_list))
{
    setObjectName(QStringLiteral("ruleInspector"));
    m_list->setObjectName(QStringLiteral("inspectorRuleList"));
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("inspectorRuleScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(m_list);
    m_listLayout->setContentsMargins(0, 0, 0, 0);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(scroll, 1);
}

void RuleInspector::setRows(const QList<int>& rows)
{
    m_keys.clear();
    const PortMatrix& matrix = m_analysis->matrix();
    for (int row : rows) {
        if (const MatrixRule* rule = matrix.ruleAt(row))
            m_keys.append({rule->entry, rule->from, rule->to, rule->protocol, rule->ports, rule->published});
    }
}

QList<int> RuleInspector::rows() const
{
    QList<int> rows;
    const PortMatrix& matrix = m_analysis->matrix();
    for (int row = 0; row < matrix.rowCount(); ++row) {
        const MatrixRule& rule = *matrix.ruleAt(row);
        if (std::any_of(m_keys.begin(), m_keys.end(), [&rule](const RuleKey& key) { return key.matches(rule); }))
            rows.append(row);
    }
    return rows;
}

bool RuleInspector::refresh()
{
    const QList<int> found = rows();
    while (QLayoutItem* item = m_listLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (found.isEmpty())
        return false;
    const PortMatrix& matrix = m_analysis->matrix();
    m_summary->setText(found.size() == 1 ? tr("Firewall rule") : tr("%1 firewall rules").arg(found.size()));
    for (int i = 0; i < found.size(); ++i) {
        if (i > 0) {
            auto* line = new QFrame(m_list);
            line->setFrameShape(QFrame::HLine);
            line->setFrameShadow(QFrame::Sunken);
            m_listLayout->addWidget(line);
        }
        auto* label = new QLabel(describe(*matrix.ruleAt(found.at(i))), m_list);
        label->setObjectName(QStringLiteral("inspectorRule"));
        label->setTextFormat(Qt::RichText);
        label->setWordWrap(true);
        label->setOpenExternalLinks(true);
        label->setTextInteractionFlags(Qt::TextBrowserInteraction);
        label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        m_listLayout->addWidget(label);
    }
    m_listLayout->addStretch(1);
    return true;
}

QString RuleInspector::describe(const MatrixRule& rule) const
{
    const Deployment& document = *m_document;
    const auto escaped = [](const QString& text) {
        return text.toHtmlEscaped();
    };
    const auto field = [&escaped](const QString& name, const QString& value) {
        return QStringLiteral("<p style=\"margin-top:4px\"><b>%1</b> %2</p>").arg(escaped(name), value);
    };
    const CatalogTexts& texts = CatalogTexts::user();
    QString html = QStringLiteral("<p style=\"margin-bottom:2px\"><b>%1</b> &nbsp;%2</p>")
                       .arg(escaped(texts.service(rule)), escaped(Inspector::portText(rule)));
    html += QStringLiteral("<p style=\"margin-top:0px\">%1 → %2</p>")
                .arg(escaped(EndpointNames::zoneName(document, rule.from)),
                     escaped(EndpointNames::zoneName(document, rule.to)));
    html += field(tr("From:"), escaped(EndpointNames::endpointNames(document, m_catalog, rule.sources)));
    html += field(tr("To:"), escaped(EndpointNames::endpointNames(document, m_catalog, rule.destinations)));
    html += field(tr("Purpose:"), Inspector::linkedText(m_catalog, texts.purpose(rule)));
    html += field(tr("Encryption:"), Inspector::linkedText(m_catalog, texts.encryption(rule)));
    html += field(tr("If blocked:"), Inspector::linkedText(m_catalog, texts.ifBlocked(rule)));
    html +=
        field(tr("Confidence:"), rule.confirmed ? escaped(tr("Confirmed by the sources"))
                                                : QStringLiteral("<span style=\"color:#b45309\"><b>%1</b></span>")
                                                      .arg(escaped(tr("Unconfirmed: the sources do not settle it"))));
    if (const CatalogEntry* entry = m_catalog.entry(rule.entry); entry && !entry->note.isEmpty())
        html += field(tr("Note:"), Inspector::linkedText(m_catalog, texts.note(*entry)));
    html += field(tr("Sources:"), QStringLiteral("<br>") + Inspector::sourceLinks(m_catalog, rule.references, true));
    return html;
}
