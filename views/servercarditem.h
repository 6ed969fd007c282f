#pragma once

#include <optional>

#include <QFont>
#include <QGraphicsObject>

#include "views/emphasis.h"

struct Server;

// A server on the diagram: the icon of its first role, the name, the roles or host, and a row of port status dots
// (grey until probing fills them).
class ServerCardItem final : public QGraphicsObject
{
    Q_OBJECT

public:
    static constexpr qreal Width = 216;
    static constexpr qreal Height = 66;

    ServerCardItem(const Server& server, const QString& rolesText, int portCount, QGraphicsItem* parent = nullptr);

    const QString& serverId() const { return m_serverId; }
    Emphasis emphasis() const { return m_emphasis; }
    void setEmphasis(Emphasis emphasis);
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    QString m_serverId;
    QString m_roleId;
    QString m_name;
    QString m_detail;
    int m_portCount;
    Emphasis m_emphasis = Emphasis::Normal;
    std::optional<QFont> m_elidedFor; // the font m_elidedName and m_elidedDetail were measured in, once painted
    QString m_elidedName;
    QString m_elidedDetail;
};
