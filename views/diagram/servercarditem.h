#pragma once

#include <optional>

#include <QFont>
#include <QGraphicsObject>

#include "views/probing/probeobservations.h"
#include "views/diagram/emphasis.h"

struct Server;

// A server on the diagram: the icon of its first role, the name, the roles or host, and a row of port status dots
// (grey until probing fills them: then one dot per probed port in its state's colour, hollow when this vantage cannot
// verify it).
class ServerCardItem final : public QGraphicsObject
{
    Q_OBJECT

public:
    static constexpr qreal Width = 216;
    static constexpr qreal Height = 66;

    // One probed port of the server. Its text is formatted only when asked for (a tooltip), not for every result.
    struct PortDot
    {
        Observation observation;
        QString vantageName;
        bool verified = false; // probed from a zone its rules come from

        ProbeState state() const { return observation.result.state; }
        // "tcp/25 open · 1.2 ms · 10:31:02 · from LAN", then the banner and the certificate.
        QString text() const;
    };

    ServerCardItem(const Server& server, const QString& rolesText, int portCount, QGraphicsItem* parent = nullptr);

    const QString& serverId() const { return m_serverId; }
    // Whether a card made of these would look the same as this one (before probing), so that a rebuild can keep it.
    bool shows(const Server& server, const QString& rolesText, int portCount) const;
    Emphasis emphasis() const { return m_emphasis; }
    void setEmphasis(Emphasis emphasis);
    // What-if: the server loses a flow; a warning badge in the corner.
    bool losesFlow() const { return m_losesFlow; }
    void setLosesFlow(bool loses);
    // The probed ports, in port order. An empty list draws grey dots again.
    void setPortDots(const QList<PortDot>& dots);
    const QList<PortDot>& portDots() const { return m_dots; }
    // The name, the detail line and a line per probed port; the scene sets it as the tooltip when one is asked for.
    QString toolTipText() const;
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    static constexpr qreal DotSize = 7;
    // One port dot: grey when not probed (no state), else in the state's colour, filled when verified from this
    // vantage and hollow when not. The legend draws its samples with the same code.
    static void paintPortDot(QPainter* painter, const QRectF& dot, std::optional<ProbeState> state, bool verified);

private:
    QString m_serverId;
    QString m_roleId;
    QString m_name;
    QString m_detail;
    int m_portCount;
    QList<PortDot> m_dots;
    Emphasis m_emphasis = Emphasis::Normal;
    bool m_losesFlow = false;
    std::optional<QFont> m_elidedFor; // the font m_elidedName and m_elidedDetail were measured in, once painted
    QString m_elidedName;
    QString m_elidedDetail;
};
