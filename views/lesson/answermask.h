#pragma once

#include <QObject>
#include <QPair>
#include <QSet>
#include <QString>

struct MatrixRule;

// Learner mode as the views read it: the answers a lesson asks for are hidden. A rule is an answer when it runs from
// one zone to another of an asked pair (from, to) or ends at an asked server. Owned by the window; the diagram, the
// matrix and the inspector follow changed(). Inactive, it hides nothing and the views behave as always. While active
// the diagram also refuses edits: a lesson's deployment is read-only.
class AnswerMask final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnswerMask)

public:
    explicit AnswerMask(QObject* parent = nullptr);

    bool isActive() const { return m_active; }
    // Hides the rules from zone to zone of these pairs and those to these servers; an empty mask still makes the views
    // read-only.
    void hide(const QList<QPair<QString, QString>>& zonePairs, const QStringList& servers);
    // Shows everything again (the lesson was closed, or its answers are shown).
    void clear();

    bool hidesRule(const MatrixRule& rule) const;
    bool hidesServer(const QString& serverId) const { return m_active && m_servers.contains(serverId); }

signals:
    void changed();

private:
    bool m_active = false;
    QSet<QPair<QString, QString>> m_zonePairs; // (from, to)
    QSet<QString> m_servers;
};
