#pragma once

#include <QFont>

// The diagram's fonts, sized in scene units (pixels) rather than points. A point size is resolved against each paint
// device's resolution, so a 600 dpi PDF or a printer would draw point-sized text several times too large for the
// scene; in pixels the diagram reads the same on screen, in a picture, in the report and on paper.
// The application's font at the screen's 96 dpi, times scale.
QFont diagramFont(qreal scale = 1.0);
