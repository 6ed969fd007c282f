#pragma once

#include <QGraphicsObject>

struct Server;

// A server on the diagram: a role badge, the name, the roles or host, and a row of port status dots (grey until
// probing fills them).
class ServerCardItem final : public QGraphicsObject
{
    Q_OBJECT

public:
    static constexpr qreal Width = 200;
    static constexpr qreal Height = 66;

    ServerCardItem(const Server& server, const QString& rolesText, int portCount, QGraphicsItem* parent = nullptr);

    const QString& serverId() const { return m_serverId; }
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    QString m_serverId;
    QString m_name;
    QString m_detail;
    int m_portCount;
};
