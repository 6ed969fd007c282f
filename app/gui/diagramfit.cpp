#include "app/gui/diagramfit.h"

#include <QEvent>
#include <QGraphicsView>
#include <QScrollBar>

namespace {
constexpr qreal kSmallestReadable = 0.7;
// A diagram exactly as large as the view would bring up the scroll bars, which make the view smaller and the fit
// smaller, which takes them away again: the fit leaves this much to spare on each side.
constexpr qreal kSpare = 1;
} // namespace

DiagramFit::DiagramFit(QGraphicsView* view, QObject* parent)
    : QObject(parent)
    , m_view(view)
{
    m_view->viewport()->installEventFilter(this);
    // A scroll bar dragged, clicked, wheeled or keyed by the user (never one that moves with a resize or a fit).
    for (QScrollBar* bar : {m_view->horizontalScrollBar(), m_view->verticalScrollBar()})
        connect(bar, &QAbstractSlider::actionTriggered, this, [this] { m_following = false; });
}

void DiagramFit::follow()
{
    m_following = true;
    fit();
}

bool DiagramFit::following() const
{
    return m_following && m_view->transform() == m_fitted;
}

bool DiagramFit::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::Resize:
        // Zoomed in any way (the View menu, the wheel, Zoom to Selection, Find): the user's scale stays.
        m_following = following();
        if (m_following)
            fit();
        break;
    case QEvent::MouseButtonPress:
        m_pressedScroll = scrollPosition();
        break;
    case QEvent::MouseButtonRelease:
        // The diagram dragged by hand, not a card: the view moved under the mouse.
        if (scrollPosition() != m_pressedScroll)
            m_following = false;
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void DiagramFit::fit()
{
    const QRectF scene = m_view->sceneRect();
    const QSizeF port = QSizeF(m_view->viewport()->size()) - QSizeF(2 * kSpare, 2 * kSpare);
    if (scene.isEmpty() || port.isEmpty())
        return;
    const qreal scale =
        qBound(kSmallestReadable, qMin(port.width() / scene.width(), port.height() / scene.height()), 1.0);
    m_fitted = QTransform::fromScale(scale, scale);
    m_view->setTransform(m_fitted);
    m_view->ensureVisible(QRectF(scene.topLeft(), QSizeF(1, 1)), 0, 0);
}

QPoint DiagramFit::scrollPosition() const
{
    return {m_view->horizontalScrollBar()->value(), m_view->verticalScrollBar()->value()};
}
