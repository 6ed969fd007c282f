#include "views/lesson/answermask.h"

#include "model/portmatrix.h"

#include <algorithm>

AnswerMask::AnswerMask(QObject* parent)
    : QObject(parent)
{}

void AnswerMask::hide(const QList<QPair<QString, QString>>& zonePairs, const QStringList& servers)
{
    m_active = true;
    m_zonePairs = QSet<QPair<QString, QString>>(zonePairs.begin(), zonePairs.end());
    m_servers = QSet<QString>(servers.begin(), servers.end());
    emit changed();
}

void AnswerMask::clear()
{
    if (!m_active)
        return;
    m_active = false;
    m_zonePairs.clear();
    m_servers.clear();
    emit changed();
}

bool AnswerMask::hidesRule(const MatrixRule& rule) const
{
    if (!m_active)
        return false;
    if (m_zonePairs.contains({rule.from, rule.to}))
        return true;
    return std::any_of(rule.destinations.begin(), rule.destinations.end(),
                       [this](const QString& id) { return m_servers.contains(id); });
}
