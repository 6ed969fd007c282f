#pragma once

#include <QScrollArea>

// The Legend dock: what every symbol of the diagram means (SymbolLegend), each drawn by the diagram's own code beside
// its explanation. Each entry's symbol and text are named legendSymbol_<id> and legendText_<id>.
class LegendPanel final : public QScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LegendPanel)

public:
    explicit LegendPanel(QWidget* parent = nullptr);
};
