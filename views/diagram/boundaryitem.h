#pragma once

#include "probe/proberesult.h"
#include "views/diagram/chipmark.h"
#include "views/diagram/emphasis.h"
#include "views/diagram/whatifmarks.h"

#include <QFont>
#include <QGraphicsItem>
#include <QStringList>

#include <optional>

// The firewall between two neighbouring zones: a bar carrying one chip per direction and protocol, listing the
// ports every crossing rule needs ("→ TCP 25, 443"). Chips are hit-tested one by one (chipAt) so that a click can
// select the rules behind a chip.
class BoundaryItem final : public QGraphicsItem
{
public:
    static constexpr qreal Width = 132;

    BoundaryItem(qreal height, const QStringList& chips, const QStringList& highlighted,
                 QGraphicsItem* parent = nullptr);

    const QStringList& chips() const { return m_chips; }
    // The chip under a point in item coordinates, or -1.
    int chipAt(const QPointF& pos) const;
    QRectF chipRect(int chip) const { return m_chipRects.value(chip); }
    // Chips that just appeared are drawn highlighted until this is called.
    void clearHighlight();
    // One emphasis per chip; an empty list draws every chip normally.
    void setChipEmphasis(const QList<Emphasis>& emphasis);
    QList<Emphasis> chipEmphasis() const { return m_emphasis; }
    // The worst probed state of each chip's rules (none: not probed), drawn as the chip's border; empty: none.
    void setChipStates(const QList<std::optional<ProbeState>>& states);
    QList<std::optional<ProbeState>> chipStates() const { return m_states; }
    // One mark per chip (the comparison); empty: none.
    void setChipMarks(const QList<ChipMark>& marks);
    QList<ChipMark> chipMarks() const { return m_marks; }
    // With explicit firewalls, the names of those spanning this boundary, written at the top of the bar (none: a
    // boundary no firewall spans, said so); without (nullopt), no caption.
    void setFirewallNames(const std::optional<QStringList>& names);
    std::optional<QStringList> firewallNames() const { return m_firewallNames; }
    QRectF captionRect() const;
    // What the what-if blocks of each chip's rules; empty: nothing.
    void setChipBlocks(const QList<ChipBlock>& blocks);
    QList<ChipBlock> chipBlocks() const { return m_blocks; }
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    // How one chip is drawn; the legend draws its samples with the same code.
    struct ChipLook
    {
        std::optional<ProbeState> state; // the worst probed state of its rules, drawn as the border
        bool fresh = false;              // appeared with the last change
        Emphasis emphasis = Emphasis::Normal;
        ChipMark mark;
        ChipBlock blocked = ChipBlock::None; // what-if: fully blocked chips are struck through
    };
    static QFont chipFont();
    // The room a chip needs around its text.
    static constexpr qreal ChipPadding = 4;
    static void paintChip(QPainter* painter, const QRectF& box, const QString& text, const ChipLook& look);
    // The bar down the middle of a firewall, centred on x.
    static void paintBar(QPainter* painter, qreal x, qreal top, qreal height);

private:
    qreal m_height;
    QStringList m_chips;
    QStringList m_highlighted;
    QList<Emphasis> m_emphasis;
    QList<std::optional<ProbeState>> m_states;
    QList<ChipMark> m_marks;
    QList<ChipBlock> m_blocks;
    std::optional<QStringList> m_firewallNames;
    QFont m_font;
    QList<QRectF> m_chipRects;
};
