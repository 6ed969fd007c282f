// The what-if on the diagram: a part of TopologyScene of its own, so that the scene's building code stays apart.
#include "views/diagram/topologyscene.h"

#include "model/whatifstate.h"
#include "views/diagram/actorbadgeitem.h"
#include "views/diagram/boundaryitem.h"
#include "views/diagram/flowarrowitem.h"
#include "views/diagram/servercarditem.h"

#include <algorithm>

void TopologyScene::setWhatIf(const WhatIfState* whatIf)
{
    if (m_whatIf)
        disconnect(m_whatIf, nullptr, this, nullptr);
    m_whatIf = whatIf;
    // The state follows the analysis after this scene has rebuilt: its change comes after every rebuild while it is
    // on, and marks the new items.
    if (m_whatIf)
        connect(m_whatIf, &WhatIfState::changed, this, &TopologyScene::applyWhatIf);
    applyWhatIf();
}

void TopologyScene::applyWhatIf()
{
    static const WhatIfOutcome none;
    const WhatIfOutcome& outcome = m_whatIf ? m_whatIf->outcome() : none;
    const QSet<int>& blocked = outcome.blockedRows;
    const auto isBlocked = [&blocked](int row) {
        return blocked.contains(row);
    };
    for (FlowArrowItem* arrow : std::as_const(m_arrows))
        arrow->setBlocked(!blocked.isEmpty() && std::any_of(arrow->rows().begin(), arrow->rows().end(), isBlocked));
    for (int b = 0; b < m_boundaries.size(); ++b) {
        QList<ChipBlock> chips;
        if (!blocked.isEmpty()) {
            for (const QList<int>& rows : m_chipRows.value(b)) {
                const auto count = std::count_if(rows.begin(), rows.end(), isBlocked);
                chips.append(count == 0 ? ChipBlock::None
                                        : (count == rows.size() ? ChipBlock::Fully : ChipBlock::Partly));
            }
        }
        m_boundaries.at(b)->setChipBlocks(chips);
    }
    const QSet<QString>& losing = outcome.endpointsLosingFlows;
    for (ServerCardItem* card : std::as_const(m_cards))
        card->setLosesFlow(losing.contains(card->serverId()));
    for (const auto& badges : std::as_const(m_badges)) {
        for (ActorBadgeItem* actor : badges)
            actor->setLosesFlow(losing.contains(actor->actorId()));
    }
}
